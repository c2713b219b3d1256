#pragma once

#include <QTimer>
#include <QWidget>

namespace tessera::display {

// A line of text scrolling right to left along the bottom of the screen, round and round.
class TickerLine : public QWidget
{
    Q_OBJECT

public:
    explicit TickerLine(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    double m_offset = 0;
    QTimer m_step;
};

} // namespace tessera::display
