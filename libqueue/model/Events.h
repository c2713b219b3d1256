#pragma once

#include "Clock.h"
#include "QueueTypes.h"
#include "WaitModel.h"

#include <QDate>
#include <QString>
#include <variant>

namespace tessera {

// Everything that happens to a branch's queue is one of these events. The journal
// stores them, QueueState::apply folds them, and the network carries them.
//
// Each struct lists its fields once in fields(), which the codec walks; fields
// are only ever added, never renamed or re-purposed (old journals must replay).
// A counter number of 0 and an id of 0 mean "none".

#define TESSERA_EVENT(Name)                                                                                            \
    static constexpr const char *kType = #Name;                                                                        \
    bool operator==(const Name &) const = default;

struct ConfigChanged
{
    TESSERA_EVENT(ConfigChanged)
    QString json; // the whole branch configuration, as validated by BranchConfigLoader
    template<typename S, typename F> static void fields(S &s, F &&f) { f("json", s.json); }
};

struct DayRolledOver
{
    TESSERA_EVENT(DayRolledOver)
    QDate day; // the business day that starts now
    template<typename S, typename F> static void fields(S &s, F &&f) { f("day", s.day); }
};

struct TicketIssued
{
    TESSERA_EVENT(TicketIssued)
    TicketId ticket = 0;
    QString service;
    int number = 0;
    QString label;
    PriorityClass priority = PriorityClass::Normal;
    QString priorityReason;
    qint64 appointment = 0;
    int estimatedWaitSeconds = -1; // -1: no estimate (no open counter serves the service)
    int peopleAhead = 0;
    // The range the customer was told (see WaitEstimator), and what it was made from: the
    // queue model's wait and its situation band, which later days learn from.
    int estimateLowSeconds = -1;
    int estimateHighSeconds = -1;
    int modelWaitSeconds = -1;
    int waitBand = 0;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("service", s.service), f("number", s.number), f("label", s.label);
        f("priority", s.priority), f("priorityReason", s.priorityReason), f("appointment", s.appointment);
        f("estimatedWaitSeconds", s.estimatedWaitSeconds), f("peopleAhead", s.peopleAhead);
        f("estimateLowSeconds", s.estimateLowSeconds), f("estimateHighSeconds", s.estimateHighSeconds);
        f("modelWaitSeconds", s.modelWaitSeconds), f("waitBand", s.waitBand);
    }
};

struct TicketCalled
{
    TESSERA_EVENT(TicketCalled)
    TicketId ticket = 0;
    CounterNumber counter = 0;
    QString teller;
    bool byNumber = false; // chosen by the teller rather than by the router
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("counter", s.counter), f("teller", s.teller), f("byNumber", s.byNumber);
    }
};

struct TicketRecalled
{
    TESSERA_EVENT(TicketRecalled)
    TicketId ticket = 0;
    CounterNumber counter = 0;
    int recallCount = 0;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("counter", s.counter), f("recallCount", s.recallCount);
    }
};

struct ServiceStarted
{
    TESSERA_EVENT(ServiceStarted)
    TicketId ticket = 0;
    CounterNumber counter = 0;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("ticket", s.ticket), f("counter", s.counter); }
};

struct TicketFinished
{
    TESSERA_EVENT(TicketFinished)
    TicketId ticket = 0;
    CounterNumber counter = 0;
    QString outcome;
    QString note;
    bool automatic = false; // finished by "call next" rather than by the teller's finish
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("counter", s.counter), f("outcome", s.outcome), f("note", s.note);
        f("automatic", s.automatic);
    }
};

struct TicketNoShow
{
    TESSERA_EVENT(TicketNoShow)
    TicketId ticket = 0;
    CounterNumber counter = 0;
    bool automatic = false; // after the configured number of recalls
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("counter", s.counter), f("automatic", s.automatic);
    }
};

struct TicketTransferred
{
    TESSERA_EVENT(TicketTransferred)
    TicketId ticket = 0;
    CounterNumber fromCounter = 0;
    QString toService;
    CounterNumber toCounter = 0; // 0: any counter serving toService
    QString note;
    bool keepArrival = true; // false: the customer queues again from the time of transfer
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("fromCounter", s.fromCounter), f("toService", s.toService);
        f("toCounter", s.toCounter), f("note", s.note), f("keepArrival", s.keepArrival);
    }
};

