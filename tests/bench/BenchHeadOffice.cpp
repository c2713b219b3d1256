// Prints the head office's figures, one "name: value" per line. Not a pass/fail test. It starts
// a PostgreSQL cluster of its own (tests/postgres/cluster.sh: 127.0.0.1, TLS) and forwards
// through real links, each on a thread of its own as in tessera-server, with verify-full TLS.
//   headoffice_ingest_events_per_s     30 branches forwarding a busy day each, all at once
//   branch_catchup_events_per_s        one branch sending the day it held while offline, alone
//   headoffice_projector_events_per_s  the projector folding all of them into the read models
//   headoffice_event_to_view_p50_ms / _p99_ms   a command at a branch to the live view's row
//                                      showing it (the projector and a viewer listening), while
//                                      10 other branches keep working
//   headoffice_period_report_ms        a month of 100 branches of 2,000 tickets a day: the daily
//                                      figures read and summed (median of 3 runs)

#include "HeadOfficeFixture.h"
#include "Percentile.h"
#include "headoffice/HeadOfficeProjector.h"
#include "headoffice/HeadOfficeView.h"
#include "protocol/CborFields.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kBranches = 30;

// The cluster this run started: stopped again however the run ends, so that a failed run
// leaves no PostgreSQL behind on the machine.
QString g_clusterScript;
QString g_clusterDir;

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "tessera-bench-headoffice: %s\n", qPrintable(why));
    if (!g_clusterDir.isEmpty())
        QProcess::execute(g_clusterScript, {QStringLiteral("stop"), g_clusterDir});
    std::exit(1);
}
constexpr int kBusyBranches = 10;
constexpr int kCommandsPerDay = 12000;

