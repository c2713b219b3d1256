#pragma once

#include "KioskContext.h"
#include "KioskSettings.h"
#include "TicketScreen.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QStackedLayout;

namespace tessera::kiosk {

class CheckInScreen;
class NoticeScreen;
class PriorityScreen;
class StartScreen;
class TicketPrinter;

// The kiosk: which screen is up, and what a customer's touch leads to. Every ticket comes
// from the server (nothing is shown that the server did not issue); while the server
// cannot be reached the kiosk is out of service. Left alone, it goes back to the start
// screen in the branch's default language.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(BranchClient &client, const Clock &clock, KioskSettings settings, TicketPrinter *printer,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    QWidget *currentScreen() const;
    const StationLanguage &language() const { return m_language; }

signals:
    // A ticket is on screen: for the benchmark and for tests.
    void ticketShown(const tessera::TicketIssued &ticket);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void goHome();
    void showScreen(QWidget *screen);
    void refreshStatus();
    void chooseService(const QString &serviceId);
    void issue(const QString &serviceId, const QString &priorityReason);
    void checkIn(const QString &code);
    void onIssued(const CommandResult &result, const QString &checkInCode);
    void print(const TicketIssued &ticket);
    void explain(const EngineError &error, const QString &serviceId, const QString &checkInCode);
    QString explainCheckIn(ErrorCode code, const QString &checkInCode) const;

    BranchClient &m_client;
    const Clock &m_clock;
    KioskSettings m_settings;
    TicketPrinter *m_printer;
    StationLanguage m_language;
    KioskContext m_context;
    QStackedLayout *m_stack;
    StartScreen *m_start;
    PriorityScreen *m_priority;
    CheckInScreen *m_checkIn;
    TicketScreen *m_ticket;
    NoticeScreen *m_notice;
    QThreadPool m_printThread; // one ticket at a time goes to the print queue, off the UI thread
    QTimer m_idle;             // back to the start screen when nobody touches the kiosk
    QTimer m_refresh;          // the clock and the opening hours move on by themselves
    QTimer m_pendingRefresh;   // the queue changed: the start screen catches up on the next loop pass
    bool m_busy = false;       // a command is with the server: a second touch must not issue twice
    bool m_started = false;    // has been online once (until then the start screen is not ready)
};

} // namespace tessera::kiosk
