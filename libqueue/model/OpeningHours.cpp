#include "OpeningHours.h"

namespace tessera {

OpeningHours OpeningHours::alwaysOpen()
{
    OpeningHours hours;
    for (int day = 1; day <= 7; ++day)
        hours.add(day, {0, 24 * 60});
    return hours;
}

void OpeningHours::add(int isoWeekday, Interval interval)
{
    m_days[isoWeekday - 1].append(interval);
}

bool OpeningHours::isOpenAt(const QDateTime &local) const
{
    const QTime time = local.time();
    const int minute = time.hour() * 60 + time.minute();
    for (const Interval &interval : day(local.date().dayOfWeek())) {
        if (minute >= interval.openMinute && minute < interval.closeMinute)
            return true;
    }
    return false;
}

std::optional<QDateTime> OpeningHours::nextOpeningAfter(const QDateTime &local) const
{
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate date = local.date().addDays(offset);
        std::optional<QDateTime> earliest;
        for (const Interval &interval : day(date.dayOfWeek())) {
            QDateTime opening = local;
            opening.setDate(date);
            opening.setTime(QTime(interval.openMinute / 60, interval.openMinute % 60));
            if (opening > local && (!earliest || opening < *earliest))
                earliest = opening;
        }
        if (earliest)
            return earliest;
    }
    return std::nullopt;
}

} // namespace tessera
