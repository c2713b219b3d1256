#include "PlanSource.h"

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
    // One read of the four weeks before the day: the wait model, and the arrivals it forecast from.
    ArrivalHistory history;
    auto model = WaitModelReader::learn(journal, config.value(), day, &history);
    if (!model)
        return model.error();
    return StaffingPlanner::plan(history, model.value(), config.value(), day);
}

} // namespace tessera
