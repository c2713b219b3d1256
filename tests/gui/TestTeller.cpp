// The teller's workstation as tellers use it: real windows, offscreen, against a real server.
#include "AppointmentsPage.h"
#include "PlanningPage.h"
#include "ReportPage.h"
#include "StationLanguage.h"
#include "SupervisorWindow.h"
#include "TellerDialogs.h"
#include "TellerHarness.h"
#include "host/QueueHost.h"

#include <QComboBox>
#include <QDateEdit>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::teller;
using namespace tessera::test;
using Id = TellerActions::Id;

// The system clock, moved on by hand: "eleven minutes later" without waiting eleven minutes.
class ShiftedClock : public Clock
{
public:
    TimestampMs nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + shiftMs; }
    qint64 shiftMs = 0;
};

class TestTeller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void callNextOnBothCountersAtOnceCallsTwoDifferentCustomers();
    void aDoubleClickOnCallNextCallsOnce();
    void aTransferToTheOtherCountersServiceArrivesWithItsNote();
    void pauseStopsCallsUntilResumed();
    void theFunctionKeysCallStartAndFinish();
    void aNumberTypedShortIsCalledAsPrinted();
    void aStationSetUpForAMissingCounterSaysSo();
    void aWrongPasswordIsExplainedOnTheLoginScreen();
    void theCompactBarCallsAndShowsTheNumber();
    void aCustomerWaitingPastTheTargetIsHighlighted();
    void theSupervisorSeesTheBranchAndBooksAnAppointment();
    void theSupervisorSavesTheDailyReport();
    void theSupervisorPlansCountersFromHistory();
    void theWorkstationSpeaksTheTellersLanguage();
    void losingTheServerShowsOfflineAndComesBack();

private:
    QString issue(const QString &service);
    Ticket ticket(const QString &label) const;
    QAbstractButton *button(TellerStation &station, Id id) const;

    ShiftedClock m_clock;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ToolStation> m_kiosk;
    std::unique_ptr<TellerStation> m_anna; // t1 at counter 1
    std::unique_ptr<TellerStation> m_ben;  // t2 at counter 2
};

// Each test gets a branch of its own: two tellers logged in and open, nobody waiting.
void TestTeller::init()
{
    m_server = std::make_unique<ServerProcess>(kioskConfig());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_kiosk = std::make_unique<ToolStation>(*m_server, QStringLiteral("kiosk"), QStringLiteral("kiosk-entrance"));
    QVERIFY(m_kiosk->waitOnline());
    m_anna = std::make_unique<TellerStation>(*m_server, QStringLiteral("counter-1"), StationRole::Teller, 1, m_clock);
    m_ben = std::make_unique<TellerStation>(*m_server, QStringLiteral("counter-2"), StationRole::Teller, 2, m_clock);
    QVERIFY(m_anna->logIn(QStringLiteral("t1"), QStringLiteral("pw-t1")));
    QVERIFY(m_ben->logIn(QStringLiteral("t2"), QStringLiteral("pw-t2")));
}

void TestTeller::cleanup()
{
    m_clock.shiftMs = 0;
    m_ben.reset();
    m_anna.reset();
    m_kiosk.reset();
    m_server.reset();
}

QString TestTeller::issue(const QString &service)
{
    const QJsonObject answer = m_kiosk->request(QStringLiteral("IssueTicket {\"service\":\"%1\"}").arg(service));
    const QString label = firstEvent(answer).value(QStringLiteral("label")).toString();
    // The tellers' replicas have it too before the test goes on.
    waitUntil(
        [&] { return m_anna->desk->state().liveTicketByLabel(label) && m_ben->desk->state().liveTicketByLabel(label); },
        5000);
    return label;
}

Ticket TestTeller::ticket(const QString &label) const
{
    const Ticket *found = m_anna->desk->state().liveTicketByLabel(label);
    if (!found) {
        for (const auto &[id, ticket] : m_anna->desk->state().tickets()) {
            if (ticket.label == label)
                return ticket;
        }
    }
    return found ? *found : Ticket{};
}

QAbstractButton *TestTeller::button(TellerStation &station, Id id) const
{
    return find(station.window.get(), QStringLiteral("action%1").arg(int(id)));
}

