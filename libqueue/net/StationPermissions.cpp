#include "StationPermissions.h"

#include "model/AppointmentSlots.h"

namespace tessera {

namespace {

EngineError denied(const QString &text)
{
    return EngineError{ErrorCode::PermissionDenied, text};
}

// The counter a command acts for, if it acts for one.
std::optional<CounterNumber> counterOf(const Command &command)
{
    return std::visit(
        [](const auto &c) -> std::optional<CounterNumber> {
            if constexpr (requires { c.counter; })
                return c.counter;
            else
                return std::nullopt;
        },
        command);
}

bool isKioskCommand(const Command &command)
{
    return std::holds_alternative<IssueTicket>(command) || std::holds_alternative<CheckInAppointment>(command) ||
           std::holds_alternative<GiveFeedback>(command) || std::holds_alternative<ReportPrintFailure>(command);
}

// A customer on the branch's web page: a ticket or a booking where the service offers it on the
// web, leaving their own ticket (the web front has checked the ticket's link), their appointment
// (by code and phone) and their feedback. Never a priority class: that is the staff's to give.
std::optional<EngineError> checkCustomer(const Command &command, const QueueState &state)
{
    const auto service = [&state](const QString &id) {
        return state.config().service(id);
    };
    if (const auto *issue = std::get_if<IssueTicket>(&command)) {
        const ServiceConfig *config = service(issue->service);
        if (issue->priority != PriorityClass::Normal || (config && !config->webJoin))
            return denied(StationPermissions::tr("This service does not take tickets on the web. Take one at the "
                                                 "kiosk in the branch."));
        return std::nullopt;
    }
    if (const auto *book = std::get_if<BookAppointment>(&command)) {
        const ServiceConfig *config = service(book->service);
        if (config && !config->webBooking)
            return denied(StationPermissions::tr("This service cannot be booked on the web. Call the branch to "
                                                 "book it."));
        return std::nullopt;
    }
    // Their own appointment only: the web front always sends the phone the booking was made with
    // (a code alone is not enough), and moves it only within what the web may book.
    const auto *cancel = std::get_if<CancelAppointment>(&command);
    const auto *move = std::get_if<MoveAppointment>(&command);
    if (cancel || move) {
        const QString &phone = cancel ? cancel->phone : move->phone;
        if (AppointmentSlots::comparablePhone(phone).isEmpty())
            return denied(StationPermissions::tr("Give the booking's phone number."));
        const Appointment *appointment = state.appointmentByCode((cancel ? cancel->code : move->code).trimmed());
        const ServiceConfig *config = appointment ? service(appointment->service) : nullptr;
        if (move && config && !config->webBooking)
            return denied(StationPermissions::tr("This service cannot be booked on the web. Call the branch to "
                                                 "book it."));
        return std::nullopt;
    }
    // Leaving the queue: only while still waiting, decided against the state of that moment (the
    // page may have shown "waiting" just before the call).
    if (const auto *leave = std::get_if<CancelTicket>(&command)) {
        const Ticket *ticket = state.liveTicketByLabel(leave->label);
        if (ticket && ticket->status != TicketStatus::Waiting)
            return EngineError{ErrorCode::IllegalTransition,
                               StationPermissions::tr("This ticket is no longer waiting: it has been called.")};
        return std::nullopt;
    }
    if (std::holds_alternative<GiveFeedback>(command))
        return std::nullopt;
    return denied(StationPermissions::tr("A customer's web page cannot do that."));
}

bool isSupervisorOnly(const Command &command)
{
    return std::holds_alternative<ChangeConfig>(command) || std::holds_alternative<CancelTicket>(command);
}

} // namespace

std::optional<EngineError> StationPermissions::check(const StationIdentity &station, const Command &command,
                                                     const QueueState &state)
{
    switch (station.role) {
    case StationRole::Display:
        return denied(tr("A display only shows the queue; it cannot change it."));
    case StationRole::Kiosk:
        if (isKioskCommand(command))
            return std::nullopt;
        return denied(tr("A kiosk can only issue tickets, check in appointments and take feedback."));
    case StationRole::Web:
        return checkCustomer(command, state);
    case StationRole::Teller:
    case StationRole::Supervisor:
    case StationRole::Tool:
        break;
    }

    if (station.user.isEmpty())
        return EngineError{ErrorCode::NotAuthenticated, tr("Log in with your name and password first.")};
    if (station.userRole == TellerRole::Supervisor)
        return std::nullopt;

    if (isSupervisorOnly(command))
        return denied(tr("Only a supervisor can do that. Ask a supervisor to log in."));
    if (const auto *login = std::get_if<LogIn>(&command)) {
        if (login->teller != station.user)
            return denied(tr("%1 is logged in on this station; %2 cannot log in at a counter from here.")
                              .arg(station.user, login->teller));
        return std::nullopt;
    }
    const auto counter = counterOf(command);
    if (!counter)
        return std::nullopt; // issuing, appointments, feedback: any teller may help a customer
    const CounterNumber own = state.counterOfTeller(station.user);
    if (own == 0)
        return EngineError{ErrorCode::NotLoggedIn, tr("Log in at your counter first.")};
    if (*counter != own)
        return denied(tr("You are at counter %1; you cannot act for counter %2.").arg(own).arg(*counter));
    return std::nullopt;
}

} // namespace tessera
