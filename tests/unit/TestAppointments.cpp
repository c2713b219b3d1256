#include "TestBranch.h"
#include "host/QueueHost.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestAppointments final : public QObject
{
    Q_OBJECT

private:
    // Books cash at 11:00 on Monday, from Monday 10:00; returns the check-in code.
    static QString bookAt11(InMemoryBranch &branch)
    {
        const Decision booked =
            branch.must(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 23, 11, 0),
                                        QStringLiteral("Ilze Liepa"), QStringLiteral("+371 2000 0000")});
        return std::get<AppointmentBooked>(booked.value().first()).checkInCode;
    }

private slots:
    void checkInWithinTheWindowIssuesAnAppointmentTicket()
    {
        InMemoryBranch branch;
        const QString code = bookAt11(branch);
        QCOMPARE(code.size(), 6);
        branch.issue(QStringLiteral("cash")); // a walk-in, earlier in line

        branch.now = localMs(2026, 11, 23, 10, 35); // 25 minutes early: inside the 30-minute window
        const Decision checkedIn = branch.must(CheckInAppointment{code});
        const auto issued = std::get<TicketIssued>(checkedIn.value().last());
        QCOMPARE(issued.priority, PriorityClass::Appointment);
        QCOMPARE(issued.label, QStringLiteral("A002"));
        QCOMPARE(branch.state.appointmentByCode(code)->status, AppointmentStatus::CheckedIn);

        // The appointment class outranks the walk-in at a counter that takes priority first.
        branch.staff(1);
        QCOMPARE(branch.callNext(1), QStringLiteral("A002"));
    }

    void checkInIsRefusedWithAPlainReason_data()
    {
        QTest::addColumn<QString>("code"); // "booked": the real code
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<bool>("checkInTwice");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("sentence");

        QTest::newRow("too early") << "booked" << 10 << 29 << false << "AppointmentTooEarly"
                                   << "You can check in from 10:30";
        QTest::newRow("too late") << "booked" << 11 << 11 << false << "AppointmentTooLate"
                                  << "at 11:00 has passed";
        QTest::newRow("unknown code") << "000000" << 10 << 45 << false << "UnknownAppointment"
                                      << "cannot find an appointment with code 000000";
        QTest::newRow("used twice") << "booked" << 10 << 45 << true << "AppointmentUsed"
                                    << "already checked in";
    }

    void checkInIsRefusedWithAPlainReason()
    {
        QFETCH(QString, code);
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(bool, checkInTwice);
        QFETCH(QString, error);
        QFETCH(QString, sentence);

        InMemoryBranch branch;
        const QString booked = bookAt11(branch);
        if (code == QStringLiteral("booked"))
            code = booked;
        branch.now = localMs(2026, 11, 23, hour, minute);
        if (checkInTwice)
            branch.must(CheckInAppointment{code});
        const Decision refused = branch.run(CheckInAppointment{code});
        QVERIFY(!refused);
        QCOMPARE(wireName(refused.error().code), error);
        QVERIFY2(refused.error().message.contains(sentence), qPrintable(refused.error().message));
    }

    void anUncheckedAppointmentExpiresByItself()
    {
        InMemoryBranch branch;
        const QString code = bookAt11(branch);
        branch.now = localMs(2026, 11, 23, 11, 10);
        QVERIFY(QueueEngine::housekeeping(branch.state, branch.now).isEmpty()); // the last minute of grace
        branch.now = localMs(2026, 11, 23, 11, 10, 1);
        const QList<EventPayload> due = QueueEngine::housekeeping(branch.state, branch.now);
        QCOMPARE(due.size(), 1);
        QVERIFY(std::holds_alternative<AppointmentExpired>(due.first()));
        branch.issue(QStringLiteral("cash")); // any command runs housekeeping first
        QCOMPARE(branch.state.appointmentByCode(code)->status, AppointmentStatus::Expired);
    }

    void bookingRulesAreChecked()
    {
        InMemoryBranch branch;
        QCOMPARE(branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 23, 9, 0), QStringLiteral("X")})
                     .error()
                     .code,
                 ErrorCode::InvalidArgument); // in the past
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 23, 11, 7), QStringLiteral("X")})
                    .error()
                    .message.contains(QStringLiteral("15-minute slots")));
        QCOMPARE(branch.run(BookAppointment{QStringLiteral("loans"), localMs(2026, 11, 28, 10, 0), QStringLiteral("X")})
                     .error()
                     .code,
                 ErrorCode::ServiceClosed); // Saturday
        QCOMPARE(
            branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 23, 11, 0), QString()}).error().code,
            ErrorCode::InvalidArgument); // no name
    }

    void aSlotTakesAsManyAsTheCountersServingIt()
    {
        // cash is served by counters 1 and 2: with one booking per counter, two per slot.
        InMemoryBranch branch;
        const TimestampMs slot = localMs(2026, 11, 24, 10, 0);
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), slot, QStringLiteral("A"), QStringLiteral("1")}));
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), slot, QStringLiteral("B"), QStringLiteral("2")}));
        // The third in the same millisecond is refused, by the same decide() that took the others.
        const auto full =
            branch.run(BookAppointment{QStringLiteral("cash"), slot, QStringLiteral("C"), QStringLiteral("3")});
        QCOMPARE(full.error().code, ErrorCode::SlotFull);
        QVERIFY2(full.error().message.contains(QStringLiteral("fully booked")), qPrintable(full.error().message));
        QVERIFY(branch.run(
            BookAppointment{QStringLiteral("cash"), slot + 15 * 60000, QStringLiteral("C"), QStringLiteral("3")}));
        // A cancelled booking gives its place back.
        const QString code = branch.state.appointments().begin()->second.checkInCode;
        QVERIFY(branch.run(CancelAppointment{code}));
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), slot, QStringLiteral("C"), QStringLiteral("3")}));
    }

    void onePhoneHoldsOnlySoManyAppointmentsADay()
    {
        InMemoryBranch branch; // two a day by default, however the number is written
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 24, 10, 0), QStringLiteral("A"),
                                           QStringLiteral("+371 2000 0000")}));
        QVERIFY(branch.run(BookAppointment{QStringLiteral("accounts"), localMs(2026, 11, 24, 11, 0),
                                           QStringLiteral("A"), QStringLiteral("+37120000000")}));
        const auto third = branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 24, 12, 0),
                                                      QStringLiteral("A"), QStringLiteral("+371-2000-0000")});
        QCOMPARE(third.error().code, ErrorCode::BookingLimit);
        // Another day, or another number, is fine.
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 25, 12, 0), QStringLiteral("A"),
                                           QStringLiteral("+371 2000 0000")}));
        QVERIFY(branch.run(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 24, 12, 0), QStringLiteral("B"),
                                           QStringLiteral("+371 2999 0000")}));
    }

    void aBookingMovesInOneCommitAndOnlyWithItsPhone()
    {
        InMemoryBranch branch;
        const TimestampMs ten = localMs(2026, 11, 24, 10, 0);
        const TimestampMs eleven = localMs(2026, 11, 24, 11, 0);
        const auto booked = branch.run(
            BookAppointment{QStringLiteral("cash"), ten, QStringLiteral("A"), QStringLiteral("+371 2000 0000")});
        const QString code = std::get<AppointmentBooked>(booked.value().first()).checkInCode;
        // Someone else's phone neither moves nor cancels it.
        QCOMPARE(branch.run(MoveAppointment{code, QStringLiteral("+371 2999 0000"), eleven}).error().code,
                 ErrorCode::UnknownAppointment);
        QCOMPARE(branch.run(CancelAppointment{code, QStringLiteral("+371 2999 0000")}).error().code,
                 ErrorCode::UnknownAppointment);
        // Moving within the phone's limit of two: its own booking does not count against it.
        QVERIFY(branch.run(
            BookAppointment{QStringLiteral("cash"), eleven, QStringLiteral("A"), QStringLiteral("+37120000000")}));
        const auto moved = branch.run(MoveAppointment{code, QStringLiteral("+371-2000-0000"), eleven});
        QVERIFY(moved);
        QCOMPARE(moved.value().size(), 2); // the old place given back, the new one taken: one commit
        QVERIFY(std::holds_alternative<AppointmentCancelled>(moved.value()[0]));
        const auto &again = std::get<AppointmentBooked>(moved.value()[1]);
        QCOMPARE(again.slotStart, eleven);
        QCOMPARE(branch.state.appointmentByCode(code)->status, AppointmentStatus::Cancelled);
        // eleven now holds two (both counters' places): a third cannot move in.
        const auto other = branch.run(BookAppointment{QStringLiteral("cash"), ten, QStringLiteral("B"), {}});
        const QString otherCode = std::get<AppointmentBooked>(other.value().first()).checkInCode;
        QCOMPARE(branch.run(MoveAppointment{otherCode, {}, eleven}).error().code, ErrorCode::SlotFull);
    }

    void codesOfBookedAppointmentsAreDistinct()
    {
        InMemoryBranch branch;
        QSet<QString> codes;
        for (int i = 0; i < 200; ++i) {
            const Decision booked = branch.must(BookAppointment{
                QStringLiteral("cash"), localMs(2026, 11, 24, 9, 0) + i * 15 * 60000LL, QStringLiteral("C%1").arg(i)});
            codes.insert(std::get<AppointmentBooked>(booked.value().first()).checkInCode);
        }
        QCOMPARE(codes.size(), 200);
    }

    // The same booking at the same moment gets another code under another host's secret: a
    // customer who knows the scheme, their own code and when they booked learns nothing of the
    // next customer's. Under the same secret it is the same code: decide() is still a function.
    void aCheckInCodeCannotBeWorkedOutFromTheBooking()
    {
        InMemoryBranch branch;
        const BookAppointment booking{QStringLiteral("cash"), localMs(2026, 11, 24, 9, 0), QStringLiteral("C"), {}};
        auto codeUnder = [&](const QByteArray &secret) {
            const Decision booked = QueueEngine::decide(branch.state, booking, branch.now, secret);
            return std::get<AppointmentBooked>(booked.value().first()).checkInCode;
        };
        QSet<QString> codes;
        for (int i = 0; i < 20; ++i)
            codes.insert(codeUnder(QByteArray(32, char('a' + i))));
        QCOMPARE(codes.size(), 20);
        QCOMPARE(codeUnder(QByteArray(32, 'x')), codeUnder(QByteArray(32, 'x')));

        // Two hosts (two server starts) deciding the very same booking at the same moment.
        QTemporaryDir dir;
        ManualClock clock;
        clock.set(branch.now);
        QStringList hostCodes;
        for (const char *name : {"one.sqlite", "two.sqlite"}) {
            auto host = QueueHost::open(dir.filePath(QLatin1String(name)), clock);
            QVERIFY2(host, host ? "" : qPrintable(host.error()));
            QVERIFY(host.value()->submit(ChangeConfig{toJson(baseConfig())}));
            const CommandResult booked = host.value()->submit(booking);
            QVERIFY(booked);
            hostCodes << std::get<AppointmentBooked>(booked.value().first().payload).checkInCode;
        }
        QVERIFY2(hostCodes[0] != hostCodes[1], qPrintable(hostCodes.join(QLatin1Char(' '))));
    }

    void cancelledAppointmentCannotCheckIn()
    {
        InMemoryBranch branch;
        const QString code = bookAt11(branch);
        branch.must(CancelAppointment{code});
        branch.now = localMs(2026, 11, 23, 10, 50);
        QCOMPARE(branch.run(CheckInAppointment{code}).error().code, ErrorCode::UnknownAppointment);
    }
};

QTEST_GUILESS_MAIN(TestAppointments)
#include "TestAppointments.moc"