void TestTeller::callNextOnBothCountersAtOnceCallsTwoDifferentCustomers()
{
    const QString first = issue(QStringLiteral("cash"));
    const QString second = issue(QStringLiteral("cash"));
    // Both clicks leave before either answer comes back.
    QTest::mouseClick(button(*m_anna, Id::CallNext), Qt::LeftButton);
    QTest::mouseClick(button(*m_ben, Id::CallNext), Qt::LeftButton);
    QTRY_VERIFY(!m_anna->currentLabel().isEmpty() && !m_ben->currentLabel().isEmpty());
    QVERIFY(m_anna->currentLabel() != m_ben->currentLabel());
    QCOMPARE(QSet<QString>({m_anna->currentLabel(), m_ben->currentLabel()}), QSet<QString>({first, second}));
    // Each window shows its own customer, as the server confirmed.
    QCOMPARE(textOf(m_anna->window.get(), QStringLiteral("currentNumber")), m_anna->currentLabel());
    QCOMPARE(textOf(m_ben->window.get(), QStringLiteral("currentNumber")), m_ben->currentLabel());
}

void TestTeller::aDoubleClickOnCallNextCallsOnce()
{
    const QString first = issue(QStringLiteral("cash"));
    const QString second = issue(QStringLiteral("cash"));
    // A real double click: a click, then a second press that the system reports as a double click.
    QSignalSpy triggered(m_anna->action(Id::CallNext), &QAction::triggered);
    QTest::mouseClick(button(*m_anna, Id::CallNext), Qt::LeftButton);
    QTest::mouseDClick(button(*m_anna, Id::CallNext), Qt::LeftButton);
    QTRY_COMPARE(m_anna->currentLabel(), first);
    QTest::qWait(300); // time for a second call to arrive, if one had been sent
    QCOMPARE(ticket(second).status, TicketStatus::Waiting);
    QCOMPARE(ticket(first).status, TicketStatus::Called);
    QVERIFY(triggered.size() >= 1);
    // One command went out: a second would have come back refused ("A001 is still being called").
    QVERIFY2(!find<QLabel>(m_anna->window.get(), QStringLiteral("notice"))->isVisible(),
             qPrintable(textOf(m_anna->window.get(), QStringLiteral("notice"))));
    // And the next action is the one that applies now: the customer is being called.
    QVERIFY(!m_anna->action(Id::CallNext)->isEnabled());
    QVERIFY2(m_anna->action(Id::CallNext)->toolTip().contains(QStringLiteral("still being called")),
             qPrintable(m_anna->action(Id::CallNext)->toolTip()));
    QVERIFY(m_anna->action(Id::Start)->isEnabled());
}

void TestTeller::aTransferToTheOtherCountersServiceArrivesWithItsNote()
{
    const QString label = issue(QStringLiteral("cash"));
    m_anna->action(Id::CallNext)->trigger();
    QTRY_COMPARE(m_anna->currentLabel(), label);
    m_anna->action(Id::Start)->trigger();
    QTRY_COMPARE(m_anna->desk->current()->status, TicketStatus::Serving);
    m_anna->action(Id::Transfer)->trigger();
    auto *dialog = m_anna->window->findChild<TransferDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    screenshot(dialog, QStringLiteral("transfer-dialog"));
    // Currency exchange: only counter 2 serves it.
    auto *services = find<QComboBox>(dialog, QStringLiteral("toService"));
    services->setCurrentIndex(services->findData(QStringLiteral("exchange")));
    find<QLineEdit>(dialog, QStringLiteral("note"))->setText(QStringLiteral("Wants 300 EUR in cash"));
    QTest::mouseClick(find(dialog, QStringLiteral("ok")), Qt::LeftButton);

    QTRY_VERIFY(m_anna->desk->current() == nullptr);
    // Counter 2's line shows it, and calling it brings the note.
    auto *waiting = find<QTreeWidget>(m_ben->window.get(), QStringLiteral("waitingList"));
    QTRY_VERIFY(!waiting->findItems(label, Qt::MatchExactly, 0).isEmpty());
    QVERIFY(m_anna->desk->waiting().isEmpty()); // counter 1 does not serve exchange
    m_ben->action(Id::CallNext)->trigger();
    QTRY_COMPARE(m_ben->currentLabel(), label);
    QCOMPARE(m_ben->desk->current()->service, QStringLiteral("exchange"));
    QVERIFY2(
        textOf(m_ben->window.get(), QStringLiteral("currentNote")).contains(QStringLiteral("Wants 300 EUR in cash")),
        qPrintable(textOf(m_ben->window.get(), QStringLiteral("currentNote"))));
    screenshot(m_ben->window.get(), QStringLiteral("main-transferred-in"));
}

