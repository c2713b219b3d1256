// Twenty stations joining a 30,000-ticket day at the same moment, each needing the whole state
// (12 MB of it) as a snapshot, while a kiosk keeps issuing: the stations already connected must
// not notice. Before the snapshot was built off the engine thread and paced out, such a wave
// made the server silent for seconds, and connected stations gave up on it (2.2 s of silence).

#include "BusyBranch.h"
#include "LiveBranch.h"
#include "net/BranchClient.h"

#include <QDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kTickets = 30000;
constexpr int kJoiners = 20;
constexpr int kWatchers = 5;

StationSettings settingsFor(const ServerProcess &server, const BranchKey &key, StationRole role, const QString &id)
{
    return loopbackStation(role, id, key, quint16(server.address().section(QLatin1Char(':'), 1).toUInt()));
}

// Real stations, replicas and all, in a thread of their own: taking in twenty snapshots is the
// joiners' work, and must not hold up the watchers' reading in the test's own thread.
class JoinWave : public QThread
{
public:
    explicit JoinWave(QList<StationSettings> settings) : m_settings(std::move(settings)) {}
    std::atomic<int> online{0};
    std::atomic<qint64> leastSeq{0}; // the furthest behind of the joiners' replicas
    // Read once the thread has finished: how often each joiner's status changed after it first
    // came online (a resync would show here), and its replica as it was at the end.
    std::vector<int> changesAfterOnline;
    std::vector<QueueState> finalStates;

protected:
    void run() override
    {
        for (StationSettings settings : m_settings) {
            // Twenty stations share this one thread, where each snapshot decoded holds up the
            // others' reading: what stands for twenty machines must not give up on the server
            // for its own slowness. (The watchers, one each in spirit, keep the real limit.)
            settings.limits.silenceLimitMs = 60000;
            stations.push_back(std::make_unique<BranchClient>(settings));
            const size_t index = changesAfterOnline.size();
            changesAfterOnline.push_back(-1); // -1: not online yet
            connect(stations.back().get(), &BranchClient::statusChanged, [this, index](BranchClient::Status status) {
                if (changesAfterOnline[index] >= 0)
                    ++changesAfterOnline[index];
                else if (status == BranchClient::Status::Online) {
                    changesAfterOnline[index] = 0;
                    ++online;
                }
            });
            stations.back()->start();
        }
        QTimer poll;
        connect(&poll, &QTimer::timeout, [this] {
            qint64 least = std::numeric_limits<qint64>::max();
            for (const auto &station : stations)
                least = std::min(least, station->state().lastSeq());
            leastSeq = least;
        });
        poll.start(10);
        exec();
        for (auto &station : stations) {
            finalStates.push_back(station->state());
            station->stop();
        }
        stations.clear(); // in the thread they live in
    }

private:
    QList<StationSettings> m_settings;
    std::vector<std::unique_ptr<BranchClient>> stations;
};

} // namespace

class TestJoinWave final : public QObject
{
    Q_OBJECT

private slots:
    void connectedStationsStayConnectedWhileTwentyJoinABusyDay()
    {
        ServerProcess server(benchConfig());
        QVERIFY(QDir().mkpath(server.dataDir()));
        const qsizetype snapshotBytes =
            journalBusyDay(QDir(server.dataDir()).filePath(QStringLiteral("journal.sqlite")), benchConfig(), kTickets);
        QVERIFY2(snapshotBytes > 8 * 1024 * 1024, "the day is meant to be bigger than a station's send queue");
        QVERIFY(server.start());
        const auto key = BranchKey::fromFile(server.keyFile());
        QVERIFY(key);

        std::vector<std::unique_ptr<BranchClient>> watchers;
        int dropped = 0;
        for (int i = 0; i < kWatchers; ++i) {
            watchers.push_back(std::make_unique<BranchClient>(
                settingsFor(server, key.value(), StationRole::Display, QStringLiteral("watcher-%1").arg(i))));
            watchers.back()->start();
        }
        BranchClient kiosk(settingsFor(server, key.value(), StationRole::Kiosk, QStringLiteral("kiosk")));
        kiosk.start();
        auto online = [](const BranchClient &station) {
            return station.status() == BranchClient::Status::Online;
        };
        QVERIFY(waitUntil(
            [&] {
                return online(kiosk) &&
                       std::all_of(watchers.begin(), watchers.end(), [&](auto &w) { return online(*w); });
            },
            60000));
        for (auto &watcher : watchers) {
            connect(watcher.get(), &BranchClient::statusChanged, this,
                    [&dropped](BranchClient::Status status) { dropped += status != BranchClient::Status::Online; });
        }
        connect(&kiosk, &BranchClient::statusChanged, this,
                [&dropped](BranchClient::Status status) { dropped += status != BranchClient::Status::Online; });

        // The kiosk issues one ticket after another all through the join.
        bool issuing = true;
        bool inFlight = false;
        int issued = 0;
        std::function<void()> issueNext = [&] {
            inFlight = issuing;
            if (issuing)
                kiosk.send(IssueTicket{QStringLiteral("deposits"), {}, {}}, [&](const CommandResult &result) {
                    issued += result.hasValue();
                    issueNext();
                });
        };
        issueNext();

        QList<StationSettings> joining;
        for (int i = 0; i < kJoiners; ++i)
            joining << settingsFor(server, key.value(), StationRole::Display, QStringLiteral("joiner-%1").arg(i));
        JoinWave wave(joining);
        wave.start();
        const bool allJoined = waitUntil([&] { return wave.online.load() == kJoiners; }, 60000);
        issuing = false;
        QVERIFY(waitUntil([&] { return !inFlight; }, 10000)); // the last ticket is in
        const Seq last = kiosk.state().lastSeq();
        QVERIFY(!allJoined || waitUntil([&] { return wave.leastSeq.load() == last; }, 30000));
        wave.quit();
        wave.wait();

        QVERIFY2(allJoined,
                 qPrintable(QStringLiteral("%1 of %2 stations joined").arg(wave.online.load()).arg(kJoiners)));
        QCOMPARE(dropped, 0);
        QVERIFY2(issued > 0, "the kiosk issued nothing while the stations joined");
        // Every replica, joined or watching, is the server's state: the snapshot and what followed it.
        QVERIFY(waitUntil(
            [&] {
                return std::all_of(watchers.begin(), watchers.end(),
                                   [&](auto &w) { return w->state().lastSeq() == last; });
            },
            10000));
        for (size_t i = 0; i < wave.finalStates.size(); ++i) {
            QCOMPARE(wave.changesAfterOnline[i], 0); // online once, never resynchronised
            QCOMPARE(wave.finalStates[i].lastSeq(), last);
            QVERIFY(wave.finalStates[i] == kiosk.state());
        }
        for (const auto &watcher : watchers)
            QVERIFY(watcher->state() == kiosk.state());
    }
};

QTEST_GUILESS_MAIN(TestJoinWave)
#include "TestJoinWave.moc"
