#include "WaitEstimator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera {

int WaitEstimator::typicalServiceSeconds(const QueueState &state, const QString &serviceId)
{
    const ServiceState *service = state.service(serviceId);
    if (service && !service->recentServiceSeconds.isEmpty()) {
        const qint64 total =
            std::accumulate(service->recentServiceSeconds.cbegin(), service->recentServiceSeconds.cend(), qint64(0));
        return int(total / service->recentServiceSeconds.size());
    }
    const ServiceConfig *config = state.config().service(serviceId);
    return config ? config->serviceTimeSeconds : 0;
}

WaitEstimate WaitEstimator::forNewTicket(const QueueState &state, const QString &serviceId, PriorityClass priority)
{
    WaitEstimate estimate;
    const BranchConfig &config = state.config();
    if (const ServiceState *service = state.service(serviceId)) {
        const int ownRank = config.priorityRank(priority);
        const bool lowestClass =
            std::all_of(kAllPriorityClasses.begin(), kAllPriorityClasses.end(),
                        [&](PriorityClass other) { return config.priorityRank(other) >= ownRank; });
        // Most tickets are of the lowest class: everyone waiting is ahead, no need to look.
        if (lowestClass)
            estimate.peopleAhead = int(service->waiting.size());
        else
            for (const QueueKey &key : service->waiting) {
                const Ticket *ticket = state.ticket(key.ticket);
                if (ticket && config.priorityRank(ticket->priority) >= ownRank)
                    ++estimate.peopleAhead;
            }
    }

    double capacity = 0.0;
    for (const CounterConfig &counter : config.counters) {
        const CounterState *counterState = state.counter(counter.number);
        if (!counter.serves(serviceId) || !counterState || counterState->status != CounterStatus::Open)
            continue;
        const int totalWeight = std::accumulate(counter.serviceWeights.cbegin(), counter.serviceWeights.cend(), 0);
        capacity += double(counter.serviceWeights.value(serviceId)) / double(totalWeight);
        ++estimate.openCounters;
    }
    if (estimate.openCounters == 0)
        return estimate;

    const double seconds = estimate.peopleAhead * double(typicalServiceSeconds(state, serviceId)) / capacity;
    estimate.seconds = int(std::lround(seconds));
    return estimate;
}

} // namespace tessera
