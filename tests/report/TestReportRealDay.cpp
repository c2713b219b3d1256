// A real day replayed: 8 February 1999 of the Anonymous Bank log driven through the queue
// engine into a journal, and the daily report checked against figures this test computes
// from the raw file by itself. Then the same report as PDF, read back with pdftotext.

#include "RealDayReplay.h"
#include "ReportDocument.h"
#include "host/QueueHost.h"
#include "report/ReportSource.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cmath>

using namespace tessera;
using namespace tessera::test;

namespace {

// What the log itself says of one service (or of all), computed here, apart from the report's code.
struct LogFigures
{
    int issued = 0;
    int served = 0;
    int gaveUp = 0;
    QList<qint64> waitsMs;
    QList<qint64> servicesMs;
};

double mean(const QList<qint64> &values)
{
    double sum = 0;
    for (qint64 value : values)
        sum += double(value);
    return values.isEmpty() ? 0 : sum / double(values.size());
}

// The 90th percentile by nearest rank: the smallest value with 90 % of the values at or below it.
qint64 percentile90(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    qsizetype rank = 0;
    while (double(rank) < 0.9 * double(values.size()))
        ++rank;
    return values.value(rank - 1);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportRealDay final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RealDay m_day;
    std::unique_ptr<QueueHost> m_host;
    ManualClock m_clock;

    DailyReport report(const QString &language = {})
    {
        const TimestampMs nextNoon = realDayMs(m_day, 36 * 3600);
        auto report = ReportSource::report(m_host->journal(), m_day.date, nextNoon, language);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        return report.value();
    }

    LogFigures fromLog(const QString &service) const
    {
        LogFigures figures;
        for (const RealCall &call : m_day.calls) {
            if (!service.isEmpty() && call.service != service)
                continue;
            figures.issued += 1;
            if (!call.served) {
                figures.gaveUp += 1;
                continue;
            }
            figures.served += 1;
            figures.waitsMs << call.waitSeconds * 1000;
            figures.servicesMs << call.serviceSeconds * 1000;
        }
        return figures;
    }

    static void compare(const ServiceFigures &report, const LogFigures &log)
    {
        QCOMPARE(report.issued, log.issued);
        QCOMPARE(report.served, log.served);
        QCOMPARE(report.cancelled, log.gaveUp);
        QCOMPARE(report.noShow, 0);
        QCOMPARE(report.wait.count, int(log.waitsMs.size()));
        QVERIFY(std::abs(double(report.wait.averageMs()) - mean(log.waitsMs)) < 1.0); // integer ms division
        QCOMPARE(report.wait.p90Ms, percentile90(log.waitsMs));
        QCOMPARE(report.serviceTime.count, int(log.servicesMs.size()));
        QVERIFY(std::abs(double(report.serviceTime.averageMs()) - mean(log.servicesMs)) < 1.0);
        QCOMPARE(report.serviceTime.p90Ms, percentile90(log.servicesMs));
    }

private slots:
    void initTestCase()
    {
        m_day = loadRealDay(QString::fromLocal8Bit(qgetenv("TESSERA_SOURCE_DIR")) +
                                QStringLiteral("/tests/data/anonymous-bank/calls-1999-02-01-to-21.tsv"),
                            QDate(1999, 2, 8));
        QCOMPARE(m_day.date, QDate(1999, 2, 8));
        QVERIFY(m_day.calls.size() > 1100);
        QVERIFY(m_day.leftOut < 20);
        auto host = QueueHost::open(m_dir.filePath(QStringLiteral("journal.sqlite")), m_clock);
        QVERIFY2(host, host ? "" : qPrintable(host.error()));
        m_host = std::move(host).value();
        m_clock.set(realDayMs(m_day, 5 * 3600));
        const CommandResult configured = m_host->submit(ChangeConfig{toJson(realDayConfig(m_day.agents))});
        QVERIFY2(configured, configured ? "" : qPrintable(configured.error().message));
        RealDayReplay(*m_host, m_clock, m_day.agents, RealDayReplay::Staffing::AllDay).drive({m_day});
        qInfo("%lld calls replayed (%d overlapping calls left out), %lld events journaled",
              qlonglong(m_day.calls.size()), m_day.leftOut, m_host->journal().lastSeq());
    }

    void everyServiceMatchesTheLog_data()
    {
        QTest::addColumn<QString>("service");
        for (const char *service : {"ps", "pe", "in", "ne", "nw", "tt"})
            QTest::newRow(service) << QString::fromLatin1(service);
    }

    void everyServiceMatchesTheLog()
    {
        QFETCH(QString, service);
        const DailyReport day = report();
        const auto row = std::find_if(day.services.cbegin(), day.services.cend(),
                                      [&service](const ServiceFigures &s) { return s.service == service; });
        QVERIFY(row != day.services.cend());
        compare(*row, fromLog(service));
    }

    void theBranchTotalMatchesTheLog()
    {
        const DailyReport day = report();
        compare(day.total, fromLog({}));
        // Every served call was some agent's: the counters' served add up to the total.
        int served = 0;
        for (const StaffFigures &counter : day.counters)
            served += counter.served;
        QCOMPARE(served, day.total.served);
        qInfo("issued %d, served %d, gave up %d; wait mean %.1f s, p90 %.1f s; service mean %.1f s, p90 %.1f s",
              day.total.issued, day.total.served, day.total.cancelled, day.total.wait.averageMs() / 1000.0,
              day.total.wait.p90Ms / 1000.0, day.total.serviceTime.averageMs() / 1000.0,
              day.total.serviceTime.p90Ms / 1000.0);
    }

    void everyHourMatchesTheLog()
    {
        // Arrivals and served per local clock hour, counted from the log (Jerusalem time, as the log's).
        QMap<int, int> arrivals, served;
        for (const RealCall &call : std::as_const(m_day.calls)) {
            arrivals[int(call.issuedAt / 3600) % 24] += 1;
            if (call.served)
                served[int(call.finishedAt / 3600) % 24] += 1;
        }
        const DailyReport day = report();
        QCOMPARE(day.hours.size(), 24);
        for (const HourFigures &hour : day.hours) {
            QCOMPARE(hour.arrivals, arrivals.value(hour.hour));
            QCOMPARE(hour.served, served.value(hour.hour));
        }
    }

    void thePdfSaysTheBranchTheDateAndTheTotals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("service");
        QTest::newRow("en") << "en"
                            << "Anonymous Bank"
                            << "Monday, February 8, 1999"
                            << "Regular (A)";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "匿名银行"
                               << "1999年2月8日星期一"
                               << "普通业务 (A)";
    }

