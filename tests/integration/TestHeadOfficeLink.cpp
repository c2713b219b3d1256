#include "HeadOfficeFixture.h"
#include "headoffice/HeadOfficeLink.h"
#include "host/QueueHost.h"
#include "protocol/EventCodec.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

// A branch forwarding its journal to a head office on a real PostgreSQL (the tests' cluster):
// everything arrives once and in order, across a head office killed mid-stream, and every
// wrong setup is refused with a sentence that says what to fix, while the branch goes on.
class TestHeadOfficeLink final : public QObject
{
    Q_OBJECT

private:
    // What the head office holds of a branch, in order: (seq, type, payload).
    static QList<std::tuple<Seq, QString, QByteArray>> headOfficeEvents(const HeadOffice &office,
                                                                        const QString &branchId)
    {
        QList<std::tuple<Seq, QString, QByteArray>> events;
        SqlConnection connection(JournalLocation::parse(office.database.location()).value(), false);
        QString error;
        QSqlQuery query(connection.database());
        if (connection.open(&error) &&
            query.prepare(QStringLiteral("SELECT seq, type, payload FROM events WHERE branch_id = ? ORDER BY seq"))) {
            query.addBindValue(branchId);
            query.exec();
            while (query.next())
                events.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toByteArray()});
        }
        return events;
    }

    static bool holdsExactly(const HeadOffice &office, const QString &branchId, const Journal &journal)
    {
        const auto held = headOfficeEvents(office, branchId);
        QList<std::tuple<Seq, QString, QByteArray>> local;
        QString error;
        journal.read(
            0,
            [&local](JournalEntry &&entry) {
                local.append({entry.event.seq, QString::fromLatin1(typeName(entry.event.payload)),
                              EventCodec::toBytes(entry.event.payload)});
            },
            &error);
        return held == local;
    }

