#pragma once

#include "CallBoard.h"

#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;

namespace tessera::display {

class TickerLine;

// The lobby screen: the call being made now, very large; the calls before it; the branch,
// the date and the clock; optionally the number waiting per service and a scrolling line.
// Sized from the screen itself, so one layout fills 1920x1080, 3840x2160 and 1080x1920.
// While the server cannot be reached it says so and shows no call as current.
class DisplayWindow : public QWidget
{
    Q_OBJECT

public:
    DisplayWindow(BranchClient &client, const Clock &clock, CallBoard &board, const DisplaySettings &settings,
                  QWidget *parent = nullptr);

    // Shown in a corner for whoever looks after the screen (a sound problem); empty hides it.
    void setAdminNotice(const QString &text);
    bool isHighlighting() const { return m_blinks > 0; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void refreshClock();
    void refreshWaiting();
    void highlight();
    void applySizes();
    QString counterName(CounterNumber counter) const;

    BranchClient &m_client;
    const Clock &m_clock;
    CallBoard &m_board;
    const DisplaySettings &m_settings;
    QBoxLayout *m_body;
    QLabel *m_branch;
    QLabel *m_clockLabel;
    QFrame *m_main;
    QLabel *m_caption;
    QLabel *m_number;
    QLabel *m_counter;
    QLabel *m_offline;
    QLabel *m_recentTitle;
    QList<QLabel *> m_recentNumbers;
    QList<QLabel *> m_recentCounters;
    QLabel *m_waiting;
    TickerLine *m_ticker;
    QLabel *m_admin;
    QTimer m_tick;  // the clock and the waiting counts
    QTimer m_blink; // a new call flashes
    int m_blinks = 0;
};

} // namespace tessera::display
