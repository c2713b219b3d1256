#include "TestBranch.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

Q_DECLARE_METATYPE(tessera::Command)
Q_DECLARE_METATYPE(tessera::ErrorCode)

class TestTicketLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void ticketGoesFromIssueToFinish()
    {
        InMemoryBranch branch;
        branch.staff(1);
        const TicketId id = branch.issue(QStringLiteral("cash"));
        QCOMPARE(branch.label(id), QStringLiteral("A001"));
        QCOMPARE(branch.state.ticket(id)->status, TicketStatus::Waiting);

        branch.advanceMinutes(3);
        QCOMPARE(branch.callNext(1), QStringLiteral("A001"));
        QCOMPARE(branch.state.ticket(id)->status, TicketStatus::Called);
        QCOMPARE(branch.state.counter(1)->current, id);

        branch.must(RecallTicket{1});
        QCOMPARE(branch.state.ticket(id)->recallCount, 1);
        branch.must(StartService{1});
        QCOMPARE(branch.state.ticket(id)->status, TicketStatus::Serving);
        branch.advanceMinutes(5);
        branch.must(FinishTicket{1, QStringLiteral("referred"), QStringLiteral("sent to the loans desk tomorrow")});

        const Ticket *done = branch.state.ticket(id);
        QCOMPARE(done->status, TicketStatus::Finished);
        QCOMPARE(done->outcome, QStringLiteral("referred"));
        QCOMPARE(done->note, QStringLiteral("sent to the loans desk tomorrow"));
        QCOMPARE(branch.state.counter(1)->current, 0);
        QCOMPARE(branch.state.counter(1)->servedToday, 1);
        QCOMPARE(branch.state.counter(1)->serviceMsToday, 5 * 60 * 1000);
    }

    void callNextWhileServingFinishesTheCurrentTicket()
    {
        InMemoryBranch branch;
        branch.staff(1);
        const TicketId first = branch.issue(QStringLiteral("cash"));
        const TicketId second = branch.issue(QStringLiteral("cash"));
        branch.callNext(1);
        branch.must(StartService{1});
        const Decision decision = branch.must(CallNext{1});

        QCOMPARE(decision.value().size(), 2);
        const auto finished = std::get<TicketFinished>(decision.value()[0]);
        QCOMPARE(finished.ticket, first);
        QVERIFY(finished.automatic);
        QCOMPARE(finished.outcome, QStringLiteral("served"));
        QCOMPARE(std::get<TicketCalled>(decision.value()[1]).ticket, second);
        QCOMPARE(branch.state.ticket(first)->status, TicketStatus::Finished);
        QCOMPARE(branch.state.counter(1)->current, second);
    }

    void callNextWhileCalledIsRefusedAndChangesNothing()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"));
        branch.callNext(1);
        const QueueState before = branch.state;
        const Decision refused = branch.run(CallNext{1});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::TicketStillCalled);
        QVERIFY(refused.error().message.contains(QStringLiteral("A001 is still being called at counter 1")));
        QVERIFY(branch.state == before);
    }

    void recallingPastTheLimitMakesANoShow()
    {
        InMemoryBranch branch; // autoNoShowAfterRecalls = 2
        branch.staff(1);
        const TicketId id = branch.issue(QStringLiteral("cash"));
        branch.callNext(1);
        branch.must(RecallTicket{1});
        branch.must(RecallTicket{1});
        QCOMPARE(branch.state.ticket(id)->status, TicketStatus::Called);
        const Decision third = branch.must(RecallTicket{1});
        QVERIFY(std::get<TicketNoShow>(third.value().first()).automatic);
        QCOMPARE(branch.state.ticket(id)->status, TicketStatus::NoShow);
        QCOMPARE(branch.state.counter(1)->current, 0);
    }

    void transferToAServiceKeepsThePlaceInLine()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.staff(2);
        const TicketId early = branch.issue(QStringLiteral("cash"));
        branch.advanceMinutes(2);
        const TicketId later = branch.issue(QStringLiteral("accounts"));
        branch.advanceMinutes(2);
        branch.callNext(1); // A001
        branch.must(TransferTicket{1, QStringLiteral("accounts"), 0, QStringLiteral("wants a new card"),
                                   ArrivalOnTransfer::BranchDefault});

        const Ticket *moved = branch.state.ticket(early);
        QCOMPARE(moved->status, TicketStatus::Waiting);
        QCOMPARE(moved->service, QStringLiteral("accounts"));
        QCOMPARE(moved->label, QStringLiteral("A001")); // the customer keeps their number
        QCOMPARE(moved->transferNote, QStringLiteral("wants a new card"));
        QCOMPARE(moved->queuedAt, moved->issuedAt);
        // Counter 2 takes accounts: A001 arrived before B001, so it comes first.
        QCOMPARE(branch.callNext(2), QStringLiteral("A001"));
        Q_UNUSED(later);
    }

    void transferCanSendTheCustomerToTheBackOfTheLine()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.staff(2);
        branch.issue(QStringLiteral("cash"));
        branch.advanceMinutes(1);
        branch.issue(QStringLiteral("accounts"));
        branch.advanceMinutes(1);
        branch.callNext(1);
        branch.must(TransferTicket{1, QStringLiteral("accounts"), 0, {}, ArrivalOnTransfer::Reset});
        QCOMPARE(branch.callNext(2), QStringLiteral("B001"));
    }

    void transferToANamedCounterGoesFirstThere()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.staff(2);
        branch.issue(QStringLiteral("cash")); // A001
        branch.issue(QStringLiteral("cash")); // A002
        branch.advanceMinutes(1);
        branch.issue(QStringLiteral("cash")); // A003
        branch.callNext(1);                   // A001
        branch.must(StartService{1});
        branch.callNext(1); // A002 (A001 finished)
        branch.must(TransferTicket{1, {}, 2, QStringLiteral("ask for Rhys"), ArrivalOnTransfer::BranchDefault});
        // Counter 1 must not get A002 back; counter 2 gets it before the older line.
        QCOMPARE(branch.callNext(1), QStringLiteral("A003"));
        const QString atTwo = branch.callNext(2);
        QCOMPARE(atTwo, QStringLiteral("A002"));
        QCOMPARE(branch.state.liveTicketByLabel(atTwo)->transferNote, QStringLiteral("ask for Rhys"));
    }

    void pausedCounterIsNotCalledAndResumes()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.issue(QStringLiteral("cash"));
        branch.must(PauseCounter{1});
        QCOMPARE(branch.run(CallNext{1}).error().code, ErrorCode::CounterPaused);
        branch.must(OpenCounter{1});
        QCOMPARE(branch.callNext(1), QStringLiteral("A001"));
    }

    void logOutClosesTheCounter()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.must(LogOut{1});
        QCOMPARE(branch.state.counter(1)->status, CounterStatus::Closed);
        QVERIFY(branch.state.counter(1)->teller.isEmpty());
        QCOMPARE(branch.state.counterOfTeller(QStringLiteral("t1")), 0);
    }

    void cancelledTicketLeavesTheLine()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"));
        branch.must(CancelTicket{QStringLiteral("a001"), QStringLiteral("customer")});
        QCOMPARE(branch.callNext(1), QStringLiteral("A002"));
    }

    void illegalCommandIsRefused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<Command>("command");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<QString>("sentence");

        const auto row = [](const char *name, const char *setup, Command command, ErrorCode code,
                            const char *sentence) {
            QTest::newRow(name) << QString::fromLatin1(setup) << command << code << QString::fromUtf8(sentence);
        };
        row("recall with no ticket", "open", RecallTicket{1}, ErrorCode::NoCurrentTicket, "call one first");
        row("start with no ticket", "open", StartService{1}, ErrorCode::NoCurrentTicket, "call one first");
        row("finish with no ticket", "open", FinishTicket{1, {}, {}}, ErrorCode::NoCurrentTicket, "call one first");
        row("no-show with no ticket", "open", MarkNoShow{1}, ErrorCode::NoCurrentTicket, "call one first");
        row("transfer with no ticket", "open", TransferTicket{1, QStringLiteral("accounts")},
            ErrorCode::NoCurrentTicket, "call one first");
        row("start twice", "serving", StartService{1}, ErrorCode::IllegalTransition,
            "A001 is being served, so it cannot be started");
        row("recall while serving", "serving", RecallTicket{1}, ErrorCode::IllegalTransition, "cannot be recalled");
        row("no-show while serving", "serving", MarkNoShow{1}, ErrorCode::IllegalTransition, "finish it instead");
        row("pause while called", "called", PauseCounter{1}, ErrorCode::CounterBusy, "finish or transfer it first");
        row("close while serving", "serving", CloseCounter{1}, ErrorCode::CounterBusy, "finish or transfer it first");
        row("log out while serving", "serving", LogOut{1}, ErrorCode::CounterBusy, "still has A001");
        row("call a called ticket", "calledElsewhere", CallTicket{1, QStringLiteral("A001")},
            ErrorCode::IllegalTransition, "A001 is being called, so it cannot be called");
        row("call unknown number", "open", CallTicket{1, QStringLiteral("A999")}, ErrorCode::UnknownTicket,
            "no ticket A999");
        row("call at closed counter", "loggedIn", CallNext{1}, ErrorCode::CounterClosed,
            "Counter 1 is closed: open it first");
        row("call at paused counter", "paused", CallNext{1}, ErrorCode::CounterPaused,
            "Counter 1 is paused: resume it first");
        row("call with nobody logged in", "none", CallNext{1}, ErrorCode::NotLoggedIn, "log in first");
        row("open with nobody logged in", "none", OpenCounter{1}, ErrorCode::NotLoggedIn, "log in first");
        row("open twice", "open", OpenCounter{1}, ErrorCode::CounterAlreadyOpen, "already open");
        row("close twice", "loggedIn", CloseCounter{1}, ErrorCode::CounterClosed, "already closed");
        row("unknown counter", "open", CallNext{9}, ErrorCode::UnknownCounter, "no counter 9");
        row("nothing waiting", "openEmpty", CallNext{1}, ErrorCode::NothingWaiting, "Nobody is waiting for counter 1");
        row("unknown outcome", "serving", FinishTicket{1, QStringLiteral("happy"), {}}, ErrorCode::UnknownOutcome,
            "use one of: served, referred, incomplete");
        row("transfer to same line", "serving", TransferTicket{1, QStringLiteral("cash")}, ErrorCode::InvalidArgument,
            "Choose another service or a counter");
        row("transfer to own counter", "serving", TransferTicket{1, {}, 1}, ErrorCode::InvalidArgument,
            "already at counter 1");
        row("transfer to unknown service", "serving", TransferTicket{1, QStringLiteral("pets")},
            ErrorCode::UnknownService, "no service \"pets\"");
        row("issue unknown service", "none", IssueTicket{QStringLiteral("pets")}, ErrorCode::UnknownService,
            "no service \"pets\"");
        row("issue appointment class", "none", IssueTicket{QStringLiteral("cash"), PriorityClass::Appointment},
            ErrorCode::InvalidArgument, "checking in");
        row("issue unknown reason", "none",
            IssueTicket{QStringLiteral("cash"), PriorityClass::Priority, QStringLiteral("tired")},
            ErrorCode::InvalidArgument, "not a priority reason");
        row("wrong password", "none", LogIn{QStringLiteral("t1"), QStringLiteral("guess"), 1}, ErrorCode::WrongPassword,
            "name or password is not right");
        row("unknown teller", "none", LogIn{QStringLiteral("zed"), QStringLiteral("pw-zed"), 1},
            ErrorCode::UnknownTeller, "name or password is not right");
        row("teller already elsewhere", "open", LogIn{QStringLiteral("t1"), QStringLiteral("pw-t1"), 2},
            ErrorCode::TellerElsewhere, "already logged in at counter 1");
        row("counter taken", "open", LogIn{QStringLiteral("t2"), QStringLiteral("pw-t2"), 1}, ErrorCode::CounterTaken,
            "t1 is logged in at counter 1");
        row("cancel unknown", "none", CancelTicket{QStringLiteral("B123")}, ErrorCode::UnknownTicket, "no ticket B123");
    }

    void illegalCommandIsRefused()
    {
        QFETCH(QString, setup);
        QFETCH(Command, command);
        QFETCH(ErrorCode, expected);
        QFETCH(QString, sentence);

        InMemoryBranch branch;
        if (setup != QStringLiteral("openEmpty") && setup != QStringLiteral("none"))
            branch.issue(QStringLiteral("cash"));
        if (setup == QStringLiteral("calledElsewhere")) {
            branch.staff(2);
            branch.callNext(2);
        }
        if (setup != QStringLiteral("none"))
            branch.must(LogIn{QStringLiteral("t1"), QStringLiteral("pw-t1"), 1});
        if (setup != QStringLiteral("none") && setup != QStringLiteral("loggedIn"))
            branch.must(OpenCounter{1});
        if (setup == QStringLiteral("paused"))
            branch.must(PauseCounter{1});
        if (setup == QStringLiteral("called") || setup == QStringLiteral("serving"))
            branch.callNext(1);
        if (setup == QStringLiteral("serving"))
            branch.must(StartService{1});

        const QueueState before = branch.state;
        const Decision decision = branch.run(command);
        QVERIFY2(!decision, "the command should have been refused");
        QCOMPARE(wireName(decision.error().code), wireName(expected));
        QVERIFY2(decision.error().message.contains(sentence), qPrintable(decision.error().message));
        QVERIFY2(branch.state == before, "a refused command must not change the queue");
    }
};

QTEST_GUILESS_MAIN(TestTicketLifecycle)
#include "TestTicketLifecycle.moc"
