#include "WaitModelReader.h"

namespace tessera {

Expected<WaitModel, QString> WaitModelReader::learn(const Journal &journal, const BranchConfig &config,
                                                    const QDate &day)
{
    WaitModelLearner learner(config);
    const Seq after = journal.lastSeqBefore(day.addDays(-kHistoryDays));
    const Seq until = journal.lastSeqBefore(day);
    QString error;
    if (until > after &&
        !journal.read(after, [&learner](JournalEntry &&entry) { learner.add(entry.event); }, &error, until))
        return error;
    return learner.model(day);
}

} // namespace tessera
