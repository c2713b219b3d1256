#include "RandomWorkload.h"
#include "TestBranch.h"
#include "protocol/StateCodec.h"

#include <QCborArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

Q_DECLARE_METATYPE(tessera::QueueState)

namespace {

QJsonObject carryOverConfig()
{
    QJsonObject config = withNumbersUpTo(baseConfig(), 999);
    config.insert(QStringLiteral("businessDay"),
                  QJsonObject{{QStringLiteral("rolloverTime"), QStringLiteral("03:00")},
                              {QStringLiteral("waitingAtRollover"), QStringLiteral("carryOver")}});
    return config;
}

void runWorkload(InMemoryBranch &branch, RandomWorkload &workload, int commands)
{
    for (int i = 0; i < commands; ++i) {
        branch.now += qint64(workload.pauseSeconds()) * 1000;
        branch.run(workload.next(branch.state, branch.now));
    }
}

// A branch in the middle of its second day: tickets waiting (some carried over from the
// first day), called, being served, transferred to a named counter; appointments booked;
// tellers logged in at open and paused counters.
InMemoryBranch busyBranch()
{
    InMemoryBranch branch(carryOverConfig());
    for (const Command &command : RandomWorkload::staffAll(branch.state))
        branch.must(command);
    RandomWorkload workload(20261123);
    runWorkload(branch, workload, 400);

    // Late Monday: a few still waiting when the day ends; an appointment for tomorrow.
    branch.now = localMs(2026, 11, 23, 16, 30);
    for (int n = 0; n < 4; ++n)
        branch.issue(QStringLiteral("accounts"));
    branch.must(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 24, 11, 0), QStringLiteral("Ilze"),
                                QStringLiteral("+371 2000")});

    // Tuesday: the day rolls over, the morning starts.
    branch.now = localMs(2026, 11, 24, 9, 30);
    branch.settle();
    runWorkload(branch, workload, 60);
    for (const Command &command : RandomWorkload::staffAll(branch.state))
        branch.run(command);
    branch.run(FinishTicket{1, {}, {}});
    branch.run(FinishTicket{2, {}, {}});
    branch.issue(QStringLiteral("cash"));
    branch.issue(QStringLiteral("cash"), PriorityClass::Priority);
    branch.issue(QStringLiteral("accounts"));
    branch.callNext(1);
    branch.must(StartService{1});
    branch.callNext(2);
    branch.must(TransferTicket{2, QString(), 3, QStringLiteral("ask for Li"), ArrivalOnTransfer::Keep});
    branch.callNext(2);
    branch.must(PauseCounter{3});
    return branch;
}

bool hasTicket(const QueueState &state, TicketStatus status)
{
    return std::any_of(state.tickets().cbegin(), state.tickets().cend(),
                       [status](const auto &entry) { return entry.second.status == status; });
}

QByteArray reencoded(const QByteArray &bytes, const QString &key, const QCborValue &value)
{
    QCborMap map = QCborValue::fromCbor(bytes).toMap();
    map.insert(key, value);
    return map.toCborValue().toCbor();
}

} // namespace

class TestStateCodec final : public QObject
{
    Q_OBJECT

private slots:
    void aBusyDaySurvivesTheRoundTrip()
    {
        InMemoryBranch server = busyBranch();
        const QueueState &state = server.state;
        // The state really holds what a joining station must get right.
        QCOMPARE(state.businessDay(), QDate(2026, 11, 24));
        QVERIFY(!state.carriedOverLabels().isEmpty());
        QVERIFY(hasTicket(state, TicketStatus::Waiting));
        QVERIFY(hasTicket(state, TicketStatus::Called));
        QVERIFY(hasTicket(state, TicketStatus::Serving));
        QVERIFY(hasTicket(state, TicketStatus::Finished));
        QVERIFY(!state.counter(3)->transferredIn.empty());
        QCOMPARE(state.counter(3)->status, CounterStatus::Paused);
        QVERIFY(!state.appointments().empty());
        QCOMPARE(state.counterOfTeller(QStringLiteral("t1")), 1);

        const QByteArray bytes = StateCodec::encode(state);
        std::optional<QueueState> replica = StateCodec::decode(bytes);
        QVERIFY(replica);
        QVERIFY(*replica == state);
        QCOMPARE(StateCodec::encode(*replica), bytes);

        // The station then follows the server's events from there and stays identical.
        RandomWorkload workload(7);
        qsizetype applied = 0;
        for (int command = 0; command < 300; ++command) {
            qsizetype next = server.history.size();
            runWorkload(server, workload, 1);
            for (; next < server.history.size(); ++next, ++applied)
                replica->apply(server.history[next]);
            QVERIFY2(*replica == server.state,
                     qPrintable(QStringLiteral("apart after event %1").arg(server.history.last().seq)));
        }
        QVERIFY(applied > 100);
    }

    void simpleStatesSurviveTheRoundTrip_data()
    {
        QTest::addColumn<QueueState>("state");
        QTest::newRow("no configuration yet") << QueueState();
        // The very first configuration is journaled; the day rolls over with the next command.
        QueueState configuredOnly;
        configuredOnly.apply(Event{1, mondayMorning(), ConfigChanged{toJson(baseConfig())}});
        QTest::newRow("configured, before its first day") << configuredOnly;
        QTest::newRow("configured, nobody in") << InMemoryBranch().state;
        InMemoryBranch oneTicket;
        oneTicket.issue(QStringLiteral("loans"), PriorityClass::Vip);
        QTest::newRow("one ticket waiting") << oneTicket.state;
    }

    void simpleStatesSurviveTheRoundTrip()
    {
        QFETCH(QueueState, state);
        const auto decoded = StateCodec::decode(StateCodec::encode(state));
        QVERIFY(decoded);
        QVERIFY(*decoded == state);
    }

    void bytesThatAreNotAStateAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        InMemoryBranch branch;
        branch.staff(1);
        branch.issue(QStringLiteral("cash"));
        const QByteArray good = StateCodec::encode(branch.state);
        QVERIFY(StateCodec::decode(good));

        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("garbage") << QByteArrayLiteral("\xff\xfe\x00 garbage");
        QTest::newRow("cut in half") << good.left(good.size() / 2);
        QTest::newRow("a CBOR array") << QCborArray{1, 2}.toCborValue().toCbor();
        QTest::newRow("bytes after the state") << good + QByteArrayLiteral("\x00");
        QTest::newRow("lastSeq as text") << reencoded(good, QStringLiteral("lastSeq"), QStringLiteral("12"));
        QTest::newRow("tickets as a map") << reencoded(good, QStringLiteral("tickets"), QCborMap{});
        QTest::newRow("a ticket without its id")
            << reencoded(good, QStringLiteral("tickets"), QCborArray{QCborArray{1}});
        QTest::newRow("businessDay not a date")
            << reencoded(good, QStringLiteral("businessDay"), QStringLiteral("Monday"));
        QTest::newRow("a configuration that does not load")
            << reencoded(good, QStringLiteral("configJson"), QStringLiteral("{\"services\": 3}"));
    }

    void bytesThatAreNotAStateAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!StateCodec::decode(bytes));
    }
};

QTEST_GUILESS_MAIN(TestStateCodec)
#include "TestStateCodec.moc"
