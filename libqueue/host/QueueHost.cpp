#include "QueueHost.h"

#include "LogCategories.h"

namespace tessera {

QueueHost::QueueHost(std::unique_ptr<Journal> journal, const Clock &clock, QueueState state)
    : m_journal(std::move(journal)), m_clock(clock), m_state(std::move(state))
{}

Expected<QueueState, QString> QueueHost::replay(const Journal &journal)
{
    QueueState state;
    QString error;
    if (!journal.read(
            0, [&state](JournalEntry &&entry) { state.apply(entry.event); }, &error))
        return tr("The journal %1 is damaged: %2").arg(journal.path(), error);
    return state;
}

Expected<std::unique_ptr<QueueHost>, QString> QueueHost::open(const QString &journalPath, const Clock &clock)
{
    auto journal = Journal::openSqlite(journalPath);
    if (!journal)
        return journal.error();
    auto state = replay(*journal.value());
    if (!state)
        return state.error();
    qCInfo(lcHost) << "replayed" << state.value().lastSeq() << "events from" << journalPath;
    std::unique_ptr<QueueHost> host(new QueueHost(std::move(journal).value(), clock, std::move(state).value()));
    return host;
}

void QueueHost::stage(const EventPayload &payload, TimestampMs at, QList<Event> *caused)
{
    Event event{m_state.lastSeq() + 1, at, payload};
    m_state.apply(event);
    // Events before the first business day (the very first configuration) file under the day they happened.
    const QDate day = m_state.businessDay().isValid() ? m_state.businessDay()
                      : m_state.hasConfig()           ? m_state.config().businessDayAt(at)
                                                      : QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date();
    m_staged.append({event, day});
    if (caused)
        caused->append(std::move(event));
}

TimestampMs QueueHost::stageHousekeeping()
{
    // Event times never go backwards, even if the system clock is set back.
    const TimestampMs now = qMax(m_clock.nowMs(), m_lastAt);
    m_lastAt = now;
    for (const EventPayload &payload : QueueEngine::housekeeping(m_state, now))
        stage(payload, now, nullptr);
    return now;
}

bool QueueHost::commit(QString *error)
{
    const bool ok = m_journal->append(m_staged, error);
    m_staged.clear();
    if (ok)
        return true;
    qCCritical(lcHost) << "journal commit failed:" << *error << "- rebuilding the live state from the journal";
    if (auto rebuilt = replay(*m_journal))
        m_state = std::move(rebuilt).value();
    else
        qCCritical(lcHost) << rebuilt.error();
    return false;
}

QList<CommandResult> QueueHost::submit(const QList<Command> &commands)
{
    const TimestampMs now = stageHousekeeping();
    QList<CommandResult> results;
    results.reserve(commands.size());
    for (const Command &command : commands) {
        Decision decision = QueueEngine::decide(m_state, command, now);
        if (!decision) {
            results.append(decision.error());
            continue;
        }
        QList<Event> caused;
        for (const EventPayload &payload : decision.value())
            stage(payload, now, &caused);
        results.append(std::move(caused));
    }

    QString error;
    if (!commit(&error)) {
        const EngineError failure{
            ErrorCode::StorageFailure,
            tr("The server could not save this; nothing was changed. Try again. (%1)").arg(error)};
        for (CommandResult &result : results) {
            if (result)
                result = failure;
        }
    }
    return results;
}

CommandResult QueueHost::submit(const Command &command)
{
    return submit(QList<Command>{command}).first();
}

std::optional<QString> QueueHost::tick()
{
    stageHousekeeping();
    QString error;
    if (!commit(&error))
        return error;
    return std::nullopt;
}

} // namespace tessera