void print(const char *name, double value, int decimals = 0)
{
    std::printf("%s: %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

// Runs `until` with the event loop turning, for at most `ms`.
bool waitFor(const std::function<bool()> &until, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!until()) {
        if (timer.hasExpired(ms))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// A busy day in a branch journal, written in groups (one commit each) to be quick about it.
void journalBusyDay(const QString &path)
{
    ManualClock clock(mondayMorning());
    auto host = QueueHost::open(path, clock);
    if (!host)
        fail(host.error());
    host.value()->submit(ChangeConfig{toJson(withNumbersUpTo(baseConfig(), 9999))});
    host.value()->submit(RandomWorkload::staffAll(host.value()->state()));
    RandomWorkload workload(5);
    for (int i = 0; i < kCommandsPerDay; i += 25) {
        QList<Command> group;
        for (int j = 0; j < 25; ++j) {
            clock.advanceMs(workload.pauseSeconds() * 100);
            group << workload.next(host.value()->state(), clock.nowMs());
        }
        host.value()->submit(group);
    }
}

// A link to the head office for one branch, on a thread of its own as tessera-server runs it.
class LinkOnThread
{
public:
    LinkOnThread(const HeadOfficeLink::Settings &settings) : m_link(new HeadOfficeLink(settings))
    {
        m_link->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_link, &QObject::deleteLater);
        QObject::connect(m_link, &HeadOfficeLink::forwarded, &m_receiver,
                         [this](Seq seq) { m_forwarded = qMax(m_forwarded, seq); });
        m_thread.start();
    }
    ~LinkOnThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    void start() { QMetaObject::invokeMethod(m_link, &HeadOfficeLink::start, Qt::QueuedConnection); }
    void grew(Seq seq)
    {
        QMetaObject::invokeMethod(
            m_link, [link = m_link, seq] { link->journalGrew(seq); }, Qt::QueuedConnection);
    }
    Seq forwarded() const { return m_forwarded; }

private:
    QThread m_thread;
    HeadOfficeLink *m_link;
    QObject m_receiver;
    Seq m_forwarded = 0;
};

// The projector on a thread of its own, as its own process would run beside the viewer.
class ProjectorOnThread
{
public:
    explicit ProjectorOnThread(const QString &database)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this, database] {
                HeadOfficeProjector::Settings settings;
                settings.database = database;
                auto projector = HeadOfficeProjector::open(settings);
                if (!projector)
                    fail(projector.error());
                m_projector = std::move(projector).value();
                m_projector->start();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ProjectorOnThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_projector.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<HeadOfficeProjector> m_projector;
};

struct ForwardingBranch
{
    QString id;
    QString journal;
    Seq last = 0;
    std::unique_ptr<LinkOnThread> link;
};

HeadOfficeLink::Settings linkSettings(HeadOffice &office, const QString &branchId, const QString &journal)
{
    const auto role = office.admin->addBranch(branchId);
    if (!role)
        fail(role.error());
    HeadOfficeLink::Settings settings;
    settings.headOffice = office.database.urlAs(role.value().role, role.value().password);
    settings.branchId = branchId;
    settings.journal = journal;
    return settings;
}

Seq lastSeqOf(const QString &journal)
{
    auto opened = Journal::openForReading(journal);
    if (!opened)
        fail(opened.error());
    return opened.value()->lastSeq();
}

void ingestAndCatchUp(HeadOffice &office, const QString &dayJournal, QTemporaryDir &dir)
{
    const Seq events = lastSeqOf(dayJournal);
    std::vector<ForwardingBranch> branches(kBranches);
    for (int i = 0; i < kBranches; ++i) {
        ForwardingBranch &branch = branches[i];
        branch.id = QStringLiteral("branch-%1").arg(i, 3, 10, QLatin1Char('0'));
        branch.journal = dir.filePath(branch.id + QStringLiteral(".sqlite"));
        QFile::copy(dayJournal, branch.journal);
        branch.last = events;
        branch.link = std::make_unique<LinkOnThread>(linkSettings(office, branch.id, branch.journal));
    }
    QElapsedTimer timer;
    timer.start();
    for (ForwardingBranch &branch : branches)
        branch.link->start();
    const auto allThere = [&branches] {
        return std::all_of(branches.cbegin(), branches.cend(),
                           [](const ForwardingBranch &b) { return b.link->forwarded() >= b.last; });
    };
    if (!waitFor(allThere, 600000))
        fail(QStringLiteral("the branches did not all reach the head office in 10 minutes"));
    print("headoffice_ingest_events_per_s", double(events) * kBranches * 1000.0 / double(timer.elapsed()));
    branches.clear();

    // One branch back after a day offline, alone.
    const QString journal = dir.filePath(QStringLiteral("back.sqlite"));
    QFile::copy(dayJournal, journal);
    LinkOnThread back(linkSettings(office, QStringLiteral("back-after-a-day"), journal));
    timer.restart();
    back.start();
    if (!waitFor([&] { return back.forwarded() >= events; }, 600000))
        fail(QStringLiteral("the branch did not catch up in 10 minutes"));
    print("branch_catchup_events_per_s", double(events) * 1000.0 / double(timer.elapsed()));

    // The projector folding what arrived.
    HeadOfficeProjector::Settings settings;
    settings.database = office.database.location();
    auto projector = HeadOfficeProjector::open(settings);
    if (!projector)
        fail(projector.error());
    QString error;
    timer.restart();
    if (!projector.value()->catchUp(&error))
        fail(error);
    print("headoffice_projector_events_per_s", double(events) * (kBranches + 1) * 1000.0 / double(timer.elapsed()));
}

void eventToView(HeadOffice &office, QTemporaryDir &dir)
{
    // Ten branches working at a busy pace, and the one measured.
    ManualClock clock(mondayMorning());
    struct Working
    {
        std::unique_ptr<QueueHost> host;
        std::unique_ptr<LinkOnThread> link;
        RandomWorkload workload{9};
    };
    QList<std::shared_ptr<Working>> working;
    for (int i = 0; i <= kBusyBranches; ++i) {
        auto branch = std::make_shared<Working>();
        const QString id = QStringLiteral("working-%1").arg(i);
        const QString journal = dir.filePath(id + QStringLiteral(".sqlite"));
        branch->host = busyBranch(journal, clock, 50);
        branch->link = std::make_unique<LinkOnThread>(linkSettings(office, id, journal));
        branch->link->start();
        working << branch;
    }
    const QString measuredId = QStringLiteral("working-0");
    Working &measured = *working.first();
    ProjectorOnThread projector(office.database.location());
    auto view = HeadOfficeView::open(office.database.location());
    if (!view)
        fail(view.error());
    waitFor([&] { return measured.link->forwarded() >= measured.host->state().lastSeq(); }, 30000);

    Seq awaited = 0;
    QElapsedTimer sinceCommand;
    QList<double> latencies;
    QObject::connect(view.value().get(), &HeadOfficeView::branchChanged, view.value().get(), [&](const QString &id) {
        if (id != measuredId || !awaited)
            return;
        const auto rows = view.value()->branches(id);
        if (rows && !rows.value().isEmpty() && rows.value().first().folded >= awaited) {
            latencies << double(sinceCommand.nsecsElapsed()) / 1e6;
            awaited = 0;
        }
    });
    QTimer background;
    QObject::connect(&background, &QTimer::timeout, [&] {
        for (qsizetype i = 1; i < working.size(); ++i) {
            Working &branch = *working[i];
            clock.advanceMs(200);
            branch.host->submit(branch.workload.next(branch.host->state(), clock.nowMs()));
            branch.link->grew(branch.host->state().lastSeq());
        }
    });
    background.start(100); // ten branches at ten commands a second each: a busy network's peak
    for (int sample = 0; sample < 120; ++sample) {
        waitFor([] { return false; }, 150);
        sinceCommand.start();
        measured.host->submit(IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}});
        awaited = measured.host->state().lastSeq();
        measured.link->grew(awaited);
        if (!waitFor([&] { return awaited == 0; }, 10000))
            fail(QStringLiteral("the live view did not show the branch's event within 10 s"));
    }
    background.stop();
    print("headoffice_event_to_view_p50_ms", bench::percentile(latencies, 0.5), 1);
    print("headoffice_event_to_view_p99_ms", bench::percentile(latencies, 0.99), 1);
}

