#include "ArrivalHistoryReader.h"

namespace tessera {

Expected<ArrivalHistory, QString> ArrivalHistoryReader::read(const Journal &journal, const BranchConfig &config,
                                                             const QDate &firstDay, const QDate &lastDay)
{
    ArrivalHistoryBuilder builder(config);
    const Seq after = journal.lastSeqBefore(firstDay);
    const Seq until = journal.lastSeqBefore(lastDay.addDays(1));
    QString error;
    if (until > after &&
        !journal.read(
            after, [&builder](JournalEntry &&entry) { builder.add(entry.event, entry.businessDay); }, &error, until))
        return error;
    return builder.history();
}

} // namespace tessera
