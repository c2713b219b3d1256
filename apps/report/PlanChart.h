#pragma once

#include "planning/StaffingPlan.h"

#include <QCoreApplication>
#include <QPainter>

namespace tessera::report {

// A day's plan as a chart: the customers expected per half hour as bars, the counters
// advised as a line on its own scale, and the counters open on the same day last week as a
// dashed line beside it, so a gap between the two lines is what to change.
class PlanChart
{
    Q_DECLARE_TR_FUNCTIONS(tessera::report::PlanChart)

public:
    // `unit` is one millimetre in device pixels. Paper and the Planning tab draw the same.
    static void paint(QPainter *painter, const QRectF &area, const StaffingPlan &plan, double unit, const QFont &font);
};

} // namespace tessera::report
