#pragma once

#include "BranchConfig.h"
#include "Events.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <compare>
#include <map>
#include <set>

namespace tessera {

struct Ticket
{
    // In the order that packs them (a day's tickets are all in memory, on every station): the
    // 8-byte fields, the strings, then the 4-byte ones.
    TicketId id = 0;
    QDate businessDay; // the day it was issued on (carried-over tickets keep theirs)
    TimestampMs issuedAt = 0;
    TimestampMs queuedAt = 0; // its place in line; kept or reset on transfer
    TimestampMs calledAt = 0; // first call at the current counter
    TimestampMs startedAt = 0;
    TimestampMs finishedAt = 0; // also set on no-show and cancel
    qint64 appointment = 0;
    QString service;
    QString label;
    QString priorityReason;
    QString teller;
    QString transferNote;
    QString outcome;
    QString note;
    QString printFailure; // why the kiosk could not print it; empty when it printed (or had no printer)
    int number = 0;
    PriorityClass priority = PriorityClass::Normal;
    TicketStatus status = TicketStatus::Waiting;
    CounterNumber counter = 0; // the counter calling or serving it
    int recallCount = 0;
    CounterNumber targetCounter = 0; // transferred to this named counter
    int transferCount = 0;
    int estimatedWaitSeconds = -1;
    int estimateLowSeconds = -1; // the range the customer was told
    int estimateHighSeconds = -1;
    int feedbackScore = 0; // the customer's rating, 1..5, once given; 0: none yet

    bool operator==(const Ticket &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("service", s.service), f("number", s.number), f("label", s.label);
        f("priority", s.priority), f("priorityReason", s.priorityReason), f("status", s.status);
        f("businessDay", s.businessDay), f("issuedAt", s.issuedAt), f("queuedAt", s.queuedAt);
        f("calledAt", s.calledAt), f("startedAt", s.startedAt), f("finishedAt", s.finishedAt);
        f("counter", s.counter), f("teller", s.teller), f("recallCount", s.recallCount);
        f("targetCounter", s.targetCounter), f("transferNote", s.transferNote), f("transferCount", s.transferCount);
        f("appointment", s.appointment), f("estimatedWaitSeconds", s.estimatedWaitSeconds);
        f("estimateLowSeconds", s.estimateLowSeconds), f("estimateHighSeconds", s.estimateHighSeconds);
        f("outcome", s.outcome), f("note", s.note), f("printFailure", s.printFailure);
        f("feedbackScore", s.feedbackScore);
    }
};

// A ticket's place in a line: earlier arrival first, then issue order.
struct QueueKey
{
    TimestampMs queuedAt = 0;
    TicketId ticket = 0;
    auto operator<=>(const QueueKey &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("queuedAt", s.queuedAt), f("ticket", s.ticket);
    }
};

using WaitingLine = std::set<QueueKey>;

struct ServiceState
{
    int lastNumber = 0;              // last number issued this business day (0: none yet)
    WaitingLine waiting;             // tickets any counter serving the service may take
    QList<int> recentServiceSeconds; // last few service durations, newest last
    bool operator==(const ServiceState &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("lastNumber", s.lastNumber), f("waiting", s.waiting), f("recentServiceSeconds", s.recentServiceSeconds);
    }
};

struct CounterState
{
    CounterStatus status = CounterStatus::Closed;
    QString teller;                // logged in here, or empty
    TicketId current = 0;          // called or being served here
    WaitingLine transferredIn;     // tickets transferred to this counter by name
    QList<QString> recentServices; // services of the last calls here, for the weighted share
    int servedToday = 0;
    qint64 serviceMsToday = 0;
    bool operator==(const CounterState &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("status", s.status), f("teller", s.teller), f("current", s.current), f("transferredIn", s.transferredIn);
        f("recentServices", s.recentServices), f("servedToday", s.servedToday), f("serviceMsToday", s.serviceMsToday);
    }
};

struct Appointment
{
    qint64 id = 0;
    QString service;
    TimestampMs slotStart = 0;
    QString customerName;
    QString phone;
    QString checkInCode;
    AppointmentStatus status = AppointmentStatus::Booked;
    TicketId ticket = 0;
    bool operator==(const Appointment &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("service", s.service), f("slotStart", s.slotStart), f("customerName", s.customerName);
        f("phone", s.phone), f("checkInCode", s.checkInCode), f("status", s.status), f("ticket", s.ticket);
    }
};

// The live state of one branch, built only by folding events. The server, every
// station and a journal replay run this same apply(), so they agree by construction.
// apply() trusts its input: QueueEngine::decide has already checked the rules.
class QueueState
{
public:
    static constexpr int kRecentServiceSamples = 20;