// A business day of 2,000 tickets at four counters, in memory: its report and samples.
BranchProjection::DayFigures dayOf2000Tickets()
{
    InMemoryBranch branch(withNumbersUpTo(baseConfig(), 9999), localMs(2026, 11, 2, 8, 0));
    const TimestampMs start = branch.now;
    for (CounterNumber counter : {1, 2, 3})
        branch.staff(counter);
    for (int i = 0; i < 2000; ++i) {
        branch.now += 15000;
        branch.run(IssueTicket{i % 3 ? QStringLiteral("cash") : QStringLiteral("accounts"), {}, {}});
        const CounterNumber counter = 1 + i % 3;
        branch.run(FinishTicket{counter, {}, {}});
        branch.run(CallNext{counter});
    }
    DayHistory history;
    history.day = QDate(2026, 11, 2);
    history.timeZone = riga();
    history.config = branch.state.config();
    history.dayStart = QDateTime(history.day, history.config->rolloverTime, riga()).toMSecsSinceEpoch();
    history.dayEnd = QDateTime(history.day.addDays(1), history.config->rolloverTime, riga()).toMSecsSinceEpoch();
    history.until = history.dayEnd;
    for (const Event &event : branch.history)
        (event.at < start ? history.before : history.during).append(event);
    BranchProjection::DayFigures figures;
    figures.report = ReportBuilder(history).reportUntil(history.dayEnd, &figures.samples);
    return figures;
}

void periodReport(HeadOffice &office)
{
    const BranchProjection::DayFigures day = dayOf2000Tickets();
    SqlConnection admin(JournalLocation::parse(office.database.location()).value(), false);
    QString error;
    if (!admin.open(&error))
        fail(error);
    QSqlDatabase db = admin.database();
    db.transaction();
    QSqlQuery branch(db);
    branch.prepare(QStringLiteral("INSERT INTO branches (branch_id, login_role) VALUES (?, ?)"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO branch_days (branch_id, business_day, journal_id, complete, until_ms, issued, served, no_show, "
        "waits, called_within_target, wait_total_ms, wait_p90_ms, report, samples) VALUES (?, ?::date, 'j', true, 0, "
        "0, 0, 0, 0, 0, 0, 0, ?, ?)"));
    const QByteArray samples = PeriodReportBuilder::packSamples(day.samples);
    QStringList ids;
    for (int b = 0; b < 100; ++b) {
        const QString id = QStringLiteral("month-%1").arg(b, 3, 10, QLatin1Char('0'));
        ids << id;
        branch.addBindValue(id);
        branch.addBindValue(QStringLiteral("role_") + id);
        branch.exec();
        DailyReport report = day.report;
        report.branchId = id;
        for (int d = 1; d <= 30; ++d) {
            report.day = QDate(2026, 11, d);
            insert.addBindValue(id);
            insert.addBindValue(report.day.toString(Qt::ISODate));
            insert.addBindValue(cbor::encodeFields(report).toCborValue().toCbor());
            insert.addBindValue(samples);
            if (!insert.exec())
                fail(insert.lastError().text());
        }
    }
    db.commit();

    auto view = HeadOfficeView::open(office.database.location());
    if (!view)
        fail(view.error());
    QList<double> runs;
    int served = 0;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto report = view.value()->period(ids, QDate(2026, 11, 1), QDate(2026, 11, 30));
        if (!report)
            fail(report.error());
        if (run > 0) // the first warms PostgreSQL's cache
            runs << double(timer.nsecsElapsed()) / 1e6;
        served = report.value().total.served;
    }
    if (served != day.report.total.served * 3000)
        fail(QStringLiteral("the period report does not add up: %1 served").arg(served));
    print("headoffice_period_report_ms", bench::percentile(runs, 0.5));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    QTemporaryDir dir;
    // Beside the temporary directory, not in it: the cluster runs as postgres, which may not enter ours.
    const QString cluster = QDir::temp().filePath(QStringLiteral("tessera-bench-pg-%1").arg(getpid()));
    const QString script = QStringLiteral(TESSERA_SOURCE_DIR "/tests/postgres/cluster.sh");
    if (QProcess::execute(script, {QStringLiteral("start"), cluster}) != 0)
        fail(QStringLiteral("cannot start a PostgreSQL cluster with %1").arg(script));
    g_clusterScript = script;
    g_clusterDir = cluster;
    qputenv("TESSERA_TEST_POSTGRES", cluster.toUtf8());
    {
        const QString dayJournal = dir.filePath(QStringLiteral("day.sqlite"));
        journalBusyDay(dayJournal);
        HeadOffice office;
        auto admin = HeadOfficeDatabase::openAsAdministrator(office.database.location());
        if (!admin)
            fail(admin.error());
        office.admin = std::move(admin).value();
        ingestAndCatchUp(office, dayJournal, dir);
        eventToView(office, dir);
        periodReport(office);
    }
    QProcess::execute(script, {QStringLiteral("stop"), cluster});
    return 0;
}
