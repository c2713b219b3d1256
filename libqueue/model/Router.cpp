#include "Router.h"

namespace tessera {

namespace {

// The first ticket in `line` whose class has `rank` (or any class when rank < 0).
const Ticket *firstInLine(const QueueState &state, const WaitingLine &line, int rank)
{
    for (const QueueKey &key : line) {
        const Ticket *ticket = state.ticket(key.ticket);
        if (ticket && (rank < 0 || state.config().priorityRank(ticket->priority) == rank))
            return ticket;
    }
    return nullptr;
}

int highestRankWaiting(const QueueState &state, const CounterConfig &counter)
{
    int best = 0;
    for (auto it = counter.serviceWeights.cbegin(); it != counter.serviceWeights.cend(); ++it) {
        const ServiceState *service = state.service(it.key());
        if (!service)
            continue;
        for (const QueueKey &key : service->waiting) {
            if (const Ticket *ticket = state.ticket(key.ticket))
                best = qMax(best, state.config().priorityRank(ticket->priority));
        }
    }
    return best;
}

struct Candidate
{
    const ServiceConfig *service = nullptr;
    const Ticket *head = nullptr;
    int weight = 1;
    int recentCalls = 0;
};

} // namespace

std::optional<Router::Choice> Router::next(const QueueState &state, CounterNumber number, TimestampMs now)
{
    const CounterConfig *counter = state.config().counter(number);
    const CounterState *counterState = state.counter(number);
    if (!counter || !counterState)
        return std::nullopt;

    if (const Ticket *transferred = firstInLine(state, counterState->transferredIn, -1))
        return Choice{transferred->id, Reason::Transferred};

    const int rank = counter->priorityFirst ? highestRankWaiting(state, *counter) : -1;
    // Rank 0 is "normal" and covers every class a counter does not rank, so it must not filter.
    const int filterRank = rank > 0 ? rank : -1;

    // Services in configuration order, so ties break the same way everywhere.
    QList<Candidate> candidates;
    for (const ServiceConfig &service : state.config().services) {
        if (!counter->serves(service.id))
            continue;
        const ServiceState *serviceState = state.service(service.id);
        const Ticket *head = serviceState ? firstInLine(state, serviceState->waiting, filterRank) : nullptr;
        if (head)
            candidates.append({&service, head, counter->serviceWeights.value(service.id),
                               int(counterState->recentServices.count(service.id))});
    }
    if (candidates.isEmpty())
        return std::nullopt;

    // Ageing: the most overdue head, comparing waited/target as cross products to stay exact.
    const Candidate *overdue = nullptr;
    for (const Candidate &candidate : candidates) {
        const qint64 waited = now - candidate.head->queuedAt;
        const qint64 target = qint64(candidate.service->targetWaitSeconds) * 1000;
        if (waited < target)
            continue;
        if (!overdue || waited * overdue->service->targetWaitSeconds >
                            (now - overdue->head->queuedAt) * candidate.service->targetWaitSeconds)
            overdue = &candidate;
    }
    if (overdue)
        return Choice{overdue->head->id, Reason::Overdue};

    const Candidate *best = nullptr;
    for (const Candidate &candidate : candidates) {
        if (!best) {
            best = &candidate;
            continue;
        }
        // (calls + 1) / weight, compared as cross products.
        const qint64 mine = qint64(candidate.recentCalls + 1) * best->weight;
        const qint64 theirs = qint64(best->recentCalls + 1) * candidate.weight;
        if (mine < theirs || (mine == theirs && candidate.head->queuedAt < best->head->queuedAt))
            best = &candidate;
    }
    return Choice{best->head->id, Reason::Share};
}

} // namespace tessera