void TestTeller::pauseStopsCallsUntilResumed()
{
    m_anna->action(Id::PauseResume)->trigger();
    QTRY_COMPARE(m_anna->desk->counterState()->status, CounterStatus::Paused);
    const QString label = issue(QStringLiteral("cash"));
    m_anna->window->activateWindow(); // the keys go to the window the teller works in
    QVERIFY(QTest::qWaitForWindowActive(m_anna->window.get()));
    QVERIFY(!m_anna->action(Id::CallNext)->isEnabled());
    QVERIFY2(m_anna->action(Id::CallNext)->toolTip().contains(QStringLiteral("paused")),
             qPrintable(m_anna->action(Id::CallNext)->toolTip()));
    QTest::keyClick(m_anna->window.get(), Qt::Key_F2);
    QTest::qWait(200);
    QCOMPARE(ticket(label).status, TicketStatus::Waiting);
    QCOMPARE(m_anna->action(Id::PauseResume)->text(), QStringLiteral("Resume"));

    m_anna->action(Id::PauseResume)->trigger();
    QTRY_VERIFY(m_anna->action(Id::CallNext)->isEnabled());
    m_anna->action(Id::CallNext)->trigger();
    QTRY_COMPARE(m_anna->currentLabel(), label);
}

void TestTeller::theFunctionKeysCallStartAndFinish()
{
    const QString label = issue(QStringLiteral("cash"));
    QWidget *window = m_anna->window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F2);
    QTRY_COMPARE(m_anna->currentLabel(), label);
    QTRY_VERIFY(m_anna->action(Id::Start)->isEnabled());
    QTest::keyClick(window, Qt::Key_F4);
    QTRY_COMPARE(ticket(label).status, TicketStatus::Serving);
    QTRY_VERIFY(m_anna->action(Id::Finish)->isEnabled());
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_COMPARE(ticket(label).status, TicketStatus::Finished);
    QCOMPARE(ticket(label).outcome, QStringLiteral("served"));
    QTRY_VERIFY(textOf(window, QStringLiteral("figures")).contains(QStringLiteral("Served today: 1")));
    // Shift+F5 asks for the outcome and a note.
    const QString next = issue(QStringLiteral("cash"));
    QTest::keyClick(window, Qt::Key_F2);
    QTRY_COMPARE(m_anna->currentLabel(), next);
    QTRY_VERIFY(m_anna->action(Id::Start)->isEnabled());
    QTest::keyClick(window, Qt::Key_F4);
    QTRY_VERIFY(m_anna->action(Id::FinishWithOutcome)->isEnabled());
    QTest::keyClick(window, Qt::Key_F5, Qt::ShiftModifier);
    auto *dialog = window->findChild<FinishDialog *>();
    QVERIFY(dialog);
    auto *outcome = find<QComboBox>(dialog, QStringLiteral("outcome"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("referred")));
    find<QLineEdit>(dialog, QStringLiteral("note"))->setText(QStringLiteral("Sent to the mortgage adviser"));
    QTest::mouseClick(find(dialog, QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE(ticket(next).status, TicketStatus::Finished);
    QCOMPARE(ticket(next).outcome, QStringLiteral("referred"));
    QCOMPARE(ticket(next).note, QStringLiteral("Sent to the mortgage adviser"));
}

void TestTeller::aNumberTypedShortIsCalledAsPrinted()
{
    issue(QStringLiteral("cash"));
    const QString second = issue(QStringLiteral("cash")); // A002
    m_anna->action(Id::CallNumber)->trigger();
    auto *dialog = m_anna->window->findChild<CallNumberDialog *>();
    QVERIFY(dialog);
    QAbstractButton *call = find(dialog, QStringLiteral("ok"));
    QVERIFY(!call->isEnabled()); // nothing typed, nothing to call
    find<QLineEdit>(dialog, QStringLiteral("label"))->setText(QStringLiteral("a2"));
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
    QTRY_COMPARE(m_anna->currentLabel(), second);
}

void TestTeller::aStationSetUpForAMissingCounterSaysSo()
{
    TellerStation misplaced(*m_server, QStringLiteral("counter-9"), StationRole::Teller, 9, m_clock);
    QTRY_VERIFY(textOf(misplaced.window.get(), QStringLiteral("loginError")).contains(QStringLiteral("counter 9")));
    QVERIFY(!find(misplaced.window.get(), QStringLiteral("logIn"))->isEnabled());
}

void TestTeller::aWrongPasswordIsExplainedOnTheLoginScreen()
{
    TellerStation carl(*m_server, QStringLiteral("counter-3"), StationRole::Teller, 3, m_clock);
    QVERIFY(!carl.logIn(QStringLiteral("t3"), QStringLiteral("not-my-password")));
    QTRY_VERIFY(!textOf(carl.window.get(), QStringLiteral("loginError")).isEmpty());
    QVERIFY(find<QWidget>(carl.window.get(), QStringLiteral("loginPanel"))->isVisible());
    screenshot(carl.window.get(), QStringLiteral("login-wrong-password"));
    QVERIFY(carl.logIn(QStringLiteral("t3"), QStringLiteral("pw-t3")));
}

void TestTeller::theCompactBarCallsAndShowsTheNumber()
{
    const QString label = issue(QStringLiteral("accounts"));
    m_anna->window->setCompact(true);
    CompactBar *bar = m_anna->window->compactBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!m_anna->window->isVisible());
    QVERIFY(bar->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QCOMPARE(textOf(bar, QStringLiteral("compactState")), QStringLiteral("1 waiting"));
    QAbstractButton *callNext = nullptr;
    for (auto *candidate : bar->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == m_anna->action(Id::CallNext))
            callNext = candidate;
    }
    QVERIFY(callNext);
    QTest::mouseClick(callNext, Qt::LeftButton);
    QTRY_COMPARE(textOf(bar, QStringLiteral("compactNumber")), label);
    QCOMPARE(textOf(bar, QStringLiteral("compactState")), QStringLiteral("calling"));
    screenshot(bar, QStringLiteral("compact-bar"));
    QTest::mouseClick(find(bar, QStringLiteral("expand")), Qt::LeftButton);
    QVERIFY(m_anna->window->isVisible());
    QVERIFY(!bar->isVisible());
}

