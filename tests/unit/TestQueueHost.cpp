#include "FreshJournal.h"
#include "RandomWorkload.h"
#include "TestBranch.h"
#include "host/QueueHost.h"
#include "host/WaitModelReader.h"

#include <QSet>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestQueueHost final : public QObject
{
    Q_OBJECT

private slots:
    void replayRebuildsExactlyTheLiveState()
    {
        // Thousands of random commands over more than a day, with a fixed seed: the state
        // rebuilt from the journal alone must equal the state the host kept live.
        FreshJournal place;
        ManualClock clock(mondayMorning());
        auto host = QueueHost::open(place.location(), clock);
        QVERIFY(host);
        QVERIFY(host.value()->submit(ChangeConfig{toJson(baseConfig())}));
        host.value()->submit(RandomWorkload::staffAll(host.value()->state()));

        RandomWorkload workload(20261122);
        int accepted = 0;
        const int commands = 6000;
        for (int sent = 0, round = 0; sent < commands; ++round) {
            clock.advanceSeconds(6 * workload.pauseSeconds()); // about 22 hours in all
            // Groups of 1 to 8 commands, as the server batches what arrives together.
            QList<Command> group;
            for (int n = 0; n <= round % 8; ++n)
                group << workload.next(host.value()->state(), clock.nowMs());
            sent += int(group.size());
            for (const CommandResult &result : host.value()->submit(group))
                accepted += result ? 1 : 0;
        }
        QVERIFY2(accepted > commands / 3, qPrintable(QString::number(accepted)));
        QVERIFY(host.value()->state().businessDay() > QDate(2026, 11, 23)); // crossed a rollover

        const auto replayed = QueueHost::replay(host.value()->journal());
        QVERIFY2(replayed, replayed ? "" : qPrintable(replayed.error()));
        QVERIFY(replayed.value() == host.value()->state());
        QVERIFY(replayed.value().lastSeq() >= accepted); // every accepted command journaled at least one event
        qInfo("%d of %d commands accepted, %lld events replayed", accepted, commands, replayed.value().lastSeq());

        // And a restart (a new host on the same file) continues from the same state.
        const QueueState live = host.value()->state();
        host.value().reset();
        auto reopened = QueueHost::open(place.location(), clock);
        QVERIFY(reopened);
        QVERIFY(reopened.value()->state() == live);
    }

    void twoCallsInOneGroupGetDifferentTickets()
    {
        FreshJournal place;
        ManualClock clock(mondayMorning());
        auto host = QueueHost::open(place.location(), clock);
        host.value()->submit(ChangeConfig{toJson(baseConfig())});
        host.value()->submit(RandomWorkload::staffAll(host.value()->state()));
        host.value()->submit(QList<Command>{IssueTicket{QStringLiteral("cash")}, IssueTicket{QStringLiteral("cash")}});

        // Both tellers press "call next" in the same millisecond: one group, one timestamp.
        const auto results = host.value()->submit(QList<Command>{CallNext{1}, CallNext{2}});
        QVERIFY(results[0] && results[1]);
        const TicketId first = std::get<TicketCalled>(results[0].value().last().payload).ticket;
        const TicketId second = std::get<TicketCalled>(results[1].value().last().payload).ticket;
        QVERIFY(first != second);
        QCOMPARE(results[0].value().last().at, results[1].value().last().at);
    }

    void acknowledgedEventsAreInTheJournal()
    {
        FreshJournal place;
        ManualClock clock(mondayMorning());
        auto host = QueueHost::open(place.location(), clock);
        host.value()->submit(ChangeConfig{toJson(baseConfig())});
        const CommandResult issued = host.value()->submit(IssueTicket{QStringLiteral("cash")});
        QVERIFY(issued);
        QCOMPARE(host.value()->journal().lastSeq(), issued.value().last().seq);
        // A refused command journals nothing.
        const Seq before = host.value()->journal().lastSeq();
        QVERIFY(!host.value()->submit(CallNext{1}));
        QCOMPARE(host.value()->journal().lastSeq(), before);
    }
    void eachDayLearnsItsWaitModelOnce()
    {
        FreshJournal place;
        ManualClock clock(mondayMorning());
        auto opened = QueueHost::open(place.location(), clock);
        QueueHost &host = *opened.value();
        host.submit(ChangeConfig{toJson(baseConfig())});
        host.submit(RandomWorkload::staffAll(host.state()));
        // Monday: 25 cash customers served in 4 minutes each.
        for (int i = 0; i < 25; ++i) {
            host.submit(QList<Command>{IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}}, CallNext{1}});
            clock.advanceSeconds(240);
            host.submit(FinishTicket{1, {}, {}});
        }
        // Monday had no day before it: by the caller, nothing was wanted before any history either.
        QCOMPARE(host.state().waitModel().day, QDate());
        // Tuesday: by default the caller learns the model (the server, on a worker thread).
        clock.set(localMs(2026, 11, 24, 9, 0));
        QVERIFY(!host.tick());
        QCOMPARE(host.waitModelWanted(), std::optional<QDate>(QDate(2026, 11, 24)));
        QCOMPARE(host.state().waitModel().day, QDate());
        auto model = WaitModelReader::learn(host.journal(), host.state().config(), QDate(2026, 11, 24));
        QVERIFY(model);
        QCOMPARE(model.value().service(QStringLiteral("cash"))->samples, 25);
        QCOMPARE(model.value().service(QStringLiteral("cash"))->meanSeconds, 240);
        WaitModel stale = model.value();
        stale.day = QDate(2026, 11, 23);
        QVERIFY(!host.adoptWaitModel(stale)); // another day's: dropped
        QCOMPARE(host.state().waitModel().day, QDate());
        QVERIFY(!host.adoptWaitModel(model.value()));
        QCOMPARE(host.state().waitModel(), model.value());
        QCOMPARE(host.waitModelWanted(), std::nullopt);
        const Seq learned = host.journal().lastSeq();
        QVERIFY(!host.adoptWaitModel(model.value())); // only once a day
        QCOMPARE(host.journal().lastSeq(), learned);

        // A restart keeps it: the replayed state has the day's model, nothing is learned again.
        opened.value().reset();
        auto reopened = QueueHost::open(place.location(), clock);
        QCOMPARE(reopened.value()->state().waitModel(), model.value());
        QCOMPARE(reopened.value()->waitModelWanted(), std::nullopt);

        // Inline: Wednesday's first housekeeping learns it, before the command it comes with.
        reopened.value()->setLearning(QueueHost::Learning::Inline);
        clock.set(localMs(2026, 11, 25, 9, 0));
        const CommandResult issued =
            reopened.value()->submit(IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}});
        QVERIFY(issued);
        QCOMPARE(reopened.value()->state().waitModel().day, QDate(2026, 11, 25));
        QCOMPARE(reopened.value()->state().waitModel().daysLearned, 1); // Monday; Tuesday had no customers
        const auto &ticket = std::get<TicketIssued>(issued.value().last().payload);
        QVERIFY(ticket.estimateHighSeconds >= ticket.estimatedWaitSeconds);
    }
};

QTEST_GUILESS_MAIN(TestQueueHost)
#include "TestQueueHost.moc"