    void apply(const Event &event);

    bool hasConfig() const { return m_hasConfig; }
    const BranchConfig &config() const { return m_config; }
    const QDate &businessDay() const { return m_businessDay; }
    Seq lastSeq() const { return m_lastSeq; }
    TicketId lastTicketId() const { return m_lastTicketId; }
    qint64 lastAppointmentId() const { return m_lastAppointmentId; }

    const std::map<TicketId, Ticket> &tickets() const { return m_tickets; }
    // Labels of tickets still live when the business day rolled over; not issued again that day.
    const QSet<QString> &carriedOverLabels() const { return m_carriedOverLabels; }
    // The number the next ticket of `service` would get today; past service.lastNumber
    // when the day's range is used up. Skips labels still held by carried-over tickets.
    int nextNumber(const ServiceConfig &service) const;
    const Ticket *ticket(TicketId id) const;
    // The live ticket with this label, if any (labels repeat only across business days).
    const Ticket *liveTicketByLabel(const QString &label) const;
    const ServiceState *service(const QString &id) const;
    const CounterState *counter(CounterNumber number) const;
    const std::map<CounterNumber, CounterState> &counters() const { return m_counters; }
    const std::map<qint64, Appointment> &appointments() const { return m_appointments; }
    const Appointment *appointmentByCode(const QString &code) const;
    // The counter a teller is logged in at, or 0.
    CounterNumber counterOfTeller(const QString &teller) const { return m_tellerAt.value(teller, 0); }
    // What the branch's history says about waiting, as last learned (empty before any history).
    const WaitModel &waitModel() const { return m_waitModel; }

    bool operator==(const QueueState &) const = default;

private:
    friend class StateCodec;
    // Everything a station needs to continue from a snapshot. The parsed configuration
    // is not listed: it is rebuilt from its JSON, exactly as on(ConfigChanged) does.
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("hasConfig", s.m_hasConfig), f("configJson", s.m_configJson), f("businessDay", s.m_businessDay);
        f("lastSeq", s.m_lastSeq), f("lastTicketId", s.m_lastTicketId), f("lastAppointmentId", s.m_lastAppointmentId);
        f("tickets", s.m_tickets), f("services", s.m_services), f("counters", s.m_counters);
        f("appointments", s.m_appointments), f("tellerAt", s.m_tellerAt), f("carriedOverLabels", s.m_carriedOverLabels);
        f("waitModel", s.m_waitModel);
    }

    void on(const ConfigChanged &e, const Event &event);
    void on(const DayRolledOver &e, const Event &event);
    void on(const TicketIssued &e, const Event &event);
    void on(const TicketCalled &e, const Event &event);
    void on(const TicketRecalled &e, const Event &event);
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
    void on(const TicketPrintFailed &e, const Event &event);
    void on(const WaitModelLearned &e, const Event &event);

    Ticket *mutableTicket(TicketId id);
    // The configuration's copy of a service id, shared by the tickets rather than one more
    // string each; the id itself if the configuration has no such service.
    QString sharedServiceId(const QString &service) const;
    CounterState &counterState(CounterNumber number) { return m_counters[number]; }
    void removeFromLines(const Ticket &ticket);
    void releaseCounter(Ticket &ticket);
    void endTicket(Ticket &ticket, TicketStatus status, TimestampMs at);

    bool m_hasConfig = false;
    BranchConfig m_config;
    QString m_configJson;
    QDate m_businessDay;
    Seq m_lastSeq = 0;
    TicketId m_lastTicketId = 0;
    qint64 m_lastAppointmentId = 0;
    std::map<TicketId, Ticket> m_tickets;
    std::map<QString, ServiceState> m_services;
    std::map<CounterNumber, CounterState> m_counters;
    std::map<qint64, Appointment> m_appointments;
    QMap<QString, CounterNumber> m_tellerAt;
    QSet<QString> m_carriedOverLabels;
    WaitModel m_waitModel;
};

} // namespace tessera