void TestTeller::aCustomerWaitingPastTheTargetIsHighlighted()
{
    const QString label = issue(QStringLiteral("cash")); // cash: a 10-minute target
    auto *waiting = find<QTreeWidget>(m_anna->window.get(), QStringLiteral("waitingList"));
    QTRY_COMPARE(waiting->topLevelItemCount(), 1);
    QCOMPARE(waiting->topLevelItem(0)->text(3), QStringLiteral("0 min"));
    QCOMPARE(waiting->topLevelItem(0)->background(0), QBrush());
    m_clock.shiftMs = 11 * 60 * 1000;
    m_anna->desk->changed(); // as the window's own timer would, within ten seconds
    QCOMPARE(waiting->topLevelItem(0)->text(0), label);
    QCOMPARE(waiting->topLevelItem(0)->text(3), QStringLiteral("11 min"));
    QVERIFY(waiting->topLevelItem(0)->background(0) != QBrush());
    QCOMPARE(waiting->topLevelItem(0)->toolTip(3), QStringLiteral("Waited longer than the service's target"));
    screenshot(m_anna->window.get(), QStringLiteral("main-over-target"));
}

void TestTeller::theSupervisorSeesTheBranchAndBooksAnAppointment()
{
    issue(QStringLiteral("cash"));
    issue(QStringLiteral("accounts"));
    m_anna->action(Id::CallNext)->trigger();
    QTRY_VERIFY(!m_anna->currentLabel().isEmpty());
    TellerStation boss(*m_server, QStringLiteral("supervisor-desk"), StationRole::Supervisor, 3, m_clock);
    QVERIFY(boss.logIn(QStringLiteral("boss"), QStringLiteral("pw-boss")));
    SupervisorWindow overview(*boss.desk);
    overview.show();
    auto *counters = find<QTableWidget>(&overview, QStringLiteral("counters"));
    QTRY_COMPARE(counters->item(0, 2)->text(), QStringLiteral("t1"));
    QCOMPARE(counters->item(0, 3)->text(), QStringLiteral("%1 (calling)").arg(m_anna->currentLabel()));
    QCOMPARE(counters->item(2, 2)->text(), QStringLiteral("boss"));
    auto *services = find<QTableWidget>(&overview, QStringLiteral("services"));
    QTRY_COMPARE(services->item(1, 1)->text(), QStringLiteral("1")); // accounts: one waiting
    // What a customer taking a ticket now would be told: a range where counters serve, no number where none does.
    const QRegularExpression range(QStringLiteral("^(less than a minute|up to \\d+ min|\\d+–\\d+ min)$"));
    QVERIFY2(range.match(services->item(1, 4)->text()).hasMatch(), qPrintable(services->item(1, 4)->text()));
    QVERIFY2(range.match(services->item(3, 4)->text()).hasMatch(), qPrintable(services->item(3, 4)->text()));
    boss.client->send(PauseCounter{3}); // the only counter for loans
    QTRY_COMPARE(services->item(2, 4)->text(), QStringLiteral("no counter open"));
    boss.client->send(OpenCounter{3});
    QTRY_VERIFY(range.match(services->item(2, 4)->text()).hasMatch());
    const QString told = find<QLabel>(m_anna->window.get(), QStringLiteral("newcomerWait"))->text();
    QVERIFY2(told.startsWith(QStringLiteral("A new customer would be told: ")) &&
                 told.contains(QStringLiteral("Accounts")),
             qPrintable(told));
    screenshot(&overview, QStringLiteral("supervisor-counters"));
    overview.tabs()->setCurrentIndex(1);
    screenshot(&overview, QStringLiteral("supervisor-queues"));

    overview.tabs()->setCurrentIndex(2);
    find<QLineEdit>(&overview, QStringLiteral("appointmentName"))->setText(QStringLiteral("Ilze Ozola"));
    find<QLineEdit>(&overview, QStringLiteral("appointmentPhone"))->setText(QStringLiteral("+371 2000 0000"));
    QTest::mouseClick(find(&overview, QStringLiteral("book")), Qt::LeftButton);
    QTRY_VERIFY2(!boss.desk->state().appointments().empty(),
                 qPrintable(textOf(&overview, QStringLiteral("appointmentResult"))));
    const Appointment booked = boss.desk->state().appointments().begin()->second;
    QCOMPARE(booked.customerName, QStringLiteral("Ilze Ozola"));
    QTRY_VERIFY2(textOf(&overview, QStringLiteral("appointmentResult")).contains(booked.checkInCode),
                 qPrintable(textOf(&overview, QStringLiteral("appointmentResult"))));
    auto *appointments = find<QTableWidget>(&overview, QStringLiteral("appointments"));
    QTRY_COMPARE(appointments->rowCount(), 1);
    QCOMPARE(appointments->item(0, 4)->text(), booked.checkInCode);
    screenshot(&overview, QStringLiteral("supervisor-appointments"));
    appointments->selectRow(0);
    QTest::mouseClick(find(&overview, QStringLiteral("cancelAppointment")), Qt::LeftButton);
    QTRY_COMPARE(boss.desk->state().appointmentByCode(booked.checkInCode)->status, AppointmentStatus::Cancelled);
    QTRY_COMPARE(appointments->item(0, 5)->text(), QStringLiteral("cancelled"));
}

