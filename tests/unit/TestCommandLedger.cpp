#include "FreshJournal.h"
#include "RandomWorkload.h"
#include "TestBranch.h"
#include "host/CommandLedger.h"
#include "host/QueueHost.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

void recordAll(CommandLedger &ledger, std::initializer_list<std::pair<const char *, Seq>> entries)
{
    for (const auto &[id, seq] : entries)
        ledger.record(QLatin1String(id), seq);
}

// What the ledger remembers for each of these ids, e.g. "a:5+3 b:- c:8+1" (first event + count).
QString recall(const CommandLedger &ledger, const QString &ids)
{
    QStringList known;
    for (const QString &id : ids.split(QLatin1Char(' '))) {
        const auto range = ledger.find(id);
        known << id + QLatin1Char(':') +
                     (range ? QStringLiteral("%1+%2").arg(range->first).arg(range->count) : QStringLiteral("-"));
    }
    return known.join(QLatin1Char(' '));
}

// A configured, staffed branch with its journal in a temporary directory.
struct HostFixture
{
    FreshJournal place;
    ManualClock clock{mondayMorning()};
    std::unique_ptr<QueueHost> host;

    HostFixture() { reopen(); }
    QString path() const { return place.location(); }
    bool reopen()
    {
        host.reset();
        auto opened = QueueHost::open(path(), clock);
        if (!opened)
            return false;
        host = std::move(opened).value();
        if (!host->state().hasConfig()) {
            host->submit(ChangeConfig{toJson(baseConfig())});
            host->submit(RandomWorkload::staffAll(host->state()));
        }
        return true;
    }
};

Command issue(const QString &service)
{
    return IssueTicket{service, PriorityClass::Normal, {}};
}

int ticketsIssued(const QList<Event> &events)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [](const Event &event) { return std::holds_alternative<TicketIssued>(event.payload); }));
}

} // namespace

class TestCommandLedger final : public QObject
{
    Q_OBJECT

private slots:
    void aCommandsEventsFormOneRange()
    {
        CommandLedger ledger;
        recordAll(ledger, {{"a", 5}, {"a", 6}, {"a", 7}, {"b", 8}, {"", 9}}); // 9: housekeeping, no id
        QCOMPARE(recall(ledger, QStringLiteral("a b c")), QStringLiteral("a:5+3 b:8+1 c:-"));
        QVERIFY(!ledger.find(QString()));
        QCOMPARE(ledger.size(), 2);
    }

    void theOldestIdsAreForgottenFirst()
    {
        CommandLedger ledger(3);
        recordAll(ledger, {{"c1", 1}, {"c2", 2}, {"c3", 3}, {"c4", 4}, {"c5", 5}});
        QCOMPARE(recall(ledger, QStringLiteral("c1 c2 c3 c5")), QStringLiteral("c1:- c2:- c3:3+1 c5:5+1"));
        QCOMPARE(ledger.size(), 3);
    }

    void anIdUsedAgainCountsAsNew()
    {
        // An id seen again later (the first use long forgotten by a station) is its newest
        // use, and it is kept as long as any other new entry.
        CommandLedger ledger(2);
        recordAll(ledger, {{"a", 1}, {"a", 5}, {"b", 6}});
        QCOMPARE(recall(ledger, QStringLiteral("a b")), QStringLiteral("a:5+1 b:6+1"));
        ledger.record(QStringLiteral("c"), 7);
        QCOMPARE(recall(ledger, QStringLiteral("a b c")), QStringLiteral("a:- b:6+1 c:7+1"));
        ledger.truncate(6);
        QCOMPARE(recall(ledger, QStringLiteral("a b c")), QStringLiteral("a:- b:6+1 c:-"));
        QCOMPARE(ledger.size(), 1);
    }

    void truncateForgetsWhatWasNotSaved()
    {
        CommandLedger ledger;
        recordAll(ledger, {{"a", 1}, {"b", 2}, {"b", 3}, {"c", 4}, {"d", 5}});
        ledger.truncate(3);
        QCOMPARE(recall(ledger, QStringLiteral("a b c d")), QStringLiteral("a:1+1 b:2+2 c:- d:-"));
        // What comes after the failed group is recorded as usual.
        ledger.record(QStringLiteral("c"), 4);
        QCOMPARE(recall(ledger, QStringLiteral("c")), QStringLiteral("c:4+1"));
        ledger.truncate(0);
        QCOMPARE(ledger.size(), 0);
    }

