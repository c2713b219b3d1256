#pragma once

#include "CommandLedger.h"
#include "engine/QueueEngine.h"
#include "model/Clock.h"
#include "storage/Journal.h"

#include <functional>
#include <memory>

namespace tessera {

// What a command came to: the events it caused, durably journaled, or why not.
using CommandResult = Expected<QList<Event>, EngineError>;

// The queue as the server hosts it: the live state, the rules, the journal and the clock.
//
// submit() decides a group of commands in order against the live state, applies their
// events, and commits all of them to the journal in one transaction before returning:
// a result with events is an acknowledged, durable result. If the commit fails, every
// command of the group is answered StorageFailure and the live state is rebuilt from
// the journal, so memory never runs ahead of disk.
class QueueHost
{
    Q_DECLARE_TR_FUNCTIONS(QueueHost)

public:
    // Opens (or creates) the journal and replays it into the live state.
    static Expected<std::unique_ptr<QueueHost>, QString> open(const QString &journalLocation, const Clock &clock);

    QList<CommandResult> submit(const QList<Command> &commands);
    CommandResult submit(const Command &command);
    // The same, for commands that carry a station's unique id (`commandIds[i]` for
    // `commands[i]`; an empty id means none). A command whose id was already applied is
    // not decided again: its result is the events the first attempt caused.
    // `guard`, when given, is asked right before each command is decided, against the
    // state at that moment (earlier commands of the group applied); a refusal it returns
    // becomes that command's result. The server checks who may do what with it.
    using Guard = std::function<std::optional<EngineError>(qsizetype index, const QueueState &state)>;
    QList<CommandResult> submit(const QList<Command> &commands, const QStringList &commandIds, const Guard &guard = {});
    // Called after every successful commit with all of its events, in order (those of
    // commands and those of housekeeping): what the server broadcasts to stations.
    void setCommitListener(std::function<void(const QList<Event> &)> listener) { m_onCommit = std::move(listener); }
    // True when a command with this id has already been applied.
    bool knowsCommand(const QString &commandId) const { return m_ledger.find(commandId).has_value(); }
    // Journals what time alone causes (day rollover, expired appointments). Call it regularly;
    // submit() also does it first, so a late tick never lets a command see a stale day.
    std::optional<QString> tick();

    // How each business day's wait model (docs/FORECAST.md) gets learned from the journal:
    // - ByCaller (the default): the caller learns it off the commit path, when
    //   waitModelWanted() says so (WaitModelReader, on its own reading connection), and hands
    //   it to adoptWaitModel(). The server does it on a worker thread: weeks of events take a
    //   moment that no command should wait for.
    // - Inline: at the day's first housekeeping, before the command that caused it (replays
    //   and tests, where time is scripted and nothing waits).
    enum class Learning
    {
        ByCaller,
        Inline
    };
    void setLearning(Learning learning) { m_learning = learning; }
    // The business day whose model has not been learned yet, if any.
    std::optional<QDate> waitModelWanted() const;
    // Journals a model learned for the current business day (an empty one only marks the day
    // as done). One for another day, or for a day already learned, is dropped.
    std::optional<QString> adoptWaitModel(WaitModel model);

    const QueueState &state() const { return m_state; }
    const Journal &journal() const { return *m_journal; }

    // Rebuilds a state from a journal alone: what a restart or an audit sees.
    static Expected<QueueState, QString> replay(const Journal &journal);

private:
    QueueHost(std::unique_ptr<Journal> journal, const Clock &clock);
    // Folds the whole journal into `state`; also fills `ledger` and `lastAt` when given.
    static bool replayInto(const Journal &journal, QueueState &state, CommandLedger *ledger, TimestampMs *lastAt,
                           QString *error);
    void stage(const EventPayload &payload, TimestampMs at, const QString &commandId, QList<Event> *caused);
    CommandResult recordedResult(const CommandLedger::Range &range) const;
    // Stages what time alone causes at "now" and returns that now (never earlier than the last).
    TimestampMs stageHousekeeping();
    bool commit(QString *error);
    // Once per business day: learns the wait model from the days before and stages it.
    void learnWaitModelInline(TimestampMs now);
    void stageWaitModel(WaitModel model, TimestampMs now);

    std::unique_ptr<Journal> m_journal;
    const Clock &m_clock;
    QueueState m_state;
    TimestampMs m_lastAt = 0;
    QList<JournalEntry> m_staged;
    CommandLedger m_ledger;
    std::function<void(const QList<Event> &)> m_onCommit;
    QDate m_learnedFor; // the business day the wait model was last learned for
    Learning m_learning = Learning::ByCaller;
    // The engine's secret for check-in codes (QueueEngine::decide): new with each start, as the
    // codes it made are in the journal.
    QByteArray m_decisionSecret;
};

} // namespace tessera
