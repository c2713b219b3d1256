#include "FreshJournal.h"
#include "TestBranch.h"
#include "host/QueueHost.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace tessera;
using namespace tessera::test;

// A writer process is killed with SIGKILL at random moments, again and again. After
// every kill the journal must open, hold every event the writer had acknowledged,
// hold no half-written event, and go on numbering without a duplicate. On SQLite, or on
// PostgreSQL when run as test_CrashSafety_postgresql.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    struct Acknowledged
    {
        Seq seq = 0;
        QString type;
        QString label;
    };

    static QList<Acknowledged> readAcknowledged(const QString &path)
    {
        QFile file(path);
        QList<Acknowledged> result;
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QByteArray all = file.readAll();
        // A kill can cut the last line short; only whole lines were acknowledged.
        for (const QByteArray &line : all.left(all.lastIndexOf('\n') + 1).split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3)
                result.append({parts[0].toLongLong(), QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2])});
        }
        return result;
    }

    static bool integrityOk(const QString &path)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            ok = db.open() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
                 query.value(0).toString() == QStringLiteral("ok");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        return ok;
    }

private slots:
    void killedWriterLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        FreshJournal place;
        const QString journalPath = place.location();
        const QString ackPath = dir.filePath(QStringLiteral("acknowledged.txt"));
        const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/tessera-crash-writer");
        QRandomGenerator random(4242);
        const int kills = 25;

        for (int round = 0; round < kills; ++round) {
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(writer, {journalPath, ackPath});
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            // Let it get going (it replays a growing journal first), then kill it without warning.
            const qint64 before = QFileInfo(ackPath).size();
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(ackPath).size() > before || process.state() != QProcess::Running, 20000);
            QTest::qWait(int(random.bounded(5, 150)));
            QVERIFY2(process.state() == QProcess::Running, "the writer stopped by itself");
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished());

            QVERIFY2(place.onPostgresql() || integrityOk(journalPath), "SQLite integrity check failed");
            ManualClock clock(QDateTime::currentMSecsSinceEpoch());
            auto host = QueueHost::open(journalPath, clock); // replay stops at any unreadable event
            QVERIFY2(host, host ? "" : qPrintable(host.error()));

            QMap<Seq, Event> journaled;
            QMap<Seq, QDate> days;
            QString error;
            QVERIFY(host.value()->journal().read(
                0,
                [&](JournalEntry &&entry) {
                    days.insert(entry.event.seq, entry.businessDay);
                    journaled.insert(entry.event.seq, std::move(entry.event));
                },
                &error));
            const QList<Acknowledged> acknowledged = readAcknowledged(ackPath);
            QVERIFY(!acknowledged.isEmpty());
            for (const Acknowledged &ack : acknowledged) {
                QVERIFY2(journaled.contains(ack.seq),
                         qPrintable(QStringLiteral("acknowledged event %1 lost").arg(ack.seq)));
                const Event &event = journaled.value(ack.seq);
                QCOMPARE(QString::fromLatin1(typeName(event.payload)), ack.type);
                if (std::holds_alternative<TicketIssued>(event.payload))
                    QCOMPARE(std::get<TicketIssued>(event.payload).label, ack.label);
            }

            QSet<QString> labelsPerDay;
            for (auto it = journaled.cbegin(); it != journaled.cend(); ++it) {
                if (!std::holds_alternative<TicketIssued>(it->payload))
                    continue;
                const QString key =
                    days.value(it.key()).toString(Qt::ISODate) + std::get<TicketIssued>(it->payload).label;
                QVERIFY2(!labelsPerDay.contains(key), qPrintable(QStringLiteral("duplicate ticket %1").arg(key)));
                labelsPerDay.insert(key);
            }
        }

        // After all the kills, the next ticket continues the numbering.
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        auto host = QueueHost::open(journalPath, clock);
        const int lastNumber = host.value()->state().service(QStringLiteral("cash"))->lastNumber;
        const CommandResult issued = host.value()->submit(IssueTicket{QStringLiteral("cash")});
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        QCOMPARE(std::get<TicketIssued>(issued.value().last().payload).number, lastNumber + 1);
        qInfo("%d kills survived; journal holds %lld events", kills, host.value()->journal().lastSeq());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