private slots:
    void everyEventArrivesOnceAndInOrder()
    {
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        FreshJournal journal;
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journal.location(), clock, 1500);
        const Seq before = host->state().lastSeq();

        HeadOfficeLink link(settingsFor(office->branchUrl(), branchId, journal.location()));
        QSignalSpy forwarded(&link, &HeadOfficeLink::forwarded);
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::CaughtUp, 20000);
        QVERIFY2(forwarded.size() >= 2, "a day of work should take several batches");
        QVERIFY(holdsExactly(*office, branchId, host->journal()));

        // New work reaches the head office as the branch tells the link about it.
        addWork(*host, clock, 200, 8);
        link.journalGrew(host->state().lastSeq());
        QTRY_COMPARE_WITH_TIMEOUT(forwarded.last().first().value<Seq>(), host->state().lastSeq(), 10000);
        QVERIFY(holdsExactly(*office, branchId, host->journal()));
        qInfo("%lld events forwarded, then %lld more", before, host->state().lastSeq() - before);
    }

    void aKilledHeadOfficeMissesNothingAndDoublesNothing()
    {
        // A head office of its own, so the test can kill it without touching the other tests.
        const QString clusterDir = QDir::temp().filePath(QStringLiteral("tessera-ho-kill-%1").arg(getpid()));
        const QString script =
            qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/postgres/cluster.sh");
        QCOMPARE(QProcess::execute(script, {QStringLiteral("start"), clusterDir}), 0);
        const QByteArray sharedCluster = qgetenv("TESSERA_TEST_POSTGRES");
        qputenv("TESSERA_TEST_POSTGRES", clusterDir.toUtf8()); // FreshJournal and urlAs use it
        const auto cleanup = qScopeGuard([&] {
            QProcess::execute(script, {QStringLiteral("stop"), clusterDir});
            qputenv("TESSERA_TEST_POSTGRES", sharedCluster);
        });

        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journalPath, clock, 300);
        HeadOfficeLink link(settingsFor(office->branchUrl(), branchId, journalPath));
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::CaughtUp, 20000);

        for (int round = 0; round < 3; ++round) {
            // The branch works while the head office dies, stays dead, and comes back.
            addWork(*host, clock, 100, 20 + round);
            link.journalGrew(host->state().lastSeq());
            QTest::qWait(20 * round); // killed at different points of the stream
            QCOMPARE(QProcess::execute(script, {QStringLiteral("kill"), clusterDir}), 0);
            addWork(*host, clock, 300, 30 + round);
            link.journalGrew(host->state().lastSeq());
            QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::Offline, 15000);
            QCOMPARE(QProcess::execute(script, {QStringLiteral("resume"), clusterDir}), 0);
            QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::CaughtUp, 30000);
            QVERIFY2(
                holdsExactly(*office, branchId, host->journal()),
                qPrintable(QStringLiteral("round %1: the head office's events differ from the branch's").arg(round)));
        }
        office.reset(); // drops its database while the cluster still runs
    }

    void aBatchSentTwiceIsStoredOnce()
    {
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        FreshJournal journal;
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journal.location(), clock, 50);
        HeadOfficeLink link(settingsFor(office->branchUrl(), branchId, journal.location()));
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::CaughtUp, 20000);
        // As if the answer to the last batch was lost: the same events again, by hand, as the branch.
        QString error;
        const QString call = QStringLiteral("SELECT append_events('%1', '%2', 1, '{1}', '{2026-11-23}', '{X}', "
                                            "'{\"\\\\x00\"}')")
                                 .arg(branchId, host->journal().journalId());
        SqlConnection connection(JournalLocation::parse(office->branchUrl()).value(), false);
        QVERIFY2(connection.open(&error), qPrintable(error));
        QSqlQuery query(connection.database());
        QVERIFY2(query.exec(call) && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), host->state().lastSeq());
        // A branch role can append its own events through the function, and read nothing.
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM events")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO events VALUES ('x', 'x', 1, 1, now(), 'X', '')")));
        QVERIFY(holdsExactly(*office, branchId, host->journal()));
    }

    void wrongSetupsAreRefusedWithWhatToFix_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong password") << "password"
                                        << "password authentication failed";
        QTest::newRow("another branch's role") << "role"
                                               << "is not the role of branch";
        QTest::newRow("unknown branch") << "branch"
                                        << "has no branch";
        QTest::newRow("replaced journal") << "journal"
                                          << "was replaced or its data directory started anew";
        QTest::newRow("restored from a backup") << "backup"
                                                << "restored from a backup";
        QTest::newRow("newer head office") << "schema"
                                           << "upgrade Tessera on this branch";
        QTest::newRow("no TLS") << "tls"
                                << "sslmode=verify-full";
    }

    void wrongSetupsAreRefusedWithWhatToFix()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, said);
        const QString branchId = uniqueBranchId();
        auto office = headOfficeWith(branchId);
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        ManualClock clock(mondayMorning());
        auto host = busyBranch(journalPath, clock, 100);
        HeadOfficeLink::Settings settings = settingsFor(office->branchUrl(), branchId, journalPath);

        if (mistake == QLatin1String("password")) {
            settings.headOffice = office->database.urlAs(office->branch.role, QStringLiteral("wrong"));
        } else if (mistake == QLatin1String("role")) {
            const auto other = office->admin->addBranch(uniqueBranchId());
            settings.headOffice = office->database.urlAs(other.value().role, other.value().password);
        } else if (mistake == QLatin1String("branch")) {
            settings.branchId = QStringLiteral("nowhere");
        } else if (mistake == QLatin1String("journal") || mistake == QLatin1String("backup")) {
            // First the real journal reaches the head office...
            const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
            QVERIFY(QFile::copy(journalPath, backup));
            QVERIFY(QFile::copy(journalPath + QStringLiteral("-wal"), backup + QStringLiteral("-wal")));
            addWork(*host, clock, 50, 9);
            HeadOfficeLink first(settings);
            first.start();
            QTRY_COMPARE_WITH_TIMEOUT(first.state(), HeadOfficeLink::State::CaughtUp, 20000);
            // ...then the branch comes back with a new journal, or with yesterday's backup of it.
            if (mistake == QLatin1String("journal")) {
                host.reset();
                QFile::remove(journalPath);
                host = busyBranch(journalPath, clock, 10);
            } else {
                settings.journal = backup;
            }
        } else if (mistake == QLatin1String("schema")) {
            QVERIFY(office->database.poke(QStringLiteral("UPDATE schema_version SET version = 99")));
        } else if (mistake == QLatin1String("tls")) {
            QUrl url(settings.headOffice);
            url.setQuery(QString());
            const auto refused = HeadOfficeLink::checkUrl(url.toString(QUrl::FullyEncoded), true);
            QVERIFY(refused);
            QVERIFY2(refused->contains(said), qPrintable(*refused));
            return;
        }

        HeadOfficeLink link(settings);
        QSignalSpy changes(&link, &HeadOfficeLink::stateChanged);
        link.start();
        const auto toldWhy = [&] {
            for (const auto &change : changes) {
                if (change.at(1).toString().contains(said))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(toldWhy(), 15000);
        // A wrong password is a failed connection (PostgreSQL does not say more to a stranger);
        // the rest reach the head office, which refuses.
        QCOMPARE(link.state(), mistake == QLatin1String("password") ? HeadOfficeLink::State::Offline
                                                                    : HeadOfficeLink::State::Refused);
        // The branch goes on meanwhile: its journal takes work as before.
        const Seq before = host->state().lastSeq();
        addWork(*host, clock, 20, 11);
        QVERIFY(host->state().lastSeq() > before);
        // And the head office holds nothing it should not: no event of another journal.
        for (const auto &[seq, type, payload] : headOfficeEvents(*office, branchId))
            QVERIFY(seq > 0 && !type.isEmpty() && !payload.isEmpty());
        if (mistake != QLatin1String("journal") && mistake != QLatin1String("backup"))
            return;
        // The head office decides to follow the branch's present journal: the link goes on by itself.
        const qsizetype heldBefore = headOfficeEvents(*office, branchId).size();
        QString outcome;
        QVERIFY2(office->admin->acceptJournal(branchId, host->journal().journalId(), &outcome), qPrintable(outcome));
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), HeadOfficeLink::State::CaughtUp, 15000);
        const auto held = headOfficeEvents(*office, branchId);
        // Nothing the head office held is lost: the old history is kept beside the new one.
        QVERIFY2(held.size() >= heldBefore, qPrintable(outcome));
        QVERIFY2(outcome.contains(mistake == QLatin1String("journal") ? QStringLiteral("stay")
                                                                      : QStringLiteral("before-restore")),
                 qPrintable(outcome));
    }
};

QTEST_GUILESS_MAIN(TestHeadOfficeLink)
#include "TestHeadOfficeLink.moc"
