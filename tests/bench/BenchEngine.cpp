// Prints the engine's figures, one "name: value" per line. Not a pass/fail test:
//   day_10000_tickets_peak_rss_mb   peak memory after a business day of 10,000 tickets (issued, called, finished)
//   engine_commands_per_s           issue/call/finish decided and durably journaled, group commit of 63
//   engine_commands_per_s_unbatched the same with one commit (one fsync) per issue/call/finish triple
//   engine_replay_events_per_s      rebuilding the state from the journal

#include "PeakMemory.h"
#include "TestBranch.h"
#include "host/QueueHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::test;

namespace {

std::unique_ptr<QueueHost> openStaffedHost(const QString &path, const Clock &clock)
{
    auto host = QueueHost::open(path, clock);
    if (!host)
        qFatal("%s", qPrintable(host.error()));
    host.value()->submit(ChangeConfig{toJson(withNumbersUpTo(baseConfig(), 9999))});
    QList<Command> staff;
    for (CounterNumber counter : {1, 2, 3})
        staff << LogIn{QStringLiteral("t%1").arg(counter), QStringLiteral("pw-t%1").arg(counter), counter}
              << OpenCounter{counter};
    host.value()->submit(staff);
    return std::move(host).value();
}

// One business day: 10,000 tickets over cash and accounts, each called and finished.
void dayOfTenThousandTickets(const QString &dir)
{
    ManualClock clock(mondayMorning() - 3 * 3600 * 1000); // 07:00
    auto host = openStaffedHost(dir + QStringLiteral("/day.sqlite"), clock);
    for (int i = 0; i < 10000; ++i) {
        clock.advanceMs(6000); // 10,000 tickets from 07:00 to about 23:40, inside one business day
        const CounterNumber counter = 1 + i % 2;
        QList<Command> group{IssueTicket{i % 3 ? QStringLiteral("cash") : QStringLiteral("accounts")},
                             CallNext{counter}, FinishTicket{counter, {}, {}}};
        host->submit(group);
    }
    std::printf("day_10000_tickets_peak_rss_mb: %.1f\n", peakRssMb());
    std::printf("day_10000_tickets_live_tickets_in_state: %zu\n", host->state().tickets().size());
}

// Realistic mix: a third each of issue, call next and finish. Each customer who arrives
// is called and served at the next counter in turn, so the line stays at a realistic length.
QList<Command> mixedGroup(QRandomGenerator &random, int size)
{
    static CounterNumber counter = 0;
    QList<Command> group;
    while (group.size() < size) {
        counter = counter % 2 + 1;
        group << IssueTicket{random.bounded(3) ? QStringLiteral("cash") : QStringLiteral("accounts")}
              << CallNext{counter} << FinishTicket{counter, {}, {}};
    }
    return group;
}

struct Throughput
{
    double perSecond = 0;
    double acceptedShare = 0;
};

Throughput runMix(QueueHost &host, ManualClock &clock, int commands, int groupSize)
{
    QRandomGenerator random(7);
    int accepted = 0;
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < commands; done += groupSize) {
        clock.advanceSeconds(240); // about 7,500 tickets a business day, inside the numbering limit
        for (const CommandResult &result : host.submit(mixedGroup(random, groupSize))) {
            accepted += result ? 1 : 0;
            if (!result && qEnvironmentVariableIsSet("TESSERA_BENCH_VERBOSE"))
                std::fprintf(stderr, "refused: %s\n", qPrintable(result.error().message));
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {commands / seconds, double(accepted) / commands};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    QTemporaryDir dir;

    dayOfTenThousandTickets(dir.path());

    ManualClock clock(mondayMorning());
    auto host = openStaffedHost(dir.filePath(QStringLiteral("mix.sqlite")), clock);
    const Throughput batched = runMix(*host, clock, 200001, 63);
    std::printf("engine_commands_per_s: %.0f\n", batched.perSecond);
    std::printf("engine_commands_accepted_share: %.2f\n", batched.acceptedShare);
    const Throughput unbatched = runMix(*host, clock, 3000, 3);
    std::printf("engine_commands_per_s_unbatched: %.0f\n", unbatched.perSecond);

    QElapsedTimer timer;
    timer.start();
    const auto replayed = QueueHost::replay(host->journal());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!replayed || !(replayed.value() == host->state()))
        qFatal("replay did not rebuild the live state");
    std::printf("engine_replay_events: %lld\n", replayed.value().lastSeq());
    std::printf("engine_replay_events_per_s: %.0f\n", double(replayed.value().lastSeq()) / seconds);
    return 0;
}
