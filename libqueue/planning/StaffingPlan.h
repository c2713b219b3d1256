#pragma once

#include "ArrivalForecast.h"
#include "model/WaitModel.h"

namespace tessera {

// How many counters each half hour of a day needs, from the arrival forecast, the learned
// service times and patience, and the services' target waits (docs/FORECAST.md).
//
// The advice is for the branch's counters as a pool: a counter serves several services (the
// usual case), so one Erlang figure for all of them, at the mean service time of the mix and
// the strictest target among the services expected. `byService` shares that pool out by each
// service's work (arrivals x service time); `dedicated` is what a service would need on
// counters of its own, which is more, as small separate lines pool nothing.
struct SlotAdvice
{
    int slot = 0;
    double arrivals = 0;       // forecast, all services
    double serviceSeconds = 0; // mean of the mix
    int targetSeconds = 0;
    int countersErlangC = 0; // nobody gives up
    int countersErlangA = 0; // the learned patience taken into account: the advice
    // (either is staffing::kUnreachable, -1, when no number of counters up to kMaxAgents would do)
    double serviceLevelA = 1;         // what countersErlangA reach
    double countersOpenLastWeek = -1; // on average over the half hour; -1: no record of that day
    QMap<QString, int> byService;
    QMap<QString, int> dedicated;

    bool operator==(const SlotAdvice &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("slot", s.slot), f("arrivals", s.arrivals), f("serviceSeconds", s.serviceSeconds);
        f("targetSeconds", s.targetSeconds), f("countersErlangC", s.countersErlangC);
        f("countersErlangA", s.countersErlangA), f("serviceLevelA", s.serviceLevelA);
        f("countersOpenLastWeek", s.countersOpenLastWeek), f("byService", s.byService), f("dedicated", s.dedicated);
    }
};

struct StaffingPlan
{
    QDate day;
    QDate lastWeek;
    double targetShare = 0;
    int dayStartsMinutes = 0; // the business day's rollover, minutes after midnight
    ArrivalForecast forecast;
    QList<SlotAdvice> halfHours; // kSlotsPerDay, slot order; empty when the forecast is not known

    bool known() const { return forecast.known(); }
    // The advice for the half hour holding local time `time`.
    const SlotAdvice *at(const QTime &time) const;
    // Slots to show: those with arrivals expected or counters open last week, in the order of
    // the business day (from the rollover time).
    QList<int> shownSlots() const;
    // The services in the forecast, in order.
    QStringList services() const { return forecast.arrivals.keys(); }

    bool operator==(const StaffingPlan &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("day", s.day), f("lastWeek", s.lastWeek), f("targetShare", s.targetShare);
        f("dayStartsMinutes", s.dayStartsMinutes), f("forecast", s.forecast);
        f("halfHours", s.halfHours);
    }
};

class StaffingPlanner
{
public:
    // The share of customers to be called within their service's target wait.
    static constexpr double kTargetShare = 0.8;
    // Below this many arrivals expected in a half hour no counter is advised for it.
    static constexpr double kNoArrivals = 0.05;

    static StaffingPlan plan(const ArrivalHistory &history, const WaitModel &model, const BranchConfig &config,
                             const QDate &day);
};

} // namespace tessera
