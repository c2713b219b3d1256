#include "TestBranch.h"
#include "host/QueueHost.h"
#include "net/BranchClient.h"
#include "net/BranchServer.h"
#include "protocol/MessageCodec.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

// A station that stops reading (hung, or on a saturated link) must cost the server a
// bounded amount of memory and must not hold up anyone else: it is dropped, and the
// others get every event. The server runs in this process with a small backlog limit.
class TestSlowStation final : public QObject
{
    Q_OBJECT

private slots:
    void stuckStationIsDroppedAndOthersKeepUp()
    {
        QTemporaryDir dir;
        SystemClock clock;
        auto host = QueueHost::open(dir.filePath(QStringLiteral("journal.sqlite")), clock);
        QVERIFY(host);
        QVERIFY(host.value()->submit(ChangeConfig{toJson(withNumbersUpTo(baseConfig(), 9999))}));
        BranchServerSettings settings;
        settings.key = BranchKey::generate();
        settings.serverId = QStringLiteral("test");
        settings.sessionSecret = QByteArray(32, 's');
        settings.limits.maxPendingBytes = 64 * 1024;
        settings.socketSendBufferBytes = 16 * 1024;
        BranchServer server(*host.value(), settings, clock);
        QVERIFY(!server.listen(QHostAddress::LocalHost, 0));

        StationSettings station;
        station.role = StationRole::Display;
        station.stationId = QStringLiteral("lobby");
        station.branchId = QStringLiteral("test-branch");
        station.key = settings.key;
        station.host = QStringLiteral("127.0.0.1");
        station.port = server.port();
        BranchClient display(station);
        display.start();
        QTRY_COMPARE_WITH_TIMEOUT(display.status(), BranchClient::Status::Online, 5000);

        // The stuck station: says Hello, then never reads again (a tiny receive window).
        QSslSocket stuck;
        stuck.setReadBufferSize(1);
        stuck.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 1024);
        settings.key.attach(&stuck, "stuck");
        stuck.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY_WITH_TIMEOUT(stuck.isEncrypted(), 5000);
        Hello hello;
        hello.role = StationRole::Display;
        hello.stationId = QStringLiteral("stuck");
        stuck.write(MessageCodec::frame(hello));
        QTRY_COMPARE_WITH_TIMEOUT(server.stationCount(), 2, 5000);
        QTest::qWait(200); // its Hello is read and answered

        // A busy morning: thousands of tickets, each broadcast to both stations.
        for (int group = 0; group < 80 && server.stationCount() == 2; ++group) {
            QList<Command> commands(100, IssueTicket{QStringLiteral("cash"), {}, {}});
            for (const CommandResult &result : host.value()->submit(commands))
                QVERIFY(result);
            QTest::qWait(1);
        }
        // Dropped for its backlog, well before it would be for its silence (10 s).
        QTRY_COMPARE_WITH_TIMEOUT(server.stationCount(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(display.state().lastSeq(), host.value()->state().lastSeq(), 10000);
        QCOMPARE(display.status(), BranchClient::Status::Online);
    }
};

QTEST_GUILESS_MAIN(TestSlowStation)
#include "TestSlowStation.moc"
