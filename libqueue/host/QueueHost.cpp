#include "QueueHost.h"

#include "LogCategories.h"
#include "WaitModelReader.h"

#include <QRandomGenerator>

namespace tessera {

QueueHost::QueueHost(std::unique_ptr<Journal> journal, const Clock &clock)
    : m_journal(std::move(journal)), m_clock(clock), m_decisionSecret(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_decisionSecret.data()),
                                          m_decisionSecret.size() / qsizetype(sizeof(quint32)));
}

bool QueueHost::replayInto(const Journal &journal, QueueState &state, CommandLedger *ledger, TimestampMs *lastAt,
                           QString *error)
{
    const bool ok = journal.read(
        0,
        [&state, ledger, lastAt](JournalEntry &&entry) {
            state.apply(entry.event);
            if (ledger)
                ledger->record(entry.commandId, entry.event.seq);
            if (lastAt)
                *lastAt = entry.event.at;
        },
        error);
    if (!ok)
        *error = tr("The journal %1 is damaged: %2").arg(journal.name(), *error);
    return ok;
}

Expected<QueueState, QString> QueueHost::replay(const Journal &journal)
{
    QueueState state;
    QString error;
    if (!replayInto(journal, state, nullptr, nullptr, &error))
        return error;
    return state;
}

Expected<std::unique_ptr<QueueHost>, QString> QueueHost::open(const QString &journalLocation, const Clock &clock)
{
    auto journal = Journal::open(journalLocation);
    if (!journal)
        return journal.error();
    std::unique_ptr<QueueHost> host(new QueueHost(std::move(journal).value(), clock));
    QString error;
    // m_lastAt too: event times never go backwards, not even across a restart with the clock set back.
    if (!replayInto(*host->m_journal, host->m_state, &host->m_ledger, &host->m_lastAt, &error))
        return error;
    qCInfo(lcHost) << "replayed" << host->m_state.lastSeq() << "events from" << host->m_journal->name();
    return host;
}

void QueueHost::stage(const EventPayload &payload, TimestampMs at, const QString &commandId, QList<Event> *caused)
{
    Event event{m_state.lastSeq() + 1, at, payload};
    m_state.apply(event);
    // Events before the first business day (the very first configuration) file under the day they happened.
    const QDate day = m_state.businessDay().isValid() ? m_state.businessDay()
                      : m_state.hasConfig()           ? m_state.config().businessDayAt(at)
                                                      : QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date();
    m_staged.append({event, day, commandId});
    m_ledger.record(commandId, event.seq);
    if (caused)
        caused->append(std::move(event));
}

TimestampMs QueueHost::stageHousekeeping()
{
    // Event times never go backwards, even if the system clock is set back.
    const TimestampMs now = qMax(m_clock.nowMs(), m_lastAt);
    m_lastAt = now;
    for (const EventPayload &payload : QueueEngine::housekeeping(m_state, now))
        stage(payload, now, QString(), nullptr);
    learnWaitModelInline(now);
    return now;
}

std::optional<QDate> QueueHost::waitModelWanted() const
{
    const QDate day = m_state.businessDay();
    if (!m_state.hasConfig() || !day.isValid() || day == m_learnedFor || m_state.waitModel().day == day)
        return std::nullopt;
    return day;
}

void QueueHost::stageWaitModel(WaitModel model, TimestampMs now)
{
    m_learnedFor = model.day;
    if (!model.isEmpty())
        stage(WaitModelLearned{std::move(model)}, now, QString(), nullptr);
}

void QueueHost::learnWaitModelInline(TimestampMs now)
{
    const std::optional<QDate> day = waitModelWanted();
    if (m_learning != Learning::Inline || !day)
        return;
    auto model = WaitModelReader::learn(*m_journal, m_state.config(), *day);
    if (!model) {
        m_learnedFor = *day;
        qCWarning(lcHost) << "wait estimates not learned from the journal:" << model.error();
        return;
    }
    stageWaitModel(std::move(model).value(), now);
}

std::optional<QString> QueueHost::adoptWaitModel(WaitModel model)
{
    const std::optional<QDate> day = waitModelWanted();
    if (!day || model.day != *day)
        return std::nullopt; // the day rolled over while it was learned: the next one is wanted
    const TimestampMs now = stageHousekeeping();
    if (waitModelWanted() == model.day)
        stageWaitModel(std::move(model), now);
    QString error;
    if (!commit(&error))
        return error;
    return std::nullopt;
}

bool QueueHost::commit(QString *error)
{
    const bool ok = m_journal->append(m_staged, error);
    const QList<JournalEntry> committed = std::exchange(m_staged, {});
    if (ok) {
        if (m_onCommit && !committed.isEmpty()) {
            QList<Event> events;
            events.reserve(committed.size());
            for (const JournalEntry &entry : committed)
                events.append(entry.event);
            m_onCommit(events);
        }
        return true;
    }
    qCCritical(lcHost) << "journal commit failed:" << *error << "- rebuilding the live state from the journal";
    QueueState rebuilt;
    QString replayError;
    if (replayInto(*m_journal, rebuilt, nullptr, nullptr, &replayError))
        m_state = std::move(rebuilt);
    else
        qCCritical(lcHost) << replayError;
    m_ledger.truncate(m_state.lastSeq());
    return false;
}

CommandResult QueueHost::recordedResult(const CommandLedger::Range &range) const
{
    QList<Event> events;
    QString error;
    const Seq journaled = qMin(range.first + range.count - 1, m_journal->lastSeq());
    if (!m_journal->read(
            range.first - 1, [&events](JournalEntry &&entry) { events.append(std::move(entry.event)); }, &error,
            journaled))
        return EngineError{ErrorCode::StorageFailure, tr("The server could not read its journal: %1").arg(error)};
    // A retry of a command from this very group: its events are staged, not yet on disk.
    for (const JournalEntry &entry : m_staged) {
        if (entry.event.seq >= range.first && entry.event.seq < range.first + range.count)
            events.append(entry.event);
    }
    return events;
}

QList<CommandResult> QueueHost::submit(const QList<Command> &commands)
{
    return submit(commands, QStringList());
}

QList<CommandResult> QueueHost::submit(const QList<Command> &commands, const QStringList &commandIds,
                                       const Guard &guard)
{
    const TimestampMs now = stageHousekeeping();
    QList<CommandResult> results;
    results.reserve(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QString commandId = commandIds.value(i);
        if (const auto earlier = commandId.isEmpty() ? std::nullopt : m_ledger.find(commandId)) {
            results.append(recordedResult(*earlier));
            continue;
        }
        if (const auto refusal = guard ? guard(i, m_state) : std::nullopt) {
            results.append(*refusal);
            continue;
        }
        Decision decision = QueueEngine::decide(m_state, commands[i], now, m_decisionSecret);
        if (!decision) {
            results.append(decision.error());
            continue;
        }
        QList<Event> caused;
        for (const EventPayload &payload : decision.value())
            stage(payload, now, commandId, &caused);
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
