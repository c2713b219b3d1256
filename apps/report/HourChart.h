#pragma once

#include "report/DailyReport.h"

#include <QCoreApplication>
#include <QPainter>

namespace tessera::report {

// Arrivals per hour as bars, with the average wait of that hour's calls as a line on its
// own scale: when the line climbs over tall bars, the branch was short of counters.
class HourChart
{
    Q_DECLARE_TR_FUNCTIONS(tessera::report::HourChart)

public:
    // `hours` in the order drawn; `unit` is one millimetre in device pixels.
    static void paint(QPainter *painter, const QRectF &area, const QList<HourFigures> &hours, double unit,
                      const QFont &font);
};

} // namespace tessera::report
