#pragma once

#include <QDateTime>
#include <QList>
#include <array>
#include <optional>

namespace tessera {

// Weekly opening hours in the branch's local time: per weekday, a list of
// [open, close) intervals in minutes after midnight. A day with no interval is closed.
class OpeningHours
{
public:
    struct Interval
    {
        int openMinute = 0;
        int closeMinute = 0;
        bool operator==(const Interval &) const = default;
    };

    static OpeningHours alwaysOpen();

    void add(int isoWeekday, Interval interval);
    bool isOpenAt(const QDateTime &local) const;
    // The next opening time strictly after `local` within a week, or nullopt if never open.
    std::optional<QDateTime> nextOpeningAfter(const QDateTime &local) const;
    const QList<Interval> &day(int isoWeekday) const { return m_days[isoWeekday - 1]; }

    bool operator==(const OpeningHours &) const = default;

private:
    std::array<QList<Interval>, 7> m_days;
};

} // namespace tessera