void TestTeller::theSupervisorSavesTheDailyReport()
{
    issue(QStringLiteral("cash"));
    issue(QStringLiteral("accounts"));
    m_anna->action(Id::CallNext)->trigger();
    QTRY_VERIFY(m_anna->action(Id::Start)->isEnabled());
    m_anna->action(Id::Start)->trigger();
    QTRY_VERIFY(m_anna->action(Id::Finish)->isEnabled());
    const TicketId servedTicket = m_anna->desk->current()->id;
    m_anna->action(Id::Finish)->trigger();
    QTRY_VERIFY(!m_anna->desk->current());
    // The customer rates the visit, with words that are markup and a formula: shown as typed.
    const QString words = QStringLiteral("=1+1 <b>slow</b> <img src=x onerror=alert(1)>");
    const QJsonObject rated =
        m_kiosk->request(QStringLiteral("GiveFeedback %1")
                             .arg(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ticket"), servedTicket},
                                                                              {QStringLiteral("score"), 2},
                                                                              {QStringLiteral("comment"), words}})
                                                        .toJson(QJsonDocument::Compact))));
    QVERIFY2(rated.value(QStringLiteral("ok")).toBool(), QJsonDocument(rated).toJson().constData());

    // A teller is not shown the branch's figures; the server says so.
    std::optional<Expected<DailyReport, QString>> refused;
    m_anna->client->requestReport(QDate::currentDate(), {}, [&refused](const auto &result) { refused = result; });
    QTRY_VERIFY(refused.has_value());
    QVERIFY(!*refused);
    QCOMPARE(refused->error(), QStringLiteral("Only a supervisor may see the daily report: log in as a supervisor."));

    TellerStation boss(*m_server, QStringLiteral("supervisor-desk"), StationRole::Supervisor, 3, m_clock);
    QVERIFY(boss.logIn(QStringLiteral("boss"), QStringLiteral("pw-boss")));
    // Branch > Daily report opens the overview on the report.
    SupervisorWindow overview(*boss.desk);
    overview.resize(1000, 600);
    overview.showReport();
    auto *page = overview.reportPage();
    QCOMPARE(overview.tabs()->currentWidget(), page);
    QCOMPARE(page->dateField()->date(), boss.desk->state().businessDay());
    QTest::mouseClick(find(&overview, QStringLiteral("fetchReport")), Qt::LeftButton);
    QTRY_VERIFY2(page->hasReport(), qPrintable(textOf(&overview, QStringLiteral("reportMessage"))));

    // What the replica holds for today, counted here: the report must say the same.
    int issued = 0, served = 0;
    for (const auto &[id, ticket] : boss.desk->state().tickets()) {
        issued += ticket.businessDay == boss.desk->state().businessDay() ? 1 : 0;
        served += ticket.status == TicketStatus::Finished ? 1 : 0;
    }
    QVERIFY(served >= 1);
    const QString summary = textOf(&overview, QStringLiteral("reportSummary"));
    QVERIFY2(summary.startsWith(QStringLiteral("Issued %1 · served %2 · ").arg(issued).arg(served)),
             qPrintable(summary));
    QVERIFY(textOf(&overview, QStringLiteral("reportMessage")).contains(QStringLiteral("the day is not over")));
    QVERIFY2(summary.endsWith(QStringLiteral(" · rating 2.0 (1)")), qPrintable(summary));
    screenshot(&overview, QStringLiteral("supervisor-report"));
    // The teller who finished the visit carries its rating; the words are listed as typed.
    auto *tellers = find<QTableWidget>(&overview, QStringLiteral("reportTellers"));
    const auto anna = tellers->findItems(QStringLiteral("t1"), Qt::MatchExactly);
    QCOMPARE(anna.size(), 1);
    QCOMPARE(tellers->item(anna.first()->row(), tellers->columnCount() - 1)->text(), QStringLiteral("2.0 (1)"));
    auto *comments = find<QTableWidget>(&overview, QStringLiteral("reportComments"));
    QCOMPARE(comments->rowCount(), 1);
    QCOMPARE(comments->item(0, comments->columnCount() - 1)->text(), words);
    auto *tables = find<QTabWidget>(&overview, QStringLiteral("reportTables"));
    tables->setCurrentWidget(comments);
    QCOMPARE(tables->tabText(tables->currentIndex()), QStringLiteral("Comments (1)"));
    screenshot(&overview, QStringLiteral("supervisor-report-comments"));
    tables->setCurrentWidget(tellers);
    screenshot(&overview, QStringLiteral("supervisor-report-tellers"));

    QTemporaryDir out;
    const auto pages = page->savePdf(out.filePath(QStringLiteral("today.pdf")));
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error()));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), out.filePath(QStringLiteral("today.pdf")), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(
        text.contains(
            QStringLiteral("Daily report: %1").arg(boss.desk->state().config().branchName.text(QStringLiteral("en")))),
        qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages.value())));
    QVERIFY2(text.contains(QStringLiteral("Customer satisfaction")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("=1+1 <b>slow</b>")), qPrintable(text));
    const auto csv = page->saveCsv(out.filePath(QStringLiteral("csv")));
    QVERIFY2(csv, csv ? "" : qPrintable(csv.error()));
    QCOMPARE(csv.value().size(), 6);

    // Another day's figures are never left on screen under a new date.
    page->dateField()->setDate(page->dateField()->date().addDays(-1));
    QVERIFY(!page->hasReport());
    QVERIFY(textOf(&overview, QStringLiteral("reportSummary")).isEmpty());
}

