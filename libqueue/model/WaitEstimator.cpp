#include "WaitEstimator.h"

#include "GammaDistribution.h"

#include <QMap>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera {

namespace {

// Learned service times count once a service has this many.
constexpr int kMinimumServiceSamples = 20;
// A queue longer than any learned is scaled from the nearest learned band of at least this.
constexpr double kShortestScaledBandSeconds = 30;
// Overtaking priority customers can take at most this share of the counters' time in the
// model: beyond it the factor 1 / (1 - load) explodes on a few noisy arrivals.
constexpr double kMaximumOvertakingLoad = 0.8;

// How many tickets of a line the router would call before a ticket of rank `ownRank`: a new
// one (`place` null) comes after everyone of its class, a waiting one after those before its place.
int waitingAhead(const QueueState &state, const ServiceState &service, int ownRank, bool lowestClass,
                 const QueueKey *place = nullptr)
{
    // Most tickets are of the lowest class: everyone waiting is ahead of a new one, no need to look.
    if (lowestClass && !place)
        return int(service.waiting.size());
    int ahead = 0;
    for (const QueueKey &key : service.waiting) {
        const Ticket *ticket = state.ticket(key.ticket);
        if (!ticket || (place && key == *place))
            continue;
        const int rank = state.config().priorityRank(ticket->priority);
        if (rank > ownRank || (rank == ownRank && (!place || key < *place)))
            ++ahead;
    }
    return ahead;
}

double keepShare(const WaitModel &model, const QString &service)
{
    const ServiceProfile *profile = model.service(service);
    return profile ? 1.0 - profile->abandonPermille / 1000.0 : 1.0;
}

} // namespace

int WaitEstimator::typicalServiceSeconds(const QueueState &state, const QString &serviceId, int localHour)
{
    const ServiceProfile *learned = state.waitModel().service(serviceId);
    if (learned && learned->samples >= kMinimumServiceSamples)
        return learned->meanSecondsAt(localHour);
    const ServiceState *service = state.service(serviceId);
    if (service && !service->recentServiceSeconds.isEmpty()) {
        const qint64 total =
            std::accumulate(service->recentServiceSeconds.cbegin(), service->recentServiceSeconds.cend(), qint64(0));
        return int(total / service->recentServiceSeconds.size());
    }
    const ServiceConfig *config = state.config().service(serviceId);
    return config ? config->serviceTimeSeconds : 0;
}

int WaitEstimator::bandOf(double freeAfterAhead, double modelSeconds)
{
    if (modelSeconds <= 0)
        return -int(std::clamp(std::lround(freeAfterAhead), 1L, 4L));
    return int(std::clamp(std::lround(4 * std::log2(1 + modelSeconds / 15)), 0L, 40L));
}

double WaitEstimator::modelSecondsOfBand(int band)
{
    return 15 * (std::exp2(band / 4.0) - 1);
}

WaitEstimator::Situation WaitEstimator::situation(const QueueState &state, const QString &serviceId, TimestampMs now,
                                                  PriorityClass priority, const QueueKey *place, int knownAhead)
{
    Situation situation;
    const BranchConfig &config = state.config();
    const WaitModel &model = state.waitModel();
    const int hour = config.toLocal(now).time().hour();
    const int ownRank = config.priorityRank(priority);
    const bool lowestClass = std::all_of(kAllPriorityClasses.begin(), kAllPriorityClasses.end(),
                                         [&](PriorityClass other) { return config.priorityRank(other) >= ownRank; });
    auto waitingCount = [&state](const QString &id) {
        const ServiceState *service = state.service(id);
        return service ? int(service->waiting.size()) : 0;
    };

    // The counters open for the service: their share for it, and what each service gets of them.
    QMap<QString, double> weightHere; // service -> weight of the counters serving this service
    QMap<QString, double> weightAll;  // service -> weight of every open counter serving it
    double earliestFree = -1;         // expected seconds until the first busy counter is free
    for (const CounterConfig &counter : config.counters) {
        const CounterState *counterState = state.counter(counter.number);
        if (!counterState || counterState->status != CounterStatus::Open)
            continue;
        for (auto it = counter.serviceWeights.cbegin(); it != counter.serviceWeights.cend(); ++it) {
            if (it.key() == serviceId || waitingCount(it.key()) > 0)
                weightAll[it.key()] += it.value();
        }
        if (!counter.serves(serviceId))
            continue;
        ++situation.openCounters;
        // A whole counter: the calls it gives the other lines first are counted as places ahead.
        situation.capacity += 1;
        for (auto it = counter.serviceWeights.cbegin(); it != counter.serviceWeights.cend(); ++it) {
            if (it.key() == serviceId || waitingCount(it.key()) > 0)
                weightHere[it.key()] += it.value();
        }
        const Ticket *current = counterState->current ? state.ticket(counterState->current) : nullptr;
        if (!current) {
            situation.freeCounters += 1;
            continue;
        }
        const TimestampMs since = current->startedAt ? current->startedAt : current->calledAt;
        const double elapsed = qMax<qint64>(0, now - since) / 1000.0;
        const ServiceProfile *profile = model.service(current->service);
        const double left = profile && profile->samples >= kMinimumServiceSamples
                                ? profile->residualSeconds(elapsed)
                                : qMax(0.0, typicalServiceSeconds(state, current->service, hour) - elapsed);
        earliestFree = earliestFree < 0 ? left : qMin(earliestFree, left);
    }

    if (const ServiceState *service = state.service(serviceId))
        situation.peopleAhead =
            knownAhead >= 0 ? knownAhead : waitingAhead(state, *service, ownRank, lowestClass, place);
    situation.aheadEffective = situation.peopleAhead * keepShare(model, serviceId);
    for (auto it = weightHere.cbegin(); it != weightHere.cend(); ++it) {
        const ServiceState *other = state.service(it.key());
        if (it.key() == serviceId || !other)
            continue;
        // Under the weighted share the router calls this many of the other line per call of ours.
        const double perCall = it.value() / weightHere.value(serviceId);
        const double waiting = waitingAhead(state, *other, ownRank, lowestClass) * keepShare(model, it.key());
        situation.aheadEffective += qMin(waiting, (situation.peopleAhead + 1) * perCall);
    }
    if (situation.openCounters == 0)
        return situation;

    situation.serviceSeconds = typicalServiceSeconds(state, serviceId, hour);
    const double placesToFree = situation.aheadEffective + 1 - situation.freeCounters;
    if (placesToFree <= 0.5) {
        situation.modelSeconds = 0;
    } else {
        const double perPlace = situation.serviceSeconds / situation.capacity;
        situation.modelSeconds = (earliestFree >= 0 ? earliestFree : perPlace) + qMax(0.0, placesToFree - 1) * perPlace;
        if (ownRank == 0 && model.daysLearned > 0) {
            double rankedPerSecond = 0;
            for (auto it = weightHere.cbegin(); it != weightHere.cend(); ++it) {
                if (const ServiceProfile *profile = model.service(it.key()))
                    rankedPerSecond += profile->rankedArrivalsByHour.value(hour) / (3600.0 * model.daysLearned) *
                                       it.value() / weightAll.value(it.key(), it.value());
            }
            const double load = qMin(kMaximumOvertakingLoad, rankedPerSecond * perPlace);
            situation.modelSeconds /= 1 - load;
        }
    }
    situation.band = bandOf(situation.freeCounters - situation.aheadEffective, situation.modelSeconds);
    return situation;
}

