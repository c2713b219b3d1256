#include "TellerWindow.h"

#include "CompactBar.h"
#include "CurrentTicketPanel.h"
#include "LoginPanel.h"
#include "TellerActions.h"
#include "TellerDialogs.h"
#include "WaitingList.h"

#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace tessera::teller {

TellerWindow::TellerWindow(CounterDesk &desk, const TellerSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_desk(desk), m_actions(new TellerActions(desk, this)), m_pages(new QStackedWidget(this)),
      m_login(new LoginPanel(desk, settings.user, settings.chooseCounter ? 0 : settings.station.counter, this)),
      m_current(new CurrentTicketPanel(desk, this)), m_waiting(new WaitingList(desk, this)),
      m_figures(new QLabel(this)), m_newcomerWait(new QLabel(this)), m_notice(new QLabel(this)),
      m_connection(new QLabel(this)), m_who(new QLabel(this)), m_offline(new QLabel(this)),
      m_compact(new CompactBar(desk, *m_actions, this))
{
    setObjectName(QStringLiteral("tellerWindow"));
    setWindowTitle(tr("Tessera counter"));
    setStyleSheet(QStringLiteral("#currentNumber { font-size: 96px; font-weight: bold; color: #0d3c8c; }"
                                 "#currentStatus { font-size: 18px; color: #444444; }"
                                 "#currentService { font-size: 24px; font-weight: bold; }"
                                 "#currentDetails { font-size: 16px; }"
                                 "#currentNote { font-size: 16px; background: #fff4cc; padding: 6px; }"
                                 "#figures { font-size: 14px; }"
                                 // Call next: the button pressed 200 times a day stands out.
                                 "#action0:enabled { background: #0d3c8c; color: white; border: 1px solid #0a2d69;"
                                 " border-radius: 4px; }"
                                 "#action0:enabled:hover { background: #1553b8; }"));
    m_deskPage = buildDesk();
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_deskPage);
    // Offline is said across the top of the window, over whatever page is up.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 10px; font-size: 16px; font-weight: bold;"));
    centralLayout->addWidget(m_offline);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_who->setObjectName(QStringLiteral("who"));
    statusBar()->addWidget(m_connection);
    statusBar()->addPermanentWidget(m_who);
    buildMenus(settings.station.role == StationRole::Supervisor);

    connect(m_login, &LoginPanel::submitted, &m_desk, &CounterDesk::logIn);
    connect(&m_desk, &CounterDesk::loggedIn, this, [this] {
        m_login->clearPassword();
        m_pages->setCurrentWidget(m_deskPage);
        showNotice({}, false);
    });
    connect(&m_desk, &CounterDesk::loggedOut, this, [this] {
        setCompact(false);
        m_pages->setCurrentWidget(m_login);
        m_login->focusInput();
    });
    connect(&m_desk, &CounterDesk::refused, this, [this](const QString &message) {
        if (m_pages->currentWidget() == m_login)
            m_login->showError(message);
        else
            showNotice(message, true);
    });
    connect(&m_desk, &CounterDesk::confirmed, this, [this] { showNotice({}, false); });
    connect(&m_desk, &CounterDesk::changed, this, &TellerWindow::refresh);
    connect(m_actions, &TellerActions::finishWithOutcomeRequested, this, &TellerWindow::askOutcome);
    connect(m_actions, &TellerActions::transferRequested, this, &TellerWindow::askTransfer);
    connect(m_actions, &TellerActions::callNumberRequested, this, &TellerWindow::askNumber);
    connect(m_compact, &CompactBar::expandRequested, this, [this] { setCompact(false); });
    connect(&m_clock, &QTimer::timeout, this, &TellerWindow::refresh);
    m_clock.start(10000);
    refresh();
    m_login->focusInput();
}

TellerWindow::~TellerWindow() = default;

QWidget *TellerWindow::buildDesk()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("deskPage"));
    auto *layout = new QGridLayout(page);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice, 0, 0, 1, 2);
    layout->addWidget(m_current, 1, 0);

    auto *buttons = new QGridLayout;
    using Id = TellerActions::Id;
    const QList<Id> order{Id::CallNext,    Id::Recall,   Id::Start,      Id::Finish,
                          Id::NoShow,      Id::Transfer, Id::CallNumber, Id::FinishWithOutcome,
                          Id::PauseResume, Id::LogOut};
    for (qsizetype i = 0; i < order.size(); ++i) {
        auto *button = new QToolButton(page);
        button->setDefaultAction((*m_actions)[order[i]]);
        button->setObjectName(QStringLiteral("action%1").arg(int(order[i])));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(order[i] == Id::CallNext ? 64 : 40);
        if (order[i] == Id::CallNext)
            button->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
        buttons->addWidget(button, int(i / 2), int(i % 2));
    }
    layout->addLayout(buttons, 2, 0);

    auto *right = new QVBoxLayout;
    auto *waitingTitle = new QLabel(tr("Waiting for this counter"), page);
    waitingTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    right->addWidget(waitingTitle);
    right->addWidget(m_waiting, 1);
    m_newcomerWait->setObjectName(QStringLiteral("newcomerWait"));
    m_newcomerWait->setWordWrap(true);
    right->addWidget(m_newcomerWait);
    m_figures->setObjectName(QStringLiteral("figures"));
    right->addWidget(m_figures);
    layout->addLayout(right, 1, 1, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    return page;
}

