// The kiosk as a customer uses it: the real widgets, offscreen, against a real server.
#include "CheckInScreen.h"
#include "KioskHarness.h"
#include "TicketScreen.h"
#include "web/TicketLinks.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::kiosk;
using namespace tessera::test;

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void startScreenShowsServicesWithTheirWait();
    void languageButtonsSwitchTheWholeKiosk();
    void takingATicketShowsTheServersNumberAndEstimate();
    void theTicketScreensCodeLeadsToTheTicketsPage();
    void aPriorityCustomerGetsAPriorityTicket();
    void aSecondTapWhileIssuingIssuesNothing();
    void aClosedServiceSaysWhenItOpensAndIssuesNothing();
    void aFullServiceSaysSo();
    void checkingInWithAValidCodeIssuesTheAppointmentTicket();
    void checkingInWithABadCodeExplainsWhatToDo_data();
    void checkingInWithABadCodeExplainsWhatToDo();
    void leftAloneTheKioskGoesBackToTheStartInItsLanguage();
    void screenshots();
    void losingTheServerShowsOutOfServiceAndComesBack(); // last: the other stations reconnect after it

private:
    void tap(const QString &name) { QTest::mouseClick(find(m_window.get(), name), Qt::LeftButton); }
    void enterCode(const QString &code);
    QString book(qint64 slotStart);
    TicketIssued takeTicket(const QString &service, const QString &priorityChoice = QStringLiteral("priority-none"));
    QWidget *screen() const { return m_window->currentScreen(); }
    TimestampMs nextSlot(qint64 afterMs) const;

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ToolStation> m_supervisor;
    std::unique_ptr<BranchClient> m_client;
    std::unique_ptr<KioskWindow> m_window;
    SystemClock m_clock;
};

// The branch's web pages are at this address (the kiosk makes the ticket links; no web front
// needs to run for the kiosk to show them).
const QString kPublicUrl = QStringLiteral("https://queue.northbank.example");

void TestKiosk::initTestCase()
{
    QJsonObject config = kioskConfig();
    config.insert(QStringLiteral("web"), QJsonObject{{QStringLiteral("publicUrl"), kPublicUrl}});
    m_server = std::make_unique<ServerProcess>(config);
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_supervisor = std::make_unique<ToolStation>(*m_server, QStringLiteral("supervisor"), QStringLiteral("desk"));
    QVERIFY(m_supervisor->waitOnline());
    QVERIFY(m_supervisor->request(QStringLiteral("login boss pw-boss")).value(QStringLiteral("ok")).toBool());
    m_client = std::make_unique<BranchClient>(stationSettings(*m_server, QStringLiteral("kiosk-entrance")));
    KioskSettings settings;
    settings.idleSeconds = 3;
    settings.ticketSeconds = 3;
    settings.screenOnly = true;
    m_window = std::make_unique<KioskWindow>(*m_client, m_clock, settings, nullptr);
    m_window->resize(1920, 1080);
    m_window->show();
    m_client->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->status(), BranchClient::Status::Online, 10000);
    QTRY_COMPARE(screen()->objectName(), QStringLiteral("startScreen"));
}

// Each test starts where a customer would: the start screen, in the branch's language.
void TestKiosk::init()
{
    if (screen()->objectName() != QLatin1String("startScreen") && m_client->status() == BranchClient::Status::Online)
        QTRY_COMPARE_WITH_TIMEOUT(screen()->objectName(), QStringLiteral("startScreen"), 6000);
    tap(QStringLiteral("language-en"));
}

void TestKiosk::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_supervisor.reset();
}

TicketIssued TestKiosk::takeTicket(const QString &service, const QString &priorityChoice)
{
    QSignalSpy shown(m_window.get(), &KioskWindow::ticketShown);
    tap(QStringLiteral("service-") + service);
    if (screen()->objectName() == QLatin1String("priorityScreen"))
        tap(priorityChoice);
    if (!shown.wait(10000))
        qFatal("no ticket was shown for %s", qPrintable(service));
    return shown.first().first().value<TicketIssued>();
}

void TestKiosk::enterCode(const QString &code)
{
    for (const QChar digit : code)
        tap(QStringLiteral("key-") + digit);
}

