#pragma once

#include "planning/StaffingPlan.h"
#include "storage/Journal.h"

#include <QCoreApplication>

namespace tessera {

// A day's staffing plan from a journal: the arrival history of the four weeks before the day,
// the wait model learned from the same weeks, and the branch's current configuration.
// What the server sends a supervisor's Planning tab and what `tessera-server forecast` prints.
class PlanSource
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PlanSource)

public:
    static Expected<StaffingPlan, QString> plan(const Journal &journal, const QDate &day);
};

} // namespace tessera
