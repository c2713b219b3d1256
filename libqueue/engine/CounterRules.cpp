// Counters and the tellers at them:
//
//   LogIn -> (counter Closed) -> OpenCounter -> Open <-> Paused (PauseCounter / OpenCounter)
//   Open/Paused -> CloseCounter -> Closed;  LogOut closes the counter if needed.
//
// A counter with a ticket in hand cannot pause, close or log out: the customer
// in front of the teller must be finished or transferred first.

#include "Rules.h"
#include "model/BranchConfigLoader.h"
#include "model/PasswordHash.h"

namespace tessera::rules {

namespace {

std::optional<EngineError> checkNoTicketInHand(const QueueState &state, CounterNumber number)
{
    const Ticket *ticket = state.ticket(state.counter(number)->current);
    if (!ticket)
        return std::nullopt;
    return EngineError{
        ErrorCode::CounterBusy,
        QueueEngine::tr("Counter %1 still has %2: finish or transfer it first.").arg(number).arg(ticket->label)};
}

// The counter exists and someone is logged in at it.
std::optional<EngineError> checkStaffed(const QueueState &state, CounterNumber number)
{
    if (!state.config().counter(number) || !state.counter(number))
        return EngineError{ErrorCode::UnknownCounter,
                           QueueEngine::tr("There is no counter %1 in this branch.").arg(number)};
    if (state.counter(number)->teller.isEmpty())
        return EngineError{ErrorCode::NotLoggedIn,
                           QueueEngine::tr("Nobody is logged in at counter %1: log in first.").arg(number)};
    return std::nullopt;
}

} // namespace

Decision Rules::operator()(const OpenCounter &command) const
{
    if (auto refusal = checkStaffed(m_state, command.counter))
        return *refusal;
    const CounterState *counter = m_state.counter(command.counter);
    if (counter->status == CounterStatus::Open)
        return refuse(ErrorCode::CounterAlreadyOpen,
                      QueueEngine::tr("Counter %1 is already open.").arg(command.counter));
    return QList<EventPayload>{CounterOpened{command.counter, counter->teller}};
}

Decision Rules::operator()(const PauseCounter &command) const
{
    if (auto refusal = checkCounterOpen(command.counter))
        return *refusal;
    if (auto refusal = checkNoTicketInHand(m_state, command.counter))
        return *refusal;
    return QList<EventPayload>{CounterPaused{command.counter, m_state.counter(command.counter)->teller}};
}

Decision Rules::operator()(const CloseCounter &command) const
{
    if (auto refusal = checkStaffed(m_state, command.counter))
        return *refusal;
    const CounterState *counter = m_state.counter(command.counter);
    if (counter->status == CounterStatus::Closed)
        return refuse(ErrorCode::CounterClosed, QueueEngine::tr("Counter %1 is already closed.").arg(command.counter));
    if (auto refusal = checkNoTicketInHand(m_state, command.counter))
        return *refusal;
    return QList<EventPayload>{CounterClosed{command.counter, counter->teller}};
}

Decision Rules::operator()(const LogIn &command) const
{
    const TellerConfig *teller = m_config.teller(command.teller);
    // The same answer for an unknown name and a wrong password, so names cannot be probed.
    if (!teller || !PasswordHash::verify(command.password, teller->passwordHash))
        return refuse(teller ? ErrorCode::WrongPassword : ErrorCode::UnknownTeller,
                      QueueEngine::tr("The name or password is not right. Check them and try again."));
    const CounterState *counter = m_state.counter(command.counter);
    if (!m_config.counter(command.counter) || !counter)
        return refuse(ErrorCode::UnknownCounter,
                      QueueEngine::tr("There is no counter %1 in this branch.").arg(command.counter));
    if (const CounterNumber elsewhere = m_state.counterOfTeller(command.teller); elsewhere != 0)
        return refuse(ErrorCode::TellerElsewhere,
                      QueueEngine::tr("%1 is already logged in at counter %2: log out there first.")
                          .arg(teller->displayName)
                          .arg(elsewhere));
    if (!counter->teller.isEmpty()) {
        const TellerConfig *other = m_config.teller(counter->teller);
        return refuse(ErrorCode::CounterTaken, QueueEngine::tr("%1 is logged in at counter %2.")
                                                   .arg(other ? other->displayName : counter->teller)
                                                   .arg(command.counter));
    }
    return QList<EventPayload>{TellerLoggedIn{command.counter, command.teller}};
}

Decision Rules::operator()(const LogOut &command) const
{
    if (auto refusal = checkStaffed(m_state, command.counter))
        return *refusal;
    if (auto refusal = checkNoTicketInHand(m_state, command.counter))
        return *refusal;
    const CounterState *counter = m_state.counter(command.counter);
    QList<EventPayload> events;
    if (counter->status != CounterStatus::Closed)
        events.append(CounterClosed{command.counter, counter->teller});
    events.append(TellerLoggedOut{command.counter, counter->teller});
    return events;
}

Decision Rules::operator()(const ChangeConfig &command) const
{
    auto loaded = BranchConfigLoader::fromJson(command.json.toUtf8(), QStringLiteral("configuration"));
    if (!loaded)
        return refuse(ErrorCode::InvalidConfiguration, loaded.error().message());
    const BranchConfig &next = loaded.value();
    // Nothing live may be left pointing at a service or counter that no longer exists.
    for (const auto &[id, ticket] : m_state.tickets()) {
        if (isLive(ticket.status) && !next.service(ticket.service))
            return refuse(ErrorCode::InvalidConfiguration,
                          QueueEngine::tr(
                              "Ticket %1 is still in the queue for service \"%2\": keep the service until it is done.")
                              .arg(ticket.label, ticket.service));
        if (isLive(ticket.status) && ticket.targetCounter != 0 && !next.counter(ticket.targetCounter))
            return refuse(ErrorCode::InvalidConfiguration,
                          QueueEngine::tr("Ticket %1 waits for counter %2: keep the counter until it is done.")
                              .arg(ticket.label)
                              .arg(ticket.targetCounter));
    }
    for (const auto &[number, counter] : m_state.counters()) {
        if (!counter.teller.isEmpty() && !next.counter(number))
            return refuse(ErrorCode::InvalidConfiguration,
                          QueueEngine::tr("Counter %1 is in use: log out there before removing it.").arg(number));
    }
    return QList<EventPayload>{ConfigChanged{command.json}};
}

} // namespace tessera::rules