TimestampMs TestKiosk::nextSlot(qint64 afterMs) const
{
    const qint64 slotMs = 15 * 60 * 1000;
    return (m_clock.nowMs() + afterMs) / slotMs * slotMs + slotMs;
}

QString TestKiosk::book(qint64 slotStart)
{
    const QJsonObject booked = m_supervisor->request(
        QStringLiteral("BookAppointment {\"service\":\"cash\",\"slotStart\":%1,\"customerName\":\"Ilze\"}")
            .arg(slotStart));
    if (!booked.value(QStringLiteral("ok")).toBool())
        qFatal("booking refused: %s", qPrintable(QJsonDocument(booked).toJson()));
    return booked.value(QStringLiteral("events"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("checkInCode"))
        .toString();
}

void TestKiosk::startScreenShowsServicesWithTheirWait()
{
    const QString cash = find(m_window.get(), QStringLiteral("service-cash"))->accessibleName();
    QVERIFY2(cash.startsWith(QStringLiteral("Cash and payments. ")), qPrintable(cash));
    // No counter is open in this branch yet, so there is no honest estimate to give.
    QVERIFY2(cash.contains(QStringLiteral("No counter is open")), qPrintable(cash));
    QCOMPARE(find(m_window.get(), QStringLiteral("service-loans"))->property("kind").toString(),
             QStringLiteral("unavailable"));
    QVERIFY(find(m_window.get(), QStringLiteral("service-loans"))->accessibleName().contains(QStringLiteral("opens")));
}

void TestKiosk::languageButtonsSwitchTheWholeKiosk()
{
    tap(QStringLiteral("language-zh_CN"));
    QCOMPARE(m_window->language().code(), QStringLiteral("zh_CN"));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("startTitle")), QStringLiteral("欢迎"));
    QVERIFY(find(m_window.get(), QStringLiteral("service-cash"))
                ->accessibleName()
                .startsWith(QStringLiteral("现金与付款")));
    QCOMPARE(find(m_window.get(), QStringLiteral("appointmentButton"))->text(), QStringLiteral("我有预约"));
    tap(QStringLiteral("language-lv"));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("startTitle")), QStringLiteral("Laipni lūdzam"));
    tap(QStringLiteral("language-en"));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("startTitle")), QStringLiteral("Welcome"));
}

void TestKiosk::takingATicketShowsTheServersNumberAndEstimate()
{
    const TicketIssued ticket = takeTicket(QStringLiteral("cash"));
    QCOMPARE(screen()->objectName(), QStringLiteral("ticketScreen"));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("number")), ticket.label);
    QVERIFY(ticket.label.startsWith(QLatin1Char('A')));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("service")), QStringLiteral("Cash and payments"));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("ahead")),
             QStringLiteral("People ahead of you: %1").arg(ticket.peopleAhead));
    // The replica holds the very ticket the screen shows: nothing was invented locally.
    const Ticket *held = m_client->state().ticket(ticket.ticket);
    QVERIFY(held);
    QCOMPARE(held->label, ticket.label);
    QCOMPARE(held->status, TicketStatus::Waiting);
    tap(QStringLiteral("done"));
    QCOMPARE(screen()->objectName(), QStringLiteral("startScreen"));
}

// A customer who takes no paper (or loses it) scans the screen with their phone: the code
// holds the ticket's own page, signed for this ticket and this business day.
void TestKiosk::theTicketScreensCodeLeadsToTheTicketsPage()
{
    const TicketIssued ticket = takeTicket(QStringLiteral("accounts"));
    QVERIFY(find<QWidget>(m_window.get(), QStringLiteral("ticketQr"))->isVisible());
    QVERIFY(!textOf(m_window.get(), QStringLiteral("qrHint")).isEmpty());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("screen.png"));
    QVERIFY(m_window->grab().save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(30000));
    const QString scanned = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    QVERIFY2(scanned.startsWith(kPublicUrl + QStringLiteral("/t/")), qPrintable(scanned));
    const auto link = TicketLinks(m_client->settings().key, m_client->state().config().branchId)
                          .read(scanned.mid(kPublicUrl.size() + 3));
    QVERIFY2(link, qPrintable(scanned));
    QCOMPARE(link->ticket, ticket.ticket);
    QCOMPARE(link->businessDay, m_client->state().businessDay());
    tap(QStringLiteral("done"));
}

