// Prints the branch network's figures, one "name: value" per line. Not a pass/fail test.
// Starts a real tessera-server (TLS-PSK on loopback, SQLite journal) and N stations
// (default 200: 20 tellers, 50 kiosks, 5 measuring displays, the rest plain displays), then
// measures (all but the measuring displays are SimulatedStations, which speak the protocol in
// full but keep no replica, so that this one process can stand for a whole branch; the server
// serves them all in full. The measuring displays are real BranchClients, connected last):
//   call_to_display_p50_ms / _p99_ms  from a teller's CallNext leaving the teller to a
//                                      display's replica having applied the TicketCalled event
//                                      (the server's durable commit included). Measured at 5
//                                      displays in a thread of their own while all stations are up;
//                                      calls go one after another across the 20 tellers, each
//                                      followed by start and finish, so a call usually waits
//                                      for the server to finish sending the last one's events.
//   issue_per_s                        durable tickets per second, 50 kiosks each keeping 20
//                                      IssueTicket commands in flight
//   issue_server_cpu / issue_bench_cpu the share of one core the server and this benchmark (its
//                                      200 stations) used in that run: on a 2-core machine they
//                                      add up to about 2 when the cores, not the server, bound it
//   issue_per_server_cpu_s             tickets per second of the server's CPU time: what one core
//                                      of the server issues when the stations keep up
//   server_rss_mb                      the server's peak resident memory (VmHWM) over the run,
//                                      which ends with the issuing run's 20,000-odd new tickets
//   server_rss_connected_mb            the same, taken once all stations are connected, before
//                                      any load: what the connections themselves cost
//   fanout_floor_p50_ms / _p99_ms      the same broadcast by a minimal sender on plain sockets
//   sync_floor_p50_ms / _p99_ms        one fdatasync on this disk: a durable commit's least cost
//                                      (see Floors.h; a call's figure includes one commit)
// Usage: tessera-bench-network [stations] [calls]; TESSERA_SERVER names the server binary.

#include "BusyBranch.h"
#include "Floors.h"
#include "PeakMemory.h"
#include "Percentile.h"
#include "ProcessCpu.h"
#include "SimulatedStation.h"
#include "TestBranch.h"
#include "net/BranchClient.h"
#include "protocol/MessageCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <mutex>

using namespace tessera;
using namespace tessera::test;
using namespace tessera::bench;

