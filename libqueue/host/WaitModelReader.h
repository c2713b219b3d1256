#pragma once

#include "model/WaitModelLearner.h"
#include "planning/ArrivalHistory.h"
#include "storage/Journal.h"

namespace tessera {

// Feeds a WaitModelLearner the journal's last kHistoryDays business days before `day`, and
// forecasts the day's arrivals from the same days (ArrivalForecaster). Four weeks: every
// weekday four times, recent enough to follow a branch that changes.
class WaitModelReader
{
public:
    static constexpr int kHistoryDays = 28;

    // `history`, when given, receives the arrival history the forecast came from: the staffing
    // plan needs it too, and one read of four weeks serves both.
    static Expected<WaitModel, QString> learn(const Journal &journal, const BranchConfig &config, const QDate &day,
                                              ArrivalHistory *history = nullptr);
};

} // namespace tessera