void TellerWindow::buildMenus(bool supervisor)
{
    QMenu *counter = menuBar()->addMenu(tr("&Counter"));
    counter->addActions(m_actions->all());
    addActions(m_actions->all()); // the shortcuts work on every page of the window
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *compact = view->addAction(tr("Compact bar"));
    compact->setObjectName(QStringLiteral("compactAction"));
    compact->setShortcut(Qt::CTRL | Qt::Key_K);
    addAction(compact);
    m_compact->addAction(compact);
    connect(compact, &QAction::triggered, this, [this] { setCompact(!m_compact->isVisible()); });
    if (supervisor) {
        QMenu *branch = menuBar()->addMenu(tr("&Branch"));
        QAction *overview = branch->addAction(tr("Branch overview"));
        overview->setShortcut(Qt::CTRL | Qt::Key_B);
        connect(overview, &QAction::triggered, this, &TellerWindow::branchOverviewRequested);
        QAction *report = branch->addAction(tr("Daily report…"));
        report->setObjectName(QStringLiteral("dailyReportAction"));
        report->setShortcut(Qt::CTRL | Qt::Key_R);
        connect(report, &QAction::triggered, this, &TellerWindow::dailyReportRequested);
    }
}

void TellerWindow::setCompact(bool compact)
{
    if (compact) {
        m_compact->refresh();
        m_compact->adjustSize();
        m_compact->show();
        hide();
    } else {
        m_compact->hide();
        show();
        raise();
        activateWindow();
    }
}

void TellerWindow::refresh()
{
    const bool online = m_desk.client().status() == BranchClient::Status::Online;
    m_connection->setText(online ? tr("Connected to %1").arg(m_desk.client().serverAddress()) : tr("OFFLINE"));
    m_connection->setStyleSheet(online ? QStringLiteral("color: #1b5e20;")
                                       : QStringLiteral("color: white; background: #b3261e; padding: 2px 6px;"));
    m_offline->setText(tr("Offline: the server cannot be reached, so nothing can be called or finished. "
                          "This clears by itself when the server is back; nothing is lost.\n%1")
                           .arg(m_desk.client().statusText()));
    m_offline->setVisible(!online);
    m_who->setText(m_desk.isLoggedIn() ? tr("%1 at %2").arg(m_desk.user(), m_desk.counterName(m_desk.counter()))
                                       : tr("Not logged in"));
    m_login->refresh();
    if (!m_desk.isLoggedIn())
        return;
    m_current->refresh();
    m_waiting->refresh();
    QStringList newcomer;
    if (const CounterConfig *config = m_desk.state().config().counter(m_desk.counter())) {
        for (auto it = config->serviceWeights.cbegin(); it != config->serviceWeights.cend(); ++it)
            newcomer << m_desk.serviceName(it.key()) + QStringLiteral(": ") + m_desk.newTicketWaitText(it.key());
    }
    m_newcomerWait->setText(newcomer.isEmpty()
                                ? QString()
                                : tr("A new customer would be told: %1").arg(newcomer.join(QStringLiteral(" · "))));
    const CounterState *counter = m_desk.counterState();
    const int served = counter ? counter->servedToday : 0;
    const QString average = served ? durationText(counter->serviceMsToday / served) : QStringLiteral("—");
    QString status;
    if (counter && counter->status == CounterStatus::Paused)
        status = tr("Counter paused. ");
    m_figures->setText(status + tr("Served today: %1 · average service %2").arg(served).arg(average));
    if (m_compact->isVisible())
        m_compact->refresh();
}

void TellerWindow::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: white; background: #b3261e; padding: 6px;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

// The dialogs name the customer they were opened for: if another customer is at the
// counter by the time they are confirmed (the compact bar's keys still work), nothing is done.
QWidget *TellerWindow::dialogParent()
{
    return isVisible() ? static_cast<QWidget *>(this) : m_compact;
}

bool TellerWindow::stillAtCounter(TicketId ticket)
{
    if (m_desk.current() && m_desk.current()->id == ticket)
        return true;
    showNotice(tr("Another customer is at the counter now; nothing was done. Try again."), true);
    return false;
}

void TellerWindow::askOutcome()
{
    const TicketId ticket = m_desk.current() ? m_desk.current()->id : 0;
    auto *dialog = new FinishDialog(m_desk, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ticket] {
        if (stillAtCounter(ticket))
            m_desk.finish(dialog->outcome(), dialog->note());
    });
    dialog->open();
}

void TellerWindow::askTransfer()
{
    const TicketId ticket = m_desk.current() ? m_desk.current()->id : 0;
    auto *dialog = new TransferDialog(m_desk, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ticket] {
        if (stillAtCounter(ticket))
            m_desk.transfer(dialog->toService(), dialog->toCounter(), dialog->note());
    });
    dialog->open();
}

void TellerWindow::askNumber()
{
    auto *dialog = new CallNumberDialog(dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_desk.callNumber(dialog->label()); });
    dialog->open();
}

} // namespace tessera::teller
