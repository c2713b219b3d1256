#include "TestBranch.h"

#include <QSet>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestNumbering final : public QObject
{
    Q_OBJECT

private slots:
    void numbersRunPerServiceWithTheirPrefix()
    {
        InMemoryBranch branch;
        QCOMPARE(branch.label(branch.issue(QStringLiteral("cash"))), QStringLiteral("A001"));
        QCOMPARE(branch.label(branch.issue(QStringLiteral("accounts"))), QStringLiteral("B001"));
        QCOMPARE(branch.label(branch.issue(QStringLiteral("cash"))), QStringLiteral("A002"));
    }

    void dayRolloverRestartsNumbersAndCancelsTheLine()
    {
        InMemoryBranch branch; // policy: cancel waiting tickets at rollover (03:00)
        const TicketId yesterday = branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"));
        QCOMPARE(branch.state.businessDay(), QDate(2026, 11, 23));

        branch.now = localMs(2026, 11, 24, 2, 59); // still Monday's business day
        QCOMPARE(branch.label(branch.issue(QStringLiteral("cash"))), QStringLiteral("A003"));

        branch.now = localMs(2026, 11, 24, 3, 0);
        const TicketId today = branch.issue(QStringLiteral("cash"));
        QCOMPARE(branch.state.businessDay(), QDate(2026, 11, 24));
        QCOMPARE(branch.label(today), QStringLiteral("A001"));
        QVERIFY(branch.state.ticket(yesterday) == nullptr); // cancelled, then left in the journal only
        const auto cancelled = std::count_if(branch.history.begin(), branch.history.end(), [](const Event &event) {
            return std::holds_alternative<TicketCancelled>(event.payload) &&
                   std::get<TicketCancelled>(event.payload).reason == QStringLiteral("dayEnded");
        });
        QCOMPARE(cancelled, 3);
    }

    void carriedOverTicketsKeepTheirNumberAndItIsNotReused()
    {
        QJsonObject config = baseConfig();
        config.insert(QStringLiteral("businessDay"),
                      QJsonObject{{QStringLiteral("rolloverTime"), QStringLiteral("03:00")},
                                  {QStringLiteral("waitingAtRollover"), QStringLiteral("carryOver")}});
        InMemoryBranch branch(config);
        branch.issue(QStringLiteral("cash"));                       // A001
        const TicketId kept = branch.issue(QStringLiteral("cash")); // A002
        branch.staff(1);
        branch.callNext(1); // A001 called...
        branch.must(StartService{1});
        branch.must(FinishTicket{1, {}, {}}); // ...and done

        branch.now = localMs(2026, 11, 24, 9, 0);
        QCOMPARE(branch.label(branch.issue(QStringLiteral("cash"))), QStringLiteral("A001"));
        QCOMPARE(branch.state.ticket(kept)->status, TicketStatus::Waiting);
        // A002 is still in line from yesterday, so today's numbering skips it.
        QCOMPARE(branch.label(branch.issue(QStringLiteral("cash"))), QStringLiteral("A003"));
        // And yesterday's customer is still first in line.
        QCOMPARE(branch.callNext(1), QStringLiteral("A002"));
    }

    void aFullServiceIssuesNoMore()
    {
        InMemoryBranch branch(withNumbersUpTo(baseConfig(), 3));
        for (int i = 0; i < 3; ++i)
            branch.issue(QStringLiteral("cash"));
        const Decision refused = branch.run(IssueTicket{QStringLiteral("cash")});
        QCOMPARE(refused.error().code, ErrorCode::ServiceFull);
        QVERIFY2(refused.error().message.contains(QStringLiteral("A003")), qPrintable(refused.error().message));
    }

    void aClosedServiceIssuesNothingAndSaysWhenItOpens()
    {
        InMemoryBranch branch(baseConfig(), localMs(2026, 11, 23, 8, 15));
        const Decision early = branch.run(IssueTicket{QStringLiteral("loans")});
        QCOMPARE(early.error().code, ErrorCode::ServiceClosed);
        QVERIFY2(early.error().message.contains(QStringLiteral("opens at 09:00")), qPrintable(early.error().message));
        branch.now = localMs(2026, 11, 28, 11, 0); // Saturday
        const Decision weekend = branch.run(IssueTicket{QStringLiteral("loans")});
        QVERIFY2(weekend.error().message.contains(QStringLiteral("opens Mon 09:00")),
                 qPrintable(weekend.error().message));
        QVERIFY(branch.run(IssueTicket{QStringLiteral("cash")})); // cash has no hours: always open
    }

    void labelsAreUniqueWithinADay()
    {
        InMemoryBranch branch;
        branch.staff(1);
        QSet<QString> labels;
        for (int i = 0; i < 300; ++i) {
            const QString label =
                branch.label(branch.issue(i % 3 ? QStringLiteral("cash") : QStringLiteral("accounts")));
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.insert(label);
            if (i % 2) {
                if (branch.state.counter(1)->current)
                    branch.must(StartService{1});
                branch.callNext(1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNumbering)
#include "TestNumbering.moc"
