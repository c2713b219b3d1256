// The ticket lifecycle:
//
//   issued -> Waiting -> (call) Called -> (start) Serving -> (finish) Finished
//                          Called -> (no-show) NoShow     Called/Serving -> (transfer) Waiting
//   Waiting/Called/Serving -> (cancel) Cancelled
//
// Anything else is refused with a sentence that says what to do instead.

#include "Rules.h"
#include "model/Router.h"
#include "model/WaitEstimator.h"

#include <QSet>

namespace tessera::rules {

namespace {

QString statusWords(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return QueueEngine::tr("still waiting");
    case TicketStatus::Called:
        return QueueEngine::tr("being called");
    case TicketStatus::Serving:
        return QueueEngine::tr("being served");
    case TicketStatus::Finished:
        return QueueEngine::tr("already finished");
    case TicketStatus::NoShow:
        return QueueEngine::tr("already a no-show");
    case TicketStatus::Cancelled:
        return QueueEngine::tr("cancelled");
    }
    return {};
}

Decision illegal(const Ticket &ticket, const QString &action)
{
    return refuse(
        ErrorCode::IllegalTransition,
        QueueEngine::tr("%1 is %2, so it cannot be %3.").arg(ticket.label, statusWords(ticket.status), action));
}

} // namespace

Expected<TicketIssued, EngineError> Rules::newTicket(const QString &serviceId, PriorityClass priority) const
{
    const ServiceConfig *service = m_config.service(serviceId);
    if (!service)
        return EngineError{ErrorCode::UnknownService,
                           QueueEngine::tr("There is no service \"%1\" in this branch.").arg(serviceId)};
    const int number = m_state.nextNumber(*service);
    if (number > service->lastNumber)
        return EngineError{ErrorCode::ServiceFull,
                           QueueEngine::tr("No more tickets for %1 today: every number up to %2 has been issued.")
                               .arg(serviceName(serviceId), service->labelFor(service->lastNumber))};
    const WaitEstimate estimate = WaitEstimator::forNewTicket(m_state, serviceId, m_now, priority);
    TicketIssued issued;
    issued.ticket = m_state.lastTicketId() + 1;
    issued.service = serviceId;
    issued.number = number;
    issued.label = service->labelFor(number);
    issued.priority = priority;
    issued.estimatedWaitSeconds = estimate.seconds;
    issued.peopleAhead = estimate.peopleAhead;
    issued.estimateLowSeconds = estimate.lowSeconds;
    issued.estimateHighSeconds = estimate.highSeconds;
    issued.modelWaitSeconds = estimate.modelSeconds;
    issued.waitBand = estimate.band;
    return issued;
}

Decision Rules::operator()(const IssueTicket &command) const
{
    const ServiceConfig *service = m_config.service(command.service);
    if (!service)
        return refuse(ErrorCode::UnknownService,
                      QueueEngine::tr("There is no service \"%1\" in this branch.").arg(command.service));
    if (command.priority == PriorityClass::Appointment)
        return refuse(ErrorCode::InvalidArgument,
                      QueueEngine::tr("Appointment tickets are issued by checking in with the code."));
    if (!command.priorityReason.isEmpty() && !m_config.priorityReasons.contains(command.priorityReason))
        return refuse(ErrorCode::InvalidArgument,
                      QueueEngine::tr("\"%1\" is not a priority reason of this branch.").arg(command.priorityReason));
    const QDateTime local = m_config.toLocal(m_now);
    if (!service->hours.isOpenAt(local)) {
        const auto opening = service->hours.nextOpeningAfter(local);
        const QString when = !opening ? QueueEngine::tr("it has no opening hours")
                             : opening->date() == local.date()
                                 ? QueueEngine::tr("it opens at %1").arg(opening->toString(QStringLiteral("HH:mm")))
                                 : QueueEngine::tr("it opens %1").arg(opening->toString(QStringLiteral("ddd HH:mm")));
        return refuse(ErrorCode::ServiceClosed,
                      QueueEngine::tr("%1 is closed now; %2.").arg(serviceName(command.service), when));
    }
    auto issued = newTicket(command.service, command.priority);
    if (!issued)
        return issued.error();
    issued.value().priorityReason = command.priorityReason;
    return QList<EventPayload>{issued.value()};
}

