#pragma once

#include "model/Clock.h"
#include "model/QueueTypes.h"

#include <QString>
#include <variant>

namespace tessera {

// What stations ask the queue to do. QueueEngine::decide turns each into events or
// a refusal. Like events, each struct lists its fields once for the codec.
#define TESSERA_COMMAND(Name)                                                                                          \
    static constexpr const char *kType = #Name;                                                                        \
    bool operator==(const Name &) const = default;

struct IssueTicket
{
    TESSERA_COMMAND(IssueTicket)
    QString service;
    PriorityClass priority = PriorityClass::Normal;
    QString priorityReason; // one of BranchConfig::priorityReasons, for the priority class
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("service", s.service), f("priority", s.priority), f("priorityReason", s.priorityReason);
    }
};

#define TESSERA_COUNTER_COMMAND(Name)                                                                                  \
    struct Name                                                                                                        \
    {                                                                                                                  \
        TESSERA_COMMAND(Name)                                                                                          \
        CounterNumber counter = 0;                                                                                     \
        template<typename S, typename F> static void fields(S &s, F &&f) { f("counter", s.counter); }                  \
    };

TESSERA_COUNTER_COMMAND(CallNext)
TESSERA_COUNTER_COMMAND(RecallTicket)
TESSERA_COUNTER_COMMAND(StartService)
TESSERA_COUNTER_COMMAND(MarkNoShow)
TESSERA_COUNTER_COMMAND(OpenCounter) // also resumes a paused counter
TESSERA_COUNTER_COMMAND(PauseCounter)
TESSERA_COUNTER_COMMAND(CloseCounter)
TESSERA_COUNTER_COMMAND(LogOut)
#undef TESSERA_COUNTER_COMMAND

struct CallTicket
{
    TESSERA_COMMAND(CallTicket)
    CounterNumber counter = 0;
    QString label; // e.g. "A017"
    template<typename S, typename F> static void fields(S &s, F &&f) { f("counter", s.counter), f("label", s.label); }
};

struct FinishTicket
{
    TESSERA_COMMAND(FinishTicket)
    CounterNumber counter = 0;
    QString outcome; // one of BranchConfig::outcomeCodes; empty means the first ("served")
    QString note;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("counter", s.counter), f("outcome", s.outcome), f("note", s.note);
    }
};

struct TransferTicket
{
    TESSERA_COMMAND(TransferTicket)
    CounterNumber counter = 0; // the counter that has the ticket now
    QString toService;         // empty: keep the ticket's service
    CounterNumber toCounter = 0;
    QString note;
    ArrivalOnTransfer arrival = ArrivalOnTransfer::BranchDefault;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("counter", s.counter), f("toService", s.toService), f("toCounter", s.toCounter), f("note", s.note);
        f("arrival", s.arrival);
    }
};

struct CancelTicket
{
    TESSERA_COMMAND(CancelTicket)
    QString label;
    QString reason;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("label", s.label), f("reason", s.reason); }
};

struct LogIn
{
    TESSERA_COMMAND(LogIn)
    QString teller;
    QString password; // checked against the hash; never journaled
    CounterNumber counter = 0;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("teller", s.teller), f("password", s.password), f("counter", s.counter);
    }
};

struct BookAppointment
{
    TESSERA_COMMAND(BookAppointment)
    QString service;
    TimestampMs slotStart = 0;
    QString customerName;
    QString phone;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("service", s.service), f("slotStart", s.slotStart), f("customerName", s.customerName), f("phone", s.phone);
    }
};

struct CheckInAppointment
{
    TESSERA_COMMAND(CheckInAppointment)
    QString code;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("code", s.code); }
};

struct CancelAppointment
{
    TESSERA_COMMAND(CancelAppointment)
    QString code;
    QString phone; // when given, it must be the booking's (a customer proves the booking with both)
    template<typename S, typename F> static void fields(S &s, F &&f) { f("code", s.code), f("phone", s.phone); }
};

// A booked appointment to another slot of its service: the old place is given back and a new
// appointment (with a new code) takes the new one, in one commit.
struct MoveAppointment
{
    TESSERA_COMMAND(MoveAppointment)
    QString code;
    QString phone; // when given, it must be the booking's
    TimestampMs slotStart = 0;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("code", s.code), f("phone", s.phone), f("slotStart", s.slotStart);
    }
};

// Once per ticket, after it was served.
struct GiveFeedback
{
    TESSERA_COMMAND(GiveFeedback)
    TicketId ticket = 0;
    int score = 0;
    QString comment; // optional, at most 500 characters
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ticket", s.ticket), f("score", s.score), f("comment", s.comment);
    }
};

// A kiosk could not print a ticket it issued: staff should know (the customer was told
// to remember the number, and the ticket stays valid).
struct ReportPrintFailure
{
    TESSERA_COMMAND(ReportPrintFailure)
    TicketId ticket = 0;
    QString reason; // what the printer reported, for staff
    template<typename S, typename F> static void fields(S &s, F &&f) { f("ticket", s.ticket), f("reason", s.reason); }
};

struct ChangeConfig
{
    TESSERA_COMMAND(ChangeConfig)
    QString json;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("json", s.json); }
};

#undef TESSERA_COMMAND

using Command = std::variant<IssueTicket, CallNext, CallTicket, RecallTicket, StartService, FinishTicket, MarkNoShow,
                             TransferTicket, CancelTicket, OpenCounter, PauseCounter, CloseCounter, LogIn, LogOut,
                             BookAppointment, CheckInAppointment, CancelAppointment, GiveFeedback, ReportPrintFailure,
                             ChangeConfig, MoveAppointment>;

} // namespace tessera
