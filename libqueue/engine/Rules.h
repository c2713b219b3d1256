#pragma once

// Internal to the engine: one overload per command, split over a few files by subject
// (tickets, counters, appointments). QueueEngine::decide dispatches here.

#include "QueueEngine.h"

namespace tessera::rules {

inline Decision refuse(ErrorCode code, const QString &message)
{
    return EngineError{code, message};
}

class Rules
{
public:
    Rules(const QueueState &state, TimestampMs now, const QByteArray &secret)
        : m_state(state), m_config(state.config()), m_now(now), m_secret(secret)
    {}

    // Tickets (TicketRules.cpp)
    Decision operator()(const IssueTicket &command) const;
    Decision operator()(const CallNext &command) const;
    Decision operator()(const CallTicket &command) const;
    Decision operator()(const RecallTicket &command) const;
    Decision operator()(const StartService &command) const;
    Decision operator()(const FinishTicket &command) const;
    Decision operator()(const MarkNoShow &command) const;
    Decision operator()(const TransferTicket &command) const;
    Decision operator()(const CancelTicket &command) const;
    Decision operator()(const GiveFeedback &command) const;
    Decision operator()(const ReportPrintFailure &command) const;

    // Counters and tellers (CounterRules.cpp)
    Decision operator()(const OpenCounter &command) const;
    Decision operator()(const PauseCounter &command) const;
    Decision operator()(const CloseCounter &command) const;
    Decision operator()(const LogIn &command) const;
    Decision operator()(const LogOut &command) const;
    Decision operator()(const ChangeConfig &command) const;

    // Appointments (AppointmentRules.cpp)
    Decision operator()(const BookAppointment &command) const;
    Decision operator()(const CheckInAppointment &command) const;
    Decision operator()(const CancelAppointment &command) const;
    Decision operator()(const MoveAppointment &command) const;

    // Shared checks, each returning the refusal or nothing.
    std::optional<EngineError> checkCounterOpen(CounterNumber counter) const;
    // Open, and not still calling a customer who has not come up yet.
    std::optional<EngineError> checkReadyToCall(CounterNumber counter) const;
    // The counter's current ticket, or the refusal to give when there is none.
    Expected<const Ticket *, EngineError> currentTicket(CounterNumber counter) const;
    // The next ticket for a service: number, label and estimate, or why none can be issued.
    Expected<TicketIssued, EngineError> newTicket(const QString &service, PriorityClass priority) const;
    // Whether a slot of a service can be booked: in its hours, on the grid, a place left, the
    // phone's limit for the day not reached (not counting the appointment `moving`, if any).
    std::optional<EngineError> checkBooking(const QString &service, TimestampMs slotStart, const QString &phone,
                                            qint64 moving = 0) const;
    // The booked appointment with this code (and this phone, when one is given).
    Expected<const Appointment *, EngineError> bookedAppointment(const QString &code, const QString &phone) const;
    QString serviceName(const QString &service) const;
    QString localTime(TimestampMs at) const;

private:
    Decision call(CounterNumber counter, const Ticket &next, bool byNumber) const;

    const QueueState &m_state;
    const BranchConfig &m_config;
    TimestampMs m_now;
    const QByteArray &m_secret; // see QueueEngine::decide
};

} // namespace tessera::rules
