#pragma once

#include "ArrivalHistory.h"

namespace tessera {

// Arrivals expected on a day, per service and half hour (docs/FORECAST.md has the method
// and how well it did on real days).
struct ArrivalForecast
{
    QDate day;
    QMap<QString, QList<double>> arrivals; // service -> expected tickets per slot
    int sameWeekdays = 0;                  // past days of the same weekday the level came from
    int shapeDays = 0;                     // past days the shape of the day came from
    bool closed = false;                   // every past day of this weekday had no customers: none expected

    // False when there is no history at all to forecast from: say so, expect nothing.
    bool known() const { return sameWeekdays > 0 || shapeDays > 0 || closed; }
    bool operator==(const ArrivalForecast &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("day", s.day), f("arrivals", s.arrivals), f("sameWeekdays", s.sameWeekdays), f("shapeDays", s.shapeDays);
        f("closed", s.closed);
    }
    double total() const;
    QList<double> totalBySlot() const;
};

class ArrivalForecaster
{
public:
    static constexpr int kWeeksOfLevel = 4;
    // A past day of the weekday with less than this share of the weekday's median is a holiday
    // (or a half-closed day) and says nothing about a normal one.
    static constexpr double kHolidayShare = 0.5;
    // The shape of a day comes from the past days whose volume is within these shares of the
    // forecast level: Sunday to Thursday pool their many days, a short Friday keeps its own.
    static constexpr double kSimilarLow = 0.6;
    static constexpr double kSimilarHigh = 1.6;

    // From the days of `history` before `day` only.
    static ArrivalForecast forecast(const ArrivalHistory &history, const QDate &day);
    // The naive seasonal forecast it is measured against: the same slot a week before.
    static ArrivalForecast sameDayLastWeek(const ArrivalHistory &history, const QDate &day);
};

} // namespace tessera