// Two weeks of history written into a branch's journal before its server starts: each day,
// 30 cash customers at this time of day and 30 half an hour later, served at counters 1 and 2.
void seedTwoWeeks(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    ManualClock clock;
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(riga());
    clock.set(now.addDays(-15).toMSecsSinceEpoch());
    auto host = QueueHost::open(QDir(dataDir).filePath(QStringLiteral("journal.sqlite")), clock);
    QVERIFY2(host, host ? "" : qPrintable(host.error()));
    QueueHost &branch = *host.value();
    auto run = [&](const QDateTime &at, const Command &command) {
        clock.set(at.toMSecsSinceEpoch());
        const CommandResult result = branch.submit(command);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    };
    run(now.addDays(-15), ChangeConfig{toJson(kioskConfig())});
    // Each day's customers come at the start of the half hour the test runs in (30) and of the
    // next (30): started at the test's very second, some of the first 30 would spill into the
    // next half hour whenever the test runs in the last half minute of one.
    const QDateTime halfHour(now.date(), QTime(now.time().hour(), now.time().minute() < 30 ? 0 : 30), riga());
    for (int daysAgo = 14; daysAgo >= 1; --daysAgo) {
        const QDateTime start = halfHour.addDays(-daysAgo);
        QList<std::pair<QDateTime, Command>> day;
        for (CounterNumber counter : {1, 2}) {
            const QString teller = QStringLiteral("t%1").arg(counter);
            day << std::pair{start, Command(LogIn{teller, QStringLiteral("pw-") + teller, counter})}
                << std::pair{start, Command(OpenCounter{counter})};
        }
        // A day seeded shortly before the business day's end (03:00) stops a minute before it:
        // the rollover would send the line home and later calls would find nobody (the test
        // runs at any hour). Each call goes with its finish, so no counter is left mid-service.
        QDateTime rollover(start.date(), QTime(3, 0), riga());
        if (rollover <= start)
            rollover = rollover.addDays(1);
        const QDateTime cut = rollover.addSecs(-60);
        for (int i = 0; i < 60; ++i) {
            const QDateTime issued = start.addSecs((i / 30) * 1800 + i % 30);
            if (issued < cut)
                day << std::pair{issued, Command(IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}})};
        }
        // Four minutes each, at two counters in turn: the line is still there when the next 30 come.
        for (int i = 0; i < 60; ++i) {
            const CounterNumber counter = 1 + i % 2;
            const QDateTime called = start.addSecs(60 + 240 * (i / 2));
            if (called.addSecs(236) < cut)
                day << std::pair{called.addSecs(1), Command(CallNext{counter})}
                    << std::pair{called.addSecs(236), Command(FinishTicket{counter, {}, {}})};
        }
        const QDateTime leaving = qMin(start.addSecs(3 * 3600), cut);
        day << std::pair{leaving, Command(LogOut{1})} << std::pair{leaving, Command(LogOut{2})};
        std::stable_sort(day.begin(), day.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[at, command] : day)
            run(at, command);
    }
}

