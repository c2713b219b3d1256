#include "HeadOfficeFixture.h"
#include "headoffice/BranchHistory.h"
#include "headoffice/HeadOfficeProjector.h"
#include "protocol/CborFields.h"
#include "report/PeriodReport.h"
#include "report/ReportSource.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

// The head office's read models against a real PostgreSQL: what the live table and the period
// reports read must be what the branch itself would report, day by day, figure by figure,
// however the projector was stopped and started along the way.
class TestHeadOfficeProjector final : public QObject
{
    Q_OBJECT

private:
    struct StoredDay
    {
        DailyReport report;
        ServiceSamples samples;
    };

    static std::unique_ptr<HeadOfficeProjector> projectorFor(const HeadOffice &office, int stateEveryMs = 30000)
    {
        HeadOfficeProjector::Settings settings;
        settings.database = office.database.location();
        settings.stateEveryMs = stateEveryMs;
        settings.runningDayEveryMs = 0; // the running day's figures compared too
        settings.eventsPerPass = 700;   // several passes, and day ends in the middle of them
        auto projector = HeadOfficeProjector::open(settings);
        if (!projector)
            qFatal("%s", qPrintable(projector.error()));
        return std::move(projector).value();
    }

    // Forwards the branch's journal with the real link until the head office has all of it.
    static void forwardAll(const HeadOffice &office, const QString &branchId, QueueHost &host)
    {
        HeadOfficeLink link(settingsFor(office.branchUrl(), branchId, host.journal().location()));
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::CaughtUp, 30000);
    }

    static std::unique_ptr<SqlConnection> administratorOf(const HeadOffice &office)
    {
        auto connection =
            std::make_unique<SqlConnection>(JournalLocation::parse(office.database.location()).value(), false);
        QString error;
        if (!connection->open(&error))
            qFatal("%s", qPrintable(error));
        return connection;
    }

    static QMap<QDate, StoredDay> storedDays(const HeadOffice &office, const QString &branchId)
    {
        QMap<QDate, StoredDay> days;
        const auto connection = administratorOf(office);
        QSqlQuery query(connection->database());
        query.prepare(QStringLiteral("SELECT report, samples FROM branch_days WHERE branch_id = ?"));
        query.addBindValue(branchId);
        query.exec();
        while (query.next()) {
            StoredDay day;
            if (!cbor::decodeFields(QCborValue::fromCbor(query.value(0).toByteArray()).toMap(), day.report))
                qFatal("a stored report cannot be read");
            day.samples = PeriodReportBuilder::unpackSamples(query.value(1).toByteArray()).value();
            days.insert(day.report.day, day);
        }
        return days;
    }

    static std::optional<LiveFigures> storedLive(const HeadOffice &office, const QString &branchId)
    {
        const auto connection = administratorOf(office);
        QSqlQuery query(connection->database());
        query.prepare(QStringLiteral("SELECT figures::text FROM branch_live WHERE branch_id = ?"));
        query.addBindValue(branchId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return LiveFigures::fromJson(query.value(0).toByteArray());
    }

    // The branch's own report of a day, as `tessera-server report` makes it from its journal.
    static DailyReport branchReport(const QueueHost &host, const QDate &day, TimestampMs now)
    {
        auto report = ReportSource::report(host.journal(), day, now);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        return report.value();
    }

    static TimestampMs lastEventAt(const QueueHost &host)
    {
        TimestampMs at = 0;
        QString error;
        host.journal().read(
            host.state().lastSeq() - 1, [&at](JournalEntry &&entry) { at = entry.event.at; }, &error);
        return at;
    }

    static void compareWithBranch(const HeadOffice &office, const QString &branchId, const QueueHost &host,
                                  int expectedDays)
    {
        const QMap<QDate, StoredDay> days = storedDays(office, branchId);
        QCOMPARE(days.size(), expectedDays);
        const TimestampMs now = lastEventAt(host);
        for (const StoredDay &day : days) {
            const DailyReport own = branchReport(host, day.report.day, now);
            QVERIFY2(day.report == own, qPrintable(QStringLiteral("the figures of %1 differ from the branch's")
                                                       .arg(day.report.day.toString(Qt::ISODate))));
            // The samples give back the report's percentiles.
            DurationSamples all;
            for (const DurationSamples &service : day.samples) {
                all.waits += service.waits;
                all.serviceTimes += service.serviceTimes;
            }
            QCOMPARE(DurationStats::of(all.waits), own.total.wait);
            QCOMPARE(DurationStats::of(all.serviceTimes), own.total.serviceTime);
        }
        // The live row: the lobby as the branch's state has it, the day as its report has it.
        const auto live = storedLive(office, branchId);
        QVERIFY(live);
        const DailyReport today = branchReport(host, host.state().businessDay(), now);
        QCOMPARE(*live, LiveFigures::of(host.state(), today, now));
        QCOMPARE(live->today.served, today.total.served);
    }

private slots:
    void readModelsAreWhatTheBranchWouldReport()
    {
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        FreshJournal journal;
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journal.location(), clock, 600);
        addDaysOfWork(*host, clock, 3, 900, 40);
        forwardAll(*office, branchId, *host);

        auto projector = projectorFor(*office);
        QSignalSpy updated(projector.get(), &HeadOfficeProjector::branchUpdated);
        QString error;
        QVERIFY2(projector->catchUp(&error), qPrintable(error));
        QVERIFY(updated.size() > 1);
        compareWithBranch(*office, branchId, *host, 3);
        QVERIFY(storedLive(*office, branchId)->waiting() > 0);
    }

    void goesOnAfterARestartAsIfNeverStopped()
    {
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        FreshJournal journal;
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journal.location(), clock, 500);
        forwardAll(*office, branchId, *host);
        QString error;
        {
            auto projector = projectorFor(*office, 0); // saves its state on every pass
            QVERIFY2(projector->catchUp(&error), qPrintable(error));
        }
        // Stopped over a day end: the next one goes on from the saved state.
        addDaysOfWork(*host, clock, 2, 700, 60);
        forwardAll(*office, branchId, *host);
        {
            auto projector = projectorFor(*office);
            QVERIFY2(projector->catchUp(&error), qPrintable(error));
        }
        compareWithBranch(*office, branchId, *host, 2);

        // Rebuilt from the events alone, the read models are the same.
        const auto before = storedDays(*office, branchId);
        auto projector = projectorFor(*office);
        QVERIFY2(projector->rebuild(&error), qPrintable(error));
        QVERIFY(storedDays(*office, branchId).isEmpty());
        QVERIFY2(projector->catchUp(&error), qPrintable(error));
        const auto after = storedDays(*office, branchId);
        QCOMPARE(after.keys(), before.keys());
        for (const QDate &day : after.keys())
            QVERIFY(after[day].report == before[day].report && after[day].samples == before[day].samples);
    }

    void aHistoryThatWentBackIsFoldedAgain()
    {
        // As accept-journal does for a branch restored from a backup: the events past the
        // backup move to a journal id of their own, and the head office's history goes back.
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        FreshJournal journal;
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journal.location(), clock, 300);
        forwardAll(*office, branchId, *host);
        auto projector = projectorFor(*office, 0);
        QString error;
        QVERIFY2(projector->catchUp(&error), qPrintable(error));
        const Seq backup = host->state().lastSeq() / 2;
        QVERIFY(office->database.poke(
            QStringLiteral(
                "UPDATE events SET journal_id = journal_id || '/before-restore' WHERE branch_id = ? AND seq > ?"),
            {branchId, backup}));
        QVERIFY(office->database.poke(QStringLiteral("UPDATE branches SET last_seq = ? WHERE branch_id = ?"),
                                      {backup, branchId}));
        QVERIFY2(projector->catchUp(&error), qPrintable(error));
        const auto connection = administratorOf(*office);
        QSqlQuery query(connection->database());
        query.prepare(QStringLiteral("SELECT seq FROM branch_live WHERE branch_id = ?"));
        query.addBindValue(branchId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toLongLong(), backup);
        // A projector started afresh goes on from the state saved at the backup.
        auto restarted = projectorFor(*office);
        QVERIFY2(restarted->catchUp(&error), qPrintable(error));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toLongLong(), backup);
    }

    void aBranchIsOnlineWhileItCallsAndNotifiesTheLiveView()
    {
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        FreshJournal journal;
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journal.location(), clock, 50);
        auto projector = projectorFor(*office);
        projector->start();

        // A viewer of its own, listening as the head office program does.
        const auto viewer = administratorOf(*office);
        QSignalSpy notified(viewer->database().driver(), &QSqlDriver::notification);
        QVERIFY(viewer->database().driver()->subscribeToNotification(QStringLiteral("tessera_live")));
        auto online = [&] {
            QSqlQuery query(viewer->database());
            query.prepare(QStringLiteral("SELECT online FROM branch_live WHERE branch_id = ?"));
            query.addBindValue(branchId);
            return query.exec() && query.next() && query.value(0).toBool();
        };
        auto notifiedAbout = [&] {
            return std::any_of(notified.cbegin(), notified.cend(),
                               [&](const QList<QVariant> &args) { return args.at(2).toString() == branchId; });
        };

        auto link = std::make_unique<HeadOfficeLink>(settingsFor(office->branchUrl(), branchId, journal.location()));
        link->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(notifiedAbout(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(storedLive(*office, branchId)->today.issued,
                                  branchReport(*host, host->state().businessDay(), lastEventAt(*host)).total.issued,
                                  10000);

        // New work shows in the live row without anyone asking.
        notified.clear();
        addWork(*host, clock, 30, 70);
        link->journalGrew(host->state().lastSeq());
        QTRY_VERIFY_WITH_TIMEOUT(notifiedAbout(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(storedLive(*office, branchId)->waiting(),
                                  LiveFigures::of(host->state(), DailyReport{}, 0).waiting(), 5000);

        // The branch stops calling: offline within a few seconds, and the view is told.
        link.reset();
        notified.clear();
        QElapsedTimer silent;
        silent.start();
        QTRY_VERIFY_WITH_TIMEOUT(!online(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(notifiedAbout(), 5000);
        qInfo("offline shown %lld ms after the branch's last call", silent.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestHeadOfficeProjector)
#include "TestHeadOfficeProjector.moc"
