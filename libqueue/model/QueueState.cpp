#include "QueueState.h"

#include "BranchConfigLoader.h"
#include "LogCategories.h"

#include <numeric>

namespace tessera {

namespace {

// How many recent calls a counter remembers for its weighted share: long enough
// to express the weights, short enough that a service idle all morning cannot
// claim a long run of calls when it gets busy.
int shareWindow(const CounterConfig *counter)
{
    if (!counter)
        return 10;
    const int total = std::accumulate(counter->serviceWeights.cbegin(), counter->serviceWeights.cend(), 0);
    return qMax(10, 2 * total);
}

} // namespace

void QueueState::apply(const Event &event)
{
    std::visit([&](const auto &payload) { on(payload, event); }, event.payload);
    m_lastSeq = event.seq;
}

const Ticket *QueueState::ticket(TicketId id) const
{
    const auto it = m_tickets.find(id);
    return it == m_tickets.end() ? nullptr : &it->second;
}

Ticket *QueueState::mutableTicket(TicketId id)
{
    const auto it = m_tickets.find(id);
    if (it == m_tickets.end()) {
        qCWarning(lcModel) << "event refers to unknown ticket" << id << "- ignored";
        return nullptr;
    }
    return &it->second;
}

const Ticket *QueueState::liveTicketByLabel(const QString &label) const
{
    for (const auto &[id, ticket] : m_tickets) {
        if (ticket.label == label && isLive(ticket.status))
            return &ticket;
    }
    return nullptr;
}

const ServiceState *QueueState::service(const QString &id) const
{
    const auto it = m_services.find(id);
    return it == m_services.end() ? nullptr : &it->second;
}

int QueueState::nextNumber(const ServiceConfig &service) const
{
    const ServiceState *state = this->service(service.id);
    int number = state && state->lastNumber > 0 ? state->lastNumber + 1 : service.firstNumber;
    while (!m_carriedOverLabels.isEmpty() && m_carriedOverLabels.contains(service.labelFor(number)))
        ++number;
    return number;
}

const CounterState *QueueState::counter(CounterNumber number) const
{
    const auto it = m_counters.find(number);
    return it == m_counters.end() ? nullptr : &it->second;
}

const Appointment *QueueState::appointmentByCode(const QString &code) const
{
    // Codes are unique among booked appointments only; a booked one wins over an old one.
    const Appointment *found = nullptr;
    for (const auto &[id, appointment] : m_appointments) {
        if (appointment.checkInCode != code)
            continue;
        if (appointment.status == AppointmentStatus::Booked)
            return &appointment;
        found = &appointment;
    }
    return found;
}

void QueueState::removeFromLines(const Ticket &ticket)
{
    const QueueKey key{ticket.queuedAt, ticket.id};
    if (ticket.targetCounter != 0)
        counterState(ticket.targetCounter).transferredIn.erase(key);
    else
        m_services[ticket.service].waiting.erase(key);
}

void QueueState::releaseCounter(Ticket &ticket)
{
    if (ticket.counter == 0)
        return;
    CounterState &counter = counterState(ticket.counter);
    if (counter.current == ticket.id)
        counter.current = 0;
}

void QueueState::endTicket(Ticket &ticket, TicketStatus status, TimestampMs at)
{
    if (ticket.status == TicketStatus::Waiting)
        removeFromLines(ticket);
    releaseCounter(ticket);
    ticket.status = status;
    ticket.finishedAt = at;
}

void QueueState::on(const ConfigChanged &e, const Event &)
{
    auto loaded = BranchConfigLoader::fromJson(e.json.toUtf8(), QStringLiteral("journal"));
    if (!loaded) {
        qCWarning(lcModel) << "journaled configuration no longer loads:" << loaded.error().message();
        return;
    }
    m_config = std::move(loaded).value();
    m_configJson = e.json;
    m_hasConfig = true;
    for (const ServiceConfig &service : m_config.services)
        m_services[service.id];
    for (const CounterConfig &counter : m_config.counters)
        m_counters[counter.number];
}

void QueueState::on(const DayRolledOver &e, const Event &)
{
    m_businessDay = e.day;
    for (auto &[id, service] : m_services)
        service.lastNumber = 0;
    for (auto &[number, counter] : m_counters) {
        counter.servedToday = 0;
        counter.serviceMsToday = 0;
        counter.recentServices.clear();
    }
    // Finished tickets stay in the journal for reports; the live state keeps only what is still in play.
    std::erase_if(m_tickets, [](const auto &entry) { return !isLive(entry.second.status); });
    m_carriedOverLabels.clear();
    for (const auto &[id, ticket] : m_tickets)
        m_carriedOverLabels.insert(ticket.label);
    std::erase_if(m_appointments, [](const auto &entry) { return entry.second.status != AppointmentStatus::Booked; });
}

QString QueueState::sharedServiceId(const QString &service) const
{
    const ServiceConfig *configured = m_config.service(service);
    return configured ? configured->id : service;
}

void QueueState::on(const TicketIssued &e, const Event &event)
{
    Ticket ticket;
    ticket.id = e.ticket;
    ticket.service = sharedServiceId(e.service);
    ticket.number = e.number;
    ticket.label = e.label;
    ticket.priority = e.priority;
    ticket.priorityReason = e.priorityReason;
    ticket.businessDay = m_businessDay;
    ticket.issuedAt = event.at;
    ticket.queuedAt = event.at;
    ticket.appointment = e.appointment;
    ticket.estimatedWaitSeconds = e.estimatedWaitSeconds;
    ticket.estimateLowSeconds = e.estimateLowSeconds;
    ticket.estimateHighSeconds = e.estimateHighSeconds;
    m_services[e.service].lastNumber = e.number;
    m_services[e.service].waiting.insert({ticket.queuedAt, ticket.id});
    m_lastTicketId = qMax(m_lastTicketId, e.ticket);
    m_tickets.insert_or_assign(e.ticket, std::move(ticket));
}

void QueueState::on(const TicketCalled &e, const Event &event)
{
    Ticket *ticket = mutableTicket(e.ticket);
    if (!ticket)
        return;
    if (ticket->status == TicketStatus::Waiting)
        removeFromLines(*ticket);
    ticket->status = TicketStatus::Called;
    ticket->counter = e.counter;
    ticket->teller = e.teller;
    ticket->calledAt = event.at;
    ticket->recallCount = 0;
    ticket->targetCounter = 0;
    CounterState &counter = counterState(e.counter);
    counter.current = e.ticket;
    counter.recentServices.append(ticket->service);
    const int window = shareWindow(m_config.counter(e.counter));
    if (counter.recentServices.size() > window)
        counter.recentServices.remove(0, counter.recentServices.size() - window);
}

void QueueState::on(const TicketRecalled &e, const Event &)
{
    if (Ticket *ticket = mutableTicket(e.ticket))
        ticket->recallCount = e.recallCount;
}

void QueueState::on(const ServiceStarted &e, const Event &event)
{
    if (Ticket *ticket = mutableTicket(e.ticket)) {
        ticket->status = TicketStatus::Serving;
        ticket->startedAt = event.at;
    }
}

void QueueState::on(const TicketFinished &e, const Event &event)
{
    Ticket *ticket = mutableTicket(e.ticket);
    if (!ticket)
        return;
    // A ticket finished straight from "called" was served from the moment it was called.
    const TimestampMs serviceStart = ticket->startedAt ? ticket->startedAt : ticket->calledAt;
    const qint64 serviceMs = qMax<qint64>(0, event.at - serviceStart);
    CounterState &counter = counterState(e.counter);
    counter.servedToday += 1;
    counter.serviceMsToday += serviceMs;
    QList<int> &recent = m_services[ticket->service].recentServiceSeconds;
    recent.append(int(serviceMs / 1000));
    if (recent.size() > kRecentServiceSamples)
        recent.removeFirst();
    endTicket(*ticket, TicketStatus::Finished, event.at);
    ticket->outcome = e.outcome;
    ticket->note = e.note;
}

void QueueState::on(const TicketNoShow &e, const Event &event)
{
    if (Ticket *ticket = mutableTicket(e.ticket))
        endTicket(*ticket, TicketStatus::NoShow, event.at);
}

void QueueState::on(const TicketTransferred &e, const Event &event)
{
    Ticket *ticket = mutableTicket(e.ticket);
    if (!ticket)
        return;
    if (ticket->status == TicketStatus::Waiting)
        removeFromLines(*ticket);
    releaseCounter(*ticket);
    ticket->status = TicketStatus::Waiting;
    ticket->service = sharedServiceId(e.toService);
    ticket->targetCounter = e.toCounter;
    ticket->transferNote = e.note;
    ticket->transferCount += 1;
    ticket->counter = 0;
    ticket->teller.clear();
    ticket->calledAt = 0;
    ticket->startedAt = 0;
    ticket->recallCount = 0;
    if (!e.keepArrival)
        ticket->queuedAt = event.at;
    const QueueKey key{ticket->queuedAt, ticket->id};
    if (e.toCounter != 0)
        counterState(e.toCounter).transferredIn.insert(key);
    else
        m_services[e.toService].waiting.insert(key);
}

void QueueState::on(const TicketCancelled &e, const Event &event)
{
    if (Ticket *ticket = mutableTicket(e.ticket)) {
        endTicket(*ticket, TicketStatus::Cancelled, event.at);
        ticket->note = e.reason;
    }
}

void QueueState::on(const AppointmentBooked &e, const Event &)
{
    Appointment appointment;
    appointment.id = e.appointment;
    appointment.service = e.service;
    appointment.slotStart = e.slotStart;
    appointment.customerName = e.customerName;
    appointment.phone = e.phone;
    appointment.checkInCode = e.checkInCode;
    m_appointments.insert_or_assign(e.appointment, appointment);
    m_lastAppointmentId = qMax(m_lastAppointmentId, e.appointment);
}

void QueueState::on(const AppointmentCheckedIn &e, const Event &)
{
    if (auto it = m_appointments.find(e.appointment); it != m_appointments.end()) {
        it->second.status = AppointmentStatus::CheckedIn;
        it->second.ticket = e.ticket;
    }
}

void QueueState::on(const AppointmentExpired &e, const Event &)
{
    if (auto it = m_appointments.find(e.appointment); it != m_appointments.end())
        it->second.status = AppointmentStatus::Expired;
}

void QueueState::on(const AppointmentCancelled &e, const Event &)
{
    if (auto it = m_appointments.find(e.appointment); it != m_appointments.end())
        it->second.status = AppointmentStatus::Cancelled;
}

void QueueState::on(const CounterOpened &e, const Event &)
{
    counterState(e.counter).status = CounterStatus::Open;
}

void QueueState::on(const CounterPaused &e, const Event &)
{
    counterState(e.counter).status = CounterStatus::Paused;
}

void QueueState::on(const CounterClosed &e, const Event &)
{
    counterState(e.counter).status = CounterStatus::Closed;
}

void QueueState::on(const TellerLoggedIn &e, const Event &)
{
    m_tellerAt.insert(e.teller, e.counter);
    counterState(e.counter).teller = e.teller;
}

void QueueState::on(const TellerLoggedOut &e, const Event &)
{
    m_tellerAt.remove(e.teller);
    counterState(e.counter).teller.clear();
}

void QueueState::on(const FeedbackGiven &e, const Event &)
{
    // Reports read the feedback from the journal; the ticket keeps its score so it is given once.
    if (auto it = m_tickets.find(e.ticket); it != m_tickets.end())
        it->second.feedbackScore = e.score;
}

void QueueState::on(const TicketPrintFailed &e, const Event &)
{
    if (Ticket *ticket = mutableTicket(e.ticket))
        ticket->printFailure = e.reason;
}

void QueueState::on(const WaitModelLearned &e, const Event &)
{
    m_waitModel = e.model;
}

} // namespace tessera