void TestTeller::theSupervisorPlansCountersFromHistory()
{
    ServerProcess server(kioskConfig());
    seedTwoWeeks(server.dataDir());
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(server.start(), qPrintable(server.log()));

    // A teller is not shown the plan; the server says so.
    TellerStation teller(server, QStringLiteral("counter-1"), StationRole::Teller, 1, m_clock);
    QVERIFY(teller.logIn(QStringLiteral("t1"), QStringLiteral("pw-t1")));
    std::optional<Expected<StaffingPlan, QString>> refused;
    teller.client->requestPlan(QDate::currentDate(), [&refused](const auto &result) { refused = result; });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->error(), QStringLiteral("Only a supervisor may see the staffing plan: log in as a supervisor."));

    TellerStation boss(server, QStringLiteral("supervisor-desk"), StationRole::Supervisor, 3, m_clock);
    QVERIFY(boss.logIn(QStringLiteral("boss"), QStringLiteral("pw-boss")));
    SupervisorWindow overview(*boss.desk);
    overview.resize(1100, 760);
    overview.show();
    auto *page = overview.planningPage();
    overview.tabs()->setCurrentWidget(page);

    // Two counters are open; the history's 30 customers a half hour at 4 minutes each need more.
    std::optional<Expected<StaffingPlan, QString>> today;
    boss.client->requestPlan(boss.desk->state().businessDay(), [&today](const auto &result) { today = result; });
    QTRY_VERIFY(today.has_value());
    QVERIFY2(*today, *today ? "" : qPrintable(today->error()));
    const SlotAdvice *now = today->value().at(QDateTime::currentDateTime().toTimeZone(riga()).time());
    QVERIFY(now);
    QCOMPARE(now->arrivals, 30.0);
    QCOMPARE(now->serviceSeconds, 235.0);
    QVERIFY(now->countersErlangA >= 4); // 3.9 erlangs: Erlang C needs more than 3.9 counters
    QTRY_VERIFY_WITH_TIMEOUT(!page->liveNote().isEmpty(), 10000);
    const QString note = page->liveNote();
    QVERIFY2(note.startsWith(QStringLiteral("2 counter")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("the plan advises %1 for").arg(now->countersErlangA)), qPrintable(note));
    QVERIFY(find<QLabel>(&overview, QStringLiteral("planLiveNote"))->isVisible());

    // Tomorrow, as the tab offers: the same weekday pattern, a row per half hour with customers.
    QCOMPARE(page->dateField()->date(), boss.desk->state().businessDay().addDays(1));
    QTest::mouseClick(find(&overview, QStringLiteral("fetchPlan")), Qt::LeftButton);
    QTRY_VERIFY2(page->hasPlan(), qPrintable(textOf(&overview, QStringLiteral("planMessage"))));
    auto *table = find<QTableWidget>(&overview, QStringLiteral("planTable"));
    QVERIFY(table->rowCount() >= 2);
    int advised = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        advised = qMax(advised, table->item(row, 4)->text().toInt());
    QVERIFY2(advised >= 3, qPrintable(textOf(&overview, QStringLiteral("planMessage"))));
    QVERIFY(textOf(&overview, QStringLiteral("planMessage")).contains(QStringLiteral("about 60 customers expected")));
    screenshot(&overview, QStringLiteral("supervisor-planning"));

    QTemporaryDir out;
    const auto pages = page->savePdf(out.filePath(QStringLiteral("plan.pdf")));
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error()));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), out.filePath(QStringLiteral("plan.pdf")), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // "Staffing" comes out of pdftotext with an ﬃ ligature.
    QVERIFY2(text.contains(QStringLiteral("plan: Northbank, Riga Centre")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("How the advice is worked out")));
    const auto csv = page->saveCsv(out.filePath(QStringLiteral("csv")));
    QVERIFY2(csv, csv ? "" : qPrintable(csv.error()));
    QFile file(csv.value().first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("date,time,forecast_arrivals,"));
}