struct TicketCancelled
{
    TESSERA_EVENT(TicketCancelled)
    TicketId ticket = 0;
    QString reason; // "customer", "supervisor", "dayEnded"
    template<typename S, typename F> static void fields(S &s, F &&f) { f("ticket", s.ticket), f("reason", s.reason); }
};

struct AppointmentBooked
{
    TESSERA_EVENT(AppointmentBooked)
    qint64 appointment = 0;
    QString service;
    TimestampMs slotStart = 0;
    QString customerName;
    QString phone;
    QString checkInCode;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("appointment", s.appointment), f("service", s.service), f("slotStart", s.slotStart);
        f("customerName", s.customerName), f("phone", s.phone), f("checkInCode", s.checkInCode);
    }
};

struct AppointmentCheckedIn
{
    TESSERA_EVENT(AppointmentCheckedIn)
    qint64 appointment = 0;
    TicketId ticket = 0;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("appointment", s.appointment), f("ticket", s.ticket);
    }
};

struct AppointmentExpired
{
    TESSERA_EVENT(AppointmentExpired)
    qint64 appointment = 0;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("appointment", s.appointment); }
};

struct AppointmentCancelled
{
    TESSERA_EVENT(AppointmentCancelled)
    qint64 appointment = 0;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("appointment", s.appointment); }
};

#define TESSERA_COUNTER_EVENT(Name)                                                                                    \
    struct Name                                                                                                        \
    {                                                                                                                  \
        TESSERA_EVENT(Name)                                                                                            \
        CounterNumber counter = 0;                                                                                     \
        QString teller;                                                                                                \
        template<typename S, typename F> static void fields(S &s, F &&f)                                               \
        {                                                                                                              \
            f("counter", s.counter), f("teller", s.teller);                                                            \
        }                                                                                                              \
    };

TESSERA_COUNTER_EVENT(CounterOpened)
TESSERA_COUNTER_EVENT(CounterPaused)
TESSERA_COUNTER_EVENT(CounterClosed)
TESSERA_COUNTER_EVENT(TellerLoggedIn)
TESSERA_COUNTER_EVENT(TellerLoggedOut)
#undef TESSERA_COUNTER_EVENT

struct FeedbackGiven
{
    TESSERA_EVENT(FeedbackGiven)
    TicketId ticket = 0;
    int score = 0; // 1 (poor) to 5 (excellent)
    QString comment;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("score", s.score), f("comment", s.comment);
    }
};

struct TicketPrintFailed
{
    TESSERA_EVENT(TicketPrintFailed)
    TicketId ticket = 0;
    QString reason;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("ticket", s.ticket), f("reason", s.reason); }
};

// What the branch's past days say about waiting, learned from the journal when a business
// day begins (protocol 4). Estimates that day are made from it, on the server and stations alike.
struct WaitModelLearned
{
    TESSERA_EVENT(WaitModelLearned)
    WaitModel model;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("model", s.model); }
};

#undef TESSERA_EVENT

using EventPayload =
    std::variant<ConfigChanged, DayRolledOver, TicketIssued, TicketCalled, TicketRecalled, ServiceStarted,
                 TicketFinished, TicketNoShow, TicketTransferred, TicketCancelled, AppointmentBooked,
                 AppointmentCheckedIn, AppointmentExpired, AppointmentCancelled, CounterOpened, CounterPaused,
                 CounterClosed, TellerLoggedIn, TellerLoggedOut, FeedbackGiven, TicketPrintFailed, WaitModelLearned>;

// One journaled event: what happened, its place in the branch's history, and when (server time).
struct Event
{
    Seq seq = 0;
    TimestampMs at = 0;
    EventPayload payload;

    bool operator==(const Event &) const = default;
};

inline const char *typeName(const EventPayload &payload)
{
    return std::visit([](const auto &event) { return std::decay_t<decltype(event)>::kType; }, payload);
}

} // namespace tessera