void TestKiosk::aPriorityCustomerGetsAPriorityTicket()
{
    const TicketIssued ticket = takeTicket(QStringLiteral("accounts"), QStringLiteral("priority-elderly"));
    QCOMPARE(ticket.priority, PriorityClass::Priority);
    QCOMPARE(ticket.priorityReason, QStringLiteral("elderly"));
    tap(QStringLiteral("done"));
}

void TestKiosk::aSecondTapWhileIssuingIssuesNothing()
{
    const TicketId before = m_client->state().lastTicketId();
    QSignalSpy shown(m_window.get(), &KioskWindow::ticketShown);
    tap(QStringLiteral("service-cash"));
    QAbstractButton *standard = find(m_window.get(), QStringLiteral("priority-none"));
    QTest::mouseClick(standard, Qt::LeftButton);
    QTest::mouseClick(standard, Qt::LeftButton); // an impatient second tap, before the answer
    QVERIFY(shown.wait(10000));
    QTest::qWait(300);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(m_client->state().lastTicketId(), before + 1);
    tap(QStringLiteral("done"));
}

void TestKiosk::aClosedServiceSaysWhenItOpensAndIssuesNothing()
{
    const TicketId before = m_client->state().lastTicketId();
    tap(QStringLiteral("service-loans"));
    QCOMPARE(screen()->objectName(), QStringLiteral("noticeScreen"));
    const QString title = textOf(m_window.get(), QStringLiteral("noticeTitle"));
    QVERIFY2(title.startsWith(QStringLiteral("Loans and mortgages: Closed now · opens ")), qPrintable(title));
    QCOMPARE(m_client->state().lastTicketId(), before);
    tap(QStringLiteral("ok"));
}

void TestKiosk::aFullServiceSaysSo()
{
    for (const QString label : {QStringLiteral("D001"), QStringLiteral("D002")}) {
        QCOMPARE(takeTicket(QStringLiteral("exchange")).label, label);
        tap(QStringLiteral("done"));
    }
    QTRY_VERIFY(find(m_window.get(), QStringLiteral("service-exchange"))
                    ->accessibleName()
                    .endsWith(QStringLiteral("No more tickets today")));
    tap(QStringLiteral("service-exchange"));
    QCOMPARE(screen()->objectName(), QStringLiteral("noticeScreen"));
    QVERIFY(textOf(m_window.get(), QStringLiteral("noticeText")).contains(QStringLiteral("All of today's numbers")));
    tap(QStringLiteral("ok"));
}

void TestKiosk::checkingInWithAValidCodeIssuesTheAppointmentTicket()
{
    const QString code = book(nextSlot(60 * 1000));
    tap(QStringLiteral("appointmentButton"));
    QCOMPARE(screen()->objectName(), QStringLiteral("checkInScreen"));
    QVERIFY(!find(m_window.get(), QStringLiteral("checkIn"))->isEnabled()); // not before six digits
    QSignalSpy shown(m_window.get(), &KioskWindow::ticketShown);
    enterCode(code);
    tap(QStringLiteral("checkIn"));
    QVERIFY(shown.wait(10000));
    const auto ticket = shown.first().first().value<TicketIssued>();
    QCOMPARE(ticket.priority, PriorityClass::Appointment);
    QCOMPARE(textOf(m_window.get(), QStringLiteral("number")), ticket.label);
    QCOMPARE(m_client->state().appointmentByCode(code)->status, AppointmentStatus::CheckedIn);
    tap(QStringLiteral("done"));
}

void TestKiosk::checkingInWithABadCodeExplainsWhatToDo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << "unknown"
                             << "We cannot find code 000000";
    QTest::newRow("early") << "early"
                           << "You are early: your appointment is at ";
    QTest::newRow("used") << "used"
                          << "This code has already been used. Your number is A";
}

