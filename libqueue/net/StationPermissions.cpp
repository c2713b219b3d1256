#include "StationPermissions.h"

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