    void aStationsRetryIsAnsweredNotRepeated_data()
    {
        // Each group is one submit() of "issue a cash ticket" commands with these ids.
        QTest::addColumn<QList<QStringList>>("groups");
        QTest::addColumn<int>("ticketsExpected");
        QTest::newRow("two ids") << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}} << 2;
        QTest::newRow("the same id twice") << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("a")}} << 1;
        QTest::newRow("the same id twice in one group")
            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("a")}} << 1;
        QTest::newRow("a retry inside a later group")
            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                  {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}}
            << 3;
        QTest::newRow("no ids") << QList<QStringList>{{QString()}, {QString(), QString()}} << 3;
    }

    void aStationsRetryIsAnsweredNotRepeated()
    {
        QFETCH(QList<QStringList>, groups);
        QFETCH(int, ticketsExpected);
        HostFixture fixture;
        const TicketId ticketsBefore = fixture.host->state().lastTicketId();

        QHash<QString, QList<Event>> firstResult;
        for (const QStringList &ids : groups) {
            const QList<Command> commands(ids.size(), issue(QStringLiteral("cash")));
            const QList<CommandResult> results = fixture.host->submit(commands, ids);
            QCOMPARE(results.size(), ids.size());
            for (qsizetype i = 0; i < ids.size(); ++i) {
                QVERIFY2(results[i], results[i] ? "" : qPrintable(results[i].error().message));
                QCOMPARE(ticketsIssued(results[i].value()), 1);
                if (ids[i].isEmpty())
                    continue;
                // A retry is told exactly what the first attempt did.
                const auto first = firstResult.constFind(ids[i]);
                if (first == firstResult.cend())
                    firstResult.insert(ids[i], results[i].value());
                else
                    QVERIFY(results[i].value() == *first);
                QVERIFY(fixture.host->knowsCommand(ids[i]));
            }
        }
        QCOMPARE(fixture.host->state().lastTicketId() - ticketsBefore, ticketsExpected);
    }

    void aRetryAfterARestartIsStillAnswered()
    {
        HostFixture fixture;
        const QStringList id{QStringLiteral("kiosk-1/17")};
        const QList<CommandResult> first = fixture.host->submit({issue(QStringLiteral("accounts"))}, id);
        QVERIFY(first.first());
        const Seq lastSeq = fixture.host->state().lastSeq();

        // The server restarts before the kiosk saw the answer; the kiosk sends it again.
        QVERIFY(fixture.reopen());
        QVERIFY(fixture.host->knowsCommand(id.first()));
        const QList<CommandResult> retry = fixture.host->submit({issue(QStringLiteral("accounts"))}, id);
        QVERIFY(retry.first());
        QVERIFY(retry.first().value() == first.first().value());
        QCOMPARE(fixture.host->state().lastSeq(), lastSeq);
        QCOMPARE(fixture.host->journal().lastSeq(), lastSeq);

        // And a new id after the restart is a new ticket.
        const QList<CommandResult> other =
            fixture.host->submit({issue(QStringLiteral("accounts"))}, {QStringLiteral("kiosk-1/18")});
        QVERIFY(other.first());
        QCOMPARE(ticketsIssued(other.first().value()), 1);
        QVERIFY(other.first().value() != first.first().value());
    }

    void aRefusedCommandIsDecidedAgainOnRetry()
    {
        HostFixture fixture;
        const QStringList id{QStringLiteral("teller-1/5")};
        // Nobody is waiting yet: refused, and nothing is remembered for the id.
        const QList<CommandResult> refused = fixture.host->submit({CallNext{1}}, id);
        QVERIFY(!refused.first());
        QCOMPARE(refused.first().error().code, ErrorCode::NothingWaiting);
        QVERIFY(!fixture.host->knowsCommand(id.first()));

        fixture.host->submit(issue(QStringLiteral("cash")));
        const QList<CommandResult> retried = fixture.host->submit({CallNext{1}}, id);
        QVERIFY2(retried.first(), retried.first() ? "" : qPrintable(retried.first().error().message));
        QVERIFY(std::holds_alternative<TicketCalled>(retried.first().value().last().payload));
        QVERIFY(fixture.host->knowsCommand(id.first()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLedger)
#include "TestCommandLedger.moc"
