#include "TestBranch.h"
#include "model/WaitEstimator.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestWaitEstimate final : public QObject
{
    Q_OBJECT

private slots:
    void noOpenCounterMeansNoEstimate()
    {
        InMemoryBranch branch;
        branch.issue(QStringLiteral("cash"));
        const WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash"));
        QCOMPARE(estimate.peopleAhead, 1);
        QCOMPARE(estimate.openCounters, 0);
        QVERIFY(!estimate.known());
    }

    void peopleAheadTimesServiceTimeOverCapacity()
    {
        InMemoryBranch branch;
        branch.staff(1); // cash 3 of 4 weights: 0.75 of a counter
        branch.staff(2); // cash 1 of 2: 0.5 of a counter
        for (int i = 0; i < 5; ++i)
            branch.issue(QStringLiteral("cash"));
        const WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash"));
        QCOMPARE(estimate.peopleAhead, 5);
        QCOMPARE(estimate.openCounters, 2);
        // 5 people x 240 s (configured, no history yet) / 1.25 counters = 960 s.
        QCOMPARE(estimate.seconds, 960);
    }

    void recentServiceTimesReplaceTheConfiguredOne()
    {
        InMemoryBranch branch;
        branch.staff(3); // loans only: a whole counter
        for (int minutes : {10, 14}) {
            branch.issue(QStringLiteral("loans"));
            branch.callNext(3);
            branch.must(StartService{3});
            branch.advanceMinutes(minutes);
            branch.must(FinishTicket{3, {}, {}});
        }
        branch.issue(QStringLiteral("loans"));
        branch.issue(QStringLiteral("loans"));
        QCOMPARE(WaitEstimator::typicalServiceSeconds(branch.state, QStringLiteral("loans")), 12 * 60);
        QCOMPARE(WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans")).seconds, 2 * 12 * 60);
    }

    void priorityCustomersOnlyWaitForTheirClassAndAbove()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"), PriorityClass::Priority);
        QCOMPARE(WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash"), PriorityClass::Priority).peopleAhead,
                 1);
        QCOMPARE(WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash")).peopleAhead, 3);
    }

    void theEstimateIsRecordedOnTheTicket()
    {
        InMemoryBranch branch;
        branch.staff(3);
        branch.issue(QStringLiteral("loans"));
        const Decision issued = branch.must(IssueTicket{QStringLiteral("loans")});
        const auto event = std::get<TicketIssued>(issued.value().first());
        QCOMPARE(event.peopleAhead, 1);
        QCOMPARE(event.estimatedWaitSeconds, 20 * 60);
        QCOMPARE(branch.state.ticket(event.ticket)->estimatedWaitSeconds, 20 * 60);
    }
};

QTEST_GUILESS_MAIN(TestWaitEstimate)
#include "TestWaitEstimate.moc"
