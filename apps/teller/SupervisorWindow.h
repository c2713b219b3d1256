#pragma once

#include "CounterDesk.h"

#include <QTimer>
#include <QWidget>

class QTableWidget;
class QTabWidget;

namespace tessera::teller {

class AppointmentsPage;
class PlanningPage;
class ReportPage;

// The supervisor's view of the whole branch: every counter at a glance, every service's
// line against its target, the appointments, the daily report and the staffing plan. Read
// from the same replica as the counter; supervisors' commands go through the same connection.
class SupervisorWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorWindow(CounterDesk &desk, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    ReportPage *reportPage() const { return m_report; }
    PlanningPage *planningPage() const { return m_planning; }
    void showReport();

private:
    void refresh();
    void refreshCounters();
    void refreshServices();

    CounterDesk &m_desk;
    QTabWidget *m_tabs;
    QTableWidget *m_counters;
    QTableWidget *m_services;
    AppointmentsPage *m_appointments;
    ReportPage *m_report;
    PlanningPage *m_planning;
    QTimer m_clock;
    QTimer m_pending; // events come in batches: redraw once per batch
};

} // namespace tessera::teller
