#pragma once

#include "model/Expected.h"
#include "planning/ArrivalHistory.h"
#include "storage/Journal.h"

namespace tessera {

// Feeds an ArrivalHistoryBuilder the journal's business days firstDay..lastDay.
class ArrivalHistoryReader
{
public:
    // Eight weeks: the forecast's four weeks of level, and last week's counters beside them.
    static constexpr int kHistoryDays = 56;

    static Expected<ArrivalHistory, QString> read(const Journal &journal, const BranchConfig &config,
                                                  const QDate &firstDay, const QDate &lastDay);
};

} // namespace tessera
