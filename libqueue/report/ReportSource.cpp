#include "ReportSource.h"

#include "model/BranchConfigLoader.h"

#include <QSet>
#include <algorithm>

namespace tessera {

namespace {

// Event types whose history before the context still matters for the day.
const QStringList &longLivedTypes()
{
    static const QStringList types{QLatin1String(CounterOpened::kType),       QLatin1String(CounterPaused::kType),
                                   QLatin1String(CounterClosed::kType),       QLatin1String(TellerLoggedIn::kType),
                                   QLatin1String(TellerLoggedOut::kType),     QLatin1String(AppointmentBooked::kType),
                                   QLatin1String(AppointmentCancelled::kType)};
    return types;
}

// True when the day's events act on a ticket that was not issued that day.
bool startsWithTicketsFromBefore(const QList<Event> &events)
{
    QSet<TicketId> issued;
    for (const Event &event : events) {
        const bool fromBefore = std::visit(
            [&issued](const auto &e) {
                using E = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<E, TicketIssued>)
                    issued.insert(e.ticket);
                else if constexpr (std::is_same_v<E, AppointmentCheckedIn>)
                    return false; // journaled just before the TicketIssued it causes
                else if constexpr (requires { e.ticket; })
                    return e.ticket != 0 && !issued.contains(e.ticket);
                return false;
            },
            event.payload);
        if (fromBefore)
            return true;
    }
    return false;
}

} // namespace

Expected<DayHistory, QString> ReportSource::history(const EventHistory &journal, const QDate &day, TimestampMs now,
                                                    const QString &language, bool wholePreviousDay)
{
    const QDate firstDay = journal.days().first;
    if (!firstDay.isValid())
        return tr("The journal %1 is empty: the branch has not run yet.").arg(journal.name());
    if (day < firstDay)
        return tr("The journal starts on %1; there are no figures for %2.")
            .arg(firstDay.toString(Qt::ISODate), day.toString(Qt::ISODate));

    const EventHistory::SeqSpan span = journal.daySpan(day);
    const Seq lastBefore = span.first ? span.first - 1 : journal.lastSeqBefore(day);
    auto dayConfig = configAt(journal, span.first ? span.last : lastBefore);
    if (!dayConfig)
        return dayConfig.error();

    DayHistory history;
    history.day = day;
    history.language = language;
    const BranchConfig &config = dayConfig.value();
    history.timeZone = config.timeZone;
    history.dayStart = QDateTime(day, config.rolloverTime, config.timeZone).toMSecsSinceEpoch();
    history.dayEnd = QDateTime(day.addDays(1), config.rolloverTime, config.timeZone).toMSecsSinceEpoch();
    if (!span.first) {
        // A running server journals the start of every business day, even one without a customer.
        const QDate today = config.businessDayAt(now);
        if (day > today)
            return tr("The business day %1 has not begun yet.").arg(day.toString(Qt::ISODate));
        if (day < today)
            return tr("The journal has nothing for %1: the server was not running that day.")
                .arg(day.toString(Qt::ISODate));
    }
    history.until = qMin(history.dayEnd, qMax(now, history.dayStart));

    QString error;
    auto collect = [](QList<Event> &into) {
        return [&into](JournalEntry &&entry) {
            into.append(std::move(entry.event));
        };
    };
    history.during.reserve(span.first ? span.last - span.first + 1 : 0);
    if (span.first && !journal.read(span.first - 1, collect(history.during), &error, span.last))
        return tr("The journal %1 cannot be read: %2").arg(journal.name(), error);

    // The previous business day is read only when the day needs it: for tickets it goes on
    // with (called before the rollover, or carried over), or when waiting tickets stay over.
    Seq contextStart = lastBefore;
    EventHistory::SeqSpan previous;
    std::optional<BranchConfig> before;
    if (lastBefore > 0) {
        if (auto config = configAt(journal, lastBefore))
            before = std::move(config).value();
    }
    if (lastBefore > 0 && (wholePreviousDay || startsWithTicketsFromBefore(history.during) ||
                           (before && before->waitingAtRollover == RolloverPolicy::CarryOver))) {
        previous = journal.daySpan(journal.dayBefore(day));
        contextStart = previous.first ? previous.first - 1 : lastBefore;
    }
    // Before the very first configuration there is none, and nothing to count either.
    if (contextStart > 0) {
        if (auto config = configAt(journal, contextStart))
            history.config = std::move(config).value();
    }
    for (const QString &type : longLivedTypes()) {
        if (!journal.readOfType(type, 0, contextStart, collect(history.before), &error))
            return tr("The journal %1 cannot be read: %2").arg(journal.name(), error);
    }
    std::sort(history.before.begin(), history.before.end(),
              [](const Event &a, const Event &b) { return a.seq < b.seq; });
    if (previous.first && !journal.read(contextStart, collect(history.before), &error, previous.last))
        return tr("The journal %1 cannot be read: %2").arg(journal.name(), error);
    return history;
}

Expected<BranchConfig, QString> ReportSource::configAt(const EventHistory &journal, Seq seq)
{
    QString error;
    const auto entry = journal.latestOfType(QLatin1String(ConfigChanged::kType), seq, &error);
    if (!entry) {
        return error.isEmpty() ? tr("The journal %1 holds no branch configuration.").arg(journal.name())
                               : tr("The journal %1 cannot be read: %2").arg(journal.name(), error);
    }
    auto loaded = BranchConfigLoader::fromJson(std::get<ConfigChanged>(entry->event.payload).json.toUtf8(),
                                               QStringLiteral("journal"));
    if (!loaded)
        return loaded.error().message();
    return std::move(loaded).value();
}

Expected<QDate, QString> ReportSource::businessDay(const EventHistory &journal, TimestampMs now)
{
    auto config = configAt(journal, journal.lastSeq());
    if (!config)
        return config.error();
    return config.value().businessDayAt(now);
}

Expected<DailyReport, QString> ReportSource::report(const EventHistory &journal, const QDate &day, TimestampMs now,
                                                    const QString &language)
{
    auto history = ReportSource::history(journal, day, now, language);
    if (!history)
        return history.error();
    return ReportBuilder::build(history.value());
}

} // namespace tessera
