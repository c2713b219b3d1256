#include "StaffingPlan.h"

#include "Erlang.h"

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

constexpr int kMinimumServiceSamples = 20;

double serviceSecondsOf(const WaitModel &model, const BranchConfig &config, const QString &service, int hour)
{
    const ServiceProfile *profile = model.service(service);
    if (profile && profile->samples >= kMinimumServiceSamples)
        return profile->meanSecondsAt(hour);
    const ServiceConfig *configured = config.service(service);
    return configured ? configured->serviceTimeSeconds : 0;
}

// Shares `total` out in proportion to `weights`, whole counters, by largest remainder.
QMap<QString, int> shareOut(int total, const QMap<QString, double> &weights)
{
    QMap<QString, int> shares;
    double sum = 0;
    for (double weight : weights)
        sum += weight;
    if (sum <= 0 || total <= 0)
        return shares;
    QList<std::pair<double, QString>> remainders;
    int given = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const double exact = total * it.value() / sum;
        shares[it.key()] = int(std::floor(exact));
        given += shares[it.key()];
        remainders.append({exact - std::floor(exact), it.key()});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; given < total && i < remainders.size(); ++i, ++given)
        shares[remainders[i].second] += 1;
    return shares;
}

} // namespace

const SlotAdvice *StaffingPlan::at(const QTime &time) const
{
    const int slot = (time.hour() * 60 + time.minute()) / 30;
    return slot < halfHours.size() ? &halfHours[slot] : nullptr;
}

QList<int> StaffingPlan::shownSlots() const
{
    QList<int> shown;
    const int first = dayStartsMinutes / 30;
    for (int i = 0; i < halfHours.size(); ++i) {
        const SlotAdvice &advice = halfHours[(first + i) % halfHours.size()];
        if (advice.arrivals >= StaffingPlanner::kNoArrivals || advice.countersOpenLastWeek > 0.01)
            shown.append(advice.slot);
    }
    return shown;
}

StaffingPlan StaffingPlanner::plan(const ArrivalHistory &history, const WaitModel &model, const BranchConfig &config,
                                   const QDate &day)
{
    StaffingPlan plan;
    plan.day = day;
    plan.lastWeek = day.addDays(-7);
    plan.targetShare = kTargetShare;
    plan.dayStartsMinutes = config.rolloverTime.hour() * 60 + config.rolloverTime.minute();
    plan.forecast = ArrivalForecaster::forecast(history, day);
    if (!plan.known())
        return plan;
    const DayArrivals *lastWeek = history.day(plan.lastWeek);

    for (int slot = 0; slot < kSlotsPerDay; ++slot) {
        SlotAdvice advice;
        advice.slot = slot;
        advice.countersOpenLastWeek = lastWeek ? lastWeek->countersOpen.value(slot) : -1;
        QMap<QString, double> work;
        double workSeconds = 0, patienceWeighted = 0, patienceArrivals = 0;
        int target = -1;
        for (auto it = plan.forecast.arrivals.cbegin(); it != plan.forecast.arrivals.cend(); ++it) {
            const double arrivals = it.value().value(slot);
            if (arrivals <= 0)
                continue;
            const double seconds = serviceSecondsOf(model, config, it.key(), slot / 2);
            const ServiceConfig *service = config.service(it.key());
            const int serviceTarget = service ? service->targetWaitSeconds : 600;
            const double patience = history.waiting.value(it.key()).patienceSeconds();
            advice.arrivals += arrivals;
            workSeconds += arrivals * seconds;
            work[it.key()] = arrivals * seconds;
            // The strictest target among the services really expected (a trace of one in the
            // day's shape does not set the pool's target).
            if (arrivals >= kNoArrivals)
                target = target < 0 ? serviceTarget : qMin(target, serviceTarget);
            // A service nobody gave up in is left out of the mean patience: the pool's is that
            // of the customers who do give up.
            if (patience > 0) {
                patienceWeighted += arrivals * patience;
                patienceArrivals += arrivals;
            }
            const staffing::Demand alone{arrivals, kSlotMs / 1000.0, seconds, patience};
            if (arrivals >= kNoArrivals)
                advice.dedicated[it.key()] = staffing::agentsNeededA(alone, serviceTarget, kTargetShare);
        }
        if (advice.arrivals >= kNoArrivals) {
            advice.serviceSeconds = workSeconds / advice.arrivals;
            advice.targetSeconds = target;
            const double patience = patienceArrivals > 0 ? patienceWeighted / patienceArrivals : 0;
            const staffing::Demand pooled{advice.arrivals, kSlotMs / 1000.0, advice.serviceSeconds, patience};
            advice.countersErlangC = staffing::agentsNeededC(pooled, target, kTargetShare);
            advice.countersErlangA = staffing::agentsNeededA(pooled, target, kTargetShare);
            // kUnreachable (-1): more than any branch has; said as such, never as "0 counters".
            advice.serviceLevelA =
                advice.countersErlangA > 0 ? staffing::erlangA(pooled, advice.countersErlangA, target).serviceLevel : 0;
            advice.byService = shareOut(advice.countersErlangA, work);
        }
        plan.halfHours.append(advice);
    }
    return plan;
}

} // namespace tessera
