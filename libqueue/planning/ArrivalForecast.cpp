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

// The last kWeeksOfLevel past days of the weekday with customers, holidays left out.
QList<const DayArrivals *> sameWeekdays(const QList<const DayArrivals *> &open, const QDate &day)
{
    QList<const DayArrivals *> same;
    for (const DayArrivals *past : open) {
        if (past->day.dayOfWeek() == day.dayOfWeek())
            same.append(past);
    }
    same = same.mid(qMax<qsizetype>(0, same.size() - ArrivalForecaster::kWeeksOfLevel));
    QList<int> totals;
    for (const DayArrivals *past : same)
        totals.append(past->total());
    std::sort(totals.begin(), totals.end());
    const double median = totals.isEmpty() ? 0 : totals[totals.size() / 2];
    same.removeIf(
        [median](const DayArrivals *past) { return past->total() < ArrivalForecaster::kHolidayShare * median; });
    return same;
}

// True when the history spans a day of the weekday (before `day`) and it had nobody.
bool weekdayClosed(const QList<const DayArrivals *> &open, const QDate &day)
{
    const QDate last = qMin(open.last()->day, day.addDays(-1));
    for (QDate date = last; date >= open.first()->day; date = date.addDays(-1)) {
        if (date.dayOfWeek() == day.dayOfWeek())
            return true; // spanned, and sameWeekdays() found no customers on it
    }
    return false;
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
        if (weekdayClosed(open, day)) {
            forecast.closed = true;
            return forecast;
        }
        // Too little history for a weekday: the last week's days, each alike (said in the UI).
        levelDays = open.mid(qMax<qsizetype>(0, open.size() - 7));
    }
    // Each service from its first day in the history: one added two weeks ago is not
    // averaged with the weeks before it existed.
    QMap<QString, QDate> firstSeen;
    for (const DayArrivals *past : open) {
        for (auto it = past->arrivals.cbegin(); it != past->arrivals.cend(); ++it) {
            if (!firstSeen.contains(it.key()))
                firstSeen.insert(it.key(), past->day);
        }
    }
    QMap<QString, double> level;
    double branchLevel = 0;
    for (auto service = firstSeen.cbegin(); service != firstSeen.cend(); ++service) {
        double sum = 0, weights = 0;
        for (qsizetype i = 0; i < levelDays.size(); ++i) {
            if (levelDays[i]->day < service.value())
                continue;
            const double weight = forecast.sameWeekdays ? double(i + 1) : 1.0;
            sum += weight * serviceTotal(*levelDays[i], service.key());
            weights += weight;
        }
        if (weights > 0)
            level[service.key()] = sum / weights;
    }
    // A service added since the last of those days: its mean over the days it has had customers.
    for (auto service = firstSeen.cbegin(); service != firstSeen.cend(); ++service) {
        if (level.contains(service.key()))
            continue;
        double sum = 0;
        int days = 0;
        for (const DayArrivals *past : open) {
            if (past->day >= service.value()) {
                sum += serviceTotal(*past, service.key());
                ++days;
            }
        }
        level[service.key()] = sum / qMax(1, days);
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
