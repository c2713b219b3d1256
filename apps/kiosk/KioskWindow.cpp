#include "KioskWindow.h"

#include "CheckInScreen.h"
#include "KioskStyle.h"
#include "NoticeScreen.h"
#include "PriorityScreen.h"
#include "StartScreen.h"
#include "TicketPrinter.h"

#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QStackedLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcKiosk, "tessera.kiosk")

namespace tessera::kiosk {

KioskWindow::KioskWindow(BranchClient &client, const Clock &clock, KioskSettings settings, TicketPrinter *printer,
                         QWidget *parent)
    : QWidget(parent), m_client(client), m_clock(clock), m_settings(std::move(settings)),
      m_printer(printer), m_context{client, clock, m_language}, m_stack(new QStackedLayout(this)),
      m_start(new StartScreen(m_context, this)), m_priority(new PriorityScreen(m_context, this)),
      m_checkIn(new CheckInScreen(m_context, this)), m_ticket(new TicketScreen(m_context, this)),
      m_notice(new NoticeScreen(this))
{
    setObjectName(QStringLiteral("kiosk"));
    setWindowTitle(tr("Tessera kiosk"));
    setStyleSheet(style::sheet());
    for (QWidget *screen :
         {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_priority), static_cast<QWidget *>(m_checkIn),
          static_cast<QWidget *>(m_ticket), static_cast<QWidget *>(m_notice)})
        m_stack->addWidget(screen);

    connect(m_start, &StartScreen::serviceChosen, this, &KioskWindow::chooseService);
    connect(m_start, &StartScreen::checkInChosen, this, [this] {
        m_checkIn->start();
        showScreen(m_checkIn);
    });
    connect(m_start, &StartScreen::languageChosen, &m_language, &StationLanguage::use);
    connect(&m_language, &StationLanguage::changed, this, [this] { m_start->refresh(); });
    connect(m_priority, &PriorityScreen::chosen, this, &KioskWindow::issue);
    connect(m_priority, &PriorityScreen::back, this, [this] { showScreen(m_start); });
    connect(m_checkIn, &CheckInScreen::submitted, this, &KioskWindow::checkIn);
    connect(m_checkIn, &CheckInScreen::back, this, [this] { showScreen(m_start); });
    connect(m_ticket, &TicketScreen::done, this, &KioskWindow::goHome);
    connect(m_notice, &NoticeScreen::done, this, [this] { showScreen(m_start); });

    // The queue moved: waits and open services on the start screen follow, once per batch
    // of events rather than once per event.
    m_pendingRefresh.setSingleShot(true);
    m_pendingRefresh.setInterval(0);
    connect(&m_pendingRefresh, &QTimer::timeout, this, [this] {
        if (m_stack->currentWidget() == m_start)
            m_start->refresh();
    });
    connect(&m_client, &BranchClient::eventApplied, &m_pendingRefresh, qOverload<>(&QTimer::start));
    connect(&m_client, &BranchClient::stateReset, this, &KioskWindow::refreshStatus);
    connect(&m_client, &BranchClient::statusChanged, this, &KioskWindow::refreshStatus);

    m_idle.setSingleShot(true);
    m_idle.setInterval(m_settings.idleSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, &KioskWindow::goHome);
    m_refresh.start(15000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_stack->currentWidget() == m_start)
            m_start->refresh();
    });
    m_printThread.setMaxThreadCount(1);
    m_printThread.setExpiryTimeout(-1);
    qApp->installEventFilter(this);
    m_language.use(m_client.state().config().defaultLanguage);
    refreshStatus();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    m_printThread.waitForDone(); // the printer outlives no ticket it was given
}

QWidget *KioskWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any touch keeps the customer's session alive.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin)
        m_idle.start();
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::showScreen(QWidget *screen)
{
    m_stack->setCurrentWidget(screen);
    if (screen == m_start)
        m_start->refresh();
    m_idle.start(screen == m_ticket ? m_settings.ticketSeconds * 1000 : m_settings.idleSeconds * 1000);
}

// The next customer starts afresh: the start screen, in the branch's own language.
void KioskWindow::goHome()
{
    if (m_client.status() != BranchClient::Status::Online)
        return refreshStatus();
    m_language.use(m_client.state().config().defaultLanguage);
    showScreen(m_start);
}

void KioskWindow::refreshStatus()
{
    if (m_client.status() == BranchClient::Status::Online) {
        const bool wasOutOfService = m_notice->property("outOfService").toBool();
        if (m_started && !wasOutOfService) {
            // A resync does not interrupt a customer mid-way; the idle timer ends their session.
            if (m_stack->currentWidget() == m_start)
                m_start->refresh();
            return;
        }
        m_started = true;
        m_notice->setProperty("outOfService", false);
        m_language.use(m_client.state().config().defaultLanguage);
        showScreen(m_start);
        return;
    }
    m_busy = false;
    m_notice->setProperty("outOfService", true);
    m_notice->show(tr("Out of service"),
                   tr("This kiosk cannot issue tickets right now. Please ask a member of staff for help."), false);
    m_stack->setCurrentWidget(m_notice);
    m_idle.stop();
}

void KioskWindow::chooseService(const QString &serviceId)
{
    if (m_busy)
        return;
    const ServiceConfig *service = m_context.config().service(serviceId);
    if (!service)
        return;
    const ServiceAvailability availability = ServiceAvailability::of(m_context.state(), *service, m_clock.nowMs());
    if (!availability.open())
        return explain(EngineError{availability.status == ServiceAvailability::Status::Full ? ErrorCode::ServiceFull
                                                                                            : ErrorCode::ServiceClosed,
                                   QString()},
                       serviceId, QString());
    if (!m_context.config().priorityReasons.isEmpty()) {
        m_priority->ask(serviceId);
        return showScreen(m_priority);
    }
    issue(serviceId, QString());
}

