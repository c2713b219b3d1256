#include "QueueEngine.h"

#include "Rules.h"

namespace tessera {

QString wireName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NoConfiguration:
        return QStringLiteral("NoConfiguration");
    case ErrorCode::InvalidConfiguration:
        return QStringLiteral("InvalidConfiguration");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case ErrorCode::UnknownService:
        return QStringLiteral("UnknownService");
    case ErrorCode::ServiceClosed:
        return QStringLiteral("ServiceClosed");
    case ErrorCode::ServiceFull:
        return QStringLiteral("ServiceFull");
    case ErrorCode::UnknownCounter:
        return QStringLiteral("UnknownCounter");
    case ErrorCode::CounterClosed:
        return QStringLiteral("CounterClosed");
    case ErrorCode::CounterPaused:
        return QStringLiteral("CounterPaused");
    case ErrorCode::CounterAlreadyOpen:
        return QStringLiteral("CounterAlreadyOpen");
    case ErrorCode::CounterBusy:
        return QStringLiteral("CounterBusy");
    case ErrorCode::NotLoggedIn:
        return QStringLiteral("NotLoggedIn");
    case ErrorCode::UnknownTeller:
        return QStringLiteral("UnknownTeller");
    case ErrorCode::WrongPassword:
        return QStringLiteral("WrongPassword");
    case ErrorCode::TellerElsewhere:
        return QStringLiteral("TellerElsewhere");
    case ErrorCode::CounterTaken:
        return QStringLiteral("CounterTaken");
    case ErrorCode::NothingWaiting:
        return QStringLiteral("NothingWaiting");
    case ErrorCode::NoCurrentTicket:
        return QStringLiteral("NoCurrentTicket");
    case ErrorCode::TicketStillCalled:
        return QStringLiteral("TicketStillCalled");
    case ErrorCode::UnknownTicket:
        return QStringLiteral("UnknownTicket");
    case ErrorCode::IllegalTransition:
        return QStringLiteral("IllegalTransition");
    case ErrorCode::UnknownOutcome:
        return QStringLiteral("UnknownOutcome");
    case ErrorCode::UnknownAppointment:
        return QStringLiteral("UnknownAppointment");
    case ErrorCode::AppointmentTooEarly:
        return QStringLiteral("AppointmentTooEarly");
    case ErrorCode::AppointmentTooLate:
        return QStringLiteral("AppointmentTooLate");
    case ErrorCode::AppointmentUsed:
        return QStringLiteral("AppointmentUsed");
    case ErrorCode::SlotFull:
        return QStringLiteral("SlotFull");
    case ErrorCode::BookingLimit:
        return QStringLiteral("BookingLimit");
    case ErrorCode::StorageFailure:
        return QStringLiteral("StorageFailure");
    case ErrorCode::UnknownMessage:
        return QStringLiteral("UnknownMessage");
    case ErrorCode::MalformedMessage:
        return QStringLiteral("MalformedMessage");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case ErrorCode::NotAuthenticated:
        return QStringLiteral("NotAuthenticated");
    case ErrorCode::Offline:
        return QStringLiteral("Offline");
    case ErrorCode::Timeout:
        return QStringLiteral("Timeout");
    }
    return QStringLiteral("Unknown");
}

bool parseEnum(const QString &name, ErrorCode &out)
{
    for (int i = 0; i <= int(kLastErrorCode); ++i) {
        if (wireName(ErrorCode(i)) == name) {
            out = ErrorCode(i);
            return true;
        }
    }
    out = ErrorCode::InvalidArgument;
    return false;
}

Decision QueueEngine::decide(const QueueState &state, const Command &command, TimestampMs now, const QByteArray &secret)
{
    if (!state.hasConfig() && !std::holds_alternative<ChangeConfig>(command))
        return rules::refuse(ErrorCode::NoConfiguration, tr("The branch has no configuration yet."));
    return std::visit(rules::Rules(state, now, secret), command);
}

QList<EventPayload> QueueEngine::housekeeping(const QueueState &state, TimestampMs now)
{
    QList<EventPayload> events;
    if (!state.hasConfig())
        return events;
    const BranchConfig &config = state.config();

    const QDate today = config.businessDayAt(now);
    if (state.businessDay() != today) {
        // Tickets still being called or served stay with their teller; only the line is cleared.
        if (config.waitingAtRollover == RolloverPolicy::Cancel) {
            for (const auto &[id, ticket] : state.tickets()) {
                if (ticket.status == TicketStatus::Waiting)
                    events.append(TicketCancelled{id, QStringLiteral("dayEnded")});
            }
        }
        events.append(DayRolledOver{today});
    }

    const qint64 graceMs = qint64(config.checkInLateMinutes) * 60 * 1000;
    for (const auto &[id, appointment] : state.appointments()) {
        if (appointment.status == AppointmentStatus::Booked && now > appointment.slotStart + graceMs)
            events.append(AppointmentExpired{id});
    }
    return events;
}

namespace rules {

std::optional<EngineError> Rules::checkCounterOpen(CounterNumber number) const
{
    const CounterState *counter = m_state.counter(number);
    if (!m_config.counter(number) || !counter)
        return EngineError{ErrorCode::UnknownCounter,
                           QueueEngine::tr("There is no counter %1 in this branch.").arg(number)};
    if (counter->teller.isEmpty())
        return EngineError{ErrorCode::NotLoggedIn,
                           QueueEngine::tr("Nobody is logged in at counter %1: log in first.").arg(number)};
    if (counter->status == CounterStatus::Closed)
        return EngineError{ErrorCode::CounterClosed,
                           QueueEngine::tr("Counter %1 is closed: open it first.").arg(number)};
    if (counter->status == CounterStatus::Paused)
        return EngineError{ErrorCode::CounterPaused,
                           QueueEngine::tr("Counter %1 is paused: resume it first.").arg(number)};
    return std::nullopt;
}

Expected<const Ticket *, EngineError> Rules::currentTicket(CounterNumber number) const
{
    if (auto refusal = checkCounterOpen(number))
        return *refusal;
    const Ticket *ticket = m_state.ticket(m_state.counter(number)->current);
    if (!ticket)
        return EngineError{ErrorCode::NoCurrentTicket,
                           QueueEngine::tr("Counter %1 has no ticket: call one first.").arg(number)};
    return ticket;
}

QString Rules::serviceName(const QString &service) const
{
    const ServiceConfig *config = m_config.service(service);
    return config ? config->names.text(m_config.defaultLanguage) : service;
}

QString Rules::localTime(TimestampMs at) const
{
    return m_config.toLocal(at).toString(QStringLiteral("HH:mm"));
}

} // namespace rules
} // namespace tessera
