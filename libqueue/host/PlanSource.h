#pragma once

#include "planning/StaffingPlan.h"
#include "storage/Journal.h"

#include <QCoreApplication>

namespace tessera {

// A day's staffing plan from a journal: the wait model of the day (WaitModelReader, the four
// weeks before it) with the arrival history it forecast from, and the branch's current
// configuration. The plan and the daily report expect the same customers.
// What the server sends a supervisor's Planning tab and what `tessera-server forecast` prints.
class PlanSource
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PlanSource)

public:
    static Expected<StaffingPlan, QString> plan(const Journal &journal, const QDate &day);
};

} // namespace tessera