void KioskWindow::issue(const QString &serviceId, const QString &priorityReason)
{
    if (m_busy)
        return;
    m_busy = true;
    IssueTicket command{serviceId, priorityReason.isEmpty() ? PriorityClass::Normal : PriorityClass::Priority,
                        priorityReason};
    m_client.send(command, [this, serviceId](const CommandResult &result) {
        if (!result)
            return explain(result.error(), serviceId, QString());
        onIssued(result, QString());
    });
}

void KioskWindow::checkIn(const QString &code)
{
    if (m_busy)
        return;
    m_busy = true;
    m_client.send(CheckInAppointment{code}, [this, code](const CommandResult &result) {
        if (!result)
            return explain(result.error(), QString(), code);
        onIssued(result, code);
    });
}

void KioskWindow::onIssued(const CommandResult &result, const QString &checkInCode)
{
    m_busy = false;
    const TicketIssued *issued = nullptr;
    for (const Event &event : result.value()) {
        if ((issued = std::get_if<TicketIssued>(&event.payload)))
            break;
    }
    if (!issued) {
        qCWarning(lcKiosk) << "the server accepted" << (checkInCode.isEmpty() ? "a ticket" : "a check-in")
                           << "but sent no ticket";
        return explain(EngineError{ErrorCode::InvalidArgument, QString()}, QString(), QString());
    }
    // The number goes on screen first; the printer, which may take a moment, comes after.
    m_ticket->show(*issued, m_printer ? TicketScreen::Paper::Printing : TicketScreen::Paper::ScreenOnly);
    showScreen(m_ticket);
    emit ticketShown(*issued);
    if (m_printer)
        print(*issued);
}

// On the print thread, one ticket after another. Printed or not, the ticket stays valid;
// when the paper did not come out, the customer is told to remember the number and staff
// see why on their screens.
void KioskWindow::print(const TicketIssued &ticket)
{
    const TicketPaper paper = m_printer->compose(ticket, m_context, m_clock.nowMs());
    auto *watcher = new QFutureWatcher<std::optional<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        const std::optional<QString> failure = watcher->result();
        if (failure) {
            qCWarning(lcKiosk).noquote() << "ticket" << ticket.label << "was not printed:" << *failure;
            m_client.send(ReportPrintFailure{ticket.ticket, *failure});
        }
        if (m_stack->currentWidget() == m_ticket)
            m_ticket->setPaper(ticket.ticket,
                               failure ? TicketScreen::Paper::PrintFailed : TicketScreen::Paper::Printed);
    });
    watcher->setFuture(
        QtConcurrent::run(&m_printThread, [printer = m_printer, paper] { return printer->print(paper); }));
}

void KioskWindow::explain(const EngineError &error, const QString &serviceId, const QString &checkInCode)
{
    m_busy = false;
    const ServiceConfig *service = m_context.config().service(serviceId);
    QString title = tr("Sorry, no ticket was issued");
    QString text = tr("Please try again, or ask a member of staff for help.");
    switch (error.code) {
    case ErrorCode::ServiceClosed:
    case ErrorCode::ServiceFull:
        if (service) {
            const auto availability = ServiceAvailability::of(m_context.state(), *service, m_clock.nowMs());
            title =
                QStringLiteral("%1: %2").arg(m_context.text(service->names), m_context.unavailableText(availability));
        }
        text = error.code == ErrorCode::ServiceFull
                   ? tr("All of today's numbers for this service have been given out. Please ask a member of staff.")
                   : tr("No tickets can be taken for this service now. Please come back when it is open.");
        break;
    case ErrorCode::UnknownAppointment:
    case ErrorCode::AppointmentTooEarly:
    case ErrorCode::AppointmentTooLate:
    case ErrorCode::AppointmentUsed:
        title = tr("You could not be checked in");
        text = explainCheckIn(error.code, checkInCode);
        break;
    default:
        qCWarning(lcKiosk).noquote() << "the server refused a ticket:" << wireName(error.code) << error.message;
        break;
    }
    m_notice->show(title, text);
    showScreen(m_notice);
}

QString KioskWindow::explainCheckIn(ErrorCode code, const QString &checkInCode) const
{
    const Appointment *appointment = m_context.state().appointmentByCode(checkInCode);
    const BranchConfig &config = m_context.config();
    switch (code) {
    case ErrorCode::AppointmentTooEarly:
        if (appointment) {
            const QDateTime slot = config.toLocal(appointment->slotStart);
            return tr("You are early: your appointment is at %1. You can check in from %2.")
                .arg(slot.toString(QStringLiteral("HH:mm")),
                     slot.addSecs(-60 * config.checkInEarlyMinutes).toString(QStringLiteral("HH:mm")));
        }
        return tr("You are early. Please check in closer to your appointment time.");
    case ErrorCode::AppointmentTooLate:
        return tr("The time to check in for this appointment has passed. Please take a ticket on the start screen, "
                  "or ask a member of staff.");
    case ErrorCode::AppointmentUsed:
        if (appointment && m_context.state().ticket(appointment->ticket))
            return tr("This code has already been used. Your number is %1.")
                .arg(m_context.state().ticket(appointment->ticket)->label);
        return tr("This code has already been used. Please ask a member of staff.");
    default:
        return tr("We cannot find code %1. Check the code in your booking confirmation and try again, or take a "
                  "ticket on the start screen.")
            .arg(checkInCode);
    }
}

} // namespace tessera::kiosk
