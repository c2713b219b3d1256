// Prints what stations see while many join a busy day at once, one "name: value" per line.
// Not a pass/fail test. Builds the journal of a 30,000-ticket day (29,000 served, 1,000
// waiting), starts a real tessera-server on it (TLS-PSK on loopback), connects 20 watching
// displays and a kiosk, then lets 20 displays join afresh at the same moment: each needs the
// whole state as a snapshot. Meanwhile the kiosk issues tickets one after another.
//   snapshot_bytes                   the state a joining station receives
//   snapshot_join_stall_max_ms       the longest silence any watching station saw during the join
//                                    (the protocol promises a heartbeat at most ~1.1 s apart;
//                                    stations take 2.2 s of silence as the server being gone)
//   snapshot_join_issue_p50_ms / _p99_ms  IssueTicket round trips during the join
//   snapshot_join_all_synced_ms      from the join to the last joiner holding its whole snapshot
// The joiners run in a thread of their own, so that taking in their snapshots does not delay
// the watchers' own reading. Usage: tessera-bench-join [joiners] [tickets]; TESSERA_SERVER
// names the server binary.

#include "BusyBranch.h"
#include "LiveBranch.h"
#include "Percentile.h"
#include "SimulatedStation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QThread>
#include <algorithm>
#include <atomic>

using namespace tessera;
using namespace tessera::test;
using namespace tessera::bench;

namespace {

constexpr int kWatchers = 20;

void require(bool holds, const char *what)
{
    if (!holds)
        qFatal("bench: %s", what);
}

// Stations that join at once, in a thread of their own.
class Joiners : public QThread
{
public:
    Joiners(BranchKey key, quint16 port, int count) : m_key(std::move(key)), m_port(port), m_count(count) {}
    std::atomic<int> synced{0};

protected:
    void run() override
    {
        std::vector<std::unique_ptr<SimulatedStation>> joiners;
        for (int i = 0; i < m_count; ++i)
            joiners.push_back(std::make_unique<SimulatedStation>(StationRole::Display,
                                                                 QStringLiteral("joiner-%1").arg(i), m_key, m_port));
        QTimer poll;
        connect(&poll, &QTimer::timeout, [&] {
            synced = int(std::count_if(joiners.begin(), joiners.end(), [](const auto &j) { return j->synced(); }));
        });
        poll.start(1);
        exec();
    }

private:
    BranchKey m_key;
    quint16 m_port;
    int m_count;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    const int joining = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    const int tickets = argc > 2 ? QByteArray(argv[2]).toInt() : 30000;

    const QJsonObject config = benchConfig();
    QElapsedTimer setup;
    setup.start();
    ServerProcess server(config);
    require(QDir().mkpath(server.dataDir()), "cannot make the data directory");
    const qsizetype snapshotBytes =
        journalBusyDay(QDir(server.dataDir()).filePath(QStringLiteral("journal.sqlite")), config, tickets);
    std::fprintf(stderr, "bench: journaled the day in %lld ms\n", qlonglong(setup.elapsed()));
    require(server.start(), "the server did not start");
    std::fprintf(stderr, "bench: the server started at %lld ms\n", qlonglong(setup.elapsed()));
    const auto key = BranchKey::fromFile(server.keyFile());
    require(bool(key), "no branch key");
    const quint16 port = quint16(server.address().section(QLatin1Char(':'), 1).toUInt());

    std::vector<std::unique_ptr<SimulatedStation>> watchers;
    for (int i = 0; i < kWatchers; ++i)
        watchers.push_back(std::make_unique<SimulatedStation>(StationRole::Display, QStringLiteral("watcher-%1").arg(i),
                                                              key.value(), port));
    SimulatedStation kiosk(StationRole::Kiosk, QStringLiteral("kiosk"), key.value(), port);
    if (!waitUntil(
            [&] {
                return kiosk.synced() &&
                       std::all_of(watchers.begin(), watchers.end(), [](const auto &w) { return w->synced(); });
            },
            60000))
        qFatal("bench: the watchers did not come online; the server said:\n%s", qPrintable(server.log()));

    // The kiosk issues one ticket after another for as long as the join goes on.
    QElapsedTimer clock;
    clock.start();
    QList<double> issueMs;
    bool measuring = false;
    bool issuing = true;
    std::function<void()> issueNext = [&] {
        if (!issuing)
            return;
        const qint64 sent = clock.nsecsElapsed();
        kiosk.send(IssueTicket{QStringLiteral("deposits"), {}, {}}, [&, sent](bool) {
            if (measuring)
                issueMs.append(double(clock.nsecsElapsed() - sent) / 1e6);
            issueNext();
        });
    };
    issueNext();
    QTest::qWait(500);

    for (auto &watcher : watchers)
        watcher->resetSilence();
    measuring = true;
    QElapsedTimer joinTimer;
    joinTimer.start();
    Joiners joiners(key.value(), port, joining);
    joiners.start();
    require(waitUntil([&] { return joiners.synced.load() == joining; }, 120000), "the joiners did not sync");
    const double allSyncedMs = double(joinTimer.nsecsElapsed()) / 1e6;
    QTest::qWait(200); // what the join left queued still goes out
    measuring = false;
    issuing = false;
    double stallMs = 0;
    for (const auto &watcher : watchers)
        stallMs = qMax(stallMs, watcher->maxSilenceMs());

    std::printf("snapshot_tickets: %d\n", tickets);
    std::printf("snapshot_bytes: %lld\n", qlonglong(snapshotBytes));
    std::printf("snapshot_joiners: %d\n", joining);
    std::printf("snapshot_join_stall_max_ms: %.1f\n", stallMs);
    std::printf("snapshot_join_issue_count: %lld\n", qlonglong(issueMs.size()));
    std::printf("snapshot_join_issue_p50_ms: %.2f\n", percentile(issueMs, 0.50));
    std::printf("snapshot_join_issue_p99_ms: %.2f\n", percentile(issueMs, 0.99));
    std::printf("snapshot_join_all_synced_ms: %.0f\n", allSyncedMs);
    std::fflush(stdout);

    joiners.quit();
    joiners.wait();
    watchers.clear();
    server.stop();
    return 0;
}
