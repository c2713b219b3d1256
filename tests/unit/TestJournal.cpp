#include "FreshJournal.h"
#include "TestBranch.h"
#include "storage/Journal.h"

#include <QTest>
#include <QUrl>

using namespace tessera;
using namespace tessera::test;

// The journal's contract, on the backend the test run names (SQLite by default; CTest runs
// this file a second time as test_Journal_postgresql against a real PostgreSQL).
class TestJournal final : public QObject
{
    Q_OBJECT

private:
    static QList<JournalEntry> someEntries(Seq firstSeq, int count, const QDate &day = QDate(2026, 11, 23))
    {
        QList<JournalEntry> entries;
        for (int i = 0; i < count; ++i) {
            const Seq seq = firstSeq + i;
            entries.append({Event{seq, 1000 * seq, TicketCalled{seq, 2, QStringLiteral("anna"), false}}, day,
                            QStringLiteral("command-%1").arg(seq)});
        }
        return entries;
    }

private slots:
    void initTestCase() { qInfo("journal backend: %s", journalTestsOnPostgresql() ? "postgresql" : "sqlite"); }

    void appendedEventsReadBackInOrder()
    {
        FreshJournal place;
        auto journal = Journal::open(place.location());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        QCOMPARE(journal.value()->schemaVersion(), 3);
        QCOMPARE(journal.value()->journalId().size(), 32);
        QString error;
        QVERIFY2(journal.value()->append(someEntries(1, 3), &error), qPrintable(error));
        QVERIFY(journal.value()->append(someEntries(4, 2), &error));
        QCOMPARE(journal.value()->lastSeq(), 5);

        QList<JournalEntry> read;
        QVERIFY2(journal.value()->read(
                     2, [&read](JournalEntry &&entry) { read.append(entry); }, &error),
                 qPrintable(error));
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.first().event, someEntries(3, 1).first().event);
        QCOMPARE(read.first().commandId, QStringLiteral("command-3"));
        QCOMPARE(read.last().businessDay, QDate(2026, 11, 23));
    }

    void theReportQueriesFindDaysAndTypes()
    {
        FreshJournal place;
        auto journal = Journal::open(place.location());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 3, QDate(2026, 11, 20)), &error));
        QVERIFY(journal.value()->append(someEntries(4, 4, QDate(2026, 11, 23)), &error));
        QList<JournalEntry> housekeeping{
            {Event{8, 8000, DayRolledOver{QDate(2026, 11, 24)}}, QDate(2026, 11, 24), QString()}};
        QVERIFY(journal.value()->append(housekeeping, &error));

        const Journal &j = *journal.value();
        QCOMPARE(j.days(), std::make_pair(QDate(2026, 11, 20), QDate(2026, 11, 24)));
        QCOMPARE(j.daySpan(QDate(2026, 11, 23)).first, 4);
        QCOMPARE(j.daySpan(QDate(2026, 11, 23)).last, 7);
        QCOMPARE(j.daySpan(QDate(2026, 11, 21)).first, 0);
        QCOMPARE(j.lastSeqBefore(QDate(2026, 11, 23)), 3);
        QCOMPARE(j.dayBefore(QDate(2026, 11, 23)), QDate(2026, 11, 20));
        QVERIFY(!j.dayBefore(QDate(2026, 11, 20)).isValid());

        QList<Seq> called;
        QVERIFY(j.readOfType(
            QStringLiteral("TicketCalled"), 2, 6, [&called](JournalEntry &&entry) { called << entry.event.seq; },
            &error));
        QCOMPARE(called, (QList<Seq>{3, 4, 5, 6}));
        const auto latest = j.latestOfType(QStringLiteral("DayRolledOver"), 100, &error);
        QVERIFY(latest);
        QCOMPARE(latest->event.seq, 8);
        QVERIFY(latest->commandId.isEmpty());
        QVERIFY(!j.latestOfType(QStringLiteral("DayRolledOver"), 7, &error));
    }

    void aReaderBesideTheWriterSeesCommittedEventsAndCannotWrite()
    {
        FreshJournal place;
        auto writer = Journal::open(place.location());
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error()));
        QString error;
        QVERIFY(writer.value()->append(someEntries(1, 2), &error));
        auto reader = Journal::openForReading(place.location());
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error()));
        QCOMPARE(reader.value()->lastSeq(), 2);
        QCOMPARE(reader.value()->journalId(), writer.value()->journalId());
        QVERIFY(writer.value()->append(someEntries(3, 1), &error));
        QCOMPARE(reader.value()->lastSeq(), 3);
        QVERIFY(!reader.value()->append(someEntries(4, 1), &error));
        QCOMPARE(writer.value()->lastSeq(), 3);
    }

    void aFailedGroupWritesNothing()
    {
        FreshJournal place;
        auto journal = Journal::open(place.location());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 2), &error));
        // The second group repeats seq 2 in its middle: the whole group must be refused.
        QList<JournalEntry> clash = someEntries(3, 2);
        clash.insert(1, someEntries(2, 1).first());
        QVERIFY(!journal.value()->append(clash, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(journal.value()->lastSeq(), 2);
        // And the journal goes on after the refusal.
        QVERIFY2(journal.value()->append(someEntries(3, 1), &error), qPrintable(error));
        QCOMPARE(journal.value()->lastSeq(), 3);
    }

    void aJournalFromANewerVersionIsRefused()
    {
        FreshJournal place;
        {
            auto journal = Journal::open(place.location());
            QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        }
        QVERIFY(place.poke(QStringLiteral("UPDATE schema_version SET version = 99")));
        auto journal = Journal::open(place.location());
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("newer Tessera")), qPrintable(journal.error()));
        auto reader = Journal::openForReading(place.location());
        QVERIFY(!reader);
        QVERIFY2(reader.error().contains(QStringLiteral("schema 99")), qPrintable(reader.error()));
    }

    void aDamagedEventStopsTheReplay()
    {
        FreshJournal place;
        auto journal = Journal::open(place.location());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 3), &error));
        QVERIFY(place.poke(QStringLiteral("UPDATE events SET payload = ? WHERE seq = 2"), {QByteArray("\xff\x00", 2)}));
        int seen = 0;
        QVERIFY(!journal.value()->read(
            0, [&seen](JournalEntry &&) { ++seen; }, &error));
        QCOMPARE(seen, 1);
        QVERIFY2(error.contains(QStringLiteral("event 2")), qPrintable(error));
    }

    void aMissingEventStopsTheReplay()
    {
        FreshJournal place;
        auto journal = Journal::open(place.location());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 3), &error));
        QVERIFY(place.poke(QStringLiteral("DELETE FROM events WHERE seq = 2")));
        QVERIFY(!journal.value()->read(
            0, [](JournalEntry &&) {}, &error));
        QVERIFY2(error.contains(QStringLiteral("event 2 is missing")), qPrintable(error));
    }

    void aMissingDirectoryIsAClearError()
    {
        if (journalTestsOnPostgresql())
            QSKIP("a SQLite journal's case; PostgreSQL's are in the next tests");
        auto journal = Journal::open(QStringLiteral("/nonexistent/tessera/j.sqlite"));
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("does not exist")), qPrintable(journal.error()));
    }

    void aSecondWriterIsRefused()
    {
        if (!journalTestsOnPostgresql())
            QSKIP("SQLite locks its file itself");
        FreshJournal place;
        auto first = Journal::open(place.location());
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        auto second = Journal::open(place.location());
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QStringLiteral("another tessera-server is writing")),
                 qPrintable(second.error()));
        first.value().reset();
        auto third = Journal::open(place.location());
        QVERIFY2(third, third ? "" : qPrintable(third.error()));
    }

    void aWrongPasswordOrAnUnknownDatabaseIsAClearError()
    {
        if (!journalTestsOnPostgresql())
            QSKIP("PostgreSQL only");
        FreshJournal place;
        QString error;
        const QString admin = testClusterUrl(&error);
        QVERIFY2(runAsAdmin(admin, QStringLiteral("postgres"),
                            {QStringLiteral("DROP ROLE IF EXISTS journal_test_user"),
                             QStringLiteral("CREATE ROLE journal_test_user LOGIN PASSWORD 'right horse'")},
                            &error),
                 qPrintable(error));
        QUrl url(place.location());
        url.setUserName(QStringLiteral("journal_test_user"));
        url.setPassword(QStringLiteral("wrong horse"));
        auto journal = Journal::open(url.toString(QUrl::FullyEncoded));
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("password authentication failed")),
                 qPrintable(journal.error()));
        QVERIFY2(!journal.error().contains(QStringLiteral("wrong")), "the password is shown in the message");
        journal = Journal::open(QStringLiteral("postgresql://journal_test_user:two words@127.0.0.1/journal"));
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("percent-encoded")), qPrintable(journal.error()));
        QVERIFY2(!journal.error().contains(QStringLiteral("words")), "the password is shown in the message");

        url.setPassword(QString());
        url.setUserName(QStringLiteral("postgres"));
        url.setPath(QStringLiteral("/no_such_database"));
        journal = Journal::open(url.toString(QUrl::FullyEncoded));
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("no_such_database")), qPrintable(journal.error()));

        journal = Journal::open(QStringLiteral("postgresql://localhost"));
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("names no database")), qPrintable(journal.error()));
        QVERIFY(runAsAdmin(admin, QStringLiteral("postgres"), {QStringLiteral("DROP ROLE journal_test_user")}, &error));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
