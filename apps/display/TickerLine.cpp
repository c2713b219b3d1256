#include "TickerLine.h"

#include <QPainter>

namespace tessera::display {

TickerLine::TickerLine(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ticker"));
    connect(&m_step, &QTimer::timeout, this, [this] {
        m_offset += qMax(1.0, height() / 30.0); // about a text height every second at 30 steps
        update();
    });
}

void TickerLine::setText(const QString &text)
{
    m_text = text;
    m_offset = 0;
    setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_step.stop();
    else
        m_step.start(33);
}

void TickerLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x10, 0x24, 0x4a));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(qMax(8, int(height() * 0.6)));
    painter.setFont(font);
    // The text, then a gap of a third of the screen, then the text again, moving left.
    const double span = painter.fontMetrics().horizontalAdvance(m_text) + width() / 3.0;
    for (double x = height() * 0.5 - std::fmod(m_offset, span); x < width(); x += span)
        painter.drawText(QRectF(x, 0, span, height()), Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace tessera::display
