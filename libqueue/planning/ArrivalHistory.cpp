#include "ArrivalHistory.h"

#include <numeric>

namespace tessera {

int DayArrivals::total() const
{
    int sum = 0;
    for (const QList<int> &bySlot : arrivals)
        sum += std::accumulate(bySlot.cbegin(), bySlot.cend(), 0);
    return sum;
}

QList<int> DayArrivals::totalBySlot() const
{
    QList<int> sum(kSlotsPerDay, 0);
    for (const QList<int> &bySlot : arrivals) {
        for (int slot = 0; slot < kSlotsPerDay; ++slot)
            sum[slot] += bySlot.value(slot);
    }
    return sum;
}

const DayArrivals *ArrivalHistory::day(const QDate &date) const
{
    for (const DayArrivals &day : days) {
        if (day.day == date)
            return &day;
    }
    return nullptr;
}

QList<const DayArrivals *> ArrivalHistory::openDaysBefore(const QDate &date) const
{
    QList<const DayArrivals *> open;
    for (const DayArrivals &day : days) {
        if (day.day < date && day.total() > 0)
            open.append(&day);
    }
    return open;
}

DayArrivals &ArrivalHistoryBuilder::dayOf(const QDate &businessDay)
{
    auto it = m_days.find(businessDay);
    if (it == m_days.end()) {
        it = m_days.insert(businessDay, DayArrivals{});
        it->day = businessDay;
    }
    return *it;
}

qint64 ArrivalHistoryBuilder::localMs(TimestampMs at)
{
    const qint64 hour = at / 3600000;
    auto it = m_offsetMsByHour.constFind(hour);
    if (it == m_offsetMsByHour.cend())
        it =
            m_offsetMsByHour.insert(hour, m_config.timeZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at)) * 1000LL);
    return at + *it;
}

void ArrivalHistoryBuilder::accrueOpenTime(TimestampMs at)
{
    const int open = int(m_open.size());
    TimestampMs from = qMax(m_openSince, TimestampMs(0));
    m_openSince = at;
    if (open == 0 || from == 0 || at <= from)
        return;
    // Slot by slot, each piece filed under its own business day: a counter left open all
    // night is open in every slot of the night, which the Planning tab should show.
    const qint64 rolloverMs = (m_config.rolloverTime.hour() * 60 + m_config.rolloverTime.minute()) * 60000LL;
    while (from < at) {
        const qint64 local = localMs(from);
        const TimestampMs slotEnd = qMin(at, from + kSlotMs - local % kSlotMs);
        const QDate day = QDate(1970, 1, 1).addDays((local - rolloverMs) / 86400000);
        QList<qint64> &bySlot = m_openMs[day];
        if (bySlot.isEmpty())
            bySlot = QList<qint64>(kSlotsPerDay, 0);
        bySlot[local / kSlotMs % kSlotsPerDay] += (slotEnd - from) * open;
        from = slotEnd;
    }
}

void ArrivalHistoryBuilder::add(const Event &event, const QDate &businessDay)
{
    std::visit(
        [&](const auto &payload) {
            using T = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<T, TicketIssued>) {
                QList<int> &bySlot = dayOf(businessDay).arrivals[payload.service];
                if (bySlot.isEmpty())
                    bySlot = QList<int>(kSlotsPerDay, 0);
                bySlot[slotOf(event.at)] += 1;
                m_tickets.insert(payload.ticket, Waiting{payload.service, event.at});
            } else if constexpr (std::is_same_v<T, TicketCalled>) {
                if (const auto it = m_tickets.constFind(payload.ticket); it != m_tickets.cend()) {
                    m_waiting[it->service].waitedMs += qMax<qint64>(0, event.at - it->since);
                    m_tickets.erase(it);
                }
            } else if constexpr (std::is_same_v<T, TicketCancelled>) {
                if (const auto it = m_tickets.constFind(payload.ticket); it != m_tickets.cend()) {
                    // Sent home at the rollover is neither giving up nor a wait anyone sat
                    // through (the branch closed hours before): left out of both.
                    if (payload.reason != QLatin1String("dayEnded")) {
                        WaitingBehaviour &behaviour = m_waiting[it->service];
                        behaviour.waitedMs += qMax<qint64>(0, event.at - it->since);
                        behaviour.gaveUp += 1;
                    }
                    m_tickets.erase(it);
                }
            } else if constexpr (std::is_same_v<T, CounterOpened>) {
                accrueOpenTime(event.at);
                m_open.insert(payload.counter, true);
            } else if constexpr (std::is_same_v<T, CounterPaused> || std::is_same_v<T, CounterClosed>) {
                accrueOpenTime(event.at);
                m_open.remove(payload.counter);
            }
        },
        event.payload);
}

ArrivalHistory ArrivalHistoryBuilder::history()
{
    ArrivalHistory history;
    history.waiting = m_waiting;
    for (auto it = m_openMs.cbegin(); it != m_openMs.cend(); ++it)
        dayOf(it.key());
    for (DayArrivals day : std::as_const(m_days)) {
        const QList<qint64> openMs = m_openMs.value(day.day, QList<qint64>(kSlotsPerDay, 0));
        day.countersOpen = QList<double>(kSlotsPerDay, 0.0);
        for (int slot = 0; slot < kSlotsPerDay; ++slot)
            day.countersOpen[slot] = double(openMs[slot]) / double(kSlotMs);
        history.days.append(day);
    }
    return history;
}

} // namespace tessera
