#include "CallBoard.h"

namespace tessera::display {

CallBoard::CallBoard(BranchClient &client, const Clock &clock, const DisplaySettings &settings, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock), m_settings(settings)
{
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        m_held = false;
        advance();
    });
    connect(&m_client, &BranchClient::eventApplied, this, &CallBoard::onEvent);
    connect(&m_client, &BranchClient::stateReset, this, &CallBoard::rebuildFromState);
    rebuildFromState();
}

void CallBoard::onEvent(const Event &event)
{
    TicketId ticketId = 0;
    CounterNumber counter = 0;
    bool recall = false;
    if (const auto *called = std::get_if<TicketCalled>(&event.payload)) {
        ticketId = called->ticket;
        counter = called->counter;
    } else if (const auto *recalled = std::get_if<TicketRecalled>(&event.payload)) {
        ticketId = recalled->ticket;
        counter = recalled->counter;
        recall = true;
    } else {
        if (std::holds_alternative<DayRolledOver>(event.payload))
            rebuildFromState(); // yesterday's calls are not today's
        return;
    }
    const Ticket *ticket = m_client.state().ticket(ticketId);
    if (!ticket || !m_settings.inZone(counter, ticket->service))
        return;
    m_pending.push_back({m_nextId++, ticketId, ticket->label, ticket->service, counter, recall, event.at});
    advance();
}

// After a snapshot (a first start, a long outage) the display shows the day's latest calls
// as history, and says none of them: they were announced when they happened.
void CallBoard::rebuildFromState()
{
    m_pending.clear();
    m_recent.clear();
    m_current.reset();
    m_hold.stop();
    m_held = m_speaking = false;
    const QueueState &state = m_client.state();
    std::vector<const Ticket *> called;
    for (const auto &[id, ticket] : state.tickets()) {
        // Called today, whatever became of it since (served, finished, a no-show).
        if (ticket.calledAt && ticket.counter && ticket.businessDay == state.businessDay() &&
            ticket.status != TicketStatus::Waiting && m_settings.inZone(ticket.counter, ticket.service))
            called.push_back(&ticket);
    }
    std::sort(called.begin(), called.end(), [](const Ticket *a, const Ticket *b) { return a->calledAt > b->calledAt; });
    for (const Ticket *ticket : called) {
        if (int(m_recent.size()) >= m_settings.recentCalls + 1)
            break;
        m_recent.push_back(
            {m_nextId++, ticket->id, ticket->label, ticket->service, ticket->counter, false, ticket->calledAt});
    }
    if (!m_recent.empty()) { // the latest stays the main call, without a fanfare
        m_current = m_recent.front();
        m_recent.pop_front();
    }
    emit changed();
}

void CallBoard::announced(quint64 callId)
{
    if (m_current && m_current->id == callId && m_speaking) {
        m_speaking = false;
        advance();
    }
}

// A burst is paced, so a call may wait its turn while the customer is already walking up:
// it is still shown. A call replayed after an outage is over if it is old and its
// customer has long been served, sent away or moved on; and anything older than a few
// minutes is history whatever became of it.
bool CallBoard::isOver(const Call &call) const
{
    const qint64 age = m_clock.nowMs() - call.at;
    if (age > kStaleAfterMs)
        return true;
    const Ticket *ticket = m_client.state().ticket(call.ticket);
    const bool live = ticket && ticket->counter == call.counter &&
                      (ticket->status == TicketStatus::Called || ticket->status == TicketStatus::Serving);
    return !live && age > kOverAfterMs;
}

void CallBoard::advance()
{
    if (m_held || m_speaking || m_pending.empty())
        return;
    if (m_current) {
        m_recent.push_front(*m_current);
        // The same number called again replaces its older line in the list.
        for (auto it = std::next(m_recent.begin()); it != m_recent.end();) {
            it = it->ticket == m_current->ticket ? m_recent.erase(it) : std::next(it);
        }
        while (int(m_recent.size()) > m_settings.recentCalls)
            m_recent.pop_back();
    }
    // Calls that are over by the time their turn comes (missed during an outage and replayed
    // on reconnect: the customer was served or did not come) go to the list unannounced.
    while (!m_pending.empty() && isOver(m_pending.front())) {
        m_recent.push_front(m_pending.front());
        m_pending.pop_front();
    }
    while (int(m_recent.size()) > m_settings.recentCalls)
        m_recent.pop_back();
    if (m_pending.empty())
        return emit changed();
    m_current = m_pending.front();
    m_pending.pop_front();
    m_recent.erase(std::remove_if(m_recent.begin(), m_recent.end(),
                                  [&](const Call &call) { return call.ticket == m_current->ticket; }),
                   m_recent.end());
    m_held = true;
    m_speaking = m_announcing;
    m_hold.start(m_settings.callSeconds * 1000);
    emit mainCallStarted(*m_current);
    emit changed();
}

} // namespace tessera::display
