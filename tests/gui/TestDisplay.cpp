// The lobby display as customers watch it: the real window, offscreen, against a real server,
// with tellers calling from their own stations.
#include "DisplayHarness.h"
#include "StationLanguage.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace tessera;
using namespace tessera::display;
using namespace tessera::test;

class TestDisplay : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aCallIsShownLargeWithItsCounterAndFlashes();
    void aBurstOfCallsShowsEachForTheMinimumTimeInOrder();
    void aRecallIsShownAgainAsARecall();
    void aZoneDisplayShowsOnlyItsCounters();
    void aSoundProblemIsShownInTheCornerForStaff();
    void screenshots();
    void losingTheServerShowsOfflineWithinThreeSecondsAndRecovers();

private:
    QString issue(const QString &service = QStringLiteral("cash"));
    void callNext(int counter);

    SystemClock m_clock;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ToolStation> m_kiosk;
    QMap<int, std::shared_ptr<ToolStation>> m_tellers;
    std::unique_ptr<DisplayStation> m_lobby;
};

void TestDisplay::init()
{
    m_server = std::make_unique<ServerProcess>(kioskConfig());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_kiosk = std::make_unique<ToolStation>(*m_server, QStringLiteral("kiosk"), QStringLiteral("kiosk-entrance"));
    QVERIFY(m_kiosk->waitOnline());
    for (int counter : {1, 2}) {
        auto teller = std::make_shared<ToolStation>(*m_server, QStringLiteral("teller"),
                                                    QStringLiteral("counter-%1").arg(counter));
        QVERIFY(teller->waitOnline());
        const QString name = QStringLiteral("t%1").arg(counter);
        QVERIFY(teller->request(QStringLiteral("login %1 pw-%1").arg(name)).value(QStringLiteral("ok")).toBool());
        QVERIFY(teller
                    ->request(QStringLiteral("LogIn {\"teller\":\"%1\",\"password\":\"pw-%1\",\"counter\":%2}")
                                  .arg(name)
                                  .arg(counter))
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(teller->request(QStringLiteral("OpenCounter {\"counter\":%1}").arg(counter))
                    .value(QStringLiteral("ok"))
                    .toBool());
        m_tellers.insert(counter, teller);
    }
    DisplaySettings settings;
    settings.callSeconds = 1;
    settings.highlightSeconds = 2;
    settings.ticker = QStringLiteral("Welcome to Northbank. Currency exchange closes at 16:00 today.");
    m_lobby = std::make_unique<DisplayStation>(*m_server, QStringLiteral("lobby"), m_clock, settings);
    QTRY_COMPARE_WITH_TIMEOUT(m_lobby->client->status(), BranchClient::Status::Online, 10000);
}

void TestDisplay::cleanup()
{
    m_lobby.reset();
    m_tellers.clear();
    m_kiosk.reset();
    m_server.reset();
}

QString TestDisplay::issue(const QString &service)
{
    return firstEvent(m_kiosk->request(QStringLiteral("IssueTicket {\"service\":\"%1\"}").arg(service)))
        .value(QStringLiteral("label"))
        .toString();
}

// Calls the next customer at `counter`, starting service for the one before if need be.
void TestDisplay::callNext(int counter)
{
    ToolStation &teller = *m_tellers[counter];
    teller.request(QStringLiteral("StartService {\"counter\":%1}").arg(counter)); // refused when nobody is called
    const QJsonObject called = teller.request(QStringLiteral("CallNext {\"counter\":%1}").arg(counter));
    QVERIFY2(called.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(called).toJson()));
}

void TestDisplay::aCallIsShownLargeWithItsCounterAndFlashes()
{
    QCOMPARE(m_lobby->mainNumber(), QString()); // nobody called yet
    const QString label = issue();
    callNext(1);
    QTRY_COMPARE(m_lobby->mainNumber(), label);
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("mainCounter")), QStringLiteral("→ Counter 1"));
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("caption")), QStringLiteral("Now calling"));
    QVERIFY(m_lobby->window->isHighlighting());
    QTRY_VERIFY_WITH_TIMEOUT(!m_lobby->window->isHighlighting(), 3000); // highlightSeconds=2
    const QString waiting = textOf(m_lobby->window.get(), QStringLiteral("waiting")).replace(QChar(0xa0), u' ');
    QVERIFY2(waiting.contains(QStringLiteral("Cash and payments: 0 waiting")), qPrintable(waiting));
    // Counter 1 is open for cash: the board says what a ticket taken now would tell.
    const QRegularExpression told(
        QStringLiteral("Cash and payments: 0 waiting, new tickets (less than a minute|up to \\d+ min|\\d+–\\d+ min)"));
    QVERIFY2(told.match(waiting).hasMatch(), qPrintable(waiting));
}

void TestDisplay::aBurstOfCallsShowsEachForTheMinimumTimeInOrder()
{
    QStringList labels;
    for (int i = 0; i < 4; ++i)
        labels << issue();
    QSignalSpy started(m_lobby->board.get(), &CallBoard::mainCallStarted);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> at;
    connect(m_lobby->board.get(), &CallBoard::mainCallStarted, this, [&] { at << clock.elapsed(); });
    // Four calls within a moment: counter 1, counter 2, then both again.
    callNext(1);
    callNext(2);
    callNext(1);
    callNext(2);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 4, 10000);
    QStringList shown;
    for (const QList<QVariant> &signal : std::as_const(started))
        shown << signal.first().value<Call>().label;
    QCOMPARE(shown, labels); // each in turn, in the order called
    for (int i = 1; i < at.size(); ++i)
        QVERIFY2(at[i] - at[i - 1] >= 950,
                 qPrintable(QStringLiteral("call %1 was main for %2 ms").arg(i).arg(at[i] - at[i - 1])));
    // The earlier ones are listed, newest first.
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("recentNumber0")), labels[2]);
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("recentNumber1")), labels[1]);
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("recentCounter1")), QStringLiteral("Counter 2"));
}

