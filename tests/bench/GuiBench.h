#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QWidget>
#include <algorithm>

namespace tessera::bench {

// Notes when a widget next paints: a person sees a change only then.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()))];
}

} // namespace tessera::bench