void TestKiosk::checkingInWithABadCodeExplainsWhatToDo()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString code = QStringLiteral("000000");
    if (kind == QLatin1String("early")) {
        code = book(nextSlot(3 * 60 * 60 * 1000));
    } else if (kind == QLatin1String("used")) {
        code = book(nextSlot(60 * 1000));
        const QJsonObject first =
            m_supervisor->request(QStringLiteral("CheckInAppointment {\"code\":\"%1\"}").arg(code));
        QVERIFY(first.value(QStringLiteral("ok")).toBool());
    }
    const TicketId before = m_client->state().lastTicketId();
    tap(QStringLiteral("appointmentButton"));
    enterCode(code);
    tap(QStringLiteral("checkIn"));
    QTRY_COMPARE(screen()->objectName(), QStringLiteral("noticeScreen"));
    QCOMPARE(textOf(m_window.get(), QStringLiteral("noticeTitle")), QStringLiteral("You could not be checked in"));
    const QString text = textOf(m_window.get(), QStringLiteral("noticeText"));
    QVERIFY2(text.startsWith(expected), qPrintable(text));
    QCOMPARE(m_client->state().lastTicketId(), before);
    tap(QStringLiteral("ok"));
}

void TestKiosk::leftAloneTheKioskGoesBackToTheStartInItsLanguage()
{
    tap(QStringLiteral("language-cy"));
    tap(QStringLiteral("appointmentButton"));
    QCOMPARE(screen()->objectName(), QStringLiteral("checkInScreen"));
    // idleSeconds is 3 here; nobody touches anything.
    QTRY_COMPARE_WITH_TIMEOUT(screen()->objectName(), QStringLiteral("startScreen"), 6000);
    QCOMPARE(m_window->language().code(), QStringLiteral("en"));
}

void TestKiosk::losingTheServerShowsOutOfServiceAndComesBack()
{
    m_server->stop();
    // Within the 3 seconds the network promises, plus the time the test needs to look.
    QTRY_COMPARE_WITH_TIMEOUT(screen()->objectName(), QStringLiteral("noticeScreen"), 4000);
    QCOMPARE(textOf(m_window.get(), QStringLiteral("noticeTitle")), QStringLiteral("Out of service"));
    QVERIFY(!find(m_window.get(), QStringLiteral("ok"))->isVisible()); // nothing to press: nothing works
    screenshot(m_window.get(), QStringLiteral("out-of-service-1920x1080-en"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    QTRY_COMPARE_WITH_TIMEOUT(screen()->objectName(), QStringLiteral("startScreen"), 10000);
}

// Every screen, landscape and portrait, in English and Simplified Chinese.
void TestKiosk::screenshots()
{
    const QString code = book(nextSlot(3 * 60 * 60 * 1000));
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        m_window->resize(size);
        for (const QString language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString suffix = QStringLiteral("-%1x%2-%3").arg(size.width()).arg(size.height()).arg(language);
            tap(QStringLiteral("language-") + language);
            screenshot(m_window.get(), QStringLiteral("start") + suffix);
            tap(QStringLiteral("service-cash"));
            screenshot(m_window.get(), QStringLiteral("priority") + suffix);
            QSignalSpy shown(m_window.get(), &KioskWindow::ticketShown);
            tap(QStringLiteral("priority-none"));
            QVERIFY(shown.wait(10000));
            screenshot(m_window.get(), QStringLiteral("ticket") + suffix);
            tap(QStringLiteral("done"));
            tap(QStringLiteral("language-") + language);
            tap(QStringLiteral("service-loans"));
            screenshot(m_window.get(), QStringLiteral("closed") + suffix);
            tap(QStringLiteral("ok"));
            tap(QStringLiteral("appointmentButton"));
            enterCode(code.left(4));
            screenshot(m_window.get(), QStringLiteral("checkin") + suffix);
            enterCode(code.mid(4));
            tap(QStringLiteral("checkIn"));
            QTRY_COMPARE(screen()->objectName(), QStringLiteral("noticeScreen"));
            screenshot(m_window.get(), QStringLiteral("checkin-early") + suffix);
            tap(QStringLiteral("ok"));
        }
    }
    m_window->resize(1920, 1080);
}

QTEST_MAIN(TestKiosk)
#include "TestKiosk.moc"
