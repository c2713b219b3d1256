// Prints the daily report's figures, one "name: value" per line. Not a pass/fail test:
//   report_day_ms          a business day of 10,000 tickets: read from the journal (with the
//                          previous day, as busy, for context) and its figures computed
//   report_figures_only_ms the figures alone, from events already read
//   report_pdf_ms          report_day_ms plus the A4 PDF written
//   report_csv_ms          report_day_ms plus the CSV tables written
// Each is the median of 5 runs, after one warm-up.

#include "ReportDocument.h"
#include "TestBranch.h"
#include "host/QueueHost.h"
#include "report/ReportCsv.h"
#include "report/ReportSource.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <algorithm>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kTicketsPerDay = 10000;

// Two busy days, Monday and Tuesday: a customer every 6 s from 06:00, two counters that
// start, finish and call the next in turn, so a short line is always waiting.
void journalTwoBusyDays(QueueHost &host, ManualClock &clock)
{
    clock.set(localMs(2026, 11, 23, 5, 0));
    const CommandResult configured = host.submit(ChangeConfig{toJson(withNumbersUpTo(baseConfig(), 9999))});
    if (!configured)
        qFatal("%s", qPrintable(configured.error().message));
    for (int day = 0; day < 2; ++day) {
        clock.set(localMs(2026, 11, 23 + day, 6, 0));
        QList<Command> group;
        for (CounterNumber counter : {1, 2})
            group << LogIn{QStringLiteral("t%1").arg(counter), QStringLiteral("pw-t%1").arg(counter), counter}
                  << OpenCounter{counter};
        host.submit(group);
        for (int i = 0; i < kTicketsPerDay; ++i) {
            clock.advanceMs(6000);
            const CounterNumber counter = 1 + i % 2;
            group = {IssueTicket{i % 3 ? QStringLiteral("cash") : QStringLiteral("accounts"), {}, {}},
                     StartService{counter}, CallNext{counter}};
            host.submit(group); // refusals (nothing to start yet) are part of a real day too
        }
        clock.advanceMs(60000);
        host.submit(QList<Command>{StartService{1}, FinishTicket{1, {}, {}}, LogOut{1}, StartService{2},
                                   FinishTicket{2, {}, {}}, LogOut{2}});
    }
}

double medianMs(const std::function<void()> &work)
{
    work(); // warm-up: SQLite's page cache, fonts
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(runs.begin(), runs.end());
    return runs[2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    QTemporaryDir dir;
    ManualClock clock;
    auto host = QueueHost::open(dir.filePath(QStringLiteral("journal.sqlite")), clock);
    if (!host)
        qFatal("%s", qPrintable(host.error()));
    journalTwoBusyDays(*host.value(), clock);
    const Journal &journal = host.value()->journal();
    const QDate tuesday(2026, 11, 24);
    const TimestampMs wednesday = localMs(2026, 11, 25, 12, 0);

    if (auto check = ReportSource::report(journal, tuesday, wednesday); !check)
        qFatal("%s", qPrintable(check.error()));
    DailyReport report;
    const double dayMs = medianMs([&] { report = ReportSource::report(journal, tuesday, wednesday).value(); });
    if (report.total.issued != kTicketsPerDay)
        qFatal("the bench day has %d tickets, not %d", report.total.issued, kTicketsPerDay);
    const DayHistory history = ReportSource::history(journal, tuesday, wednesday).value();
    const double figuresMs = medianMs([&] { report = ReportBuilder::build(history); });
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const double pdfMs = medianMs([&] {
        report::ReportDocument(ReportSource::report(journal, tuesday, wednesday).value(), QLocale(QStringLiteral("en")),
                               wednesday)
            .writePdf(pdf);
    });
    const double csvMs = medianMs([&] {
        ReportCsv::write(ReportSource::report(journal, tuesday, wednesday).value(),
                         dir.filePath(QStringLiteral("csv")));
    });

    std::printf("report_day_tickets: %d (served %d; %lld events that day, %lld before it as context)\n",
                report.total.issued, report.total.served, qlonglong(history.during.size()),
                qlonglong(history.before.size()));
    std::printf("report_day_ms: %.1f\n", dayMs);
    std::printf("report_figures_only_ms: %.1f\n", figuresMs);
    std::printf("report_pdf_ms: %.1f\n", pdfMs);
    std::printf("report_csv_ms: %.1f\n", csvMs);
    return 0;
}
