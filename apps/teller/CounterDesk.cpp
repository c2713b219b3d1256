#include "CounterDesk.h"

#include "NewTicketWait.h"
#include "model/Router.h"

namespace tessera::teller {

CounterDesk::CounterDesk(BranchClient &client, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock)
{
    // Events come in batches: the window redraws (and re-checks every action) once per batch.
    m_pendingChange.setSingleShot(true);
    m_pendingChange.setInterval(0);
    connect(&m_pendingChange, &QTimer::timeout, this, &CounterDesk::changed);
    connect(&m_client, &BranchClient::eventApplied, this, [this](const Event &event) {
        if (const auto *out = std::get_if<TellerLoggedOut>(&event.payload); out && out->teller == m_user)
            forgetUser();
        m_pendingChange.start();
    });
    connect(&m_client, &BranchClient::stateReset, this, [this] {
        // A full reload carries no logout event: compare with what the server now says.
        if (!isLoggedIn())
            forgetUser();
        emit changed();
    });
    connect(&m_client, &BranchClient::statusChanged, this, &CounterDesk::changed);
}

void CounterDesk::forgetUser()
{
    if (m_user.isEmpty())
        return;
    m_user.clear();
    m_counter = 0;
    emit loggedOut();
}

void CounterDesk::logIn(const QString &user, const QString &password, CounterNumber counter)
{
    if (m_busy)
        return;
    m_busy = true;
    emit changed();
    m_client.logIn(user, password, [this, user, password, counter](const Expected<TellerRole, EngineError> &role) {
        if (!role) {
            m_busy = false;
            emit changed();
            return emit refused(role.error().message);
        }
        m_busy = false;
        // Already at this counter (a restart of this program): carry on where it was.
        if (state().counterOfTeller(user) == counter) {
            m_user = user;
            m_counter = counter;
            emit loggedIn();
            return emit changed();
        }
        send(LogIn{user, password, counter}, [this, user, counter] {
            m_user = user;
            m_counter = counter;
            emit loggedIn();
            if (counterState() && counterState()->status == CounterStatus::Closed)
                send(OpenCounter{counter});
        });
    });
}

bool CounterDesk::isLoggedIn() const
{
    return !m_user.isEmpty() && state().counterOfTeller(m_user) == m_counter;
}

const CounterState *CounterDesk::counterState() const
{
    return m_counter ? state().counter(m_counter) : nullptr;
}

const Ticket *CounterDesk::current() const
{
    const CounterState *counter = counterState();
    return counter ? state().ticket(counter->current) : nullptr;
}

QList<const Ticket *> CounterDesk::waiting() const
{
    QList<const Ticket *> tickets;
    const CounterConfig *config = state().config().counter(m_counter);
    if (!config)
        return tickets;
    for (const auto &[id, ticket] : state().tickets()) {
        if (ticket.status != TicketStatus::Waiting)
            continue;
        const bool mine =
            ticket.targetCounter == m_counter || (ticket.targetCounter == 0 && config->serves(ticket.service));
        if (mine)
            tickets.append(&ticket);
    }
    const BranchConfig &branch = state().config();
    const bool priorityFirst = config->priorityFirst;
    std::stable_sort(tickets.begin(), tickets.end(), [&](const Ticket *a, const Ticket *b) {
        const bool aHere = a->targetCounter == m_counter, bHere = b->targetCounter == m_counter;
        if (aHere != bHere)
            return aHere; // transferred here by name: first, as the Router takes them
        if (priorityFirst) {
            const int aRank = branch.priorityRank(a->priority), bRank = branch.priorityRank(b->priority);
            if (aRank != bRank)
                return aRank > bRank;
        }
        return std::tie(a->queuedAt, a->id) < std::tie(b->queuedAt, b->id);
    });
    return tickets;
}

bool CounterDesk::isOverTarget(const Ticket &ticket) const
{
    const ServiceConfig *service = state().config().service(ticket.service);
    return service && now() - ticket.queuedAt > qint64(service->targetWaitSeconds) * 1000;
}

QString CounterDesk::serviceName(const QString &serviceId) const
{
    const ServiceConfig *service = state().config().service(serviceId);
    return service ? service->names.text(m_language) : serviceId;
}

QString CounterDesk::newTicketWaitText(const QString &serviceId) const
{
    const QString told = NewTicketWait::text(state(), serviceId, now());
    return told.isEmpty() ? tr("no counter open") : told;
}

QString CounterDesk::counterName(CounterNumber counter) const
{
    const CounterConfig *config = state().config().counter(counter);
    return config && !config->label.isEmpty() ? config->label : tr("Counter %1").arg(counter);
}

// What stops every action alike: no server, no login, a command still on its way.
std::optional<QString> CounterDesk::whyNotReady() const
{
    if (m_client.status() != BranchClient::Status::Online)
        return tr("Not connected to the server (%1). This comes back by itself.").arg(m_client.statusText());
    if (!isLoggedIn())
        return tr("Log in at a counter first.");
    if (m_busy)
        return tr("Waiting for the server to confirm the last action.");
    return std::nullopt;
}

CounterDesk::Availability CounterDesk::availability(Action action) const
{
    if (const auto why = whyNotReady())
        return {false, *why};
    const CounterState *counter = counterState();
    const Ticket *ticket = current();
    const bool called = ticket && ticket->status == TicketStatus::Called;
    const bool serving = ticket && ticket->status == TicketStatus::Serving;
    const QString paused = counter->status == CounterStatus::Paused
                               ? tr("The counter is paused: resume it to call customers.")
                               : tr("The counter is closed.");
    const QString nobodyCalled = tr("Nobody is being called at this counter.");
    switch (action) {
    case Action::CallNext:
    case Action::CallNumber:
        if (counter->status != CounterStatus::Open)
            return {false, paused};
        if (called)
            return {false,
                    tr("%1 is still being called: start service, recall or mark a no-show first.").arg(ticket->label)};
        if (action == Action::CallNext && !Router::next(state(), m_counter, now()))
            return {false, tr("Nobody is waiting for this counter.")};
        return {true, {}};
    case Action::Recall:
    case Action::Start:
    case Action::NoShow:
        return called ? Availability{true, {}} : Availability{false, nobodyCalled};
    case Action::Finish:
        if (called)
            return {false, tr("Start service for %1 first (or mark a no-show).").arg(ticket->label)};
        return serving ? Availability{true, {}} : Availability{false, tr("Nobody is being served at this counter.")};
    case Action::Transfer:
        return called || serving ? Availability{true, {}}
                                 : Availability{false, tr("There is no customer at this counter to transfer.")};
    case Action::Pause:
        if (ticket)
            return {false, tr("%1 is still at the counter: finish or transfer it first.").arg(ticket->label)};
        return counter->status == CounterStatus::Open ? Availability{true, {}}
                                                      : Availability{false, tr("The counter is not open.")};
    case Action::Resume:
        return counter->status != CounterStatus::Open ? Availability{true, {}}
                                                      : Availability{false, tr("The counter is already open.")};
    case Action::LogOut:
        if (ticket)
            return {false, tr("%1 is still at the counter: finish or transfer it first.").arg(ticket->label)};
        return {true, {}};
    }
    return {false, {}};
}

// Whether `action` can go now; if not, the teller is told why (a dialog confirmed after the
// connection dropped, say), except during a command's round trip: that is a double click.
bool CounterDesk::ready(Action action)
{
    const Availability availability = this->availability(action);
    if (!availability.enabled && !m_busy)
        emit refused(availability.why);
    return availability.enabled;
}

void CounterDesk::send(const Command &command, std::function<void()> then)
{
    m_busy = true;
    emit changed();
    m_client.send(command, [this, then = std::move(then)](const CommandResult &result) {
        m_busy = false;
        if (result) {
            emit confirmed(result);
            if (then)
                then();
        } else {
            emit refused(result.error().message);
        }
        emit changed();
    });
}

void CounterDesk::callNext()
{
    if (ready(Action::CallNext))
        send(CallNext{m_counter});
}

void CounterDesk::recall()
{
    if (ready(Action::Recall))
        send(RecallTicket{m_counter});
}

void CounterDesk::callNumber(const QString &label)
{
    if (ready(Action::CallNumber))
        send(CallTicket{m_counter, fullLabel(label)});
}

// "a17" -> "A017": as the ticket is printed, whatever the teller typed.
QString CounterDesk::fullLabel(const QString &typed) const
{
    const QString label = typed.trimmed().toUpper();
    qsizetype digits = 0;
    while (digits < label.size() && !label[digits].isDigit())
        ++digits;
    bool ok = false;
    const int number = label.mid(digits).toInt(&ok);
    for (const ServiceConfig &service : state().config().services) {
        if (ok && service.prefix == label.left(digits))
            return service.labelFor(number);
    }
    return label;
}

void CounterDesk::start()
{
    if (ready(Action::Start))
        send(StartService{m_counter});
}

void CounterDesk::finish(const QString &outcome, const QString &note)
{
    if (ready(Action::Finish))
        send(FinishTicket{m_counter, outcome, note});
}

void CounterDesk::noShow()
{
    if (ready(Action::NoShow))
        send(MarkNoShow{m_counter});
}

void CounterDesk::transfer(const QString &toService, CounterNumber toCounter, const QString &note)
{
    if (ready(Action::Transfer))
        send(TransferTicket{m_counter, toService, toCounter, note, ArrivalOnTransfer::BranchDefault});
}

void CounterDesk::pause()
{
    if (ready(Action::Pause))
        send(PauseCounter{m_counter});
}

void CounterDesk::resume()
{
    if (ready(Action::Resume))
        send(OpenCounter{m_counter});
}

void CounterDesk::logOut()
{
    if (ready(Action::LogOut))
        send(LogOut{m_counter});
}

} // namespace tessera::teller