std::optional<EngineError> Rules::checkReadyToCall(CounterNumber counter) const
{
    if (auto refusal = checkCounterOpen(counter))
        return refusal;
    const Ticket *current = m_state.ticket(m_state.counter(counter)->current);
    if (current && current->status == TicketStatus::Called)
        return EngineError{
            ErrorCode::TicketStillCalled,
            QueueEngine::tr(
                "%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.")
                .arg(current->label)
                .arg(counter)};
    return std::nullopt;
}

Decision Rules::call(CounterNumber counter, const Ticket &next, bool byNumber) const
{
    QList<EventPayload> events;
    const CounterState *counterState = m_state.counter(counter);
    // checkReadyToCall() has ruled out a ticket still being called; one being served is done now.
    if (const Ticket *current = m_state.ticket(counterState->current))
        events.append(TicketFinished{current->id, counter, m_config.outcomeCodes.first(), {}, true});
    events.append(TicketCalled{next.id, counter, counterState->teller, byNumber});
    return events;
}

Decision Rules::operator()(const CallNext &command) const
{
    if (auto refusal = checkReadyToCall(command.counter))
        return *refusal;
    const auto choice = Router::next(m_state, command.counter, m_now);
    if (!choice)
        return refuse(ErrorCode::NothingWaiting,
                      QueueEngine::tr("Nobody is waiting for counter %1.").arg(command.counter));
    return call(command.counter, *m_state.ticket(choice->ticket), false);
}

Decision Rules::operator()(const CallTicket &command) const
{
    if (auto refusal = checkReadyToCall(command.counter))
        return *refusal;
    const Ticket *ticket = m_state.liveTicketByLabel(command.label.trimmed().toUpper());
    if (!ticket)
        return refuse(ErrorCode::UnknownTicket,
                      QueueEngine::tr("There is no ticket %1 in the queue.").arg(command.label));
    if (ticket->status != TicketStatus::Waiting)
        return illegal(*ticket, QueueEngine::tr("called"));
    return call(command.counter, *ticket, true);
}

Decision Rules::operator()(const RecallTicket &command) const
{
    auto current = currentTicket(command.counter);
    if (!current)
        return current.error();
    const Ticket &ticket = *current.value();
    if (ticket.status != TicketStatus::Called)
        return illegal(ticket, QueueEngine::tr("recalled"));
    const int limit = m_config.autoNoShowAfterRecalls;
    if (limit > 0 && ticket.recallCount >= limit)
        return QList<EventPayload>{TicketNoShow{ticket.id, command.counter, true}};
    return QList<EventPayload>{TicketRecalled{ticket.id, command.counter, ticket.recallCount + 1}};
}

Decision Rules::operator()(const StartService &command) const
{
    auto current = currentTicket(command.counter);
    if (!current)
        return current.error();
    if (current.value()->status != TicketStatus::Called)
        return illegal(*current.value(), QueueEngine::tr("started"));
    return QList<EventPayload>{ServiceStarted{current.value()->id, command.counter}};
}

Decision Rules::operator()(const FinishTicket &command) const
{
    auto current = currentTicket(command.counter);
    if (!current)
        return current.error();
    const QString outcome = command.outcome.isEmpty() ? m_config.outcomeCodes.first() : command.outcome;
    if (!m_config.outcomeCodes.contains(outcome))
        return refuse(ErrorCode::UnknownOutcome, QueueEngine::tr("\"%1\" is not an outcome code; use one of: %2.")
                                                     .arg(outcome, m_config.outcomeCodes.join(QStringLiteral(", "))));
    return QList<EventPayload>{TicketFinished{current.value()->id, command.counter, outcome, command.note, false}};
}