void TestDisplay::aRecallIsShownAgainAsARecall()
{
    const QString first = issue();
    const QString second = issue();
    callNext(1);
    callNext(2);
    QTRY_COMPARE_WITH_TIMEOUT(m_lobby->mainNumber(), second, 5000);
    QSignalSpy started(m_lobby->board.get(), &CallBoard::mainCallStarted);
    QVERIFY(m_tellers[1]->request(QStringLiteral("RecallTicket {\"counter\":1}")).value(QStringLiteral("ok")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
    QVERIFY(started.first().first().value<Call>().recall);
    QCOMPARE(m_lobby->mainNumber(), first);
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("caption")), QStringLiteral("Called again"));
    QVERIFY(m_lobby->window->isHighlighting());
    // Listed once: the recall replaced its earlier line.
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("recentNumber0")), second);
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("recentNumber1")), QString());
}

void TestDisplay::aZoneDisplayShowsOnlyItsCounters()
{
    DisplaySettings upstairs;
    upstairs.counters = {2};
    upstairs.callSeconds = 1;
    DisplayStation wing(*m_server, QStringLiteral("upstairs"), m_clock, upstairs);
    QTRY_COMPARE_WITH_TIMEOUT(wing.client->status(), BranchClient::Status::Online, 10000);
    QSignalSpy shown(wing.board.get(), &CallBoard::mainCallStarted);
    const QString first = issue();
    const QString second = issue();
    callNext(1);
    callNext(2);
    QTRY_COMPARE(wing.mainNumber(), second);
    QTRY_COMPARE_WITH_TIMEOUT(m_lobby->board->pending(), 0, 5000);
    QCOMPARE(shown.size(), 1); // counter 1's call never reached this display
    QCOMPARE(textOf(wing.window.get(), QStringLiteral("recentNumber0")), QString());
    Q_UNUSED(first);
}

void TestDisplay::aSoundProblemIsShownInTheCornerForStaff()
{
    auto *notice = find<QLabel>(m_lobby->window.get(), QStringLiteral("adminNotice"));
    QVERIFY(!notice->isVisible());
    // What the Announcer reports when the PC has no sound (see test_AnnouncerWithoutSound).
    m_lobby->window->setAdminNotice(
        QStringLiteral("Sound: there is no audio output; calls are shown but not announced."));
    QVERIFY(notice->isVisible());
    QVERIFY(m_lobby->window->rect().contains(notice->geometry())); // in the corner, on screen
    screenshot(m_lobby->window.get(), QStringLiteral("display-sound-problem-1920x1080-en"));
    m_lobby->window->setAdminNotice({});
    QVERIFY(!notice->isVisible());
}

// The three screen shapes, English and Simplified Chinese, with a long list of calls.
void TestDisplay::screenshots()
{
    for (int i = 0; i < 10; ++i) {
        issue(i % 3 == 2 ? QStringLiteral("accounts") : QStringLiteral("cash"));
        callNext(1 + i % 2);
    }
    issue();
    issue(QStringLiteral("accounts"));
    QTRY_COMPARE_WITH_TIMEOUT(m_lobby->board->pending(), 0, 20000);
    for (const QString language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        StationLanguage screenLanguage;
        screenLanguage.use(language);
        DisplaySettings settings = m_lobby->settings;
        settings.language = language;
        DisplayStation display(*m_server, QStringLiteral("shots-") + language, m_clock, settings);
        QTRY_COMPARE_WITH_TIMEOUT(display.client->status(), BranchClient::Status::Online, 10000);
        QTRY_VERIFY(!display.mainNumber().isEmpty());
        for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160), QSize(1080, 1920)}) {
            display.window->resize(size);
            screenshot(display.window.get(),
                       QStringLiteral("display-%1x%2-%3").arg(size.width()).arg(size.height()).arg(language));
        }
        screenLanguage.use(QStringLiteral("en"));
    }
}

void TestDisplay::losingTheServerShowsOfflineWithinThreeSecondsAndRecovers()
{
    const QString label = issue();
    callNext(1);
    QTRY_COMPARE(m_lobby->mainNumber(), label);
    QElapsedTimer clock;
    clock.start();
    m_server->stop();
    auto *offline = find<QLabel>(m_lobby->window.get(), QStringLiteral("offline"));
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 3000);
    qInfo("offline shown %lld ms after the server stopped", clock.elapsed());
    // The old call is not presented as current.
    QVERIFY(!find<QLabel>(m_lobby->window.get(), QStringLiteral("mainNumber"))->isVisible());
    QCOMPARE(textOf(m_lobby->window.get(), QStringLiteral("recentTitle")),
             QStringLiteral("Recent calls (may be out of date)"));
    screenshot(m_lobby->window.get(), QStringLiteral("display-offline-1920x1080-en"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 10000);
    QVERIFY(find<QLabel>(m_lobby->window.get(), QStringLiteral("mainNumber"))->isVisible());
}

QTEST_MAIN(TestDisplay)
#include "TestDisplay.moc"
