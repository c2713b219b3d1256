#pragma once

#include "model/Expected.h"
#include "planning/ArrivalHistory.h"
#include "storage/Journal.h"

namespace tessera {

// Feeds an ArrivalHistoryBuilder the journal's business days firstDay..lastDay.
class ArrivalHistoryReader
{
public:
    // The same four weeks the day's own forecast is learned from (WaitModelReader), so the
    // plan and the daily report expect the same customers; last week's counters are in them.
    static constexpr int kHistoryDays = 28;

    static Expected<ArrivalHistory, QString> read(const Journal &journal, const BranchConfig &config,
                                                  const QDate &firstDay, const QDate &lastDay);
};

} // namespace tessera
