#include "CustomerViews.h"

#include "model/AppointmentSlots.h"
#include "model/ServiceAvailability.h"

#include <QJsonArray>
#include <QLocale>
#include <optional>
#include <vector>

namespace tessera::CustomerViews {

namespace {

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return QStringLiteral("waiting");
    case TicketStatus::Called:
        return QStringLiteral("called");
    case TicketStatus::Serving:
        return QStringLiteral("serving");
    case TicketStatus::Finished:
        return QStringLiteral("finished");
    case TicketStatus::NoShow:
        return QStringLiteral("noShow");
    case TicketStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("waiting");
}

// A language's own name for itself, for the switch ("中文（简体）", "Cymraeg").
QString nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // Qt's own name for it is "American English"
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

QJsonObject wait(int lowSeconds, int highSeconds)
{
    if (highSeconds < 0)
        return {{QStringLiteral("known"), false}};
    const PrintedWait printed = WaitEstimator::printed(qMax(0, lowSeconds), highSeconds);
    return {{QStringLiteral("known"), true},
            {QStringLiteral("lowMinutes"), printed.lowMinutes},
            {QStringLiteral("highMinutes"), printed.highMinutes}};
}

namespace {

// The days the booking page offers for `service`: those with a slot still to come, so nobody
// picks a Sunday to be told it has no times.
QJsonArray bookingDays(const BranchConfig &config, const ServiceConfig &service, TimestampMs now)
{
    const QDate today = config.toLocal(now).date();
    QJsonArray days;
    for (int ahead = 0; ahead < config.web.bookingDaysAhead; ++ahead) {
        const QDate day = today.addDays(ahead);
        if (!AppointmentSlots::startsOfDay(config, service.id, day, now).isEmpty())
            days.append(day.toString(Qt::ISODate));
    }
    return days;
}

} // namespace

QJsonObject branch(const QueueState &state, TimestampMs now, const QString &language)
{
    const BranchConfig &config = state.config();
    QJsonArray languages;
    for (const QString &code : config.languages)
        languages.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), nativeName(code)}});
    QJsonArray services;
    for (const ServiceAvailability &availability : ServiceAvailability::all(state, now)) {
        const ServiceConfig &service = *availability.service;
        const ServiceState *line = state.service(service.id);
        QJsonObject entry{{QStringLiteral("id"), service.id},
                          {QStringLiteral("name"), service.names.text(language, config.defaultLanguage)},
                          {QStringLiteral("webJoin"), service.webJoin},
                          {QStringLiteral("webBooking"), service.webBooking},
                          {QStringLiteral("open"), availability.open()},
                          {QStringLiteral("waiting"), line ? int(line->waiting.size()) : 0}};
        if (availability.open())
            entry.insert(QStringLiteral("wait"),
                         wait(availability.estimate.lowSeconds, availability.estimate.highSeconds));
        if (service.webBooking)
            entry.insert(QStringLiteral("bookingDays"), bookingDays(config, service, now));
        services.append(entry);
    }
    const QDate today = config.toLocal(now).date();
    return {{QStringLiteral("branch"), config.branchName.text(language, config.defaultLanguage)},
            {QStringLiteral("booking"), QJsonObject{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                                                    {QStringLiteral("daysAhead"), config.web.bookingDaysAhead}}},
            {QStringLiteral("language"), language},
            {QStringLiteral("languages"), languages},
            {QStringLiteral("services"), services}};
}

PlacesInLine::PlacesInLine(const QueueState &state)
{
    // The order the router takes a line in: higher classes first, then by place (as
    // WaitEstimator counts those ahead of one ticket).
    struct Entry
    {
        int rank;
        QueueKey key;
    };
    const auto order = [](const Entry &a, const Entry &b) {
        return a.rank != b.rank ? a.rank > b.rank : a.key < b.key;
    };
    const auto count = [&](const WaitingLine &line) {
        std::vector<Entry> entries;
        entries.reserve(line.size());
        for (const QueueKey &key : line) {
            const Ticket *ticket = state.ticket(key.ticket);
            entries.push_back({ticket ? state.config().priorityRank(ticket->priority) : 0, key});
        }
        std::sort(entries.begin(), entries.end(), order);
        for (std::size_t i = 0; i < entries.size(); ++i)
            m_ahead.insert(entries[i].key.ticket, int(i));
    };
    for (const ServiceConfig &service : state.config().services) {
        if (const ServiceState *line = state.service(service.id))
            count(line->waiting);
    }
    for (const auto &[number, counter] : state.counters()) {
        // Transferred to one counter by name: in order of arrival there.
        int i = 0;
        for (const QueueKey &key : counter.transferredIn)
            m_ahead.insert(key.ticket, i++);
    }
}

QJsonObject ticket(const QueueState &state, const Ticket &ticket, TimestampMs now, const QString &language,
                   const PlacesInLine *places)
{
    const BranchConfig &config = state.config();
    const ServiceConfig *service = config.service(ticket.service);
    QJsonObject view{
        {QStringLiteral("label"), ticket.label},
        {QStringLiteral("service"), service ? service->names.text(language, config.defaultLanguage) : ticket.service},
        {QStringLiteral("status"), statusName(ticket.status)},
        {QStringLiteral("day"), ticket.businessDay.toString(Qt::ISODate)},
        {QStringLiteral("canLeave"), ticket.status == TicketStatus::Waiting}};
    if (ticket.status == TicketStatus::Waiting) {
        std::optional<PlacesInLine> own;
        const PlacesInLine &counted = places ? *places : own.emplace(state);
        const int ahead = qMax(0, counted.ahead(ticket.id));
        // Waiting for one counter by name, its own short line: no estimate from the service's.
        const WaitEstimate estimate =
            ticket.targetCounter != 0 ? WaitEstimate{} : WaitEstimator::forWaitingTicket(state, ticket, now, ahead);
        view.insert(QStringLiteral("peopleAhead"), ahead);
        view.insert(QStringLiteral("wait"), wait(estimate.lowSeconds, estimate.highSeconds));
    }
    if (ticket.status == TicketStatus::Finished)
        view.insert(QStringLiteral("feedback"),
                    ticket.feedbackScore > 0 ? QStringLiteral("given") : QStringLiteral("ask"));
    if (ticket.status == TicketStatus::Called || ticket.status == TicketStatus::Serving) {
        const CounterConfig *counter = config.counter(ticket.counter);
        view.insert(QStringLiteral("counter"),
                    QJsonObject{{QStringLiteral("number"), ticket.counter},
                                {QStringLiteral("name"), counter ? counter->label : QString::number(ticket.counter)}});
        view.insert(QStringLiteral("recalls"), ticket.recallCount);
        view.insert(QStringLiteral("calledAt"), ticket.calledAt);
    }
    return view;
}

} // namespace tessera::CustomerViews
