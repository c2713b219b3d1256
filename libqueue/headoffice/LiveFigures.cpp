#include "LiveFigures.h"

#include "protocol/CborFields.h"

#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {

int LiveFigures::waiting() const
{
    int sum = 0;
    for (const LiveService &service : services)
        sum += service.waiting;
    return sum;
}

TimestampMs LiveFigures::oldestWaitingSince() const
{
    TimestampMs oldest = 0;
    for (const LiveService &service : services) {
        if (service.oldestWaitingSince && (!oldest || service.oldestWaitingSince < oldest))
            oldest = service.oldestWaitingSince;
    }
    return oldest;
}

int LiveFigures::countersOpen() const
{
    return int(std::count_if(counters.cbegin(), counters.cend(),
                             [](const LiveCounter &counter) { return counter.status != CounterStatus::Closed; }));
}

qint64 LiveFigures::overTargetMs(TimestampMs now) const
{
    qint64 worst = 0;
    for (const LiveService &service : services) {
        if (service.oldestWaitingSince)
            worst = qMax(worst, now - service.oldestWaitingSince - qint64(service.targetWaitSeconds) * 1000);
    }
    return worst;
}

LiveFigures LiveFigures::of(const QueueState &state, const DailyReport &today, TimestampMs at)
{
    LiveFigures figures;
    figures.at = at;
    const BranchConfig &config = state.config();
    figures.branchName = today.branchName;
    figures.day = state.businessDay();
    figures.today = today.total;
    QMap<QString, LiveService> services;
    for (const ServiceConfig &service : config.services) {
        LiveService &live = services[service.id];
        live.id = service.id;
        live.name = service.names.text(config.defaultLanguage, config.defaultLanguage);
        live.targetWaitSeconds = service.targetWaitSeconds;
    }
    const Ticket *latest = nullptr;
    for (const auto &[id, ticket] : state.tickets()) {
        if (ticket.status == TicketStatus::Waiting) {
            LiveService &live = services[ticket.service];
            live.id = ticket.service;
            live.waiting += 1;
            if (!live.oldestWaitingSince || ticket.queuedAt < live.oldestWaitingSince)
                live.oldestWaitingSince = ticket.queuedAt;
        }
        if (ticket.businessDay == state.businessDay()) {
            figures.printFailuresToday += ticket.printFailure.isEmpty() ? 0 : 1;
            latest = &ticket; // tickets are in issue order
        }
    }
    figures.lastPrintFailure = latest ? latest->printFailure : QString();
    // The services in the branch's order, then any a ticket still waits for that it no longer lists.
    for (const ServiceConfig &service : config.services)
        figures.services.append(services.take(service.id));
    figures.services.append(services.values());

    for (const auto &[number, counter] : state.counters()) {
        LiveCounter live;
        live.number = number;
        const CounterConfig *counterConfig = config.counter(number);
        live.name = counterConfig ? counterConfig->label : QString::number(number);
        live.status = counter.status;
        const TellerConfig *teller = counter.teller.isEmpty() ? nullptr : config.teller(counter.teller);
        live.teller = teller && !teller->displayName.isEmpty() ? teller->displayName : counter.teller;
        if (const Ticket *ticket = state.ticket(counter.current))
            live.ticket = ticket->label;
        live.servedToday = counter.servedToday;
        figures.counters.append(live);
    }
    return figures;
}

QByteArray LiveFigures::toJson() const
{
    return QJsonDocument(cbor::encodeFields(*this).toJsonObject()).toJson(QJsonDocument::Compact);
}

std::optional<LiveFigures> LiveFigures::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    LiveFigures figures;
    if (!cbor::decodeFields(QCborValue::fromJsonValue(document.object()).toMap(), figures))
        return std::nullopt;
    return figures;
}

} // namespace tessera
