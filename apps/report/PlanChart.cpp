#include "PlanChart.h"

#include "ChartScale.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QTime>
#include <algorithm>
#include <cmath>

namespace tessera::report {

namespace {

const QColor kBars(0x9d, 0xb9, 0xe0);
const QColor kAdvice(0x1d, 0x6f, 0x42);
const QColor kLastWeek(0x8a, 0x52, 0x00);
const QColor kAxis(0x5b, 0x67, 0x78);
const QColor kGrid(0xe2, 0xe6, 0xec);

// A step line over the half hours: each value held across its slot.
QPainterPath steps(const QList<double> &values, const QRectF &plot, double top)
{
    QPainterPath path;
    const double width = plot.width() / values.size();
    for (int i = 0; i < values.size(); ++i) {
        const double y = plot.bottom() - plot.height() * values[i] / top;
        const QPointF start(plot.left() + i * width, y);
        i == 0 ? path.moveTo(start) : path.lineTo(start);
        path.lineTo(QPointF(plot.left() + (i + 1) * width, y));
    }
    return path;
}

} // namespace

void PlanChart::paint(QPainter *painter, const QRectF &area, const StaffingPlan &plan, double unit, const QFont &font)
{
    const QList<int> shown = plan.shownSlots();
    if (shown.isEmpty())
        return;
    QPainter &p = *painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF metrics(font, p.device());
    const double textHeight = metrics.height();

    QList<double> arrivals, advised, lastWeek;
    double maxArrivals = 1, maxCounters = 1;
    for (int slot : shown) {
        const SlotAdvice &advice = plan.halfHours[slot];
        arrivals << advice.arrivals;
        advised << qMax(0, advice.countersErlangA);
        lastWeek << advice.countersOpenLastWeek; // -1: no record of that day, not drawn
        maxArrivals = qMax(maxArrivals, advice.arrivals);
        maxCounters = std::max({maxCounters, double(advice.countersErlangA), advice.countersOpenLastWeek});
    }
    const ChartScale counts(maxArrivals, 4, 1);
    const ChartScale counters = ChartScale::sharing(counts, maxCounters, 1);

    const QString arrivalsLabel = tr("Customers expected");
    const QString advisedLabel = tr("Counters advised");
    const QString lastWeekLabel = tr("Counters open a week before");
    const double axisWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 2 * unit;
    const QRectF plot(area.left() + axisWidth, area.top() + textHeight * 1.8, area.width() - 2 * axisWidth,
                      area.height() - textHeight * 3.4);

    // Legend.
    double x = plot.left();
    const double legendMiddle = area.top() + textHeight * 0.5;
    p.fillRect(QRectF(x, area.top() + textHeight * 0.25, 3 * unit, textHeight * 0.5), kBars);
    x += 4 * unit;
    p.setPen(kAxis);
    p.drawText(QPointF(x, area.top() + metrics.ascent()), arrivalsLabel);
    x += metrics.horizontalAdvance(arrivalsLabel) + 6 * unit;
    for (const auto &[label, pen] : {std::pair{advisedLabel, QPen(kAdvice, 0.7 * unit)},
                                     std::pair{lastWeekLabel, QPen(kLastWeek, 0.5 * unit, Qt::DashLine)}}) {
        p.setPen(pen);
        p.drawLine(QPointF(x, legendMiddle), QPointF(x + 5 * unit, legendMiddle));
        x += 6 * unit;
        p.setPen(kAxis);
        p.drawText(QPointF(x, area.top() + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 6 * unit;
    }

    // Gridlines: customers on the left, counters on the right.
    for (int i = 0; i <= counts.steps; ++i) {
        const double y = plot.bottom() - plot.height() * i / counts.steps;
        p.setPen(QPen(i == 0 ? kAxis : kGrid, 0.15 * unit));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(area.left(), y - textHeight / 2, axisWidth - unit, textHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(counts.step * i));
        p.setPen(kAdvice);
        p.drawText(QRectF(plot.right() + unit, y - textHeight / 2, axisWidth - unit, textHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(counters.step * i));
    }

    // Bars, and the hour under every other one.
    const double width = plot.width() / shown.size();
    for (int i = 0; i < shown.size(); ++i) {
        const double height = plot.height() * arrivals[i] / counts.top();
        p.fillRect(QRectF(plot.left() + i * width + width * 0.12, plot.bottom() - height, width * 0.76, height), kBars);
        if (shown[i] % 2 == 0) {
            p.setPen(kAxis);
            p.drawText(QRectF(plot.left() + i * width - width, plot.bottom() + unit * 0.5, 2 * width, textHeight),
                       Qt::AlignCenter, QTime(shown[i] / 2, 0).toString(QStringLiteral("HH")));
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kLastWeek, 0.5 * unit, Qt::DashLine));
    if (!lastWeek.contains(-1.0))
        p.drawPath(steps(lastWeek, plot, counters.top()));
    p.setPen(QPen(kAdvice, 0.7 * unit));
    p.drawPath(steps(advised, plot, counters.top()));
    p.restore();
}

} // namespace tessera::report
