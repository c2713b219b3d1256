#pragma once

#include "DailyReport.h"
#include "model/BranchConfig.h"
#include "model/Events.h"
#include "model/WaitEstimator.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <optional>

namespace tessera {

// What a daily report is computed from: the day's events, and enough of what came before
// them to know where the day started (which counters were open, which tickets were still
// waiting or at a counter, which appointments were booked for the day).
struct DayHistory
{
    QDate day;
    TimestampMs dayStart = 0;
    TimestampMs dayEnd = 0;
    TimestampMs until = 0;              // dayEnd, or "now" for a day still running
    QTimeZone timeZone;                 // the branch's, in which the day's hours are counted
    QString language;                   // of the branch's and services' names; empty: the branch's default
    std::optional<BranchConfig> config; // in force where the context starts (before its last day, if read)
    QList<Event> before;                // context: folded, never counted
    QList<Event> during;                // the business day's own events
};

// Every wait and service time of a service's day, in milliseconds: what percentiles over
// several days are computed from (a period's p90 is not a mean of daily p90s).
struct DurationSamples
{
    QList<qint64> waits;
    QList<qint64> serviceTimes;
    bool operator==(const DurationSamples &) const = default;
};
using ServiceSamples = QMap<QString, DurationSamples>; // by service id

// Folds a DayHistory into a DailyReport. Pure: no clock, no I/O, the same input gives the
// same figures. The definitions it implements are in docs/REPORT.md.
class ReportBuilder
{
public:
    static DailyReport build(const DayHistory &history);

    // A day kept up to date as its events come (the head office's live view): folds
    // `history` as build() does, then takes the day's later events with add().
    explicit ReportBuilder(const DayHistory &history);
    void add(const Event &event);
    // The figures up to `until` (not before the last event added), as build() gives them for
    // a history that ends there; the fold itself goes on unchanged. `samples`, when given,
    // receives the day's waits and service times by service.
    DailyReport reportUntil(TimestampMs until, ServiceSamples *samples = nullptr) const;
    const DayHistory &day() const { return m_history; }

private:
    struct TicketTrack
    {
        QString service; // empty when the ticket was issued before the context we have
        QString label;
        TicketStatus status = TicketStatus::Waiting;
        TimestampMs waitingSince = 0; // issue, or the latest transfer
        TimestampMs calledAt = 0;
        TimestampMs startedAt = 0;
        CounterNumber counter = 0;
        QString teller;
        int estimatedWaitSeconds = -1;
        PrintedWait printedWait;
        int issueHour = -1; // index into the report's hours
        bool transferred = false;
        bool known = true;
    };
    struct CounterTrack
    {
        CounterStatus status = CounterStatus::Closed;
        QString teller;
        TimestampMs since = 0;
    };
    struct AppointmentTrack
    {
        TimestampMs slotStart = 0;
        AppointmentStatus status = AppointmentStatus::Booked;
    };
    using Samples = DurationSamples;

    void fold(const Event &event, bool counting);
    DailyReport finish();

    template<typename E> void on(const E &, const Event &) {}
    void on(const ConfigChanged &e, const Event &event);
    void on(const TicketIssued &e, const Event &event);
    void on(const WaitModelLearned &e, const Event &event);
    void on(const TicketCalled &e, const Event &event);
    void on(const ServiceStarted &e, const Event &event);
    void on(const TicketFinished &e, const Event &event);
    void on(const TicketNoShow &e, const Event &event);
    void on(const TicketTransferred &e, const Event &event);
    void on(const TicketCancelled &e, const Event &event);
    void on(const AppointmentBooked &e, const Event &event);
    void on(const AppointmentCheckedIn &e, const Event &event);
    void on(const AppointmentExpired &e, const Event &event);
    void on(const AppointmentCancelled &e, const Event &event);
    void on(const CounterOpened &e, const Event &event);
    void on(const CounterPaused &e, const Event &event);
    void on(const CounterClosed &e, const Event &event);
    void on(const TellerLoggedIn &e, const Event &event);
    void on(const TellerLoggedOut &e, const Event &event);
    void on(const FeedbackGiven &e, const Event &event);

    void useConfig(const BranchConfig &config);
    TicketTrack &ticket(TicketId id);
    ServiceFigures *service(const QString &id);
    StaffFigures &counterFigures(CounterNumber number);
    StaffFigures &tellerFigures(const QString &name);
    // The part of [from, to) inside the counted window.
    qint64 countedMs(TimestampMs from, TimestampMs to) const;
    void findHourStarts();
    int hourIndex(TimestampMs at) const;
    // Counter time up to `at` in its present status, to the counter and its teller.
    void accrueCounter(CounterNumber number, TimestampMs at);
    void setCounterStatus(CounterNumber number, CounterStatus status, TimestampMs at);
    // A ticket leaves a counter (finished or transferred): its serving time is the counter's.
    void endServing(const TicketTrack &track, TimestampMs at);
    void leaveLine(const TicketTrack &track);
    void joinLine(TimestampMs at);
    // Carries the line length into every hour from the last event's up to `at`'s.
    void advanceHoursTo(TimestampMs at);

    DayHistory m_history; // the day's bounds, zone and configuration; its events are not kept
    bool m_counting = false;
    std::optional<BranchConfig> m_config;
    QMap<QString, ServiceConfig> m_serviceConfigs; // every service any configuration of the day had
    QHash<TicketId, TicketTrack> m_tickets;
    QMap<CounterNumber, CounterTrack> m_counterTracks;
    QHash<qint64, AppointmentTrack> m_appointments;
    QMap<QString, ServiceFigures> m_services;
    QMap<QString, Samples> m_samples;
    Samples m_allSamples;
    QMap<CounterNumber, StaffFigures> m_counters;
    QMap<QString, StaffFigures> m_tellers;
    QList<HourFigures> m_hours;
    QList<TimestampMs> m_hourStarts; // when each of the day's 24 local clock hours begins
    int m_waiting = 0;               // tickets in line, branch-wide
    int m_lastHour = 0;
    EstimateFigures m_estimates;
    QList<FeedbackComment> m_comments;
};

} // namespace tessera