Decision Rules::operator()(const MarkNoShow &command) const
{
    auto current = currentTicket(command.counter);
    if (!current)
        return current.error();
    if (current.value()->status != TicketStatus::Called)
        return refuse(ErrorCode::IllegalTransition,
                      QueueEngine::tr("%1 is being served, so it cannot be a no-show: finish it instead.")
                          .arg(current.value()->label));
    return QList<EventPayload>{TicketNoShow{current.value()->id, command.counter, false}};
}

Decision Rules::operator()(const TransferTicket &command) const
{
    auto current = currentTicket(command.counter);
    if (!current)
        return current.error();
    const Ticket &ticket = *current.value();
    const QString toService = command.toService.isEmpty() ? ticket.service : command.toService;
    if (!m_config.service(toService))
        return refuse(ErrorCode::UnknownService,
                      QueueEngine::tr("There is no service \"%1\" in this branch.").arg(toService));
    if (command.toCounter != 0 && !m_config.counter(command.toCounter))
        return refuse(ErrorCode::UnknownCounter,
                      QueueEngine::tr("There is no counter %1 in this branch.").arg(command.toCounter));
    if (command.toCounter == command.counter)
        return refuse(ErrorCode::InvalidArgument,
                      QueueEngine::tr("%1 is already at counter %2: choose another counter.")
                          .arg(ticket.label)
                          .arg(command.counter));
    if (command.toCounter == 0 && toService == ticket.service)
        return refuse(ErrorCode::InvalidArgument,
                      QueueEngine::tr("Choose another service or a counter to transfer %1 to.").arg(ticket.label));
    bool keepArrival = m_config.keepArrivalOnTransfer;
    if (command.arrival != ArrivalOnTransfer::BranchDefault)
        keepArrival = command.arrival == ArrivalOnTransfer::Keep;
    return QList<EventPayload>{
        TicketTransferred{ticket.id, command.counter, toService, command.toCounter, command.note, keepArrival}};
}

Decision Rules::operator()(const CancelTicket &command) const
{
    const Ticket *ticket = m_state.liveTicketByLabel(command.label.trimmed().toUpper());
    if (!ticket)
        return refuse(ErrorCode::UnknownTicket,
                      QueueEngine::tr("There is no ticket %1 in the queue.").arg(command.label));
    return QList<EventPayload>{
        TicketCancelled{ticket->id, command.reason.isEmpty() ? QStringLiteral("customer") : command.reason}};
}

Decision Rules::operator()(const GiveFeedback &command) const
{
    const Ticket *ticket = m_state.ticket(command.ticket);
    if (!ticket)
        return refuse(ErrorCode::UnknownTicket, QueueEngine::tr("That ticket is not from today."));
    if (command.score < 1 || command.score > 5)
        return refuse(ErrorCode::InvalidArgument, QueueEngine::tr("Feedback is a score from 1 to 5."));
    if (command.comment.size() > 500)
        return refuse(ErrorCode::InvalidArgument, QueueEngine::tr("A comment is at most 500 characters."));
    if (ticket->status != TicketStatus::Finished)
        return refuse(ErrorCode::IllegalTransition, QueueEngine::tr("Feedback is given after the visit."));
    if (ticket->feedbackScore != 0)
        return refuse(ErrorCode::IllegalTransition, QueueEngine::tr("Feedback for this visit was already given."));
    return QList<EventPayload>{FeedbackGiven{command.ticket, command.score, command.comment.trimmed()}};
}

Decision Rules::operator()(const ReportPrintFailure &command) const
{
    if (!m_state.ticket(command.ticket))
        return refuse(ErrorCode::UnknownTicket, QueueEngine::tr("That ticket is not from today."));
    return QList<EventPayload>{TicketPrintFailed{command.ticket, command.reason.left(500)}};
}

} // namespace tessera::rules
