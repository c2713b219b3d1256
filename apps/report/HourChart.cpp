#include "HourChart.h"

#include "ChartScale.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <cmath>

namespace tessera::report {

namespace {

const QColor kBars(0x4a, 0x7d, 0xc4);
const QColor kLine(0xd9, 0x6c, 0x1e);
const QColor kAxis(0x5b, 0x67, 0x78);
const QColor kGrid(0xe2, 0xe6, 0xec);

} // namespace

void HourChart::paint(QPainter *painter, const QRectF &area, const QList<HourFigures> &hours, double unit,
                      const QFont &font)
{
    if (hours.isEmpty())
        return;
    QPainter &p = *painter;
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF metrics(font, p.device());
    const double textHeight = metrics.height();

    int maxArrivals = 1;
    double maxWaitMinutes = 0.1;
    for (const HourFigures &hour : hours) {
        maxArrivals = qMax(maxArrivals, hour.arrivals);
        maxWaitMinutes = qMax(maxWaitMinutes, double(hour.averageWaitMs()) / 60000.0);
    }
    // Both scales share the gridlines: as many steps as the counts need, the minutes fitted to them.
    const ChartScale counts(maxArrivals, 4, 1);
    const ChartScale waitScale = ChartScale::sharing(counts, maxWaitMinutes, 0.1);
    const int steps = counts.steps;
    const double countStep = counts.step, countTop = counts.top();
    const double waitStep = waitScale.step, waitTop = waitScale.top();

    const QString countLabel = tr("Arrivals");
    const QString waitLabel = tr("Average wait (min)");
    const double axisWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 2 * unit;
    const QRectF plot(area.left() + axisWidth, area.top() + textHeight * 1.8, area.width() - 2 * axisWidth,
                      area.height() - textHeight * 3.4);

    // Legend.
    double x = plot.left();
    const double legendY = area.top();
    p.fillRect(QRectF(x, legendY + textHeight * 0.25, 3 * unit, textHeight * 0.5), kBars);
    x += 4 * unit;
    p.setPen(kAxis);
    p.drawText(QPointF(x, legendY + metrics.ascent()), countLabel);
    x += metrics.horizontalAdvance(countLabel) + 6 * unit;
    p.setPen(QPen(kLine, 0.6 * unit));
    p.drawLine(QPointF(x, legendY + textHeight * 0.5), QPointF(x + 3 * unit, legendY + textHeight * 0.5));
    x += 4 * unit;
    p.setPen(kAxis);
    p.drawText(QPointF(x, legendY + metrics.ascent()), waitLabel);

    // Gridlines, with counts on the left and minutes on the right.
    for (int i = 0; i <= steps; ++i) {
        const double y = plot.bottom() - plot.height() * i / steps;
        p.setPen(QPen(i == 0 ? kAxis : kGrid, 0.15 * unit));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(area.left(), y - textHeight / 2, axisWidth - unit, textHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(countStep * i));
        p.setPen(kLine);
        p.drawText(QRectF(plot.right() + unit, y - textHeight / 2, axisWidth - unit, textHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(waitStep * i, 'f', waitStep < 1 ? 1 : 0));
    }

    // Bars, and the hour under each.
    const double slot = plot.width() / hours.size();
    QPainterPath waits;
    bool drawing = false;
    for (int i = 0; i < hours.size(); ++i) {
        const HourFigures &hour = hours[i];
        const double barHeight = plot.height() * hour.arrivals / countTop;
        p.fillRect(QRectF(plot.left() + i * slot + slot * 0.18, plot.bottom() - barHeight, slot * 0.64, barHeight),
                   kBars);
        p.setPen(kAxis);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + unit * 0.5, slot, textHeight), Qt::AlignCenter,
                   QStringLiteral("%1").arg(hour.hour, 2, 10, QLatin1Char('0')));
        // The wait line joins only the hours that had calls: an hour without any has no average.
        if (hour.calls == 0) {
            drawing = false;
            continue;
        }
        const QPointF point(plot.left() + (i + 0.5) * slot,
                            plot.bottom() - plot.height() * (double(hour.averageWaitMs()) / 60000.0) / waitTop);
        if (drawing)
            waits.lineTo(point);
        else
            waits.moveTo(point);
        drawing = true;
        p.setPen(Qt::NoPen);
        p.setBrush(kLine);
        p.drawEllipse(point, 0.7 * unit, 0.7 * unit);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kLine, 0.6 * unit));
    p.drawPath(waits);
}

} // namespace tessera::report
