#pragma once

#include "model/Expected.h"
#include "planning/ArrivalHistory.h"
#include "storage/Journal.h"

namespace tessera {

// Feeds an ArrivalHistoryBuilder the journal's business days firstDay..lastDay.
class ArrivalHistoryReader
{
public:
    static Expected<ArrivalHistory, QString> read(const Journal &journal, const BranchConfig &config,
                                                  const QDate &firstDay, const QDate &lastDay);
};

} // namespace tessera
