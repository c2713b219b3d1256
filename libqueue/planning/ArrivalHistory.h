#pragma once

#include "model/BranchConfig.h"
#include "model/Events.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

namespace tessera {

// What past business days saw, per half hour of the local clock: the arrivals the forecast
// learns from and the counters that were open, which the Planning tab sets beside its advice.
// Slot 0 is 00:00–00:30, slot 47 is 23:30–24:00; a business day's slots after midnight
// (before its rollover) are the small ones.
inline constexpr int kSlotsPerDay = 48;
inline constexpr qint64 kSlotMs = 30 * 60 * 1000;

struct DayArrivals
{
    QDate day;
    QMap<QString, QList<int>> arrivals; // service -> tickets issued per slot (kSlotsPerDay)
    QList<double> countersOpen;         // per slot: counters open, on average over the slot

    int total() const;
    QList<int> totalBySlot() const;
};

// How a service's customers wait, over the whole history: for Erlang A's patience.
struct WaitingBehaviour
{
    int gaveUp = 0;      // cancelled before any call, not at the day's end
    qint64 waitedMs = 0; // by everyone, to their first call or to giving up

    // The mean patience, by the standard estimate for exponential patience with censoring:
    // all the time spent waiting divided by the number who gave up. 0: nobody gave up.
    double patienceSeconds() const { return gaveUp ? double(waitedMs) / 1000.0 / gaveUp : 0.0; }
};

struct ArrivalHistory
{
    QList<DayArrivals> days; // ascending; only days that had events
    QMap<QString, WaitingBehaviour> waiting;

    const DayArrivals *day(const QDate &date) const;
    // Days before `day` that had customers: the ones a forecast for `day` may learn from.
    QList<const DayArrivals *> openDaysBefore(const QDate &day) const;
};

// A pure fold over journal events and their business days, in journal order.
class ArrivalHistoryBuilder
{
public:
    explicit ArrivalHistoryBuilder(const BranchConfig &config) : m_config(config) {}

    void add(const Event &event, const QDate &businessDay);
    ArrivalHistory history();

private:
    struct Waiting
    {
        QString service;
        TimestampMs since = 0;
    };

    DayArrivals &dayOf(const QDate &businessDay);
    // Milliseconds since the epoch on the local wall clock. A history of weeks converts every
    // event: the zone's offset is looked up once per UTC hour. Zones change offset on a UTC
    // hour but for a few (Newfoundland, Adelaide); there, events in the half hour around a
    // change may fall one slot off, twice a year.
    qint64 localMs(TimestampMs at);
    int slotOf(TimestampMs at) { return int(localMs(at) / kSlotMs % kSlotsPerDay); }
    // Adds the open counters between the last change and `at` to the slots they cover.
    void accrueOpenTime(TimestampMs at);

    BranchConfig m_config;
    QMap<QDate, DayArrivals> m_days;
    QMap<QString, WaitingBehaviour> m_waiting;
    QHash<TicketId, Waiting> m_tickets; // waiting for their first call
    QHash<CounterNumber, bool> m_open;
    TimestampMs m_openSince = 0;
    QMap<QDate, QList<qint64>> m_openMs; // per day and slot: counter-milliseconds open
    QHash<qint64, qint64> m_offsetMsByHour;
};

} // namespace tessera