void TestTeller::theWorkstationSpeaksTheTellersLanguage()
{
    StationLanguage language; // as tessera-teller does with [teller] language=zh_CN
    language.use(QStringLiteral("zh_CN"));
    TellerStation li(*m_server, QStringLiteral("counter-3"), StationRole::Teller, 3, m_clock);
    li.desk->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(find(li.window.get(), QStringLiteral("logIn"))->text(), QStringLiteral("登录"));
    screenshot(li.window.get(), QStringLiteral("login-zh_CN"));
    QVERIFY(li.logIn(QStringLiteral("t3"), QStringLiteral("pw-t3")));
    QCOMPARE(li.action(Id::CallNext)->text(), QStringLiteral("叫号"));
    screenshot(li.window.get(), QStringLiteral("main-zh_CN"));
    language.use(QStringLiteral("en"));
}

void TestTeller::losingTheServerShowsOfflineAndComesBack()
{
    const QString label = issue(QStringLiteral("cash"));
    QTRY_VERIFY(m_anna->action(Id::CallNext)->isEnabled());
    screenshot(m_anna->window.get(), QStringLiteral("main-waiting"));
    m_server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(
        textOf(m_anna->window.get(), QStringLiteral("connection")).startsWith(QStringLiteral("OFFLINE")), 3500);
    QVERIFY(!m_anna->action(Id::CallNext)->isEnabled());
    QVERIFY2(m_anna->action(Id::CallNext)->toolTip().contains(QStringLiteral("Not connected")),
             qPrintable(m_anna->action(Id::CallNext)->toolTip()));
    screenshot(m_anna->window.get(), QStringLiteral("main-offline"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    QTRY_VERIFY_WITH_TIMEOUT(
        textOf(m_anna->window.get(), QStringLiteral("connection")).startsWith(QStringLiteral("Connected")), 10000);
    // Still logged in, and the customer who was waiting can be called.
    QTRY_VERIFY(m_anna->action(Id::CallNext)->isEnabled());
    m_anna->action(Id::CallNext)->trigger();
    QTRY_COMPARE(m_anna->currentLabel(), label);
}

QTEST_MAIN(TestTeller)
#include "TestTeller.moc"