    void thePdfSaysTheBranchTheDateAndTheTotals()
    {
        QFETCH(QString, language);
        QFETCH(QString, branch);
        QFETCH(QString, date);
        QFETCH(QString, service);
        QTranslator translator;
        if (translator.load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
        const DailyReport day = report(language);
        const QLocale locale(language);
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        const auto pages = report::ReportDocument(day, locale, realDayMs(m_day, 36 * 3600)).writePdf(pdf);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error()));
        QVERIFY(pages.value() >= 2);
        const QString lastPage = QCoreApplication::translate("tessera::report::ReportDocument", "Page %1 of %2")
                                     .arg(pages.value())
                                     .arg(pages.value());
        QCoreApplication::removeTranslator(&translator);

        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(branch), qPrintable(text.left(400)));
        QVERIFY2(text.contains(date), qPrintable(text.left(400)));
        QVERIFY(text.contains(service));
        // The total row: issued, served, no-shows, cancelled, as the report counted them.
        const QRegularExpression totals(QStringLiteral("%1\\s+%2\\s+0\\s+%3\\s")
                                            .arg(locale.toString(day.total.issued), locale.toString(day.total.served),
                                                 locale.toString(day.total.cancelled)));
        QVERIFY2(totals.match(text).hasMatch(), qPrintable(totals.pattern()));
        QVERIFY2(text.contains(lastPage), qPrintable(text.right(200)));

        // Pages as PNGs, to look at.
        const QString shots = QString::fromLocal8Bit(qgetenv("TESSERA_SCREENSHOT_DIR"));
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf,
                                             QDir(shots).filePath(QStringLiteral("report-%1").arg(language))});
        }
    }

    // What cron runs: tessera-server report, from the data directory, with no server running.
    void theServerCommandWritesThePdfAndTheCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QProcess server;
        server.start(qEnvironmentVariable("TESSERA_SERVER"),
                     {QStringLiteral("report"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--date"),
                      QStringLiteral("1999-02-08"), QStringLiteral("--pdf"), out + QStringLiteral("/day.pdf"),
                      QStringLiteral("--csv"), out});
        QVERIFY(server.waitForFinished(60000));
        QCOMPARE(server.exitCode(), 0);
        const QString printed = QString::fromUtf8(server.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("day.pdf (3 pages)")), qPrintable(printed));
        QFile services(out + QStringLiteral("/1999-02-08-services.csv"));
        QVERIFY(services.open(QIODevice::ReadOnly));
        const DailyReport day = report();
        QVERIFY(QString::fromUtf8(services.readAll())
                    .contains(QStringLiteral("1999-02-08,ALL,All services,,,%1,%2,0,%3,")
                                  .arg(day.total.issued)
                                  .arg(day.total.served)
                                  .arg(day.total.cancelled)));
        const QString text = run(QStringLiteral("pdftotext"), {out + QStringLiteral("/day.pdf"), QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Anonymous Bank")));
    }

    // tessera-server forecast: the next day planned from this one, as CSV on standard output
    // and as a PDF; the day itself, with nothing before it, refused with the reason.
    void theForecastCommandPlansTheNextDay()
    {
        QProcess server;
        server.start(qEnvironmentVariable("TESSERA_SERVER"),
                     {QStringLiteral("forecast"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--date"),
                      QStringLiteral("1999-02-09")});
        QVERIFY(server.waitForFinished(60000));
        QCOMPARE(server.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(server.readAllStandardOutput()).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.first().startsWith(QStringLiteral("date,time,forecast_arrivals,")), qPrintable(lines.first()));
        // One day of history: each half hour expects what came then, all of it in one day's total.
        double expected = 0;
        for (const QString &line : lines.mid(1)) {
            if (!line.isEmpty())
                expected += line.section(QLatin1Char(','), 2, 2).toDouble();
        }
        QVERIFY2(std::abs(expected - report().total.issued) < 0.5,
                 qPrintable(QStringLiteral("%1 expected, %2 came").arg(expected).arg(report().total.issued)));

        const QString pdf = m_dir.filePath(QStringLiteral("out/plan.pdf"));
        QProcess printed;
        printed.start(qEnvironmentVariable("TESSERA_SERVER"),
                      {QStringLiteral("forecast"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--date"),
                       QStringLiteral("1999-02-09"), QStringLiteral("--pdf"), pdf});
        QVERIFY(printed.waitForFinished(60000));
        QCOMPARE(printed.exitCode(), 0);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("plan: Anonymous Bank")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("How the advice is worked out")));

        QProcess first;
        first.start(qEnvironmentVariable("TESSERA_SERVER"),
                    {QStringLiteral("forecast"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--date"),
                     QStringLiteral("1999-02-08")});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(first.exitCode() != 0);
        QVERIFY(QString::fromUtf8(first.readAllStandardError())
                    .contains(QStringLiteral("There is not enough history to forecast 1999-02-08")));
    }

    // The server does not load the graphics libraries: its PDFs come from
    // tessera-server-documents. A server copied without it says what to do, and writes nothing.
    void aServerWithoutItsDocumentsProgramSaysWhatToDo()
    {
        const QString lone = m_dir.filePath(QStringLiteral("lone/tessera-server"));
        QDir().mkpath(QFileInfo(lone).absolutePath());
        QVERIFY(QFile::copy(qEnvironmentVariable("TESSERA_SERVER"), lone));
        QProcess server;
        server.start(lone, {QStringLiteral("report"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--date"),
                            QStringLiteral("1999-02-08"), QStringLiteral("--pdf"),
                            m_dir.filePath(QStringLiteral("never.pdf"))});
        QVERIFY(server.waitForFinished(60000));
        QCOMPARE(server.exitCode(), 1);
        const QString said = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("Reinstall the tessera-server package")), qPrintable(said));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }

    void theServerCommandSaysWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString data = m_dir.path();
        QTest::newRow("no journal") << QStringList{QStringLiteral("--data"), data + QStringLiteral("/nowhere")}
                                    << QStringLiteral("There is no journal at %1/nowhere/journal.sqlite. Give the "
                                                      "server's data directory with --data.")
                                           .arg(data);
        QTest::newRow("before the journal")
            << QStringList{QStringLiteral("--data"), data, QStringLiteral("--date"), QStringLiteral("1999-01-31")}
            << QStringLiteral("The journal starts on 1999-02-08; there are no figures for 1999-01-31.");
        QTest::newRow("not a date") << QStringList{QStringLiteral("--date"), QStringLiteral("8.2.1999")}
                                    << QStringLiteral("\"8.2.1999\" is not a day: write it as YYYY-MM-DD");
        QTest::newRow("no output") << QStringList{QStringLiteral("--date"), QStringLiteral("1999-02-08")}
                                   << QStringLiteral(
                                          "Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.");
    }

    void theServerCommandSaysWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        if (!arguments.contains(QStringLiteral("--date")) || arguments.size() > 2)
            arguments << QStringLiteral("--pdf") << m_dir.filePath(QStringLiteral("never.pdf"));
        QProcess server;
        server.start(qEnvironmentVariable("TESSERA_SERVER"), QStringList{QStringLiteral("report")} + arguments);
        QVERIFY(server.waitForFinished(60000));
        QVERIFY(server.exitCode() != 0);
        const QString said = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(said.contains(error), qPrintable(said));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }
};

QTEST_MAIN(TestReportRealDay)
#include "TestReportRealDay.moc"
