#include "TestBranch.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

// The call-next policy as a table. Test branch: counter 1 serves cash (weight 3) and
// accounts (1) and takes priority first; counter 2 serves cash and accounts 1:1 without
// priority; counter 3 serves loans. Targets: cash 10 min, accounts 15, loans 20.
class TestRouter final : public QObject
{
    Q_OBJECT

private slots:
    void callNextFollowsThePolicy_data()
    {
        QTest::addColumn<QString>("tickets"); // service[:class]@minute, issued in this order
        QTest::addColumn<int>("callAtMinute");
        QTest::addColumn<QString>("counters"); // the counters pressing "call next", in order
        QTest::addColumn<QString>("expected"); // labels called ("-": nobody waiting)

        QTest::newRow("first come first served") << "cash@0 cash@1 cash@2" << 3 << "1 1 1"
                                                 << "A001 A002 A003";
        QTest::newRow("weights 3:1 give three calls to one")
            << "cash@0 cash@0 cash@0 cash@0 cash@0 accounts@0 accounts@0 accounts@0" << 1 << "1 1 1 1 1"
            << "A001 A002 A003 B001 A004";
        QTest::newRow("equal weights alternate") << "cash@0 cash@0 accounts@0 accounts@0" << 1 << "2 2 2 2"
                                                 << "A001 B001 A002 B002";
        QTest::newRow("a tie goes to the longer wait") << "accounts@0 cash@1" << 2 << "2 2"
                                                       << "B001 A001";
        QTest::newRow("priority first at a priority counter") << "cash@0 cash@1 cash:priority@2" << 3 << "1 1 1"
                                                              << "A003 A001 A002";
        QTest::newRow("classes in configured order") << "cash:priority@0 accounts:vip@1 cash@2" << 3 << "1 1 1"
                                                     << "B001 A001 A002";
        QTest::newRow("counter without priority first ignores class") << "cash@0 cash:priority@1" << 2 << "2 2"
                                                                      << "A001 A002";
        QTest::newRow("ageing beats the weights") << "accounts@0 cash@15 cash@15" << 16 << "1 1 1"
                                                  << "B001 A001 A002";
        QTest::newRow("most overdue against its own target first") << "accounts@0 cash@5" << 17 << "1 1"
                                                                   << "A001 B001";
        QTest::newRow("priority class before an overdue normal") << "cash@0 cash:priority@20" << 21 << "1 1"
                                                                 << "A002 A001";
        QTest::newRow("only the counter's own services") << "cash@0 loans@1" << 2 << "3"
                                                         << "C001";
        QTest::newRow("nothing for this counter") << "loans@0" << 1 << "1"
                                                  << "-";
    }

    void callNextFollowsThePolicy()
    {
        QFETCH(QString, tickets);
        QFETCH(int, callAtMinute);
        QFETCH(QString, counters);
        QFETCH(QString, expected);

        const TimestampMs start = mondayMorning();
        InMemoryBranch branch(baseConfig(), start);
        for (const QString &spec : tickets.split(QLatin1Char(' '))) {
            const QStringList serviceAndMinute = spec.split(QLatin1Char('@'));
            const QStringList serviceAndClass = serviceAndMinute[0].split(QLatin1Char(':'));
            PriorityClass priority = PriorityClass::Normal;
            if (serviceAndClass.size() > 1)
                QVERIFY(parseEnum(serviceAndClass[1], priority));
            branch.now = start + serviceAndMinute[1].toLongLong() * 60 * 1000;
            branch.issue(serviceAndClass[0], priority);
        }
        branch.now = start + qint64(callAtMinute) * 60 * 1000;
        for (CounterNumber counter : {1, 2, 3})
            branch.staff(counter);

        QStringList called;
        for (const QString &counterText : counters.split(QLatin1Char(' '))) {
            const CounterNumber counter = counterText.toInt();
            if (branch.state.counter(counter)->current != 0)
                branch.must(StartService{counter});
            const Decision decision = branch.run(CallNext{counter});
            if (!decision) {
                QCOMPARE(decision.error().code, ErrorCode::NothingWaiting);
                called << QStringLiteral("-");
                continue;
            }
            called << branch.label(std::get<TicketCalled>(decision.value().last()).ticket);
        }
        QCOMPARE(called.join(QLatin1Char(' ')), expected);
    }

    void twoCountersAtTheSameInstantGetDifferentTickets()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.staff(2);
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"));
        // Same "now" for both: the engine decides one after the other on the applied state.
        const QString first = branch.callNext(1);
        const QString second = branch.callNext(2);
        QCOMPARE(first, QStringLiteral("A001"));
        QCOMPARE(second, QStringLiteral("A002"));
        QCOMPARE(branch.run(CallNext{1}).error().code, ErrorCode::TicketStillCalled);
    }

    void aLongIdleServiceCannotHogTheCounter()
    {
        // Counter 2 served 20 cash customers while accounts was empty. When accounts gets busy,
        // the share window (not the whole day's count) decides, so cash still gets its turn soon.
        InMemoryBranch branch;
        branch.staff(2);
        for (int i = 0; i < 20; ++i) {
            branch.issue(QStringLiteral("cash"));
            if (branch.state.counter(2)->current)
                branch.must(StartService{2});
            branch.callNext(2);
        }
        for (int i = 0; i < 12; ++i)
            branch.issue(QStringLiteral("accounts"));
        for (int i = 0; i < 4; ++i)
            branch.issue(QStringLiteral("cash"));
        QStringList services;
        for (int i = 0; i < 12; ++i) {
            branch.must(StartService{2});
            services << branch.state.liveTicketByLabel(branch.callNext(2))->service.left(1);
        }
        // With a whole-day count accounts would take all 12 calls before cash got one; with the
        // window of 10 remembered calls the two are even again after 5 or 6 accounts calls.
        const QString order = services.join(QString());
        QVERIFY2(order.indexOf(QLatin1Char('c')) >= 5 && order.indexOf(QLatin1Char('c')) <= 6, qPrintable(order));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
