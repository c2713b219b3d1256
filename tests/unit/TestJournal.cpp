#include "TestBranch.h"
#include "storage/Journal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestJournal final : public QObject
{
    Q_OBJECT

private:
    static QList<JournalEntry> someEntries(Seq firstSeq, int count)
    {
        QList<JournalEntry> entries;
        for (int i = 0; i < count; ++i) {
            const Seq seq = firstSeq + i;
            entries.append(
                {Event{seq, 1000 * seq, TicketCalled{seq, 2, QStringLiteral("anna"), false}}, QDate(2026, 11, 23)});
        }
        return entries;
    }

private slots:
    void appendedEventsReadBackInOrder()
    {
        QTemporaryDir dir;
        auto journal = Journal::openSqlite(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        QCOMPARE(journal.value()->schemaVersion(), 3);
        QVERIFY(!journal.value()->journalId().isEmpty());
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 3), &error));
        QVERIFY(journal.value()->append(someEntries(4, 2), &error));
        QCOMPARE(journal.value()->lastSeq(), 5);

        QList<JournalEntry> read;
        QVERIFY(journal.value()->read(
            2, [&read](JournalEntry &&entry) { read.append(entry); }, &error));
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.first().event, someEntries(3, 1).first().event);
        QCOMPARE(read.last().businessDay, QDate(2026, 11, 23));
    }

    void aFailedGroupWritesNothing()
    {
        QTemporaryDir dir;
        auto journal = Journal::openSqlite(dir.filePath(QStringLiteral("j.sqlite")));
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 2), &error));
        // The second group repeats seq 2 in its middle: the whole group must be refused.
        QList<JournalEntry> clash = someEntries(3, 2);
        clash.insert(1, someEntries(2, 1).first());
        QVERIFY(!journal.value()->append(clash, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(journal.value()->lastSeq(), 2);
    }

    void aJournalFromANewerVersionIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            auto journal = Journal::openSqlite(path);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 99"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        auto journal = Journal::openSqlite(path);
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("newer Tessera")), qPrintable(journal.error()));
    }

    void aDamagedEventStopsTheReplay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        auto journal = Journal::openSqlite(path);
        QString error;
        QVERIFY(journal.value()->append(someEntries(1, 3), &error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("UPDATE events SET payload = x'ff00' WHERE seq = 2"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        int seen = 0;
        QVERIFY(!journal.value()->read(
            0, [&seen](JournalEntry &&) { ++seen; }, &error));
        QCOMPARE(seen, 1);
        QVERIFY2(error.contains(QStringLiteral("event 2")), qPrintable(error));
    }

    void aMissingDirectoryIsAClearError()
    {
        auto journal = Journal::openSqlite(QStringLiteral("/nonexistent/tessera/j.sqlite"));
        QVERIFY(!journal);
        QVERIFY2(journal.error().contains(QStringLiteral("does not exist")), qPrintable(journal.error()));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