WaitEstimate WaitEstimator::forNewTicket(const QueueState &state, const QString &serviceId, TimestampMs now,
                                         PriorityClass priority)
{
    return estimate(state, situation(state, serviceId, now, priority), priority);
}

WaitEstimate WaitEstimator::forWaitingTicket(const QueueState &state, const Ticket &ticket, TimestampMs now,
                                             int knownAhead)
{
    const QueueKey place{ticket.queuedAt, ticket.id};
    const ServiceState *line = state.service(ticket.service);
    if (ticket.status != TicketStatus::Waiting || ticket.targetCounter != 0 || !line || !line->waiting.contains(place))
        return {}; // not in its service's line: waiting for one counter by name, or no longer waiting
    return estimate(state, situation(state, ticket.service, now, ticket.priority, &place, knownAhead), ticket.priority);
}

WaitEstimate WaitEstimator::estimate(const QueueState &state, const Situation &situation, PriorityClass priority)
{
    WaitEstimate estimate;
    estimate.peopleAhead = situation.peopleAhead;
    estimate.openCounters = situation.openCounters;
    if (situation.openCounters == 0)
        return estimate;
    estimate.modelSeconds = int(std::lround(situation.modelSeconds));
    estimate.band = situation.band;

    // The situation's own band first, else its neighbours'. A queue longer than any learned
    // takes the nearest learned band below, scaled by how much longer the model says it is:
    // the model's ratio to real waits holds better than its absolute figure.
    const bool ranked = state.config().priorityRank(priority) > 0;
    const WaitModel &model = state.waitModel();
    const WaitCalibration *calibration = model.calibrationFor(situation.band, ranked, kMinimumCalibrationSamples);
    for (int step = 1; !calibration && situation.band >= 0 && step <= 2; ++step) {
        calibration = model.calibrationFor(situation.band - step, ranked, kMinimumCalibrationSamples);
        if (!calibration)
            calibration = model.calibrationFor(situation.band + step, ranked, kMinimumCalibrationSamples);
    }
    // Only from a band of half a minute or more: a ratio to a few seconds says nothing.
    double scale = 1;
    for (int below = situation.band - 3;
         !calibration && situation.band >= 0 && modelSecondsOfBand(below) >= kShortestScaledBandSeconds; --below) {
        calibration = model.calibrationFor(below, ranked, kMinimumCalibrationSamples);
        if (calibration)
            scale = situation.modelSeconds / modelSecondsOfBand(below);
    }
    if (calibration) {
        estimate.seconds = int(std::lround(calibration->medianSeconds * scale));
        estimate.lowSeconds = int(std::floor(calibration->lowSeconds * scale));
        estimate.highSeconds = int(std::ceil(calibration->highSeconds * scale));
        estimate.learned = true;
    } else if (situation.modelSeconds <= 0) {
        // A counter is free for this customer: called within the minute.
        estimate.seconds = 0;
        estimate.lowSeconds = 0;
        estimate.highSeconds = 60;
    } else {
        // As many service completions to wait for as places to free, each taking an
        // exponential time: a gamma spread around the model's figure.
        const double perPlace = situation.serviceSeconds / situation.capacity;
        const double shape = qMax(1.0, situation.modelSeconds / qMax(1.0, perPlace));
        estimate.seconds = estimate.modelSeconds;
        estimate.lowSeconds = int(std::floor(gamma::quantile(shape, situation.modelSeconds, 0.075)));
        estimate.highSeconds = int(std::ceil(gamma::quantile(shape, situation.modelSeconds, 0.925)));
    }
    return estimate;
}

PrintedWait WaitEstimator::printed(int lowSeconds, int highSeconds)
{
    PrintedWait printed;
    printed.highMinutes = qMax(1, (qMax(0, highSeconds) + 59) / 60);
    printed.lowMinutes = printed.highMinutes <= 1 ? 0 : qMin(qMax(0, lowSeconds) / 60, printed.highMinutes - 1);
    return printed;
}

} // namespace tessera
