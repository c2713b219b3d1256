#include "BusyBranch.h"
#include "TestBranch.h"
#include "host/QueueHost.h"
#include "net/BranchClient.h"
#include "net/BranchServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace tessera;
using namespace tessera::test;

// A command that arrives while the server is still sending the last group's events to every
// station is decided and answered between the slices of that broadcast, not after the whole
// of it; and every station still gets every event, in order. Shown by the order of events in
// one thread (the server and its stations share this test's event loop), not by timing: the
// server writes two stations per turn of the loop, so a broadcast to 21 takes eleven turns,
// and the answer to a command sent on the first answer arrives within four.
class TestBroadcastOrder final : public QObject
{
    Q_OBJECT

private slots:
    void aCommandIsAnsweredWhileABroadcastGoesOut()
    {
        QTemporaryDir dir;
        SystemClock clock;
        auto host = QueueHost::open(dir.filePath(QStringLiteral("journal.sqlite")), clock);
        QVERIFY(host);
        QVERIFY(host.value()->submit(ChangeConfig{toJson(benchConfig())}));
        BranchServerSettings settings;
        settings.key = BranchKey::generate();
        settings.serverId = QStringLiteral("test");
        settings.sessionSecret = QByteArray(32, 's');
        settings.stationsPerSlice = 2;
        // No heartbeat in the few turns that matter: one would write a station's queue early.
        settings.limits.heartbeatMs = 60000;
        settings.limits.silenceLimitMs = 120000;
        BranchServer server(*host.value(), settings, clock);
        QVERIFY(!server.listen(QHostAddress::LocalHost, 0));

        // The kiosk joins first, so it is in the first slice; the 20 watching kiosks join after
        // it and take the ten slices after that, the last of them in the last slice.
        BranchClient kiosk(loopbackStation(StationRole::Kiosk, QStringLiteral("kiosk"), settings.key, server.port()));
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.status(), BranchClient::Status::Online, 5000);
        std::vector<std::unique_ptr<BranchClient>> watchers;
        for (int i = 1; i <= 20; ++i) {
            watchers.push_back(std::make_unique<BranchClient>(
                loopbackStation(StationRole::Kiosk, QStringLiteral("watcher-%1").arg(i), settings.key, server.port())));
            watchers.back()->start();
            QTRY_COMPARE_WITH_TIMEOUT(watchers.back()->status(), BranchClient::Status::Online, 5000);
        }
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        for (const auto &watcher : watchers)
            resets.push_back(std::make_unique<QSignalSpy>(watcher.get(), &BranchClient::stateReset));
        const BranchClient &last = *watchers.back();

        // The second ticket is asked for as soon as the first is answered.
        Seq first = 0;
        Seq lastHadWhenSecondAnswered = -1;
        bool secondAnswered = false;
        const IssueTicket ticket{QStringLiteral("cash"), {}, {}};
        kiosk.send(ticket, [&](const CommandResult &firstResult) {
            QVERIFY(firstResult && !firstResult.value().isEmpty());
            first = firstResult.value().last().seq;
            kiosk.send(ticket, [&](const CommandResult &secondResult) {
                QVERIFY(secondResult);
                lastHadWhenSecondAnswered = last.state().lastSeq();
                secondAnswered = true;
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(secondAnswered, 5000);
        // The second was decided and answered before the first had reached the last station.
        QVERIFY2(lastHadWhenSecondAnswered < first,
                 qPrintable(
                     QStringLiteral("the last station had event %1 of %2").arg(lastHadWhenSecondAnswered).arg(first)));

        // And every station took both, in order: no gap made any of them start over.
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state().lastSeq(), host.value()->state().lastSeq(), 5000);
        for (std::size_t i = 0; i < watchers.size(); ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(watchers[i]->state().lastSeq(), host.value()->state().lastSeq(), 5000);
            QVERIFY(watchers[i]->state() == kiosk.state());
            QCOMPARE(resets[i]->count(), 0);
            QCOMPARE(watchers[i]->status(), BranchClient::Status::Online);
        }
    }
};

QTEST_GUILESS_MAIN(TestBroadcastOrder)
#include "TestBroadcastOrder.moc"
