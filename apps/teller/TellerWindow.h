#pragma once

#include "CounterDesk.h"
#include "TellerSettings.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QStackedWidget;

namespace tessera::teller {

class CompactBar;
class CurrentTicketPanel;
class LoginPanel;
class TellerActions;
class WaitingList;

// The teller's workstation: the login, then the counter (the current customer large, the
// actions, the waiting line, today's figures), with the connection always in sight. A
// compact always-on-top bar stands in for it when the teller works in another program.
class TellerWindow : public QMainWindow
{
    Q_OBJECT

public:
    TellerWindow(CounterDesk &desk, const TellerSettings &settings, QWidget *parent = nullptr);
    ~TellerWindow() override;

    TellerActions &actions() const { return *m_actions; }
    CompactBar *compactBar() const { return m_compact; }
    void setCompact(bool compact);

signals:
    void branchOverviewRequested(); // supervisors: the whole branch
    void dailyReportRequested();    // supervisors: print or save a day's figures

private:
    void buildMenus(bool supervisor);
    QWidget *buildDesk();
    void refresh();
    void showNotice(const QString &text, bool error);
    QWidget *dialogParent();
    bool stillAtCounter(TicketId ticket);
    void askOutcome();
    void askTransfer();
    void askNumber();

    CounterDesk &m_desk;
    TellerActions *m_actions;
    QStackedWidget *m_pages;
    LoginPanel *m_login;
    QWidget *m_deskPage;
    CurrentTicketPanel *m_current;
    WaitingList *m_waiting;
    QLabel *m_figures;
    QLabel *m_newcomerWait; // what a customer taking a ticket now would be told, per service here
    QLabel *m_notice;
    QLabel *m_connection;
    QLabel *m_who;
    QLabel *m_offline;
    CompactBar *m_compact;
    QTimer m_clock; // the waits shown grow by themselves
};

} // namespace tessera::teller
