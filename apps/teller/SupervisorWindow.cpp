#include "SupervisorWindow.h"

#include "AppointmentsPage.h"
#include "CurrentTicketPanel.h"
#include "PlanningPage.h"
#include "ReportPage.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::teller {

namespace {

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, bool alert = false)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (alert) {
            item->setBackground(QColor(0xfd, 0xe2, 0xd6));
            item->setForeground(QColor(0x8a, 0x1c, 0x00));
        }
        table->setItem(row, column, item);
    }
}

QString counterStatusText(CounterStatus status)
{
    switch (status) {
    case CounterStatus::Open:
        return SupervisorWindow::tr("open");
    case CounterStatus::Paused:
        return SupervisorWindow::tr("paused");
    case CounterStatus::Closed:
        return SupervisorWindow::tr("closed");
    }
    return {};
}

} // namespace

SupervisorWindow::SupervisorWindow(CounterDesk &desk, QWidget *parent)
    : QWidget(parent, Qt::Window), m_desk(desk), m_tabs(new QTabWidget(this)),
      m_counters(makeTable(QStringLiteral("counters"), this)), m_services(makeTable(QStringLiteral("services"), this)),
      m_appointments(new AppointmentsPage(desk, this)), m_report(new ReportPage(desk, this)),
      m_planning(new PlanningPage(desk, this))
{
    setObjectName(QStringLiteral("supervisorWindow"));
    setWindowTitle(tr("Tessera branch overview"));
    m_counters->setColumnCount(6);
    m_counters->setHorizontalHeaderLabels(
        {tr("Counter"), tr("Status"), tr("Teller"), tr("At the counter"), tr("Served today"), tr("Average service")});
    m_services->setColumnCount(6);
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Waiting"), tr("Longest wait"), tr("Target"),
                                           tr("A new ticket is told"), tr("Print failures today")});
    m_tabs->addTab(m_counters, tr("Counters"));
    m_tabs->addTab(m_services, tr("Queues"));
    m_tabs->addTab(m_appointments, tr("Appointments"));
    m_tabs->addTab(m_report, tr("Daily report"));
    m_tabs->addTab(m_planning, tr("Planning"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(960, 560);

    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &SupervisorWindow::refresh);
    connect(&desk, &CounterDesk::changed, &m_pending, qOverload<>(&QTimer::start));
    connect(&m_clock, &QTimer::timeout, this, &SupervisorWindow::refresh);
    m_clock.start(10000);
    refresh();
}

void SupervisorWindow::refresh()
{
    refreshCounters();
    refreshServices();
    m_appointments->refresh();
    m_planning->refresh();
}

void SupervisorWindow::refreshCounters()
{
    const QueueState &state = m_desk.state();
    const QList<CounterConfig> &counters = state.config().counters;
    m_counters->setRowCount(int(counters.size()));
    for (int row = 0; row < counters.size(); ++row) {
        const CounterNumber number = counters[row].number;
        const CounterState *counter = state.counter(number);
        const CounterState empty;
        const CounterState &live = counter ? *counter : empty;
        const Ticket *ticket = state.ticket(live.current);
        const QString current =
            ticket ? QStringLiteral("%1 (%2)").arg(
                         ticket->label, ticket->status == TicketStatus::Called ? tr("calling") : tr("serving"))
                   : QString();
        const QString average =
            live.servedToday ? durationText(live.serviceMsToday / live.servedToday) : QStringLiteral("—");
        setRow(m_counters, row,
               {m_desk.counterName(number), counterStatusText(live.status), live.teller, current,
                QString::number(live.servedToday), average});
    }
}

void SupervisorWindow::refreshServices()
{
    const QueueState &state = m_desk.state();
    const QList<ServiceConfig> &services = state.config().services;
    QHash<QString, int> printFailures;
    for (const auto &[id, ticket] : state.tickets()) {
        if (!ticket.printFailure.isEmpty() && ticket.businessDay == state.businessDay())
            ++printFailures[ticket.service];
    }
    m_services->setRowCount(int(services.size()));
    for (int row = 0; row < services.size(); ++row) {
        const ServiceConfig &service = services[row];
        const ServiceState *line = state.service(service.id);
        const int waiting = line ? int(line->waiting.size()) : 0;
        qint64 longest = 0;
        if (line && !line->waiting.empty())
            longest = m_desk.now() - line->waiting.begin()->queuedAt;
        const bool overTarget = longest > qint64(service.targetWaitSeconds) * 1000;
        setRow(m_services, row,
               {m_desk.serviceName(service.id), QString::number(waiting),
                waiting ? durationText(longest) : QStringLiteral("—"),
                durationText(qint64(service.targetWaitSeconds) * 1000), m_desk.newTicketWaitText(service.id),
                QString::number(printFailures.value(service.id))},
               overTarget);
    }
}

void SupervisorWindow::showReport()
{
    // A window kept open overnight offers the new day.
    if (!m_report->hasReport() && m_desk.state().businessDay().isValid())
        m_report->dateField()->setDate(m_desk.state().businessDay());
    m_tabs->setCurrentWidget(m_report);
    show();
    raise();
    activateWindow();
}

} // namespace tessera::teller
