#include "PlanSource.h"

#include "ArrivalHistoryReader.h"
#include "WaitModelReader.h"
#include "report/ReportSource.h"

namespace tessera {

Expected<StaffingPlan, QString> PlanSource::plan(const Journal &journal, const QDate &day)
{
    if (!day.isValid())
        return tr("The plan needs a day.");
    auto config = ReportSource::configAt(journal, journal.lastSeq());
    if (!config)
        return config.error();
    auto history = ArrivalHistoryReader::read(journal, config.value(), day.addDays(-ArrivalHistoryReader::kHistoryDays),
                                              day.addDays(-1));
    if (!history)
        return history.error();
    auto model = WaitModelReader::learn(journal, config.value(), day);
    if (!model)
        return model.error();
    return StaffingPlanner::plan(history.value(), model.value(), config.value(), day);
}

} // namespace tessera