namespace {

constexpr int kKiosks = 50;
constexpr int kMeasuringDisplays = 5;
constexpr int kKioskWindow = 20;

void waitFor(const std::function<bool()> &done, int timeoutMs, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            qFatal("bench: timed out waiting for %s", what);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

// When each counter's latest CallNext left its teller, read by the measuring displays' thread.
std::array<std::atomic<qint64>, kTellers + 1> g_callSentNs;
QElapsedTimer g_clock;
std::mutex g_latencyMutex;
QList<double> g_latenciesMs;

// Displays that time the calls they see, in a thread of their own.
class MeasuringDisplays : public QThread
{
public:
    MeasuringDisplays(BranchKey key, quint16 port) : m_key(std::move(key)), m_port(port) {}
    std::atomic<int> online{0};

protected:
    void run() override
    {
        std::vector<std::unique_ptr<BranchClient>> displays;
        for (int i = 0; i < kMeasuringDisplays; ++i) {
            auto display = std::make_unique<BranchClient>(
                loopbackStation(StationRole::Display, QStringLiteral("measure-%1").arg(i), m_key, m_port));
            QObject::connect(display.get(), &BranchClient::statusChanged, [this](BranchClient::Status status) {
                if (status == BranchClient::Status::Online)
                    ++online;
            });
            QObject::connect(display.get(), &BranchClient::eventApplied, [](const Event &event) {
                const auto *called = std::get_if<TicketCalled>(&event.payload);
                if (!called)
                    return;
                const qint64 sent = g_callSentNs[called->counter].load();
                const double ms = double(g_clock.nsecsElapsed() - sent) / 1e6;
                std::lock_guard lock(g_latencyMutex);
                g_latenciesMs.append(ms);
            });
            display->start();
            displays.push_back(std::move(display));
        }
        exec();
    }

private:
    BranchKey m_key;
    quint16 m_port;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    const int stations = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const int calls = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    g_clock.start();

    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("branch.json")));
    config.open(QIODevice::WriteOnly);
    config.write(QJsonDocument(benchConfig()).toJson());
    config.close();
    quint16 port;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray serverLog;
    server.start(qEnvironmentVariable("TESSERA_SERVER", QStringLiteral("apps/server/tessera-server")),
                 {QStringLiteral("--config"), config.fileName(), QStringLiteral("--data"),
                  dir.filePath(QStringLiteral("data")), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"), QString::number(port), QStringLiteral("--no-discovery")});
    server.waitForStarted();
    QElapsedTimer starting;
    starting.start();
    while (!serverLog.contains("stations connect on port")) {
        server.waitForReadyRead(100);
        serverLog += server.readAll();
        if (server.state() == QProcess::NotRunning || starting.elapsed() > 20000)
            qFatal("bench: the server did not start:\n%s", serverLog.constData());
    }
    const auto key = BranchKey::fromFile(dir.filePath(QStringLiteral("data/branch.key")));
    if (!key)
        qFatal("%s", qPrintable(key.error()));

    std::vector<std::unique_ptr<SimulatedStation>> tellers, kiosks, displays;
    auto make = [&](StationRole role, const QString &id) {
        return std::make_unique<SimulatedStation>(role, id, key.value(), port);
    };
    for (int i = 1; i <= kTellers; ++i)
        tellers.push_back(make(StationRole::Teller, QStringLiteral("teller-%1").arg(i)));
    for (int i = 0; i < kKiosks; ++i)
        kiosks.push_back(make(StationRole::Kiosk, QStringLiteral("kiosk-%1").arg(i)));
    for (int i = kTellers + kKiosks + kMeasuringDisplays; i < stations; ++i)
        displays.push_back(make(StationRole::Display, QStringLiteral("display-%1").arg(i)));
    auto allOnline = [](const auto &stations) {
        return std::all_of(stations.begin(), stations.end(), [](const auto &s) { return s->online(); });
    };
    waitFor([&] { return allOnline(tellers) && allOnline(kiosks) && allOnline(displays); }, 60000,
            "all stations to be online");
    // Last, so that the server has every other station to serve before them.
    MeasuringDisplays measuring(key.value(), port);
    measuring.start();
    waitFor([&] { return measuring.online.load() == kMeasuringDisplays; }, 60000, "the measuring displays");
    const double connectedRssMb = peakRssMb(QString::number(server.processId()));

    // Tellers log in and open; customers arrive.
    int ready = 0;
    for (int i = 1; i <= kTellers; ++i) {
        SimulatedStation *teller = tellers[i - 1].get();
        const QString name = QStringLiteral("b%1").arg(i);
        teller->request(Authenticate{{}, name, QStringLiteral("pw"), {}}, [teller, name, i, &ready](const Message &) {
            teller->send(LogIn{name, QStringLiteral("pw"), i});
            teller->send(OpenCounter{i}, [&ready](bool) { ++ready; });
        });
    }
    waitFor([&] { return ready == kTellers; }, 30000, "tellers to open");
    int issued = 0;
    for (int i = 0; i < calls + 200; ++i)
        kiosks[i % kKiosks]->send(IssueTicket{i % 2 ? QStringLiteral("cash") : QStringLiteral("accounts"), {}, {}},
                                  [&issued](bool accepted) { issued += accepted; });
    waitFor([&] { return issued == calls + 200; }, 60000, "the first customers' tickets");

    // Calls, one after another round the counters: each is timed to the measuring displays,
    // then the teller starts and finishes it (on the wire while the next call goes out).
    auto measured = [] {
        std::lock_guard lock(g_latencyMutex);
        return g_latenciesMs.size();
    };
    for (int call = 0; call < calls; ++call) {
        const int counter = call % kTellers + 1;
        SimulatedStation *teller = tellers[counter - 1].get();
        const qsizetype before = measured();
        g_callSentNs[counter].store(g_clock.nsecsElapsed());
        teller->send(CallNext{counter}, [teller, counter](bool) {
            teller->send(StartService{counter});
            teller->send(FinishTicket{counter, {}, {}});
        });
        waitFor([&] { return measured() >= before + kMeasuringDisplays; }, 10000, "a call to reach the displays");
    }

    // Sustained issuing: 50 kiosks, each with a window of commands in flight, for 3 seconds.
    int acknowledged = 0;
    bool issuing = true;
    std::function<void(SimulatedStation *)> issueNext = [&](SimulatedStation *kiosk) {
        if (!issuing)
            return;
        // Over four services: at 6,000 a second for 3 s, two would run out of numbers (9,999 a day each).
        static const QStringList services{QStringLiteral("deposits"), QStringLiteral("exchange"),
                                          QStringLiteral("loans"), QStringLiteral("pensions")};
        kiosk->send(IssueTicket{services[acknowledged % 4], {}, {}}, [&, kiosk](bool accepted) {
            acknowledged += accepted;
            issueNext(kiosk);
        });
    };
    const QString serverPid = QString::number(server.processId());
    const double serverCpuBefore = cpuSeconds(serverPid), benchCpuBefore = cpuSeconds();
    QElapsedTimer issueTimer;
    issueTimer.start();
    for (auto &kiosk : kiosks) {
        for (int i = 0; i < kKioskWindow; ++i)
            issueNext(kiosk.get());
    }
    waitFor([&] { return issueTimer.elapsed() >= 3000; }, 10000, "the issuing run");
    const double issueSeconds = issueTimer.elapsed() / 1000.0;
    const double issuePerS = acknowledged / issueSeconds;
    const double serverCpu = cpuSeconds(serverPid) - serverCpuBefore, benchCpu = cpuSeconds() - benchCpuBefore;
    issuing = false;

    std::lock_guard lock(g_latencyMutex);
    std::printf("stations: %d\n", stations);
    std::printf("calls_measured: %lld\n", qlonglong(g_latenciesMs.size()));
    std::printf("call_to_display_p50_ms: %.3f\n", percentile(g_latenciesMs, 0.50));
    std::printf("call_to_display_p99_ms: %.3f\n", percentile(g_latenciesMs, 0.99));
    std::printf("issue_per_s: %.0f\n", issuePerS);
    if (serverCpuBefore < 0 || benchCpuBefore < 0 || serverCpu <= 0 || benchCpu <= 0) {
        std::printf("issue_server_cpu: n/a (no /proc/<pid>/stat)\n");
    } else {
        std::printf("issue_server_cpu: %.2f\n", serverCpu / issueSeconds);
        std::printf("issue_bench_cpu: %.2f\n", benchCpu / issueSeconds);
        std::printf("issue_per_server_cpu_s: %.0f\n", acknowledged / serverCpu);
    }
    std::printf("server_rss_mb: %.1f\n", peakRssMb(QString::number(server.processId())));
    std::printf("server_rss_connected_mb: %.1f\n", connectedRssMb);
    // The floors, beside the figures they bound: the same number of connections, the measured
    // ones where the measuring displays are in the server's delivery order (after the other
    // displays, before the tellers and kiosks), a frame the size of a call's.
    std::vector<int> measuredAt;
    for (int i = 0; i < kMeasuringDisplays; ++i)
        measuredAt.push_back(qBound(0, stations - kTellers - kKiosks - kMeasuringDisplays + i, stations - 1));
    const QList<double> fanout = fanoutFloor(stations, measuredAt, 160, calls);
    std::printf("fanout_floor_p50_ms: %.3f\n", percentile(fanout, 0.50));
    std::printf("fanout_floor_p99_ms: %.3f\n", percentile(fanout, 0.99));
    const QList<double> sync = syncFloor(dir.path(), 500);
    std::printf("sync_floor_p50_ms: %.3f\n", percentile(sync, 0.50));
    std::printf("sync_floor_p99_ms: %.3f\n", percentile(sync, 0.99));
    std::fflush(stdout);

    measuring.quit();
    measuring.wait();
    tellers.clear();
    kiosks.clear();
    displays.clear();
    server.terminate();
    server.waitForFinished();
    return 0;
}
