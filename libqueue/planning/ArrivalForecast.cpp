#include "ArrivalForecast.h"

#include <algorithm>
#include <numeric>

namespace tessera {

namespace {

// Each service's share of its daily arrivals per slot, summed over `days` (a ratio of sums,
// so a busy day counts for more than a quiet one and an empty slot stays possible).
QList<double> shapeOf(const QList<const DayArrivals *> &days, const QString &service)
{
    QList<double> shape(kSlotsPerDay, 0.0);
    double total = 0;
    for (const DayArrivals *day : days) {
        const QList<int> bySlot = service.isEmpty() ? day->totalBySlot() : day->arrivals.value(service);
        for (int slot = 0; slot < bySlot.size() && slot < kSlotsPerDay; ++slot) {
            shape[slot] += bySlot[slot];
            total += bySlot[slot];
        }
    }
    if (total > 0) {
        for (double &share : shape)
            share /= total;
    }
    return shape;
}

int serviceTotal(const DayArrivals &day, const QString &service)
{
    const QList<int> bySlot = day.arrivals.value(service);
    return std::accumulate(bySlot.cbegin(), bySlot.cend(), 0);
}

// The past days of the weekday with customers, the last kWeeksOfLevel, holidays left out.
QList<const DayArrivals *> sameWeekdays(const QList<const DayArrivals *> &open, const QDate &day)
{
    QList<const DayArrivals *> same;
    for (const DayArrivals *past : open) {
        if (past->day.dayOfWeek() == day.dayOfWeek() && past->day >= day.addDays(-7 * ArrivalForecaster::kWeeksOfLevel))
            same.append(past);
    }
    QList<int> totals;
    for (const DayArrivals *past : same)
        totals.append(past->total());
    std::sort(totals.begin(), totals.end());
    const double median = totals.isEmpty() ? 0 : totals[totals.size() / 2];
    same.removeIf(
        [median](const DayArrivals *past) { return past->total() < ArrivalForecaster::kHolidayShare * median; });
    return same;
}

} // namespace

double ArrivalForecast::total() const
{
    double sum = 0;
    for (const QList<double> &bySlot : arrivals)
        sum += std::accumulate(bySlot.cbegin(), bySlot.cend(), 0.0);
    return sum;
}

QList<double> ArrivalForecast::totalBySlot() const
{
    QList<double> sum(kSlotsPerDay, 0.0);
    for (const QList<double> &bySlot : arrivals) {
        for (int slot = 0; slot < kSlotsPerDay; ++slot)
            sum[slot] += bySlot.value(slot);
    }
    return sum;
}

ArrivalForecast ArrivalForecaster::forecast(const ArrivalHistory &history, const QDate &day)
{
    ArrivalForecast forecast;
    forecast.day = day;
    const QList<const DayArrivals *> open = history.openDaysBefore(day);
    if (open.isEmpty())
        return forecast;

    // The level: each service's arrivals on the same weekday of recent weeks, the later
    // weeks weighing more (1, 2, 3, 4) so a branch that grows or shrinks is followed.
    QList<const DayArrivals *> levelDays = sameWeekdays(open, day);
    forecast.sameWeekdays = int(levelDays.size());
    if (levelDays.isEmpty()) {
        // A weekday history covers but never had a customer is a closed day.
        const bool weekdaySeen = open.first()->day <= day.addDays(-7);
        if (weekdaySeen) {
            forecast.closed = true;
            return forecast;
        }
        // Too little history for a weekday: the last week's days, each alike (said in the UI).
        levelDays = open.mid(qMax<qsizetype>(0, open.size() - 7));
    }
    QMap<QString, double> level;
    double branchLevel = 0;
    double weights = 0;
    for (qsizetype i = 0; i < levelDays.size(); ++i) {
        const double weight = forecast.sameWeekdays ? double(i + 1) : 1.0;
        weights += weight;
        for (auto it = levelDays[i]->arrivals.cbegin(); it != levelDays[i]->arrivals.cend(); ++it)
            level[it.key()] += weight * serviceTotal(*levelDays[i], it.key());
    }
    for (double &value : level)
        value /= weights;
    // A service too new for the weekdays (added last week): its mean over the days it had customers.
    const QDate weekAgo = day.addDays(-7);
    QMap<QString, QList<int>> recent;
    for (const DayArrivals *past : open) {
        if (past->day < weekAgo)
            continue;
        for (auto it = past->arrivals.cbegin(); it != past->arrivals.cend(); ++it) {
            if (level.value(it.key()) == 0)
                recent[it.key()].append(serviceTotal(*past, it.key()));
        }
    }
    for (auto it = recent.cbegin(); it != recent.cend(); ++it) {
        const QList<int> &totals = it.value();
        level[it.key()] = std::accumulate(totals.cbegin(), totals.cend(), 0.0) / double(totals.size());
    }
    for (double value : std::as_const(level))
        branchLevel += value;

    // The shape: pooled over the past days of a similar volume (see kSimilarLow).
    QList<const DayArrivals *> shapeDays;
    for (const DayArrivals *past : open) {
        const double ratio = branchLevel > 0 ? past->total() / branchLevel : 0;
        if (ratio >= kSimilarLow && ratio <= kSimilarHigh)
            shapeDays.append(past);
    }
    if (shapeDays.isEmpty())
        shapeDays = levelDays;
    forecast.shapeDays = int(shapeDays.size());
    const QList<double> branchShape = shapeOf(shapeDays, {});
    for (auto it = level.cbegin(); it != level.cend(); ++it) {
        QList<double> shape = shapeOf(shapeDays, it.key());
        if (std::all_of(shape.cbegin(), shape.cend(), [](double share) { return share == 0; }))
            shape = branchShape; // a service new since those days: the branch's own rhythm
        QList<double> &bySlot = forecast.arrivals[it.key()];
        for (double share : shape)
            bySlot.append(it.value() * share);
    }
    return forecast;
}

ArrivalForecast ArrivalForecaster::sameDayLastWeek(const ArrivalHistory &history, const QDate &day)
{
    ArrivalForecast forecast;
    forecast.day = day;
    const DayArrivals *lastWeek = history.day(day.addDays(-7));
    if (!lastWeek)
        return forecast;
    forecast.sameWeekdays = 1;
    for (auto it = lastWeek->arrivals.cbegin(); it != lastWeek->arrivals.cend(); ++it) {
        QList<double> &bySlot = forecast.arrivals[it.key()];
        for (int count : it.value())
            bySlot.append(count);
    }
    return forecast;
}

} // namespace tessera
