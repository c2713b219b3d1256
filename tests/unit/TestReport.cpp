// The daily report against a scripted day whose every figure was worked out by hand
// (the working is in the comments), read back from a real journal.

#include "TestBranch.h"
#include "host/ArrivalHistoryReader.h"
#include "host/QueueHost.h"
#include "planning/ArrivalForecast.h"
#include "report/ReportBuilder.h"
#include "report/ReportCsv.h"
#include "report/ReportSource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

TimestampMs monday(int hour, int minute = 0)
{
    return localMs(2026, 11, 23, hour, minute);
}

const ServiceFigures &serviceRow(const DailyReport &report, const QString &id)
{
    for (const ServiceFigures &service : report.services)
        if (service.service == id)
            return service;
    qFatal("no row for service %s", qPrintable(id));
}

const StaffFigures &staffRow(const QList<StaffFigures> &rows, const QString &id)
{
    for (const StaffFigures &row : rows)
        if (row.id == id)
            return row;
    qFatal("no row for %s", qPrintable(id));
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<QueueHost> m_host;
    QMap<QString, TicketIssued> m_issued; // Monday's ticket label -> what its ticket said
    QString m_checkInCode;

    QList<Event> run(TimestampMs at, const Command &command)
    {
        m_clock.set(at);
        const CommandResult result = m_host->submit(command);
        if (!result)
            qFatal("refused at %s: %s", qPrintable(QDateTime::fromMSecsSinceEpoch(at).toString()),
                   qPrintable(result.error().message));
        for (const Event &event : result.value())
            if (const auto *issued = std::get_if<TicketIssued>(&event.payload))
                m_issued.insert(issued->label, *issued);
        return result.value();
    }
    void staff(TimestampMs at, CounterNumber counter)
    {
        const QString teller = QStringLiteral("t%1").arg(counter);
        run(at, LogIn{teller, QStringLiteral("pw-") + teller, counter});
        run(at, OpenCounter{counter});
    }
    void call(TimestampMs at, CounterNumber counter, const char *label)
    {
        run(at, CallTicket{counter, QLatin1String(label)});
    }
    void feedback(TimestampMs at, const char *label, int score, const QString &comment)
    {
        run(at, GiveFeedback{m_issued.value(QLatin1String(label)).ticket, score, comment});
    }
    DailyReport reportOn(const QDate &day)
    {
        auto report = ReportSource::report(m_host->journal(), day, localMs(2026, 11, 26, 12, 0));
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        return report.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto host = QueueHost::open(m_dir.filePath(QStringLiteral("journal.sqlite")), m_clock);
        QVERIFY2(host, host ? "" : qPrintable(host.error()));
        m_host = std::move(host).value();
        m_host->setLearning(QueueHost::Learning::Inline); // each day learns from the days before, as it begins

        // Friday 20 November: configured; counter 3 opened and left open over the weekend;
        // three appointments booked for Monday, one of them cancelled the same day.
        const TimestampMs friday = localMs(2026, 11, 20, 12, 0);
        run(friday, ChangeConfig{toJson(baseConfig())});
        staff(friday, 3);
        for (int hour : {14, 15, 16}) {
            const QList<Event> booked = run(
                friday, BookAppointment{QStringLiteral("accounts"), monday(hour), QStringLiteral("C%1").arg(hour), {}});
            const QString code = std::get<AppointmentBooked>(booked.first().payload).checkInCode;
            if (hour == 14)
                m_checkInCode = code;
            if (hour == 16)
                run(friday, CancelAppointment{code, {}});
        }
        // Saturday 21 November: the server runs (its tick journals the new business day), nobody comes.
        m_clock.set(localMs(2026, 11, 21, 12, 0));
        QVERIFY(!m_host->tick());
        // Sunday 22 November: a ticket left waiting, cancelled when the day ends (filed on Sunday).
        run(localMs(2026, 11, 22, 12, 0), IssueTicket{QStringLiteral("cash"), {}, {}});

        // Monday 23 November.
        staff(monday(8, 55), 1);                                            // counter 1, t1
        run(monday(9, 0), IssueTicket{QStringLiteral("cash"), {}, {}});     // A001
        staff(monday(9, 0), 2);                                             // counter 2, t2
        run(monday(9, 2), IssueTicket{QStringLiteral("cash"), {}, {}});     // A002
        run(monday(9, 4), IssueTicket{QStringLiteral("accounts"), {}, {}}); // B001
        call(monday(9, 5), 1, "A001");                                      // waited 5 min
        run(monday(9, 6), StartService{1});
        run(monday(9, 10), FinishTicket{1, {}, {}}); // served 4 min
        call(monday(9, 10), 1, "A002");              // waited 8 min
        feedback(monday(9, 10), "A001", 5, {});      // a rating without words
        run(monday(9, 11), StartService{1});
        call(monday(9, 12), 2, "B001"); // waited 8 min
        run(monday(9, 13), StartService{2});
        run(monday(9, 14), TransferTicket{1, QStringLiteral("accounts"), 0, QStringLiteral("loan questions")});
        run(monday(9, 15), IssueTicket{QStringLiteral("cash"), {}, {}}); // A003
        call(monday(9, 16), 1, "A003");                                  // waited 1 min
        run(monday(9, 18), MarkNoShow{1});
        run(monday(9, 20), FinishTicket{2, {}, {}}); // B001 served 7 min
        call(monday(9, 20), 2, "A002");              // second wait: 6 min, in accounts
        run(monday(9, 21), StartService{2});
        feedback(monday(9, 25), "B001", 4, QStringLiteral("Kind, quick."));
        run(monday(9, 30), FinishTicket{2, {}, {}}); // A002 served 9 min
        run(monday(9, 30), PauseCounter{1});
        // In accounts, at counter 2, where the visit ended; words a spreadsheet would run.
        feedback(monday(9, 35), "A002", 2, QStringLiteral("=HYPERLINK(\"x\") <b>slow</b>"));
        run(monday(9, 40), OpenCounter{1});                              // paused 10 min
        run(monday(10, 0), IssueTicket{QStringLiteral("cash"), {}, {}}); // A004
        run(monday(10, 5), CancelTicket{QStringLiteral("A004"), QStringLiteral("customer")});
        run(monday(10, 10), IssueTicket{QStringLiteral("cash"), {}, {}}); // A005
        call(monday(10, 30), 1, "A005");                                  // waited 20 min: over the 10-min target
        run(monday(10, 40), FinishTicket{1, {}, {}});                     // never started: served 10 min from the call
        run(monday(11, 0), LogOut{1});
        run(monday(11, 0), LogOut{2});
        run(monday(13, 50), CheckInAppointment{m_checkInCode}); // B002, waits to the day's end
        m_clock.set(monday(16, 0));
        QVERIFY(!m_host->tick()); // the 15:00 appointment expires

        // Tuesday night: a customer served across the 03:00 rollover into Wednesday's business day.
        staff(localMs(2026, 11, 25, 2, 30), 2);
        run(localMs(2026, 11, 25, 2, 40), IssueTicket{QStringLiteral("cash"), {}, {}}); // A001 of Tuesday
        call(localMs(2026, 11, 25, 2, 50), 2, "A001");                                  // waited 10 min
        run(localMs(2026, 11, 25, 2, 55), StartService{2});
        run(localMs(2026, 11, 25, 3, 10), FinishTicket{2, {}, {}}); // Wednesday: served 15 min
        run(localMs(2026, 11, 25, 3, 15), LogOut{2});
    }

    void servicesAddUpByHand()
    {
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        QCOMPARE(report.branchName, QStringLiteral("Test Branch"));
        QCOMPARE(report.dayStart, monday(3, 0));
        QCOMPARE(report.dayEnd, localMs(2026, 11, 24, 3, 0));
        QVERIFY(report.complete());
        QCOMPARE(report.services.size(), 3); // loans too, with nothing

        // Cash: A001-A005 issued; A001 and A005 served here (A002 was finished in accounts).
        const ServiceFigures &cash = serviceRow(report, QStringLiteral("cash"));
        QCOMPARE(cash.issued, 5);
        QCOMPARE(cash.served, 2);
        QCOMPARE(cash.noShow, 1);
        QCOMPARE(cash.cancelled, 1);
        QCOMPARE(cash.transferredOut, 1);
        QCOMPARE(cash.transferredIn, 0);
        QCOMPARE(cash.waitingAtEnd, 0);
        // Waits 5, 8, 1, 20 min: mean 8.5, median (5+8)/2, 90th percentile the 4th of 4.
        QCOMPARE(cash.wait.count, 4);
        QCOMPARE(cash.wait.averageMs(), 8 * kMinute + 30 * 1000);
        QCOMPARE(cash.wait.medianMs, 6 * kMinute + 30 * 1000);
        QCOMPARE(cash.wait.p90Ms, 20 * kMinute);
        QCOMPARE(cash.wait.maxMs, 20 * kMinute);
        QCOMPARE(cash.calledWithinTarget, 3);
        // Service 4 and 10 min.
        QCOMPARE(cash.serviceTime.count, 2);
        QCOMPARE(cash.serviceTime.averageMs(), 7 * kMinute);
        QCOMPARE(cash.serviceTime.medianMs, 7 * kMinute);

        // Accounts: B001 issued, B002 from the check-in; B001 and the transferred A002 served.
        const ServiceFigures &accounts = serviceRow(report, QStringLiteral("accounts"));
        QCOMPARE(accounts.issued, 2);
        QCOMPARE(accounts.served, 2);
        QCOMPARE(accounts.transferredIn, 1);
        QCOMPARE(accounts.waitingAtEnd, 0);
        QCOMPARE(accounts.cancelled, 1); // B002, cancelled when the day ended, and counted on Monday
        // Waits 8 (B001) and 6 (A002 from its transfer) min, both within 15.
        QCOMPARE(accounts.wait.count, 2);
        QCOMPARE(accounts.wait.averageMs(), 7 * kMinute);
        QCOMPARE(accounts.wait.p90Ms, 8 * kMinute);
        QCOMPARE(accounts.calledWithinTarget, 2);
        QCOMPARE(accounts.serviceTime.averageMs(), 8 * kMinute); // 7 and 9

        const ServiceFigures &loans = serviceRow(report, QStringLiteral("loans"));
        QCOMPARE(loans.issued, 0);
        QCOMPARE(loans.wait.count, 0);

        // The branch: waits 1, 5, 6, 8, 8, 20 min; service 4, 7, 9, 10 min.
        QCOMPARE(report.total.issued, 7);
        QCOMPARE(report.total.served, 4);
        QCOMPARE(report.total.wait.count, 6);
        QCOMPARE(report.total.wait.averageMs(), 8 * kMinute);
        QCOMPARE(report.total.wait.medianMs, 7 * kMinute);
        QCOMPARE(report.total.wait.p90Ms, 20 * kMinute); // rank ceil(5.4) = 6
        QCOMPARE(report.total.calledWithinTarget, 5);
        QCOMPARE(report.total.serviceTime.averageMs(), 7 * kMinute + 30 * 1000);
        QCOMPARE(report.total.serviceTime.medianMs, 8 * kMinute);
    }

    void countersAndTellersAddUpByHand()
    {
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        // Counter 1: open 08:55-11:00 (125 min), paused 10; serving A001 4, A002 3 (until its
        // transfer), A005 10 (from its call); the no-show A003 is not serving time.
        const StaffFigures &one = staffRow(report.counters, QStringLiteral("1"));
        QCOMPARE(one.served, 2);
        QCOMPARE(one.averageServiceMs(), 7 * kMinute);
        QCOMPARE(one.openMs, 125 * kMinute);
        QCOMPARE(one.pausedMs, 10 * kMinute);
        QCOMPARE(one.servingMs, 17 * kMinute);
        QCOMPARE(one.utilisation(), 17.0 / 115.0);
        QCOMPARE(staffRow(report.tellers, QStringLiteral("t1")),
                 (StaffFigures{QStringLiteral("t1"), QStringLiteral("t1"), 2, 14 * kMinute, 125 * kMinute, 10 * kMinute,
                               17 * kMinute, Satisfaction{1, 5}}));

        // Counter 2: open 09:00-11:00; B001 7 and A002 9 min.
        const StaffFigures &two = staffRow(report.counters, QStringLiteral("2"));
        QCOMPARE(two.served, 2);
        QCOMPARE(two.openMs, 120 * kMinute);
        QCOMPARE(two.servingMs, 16 * kMinute);
        QCOMPARE(two.averageServiceMs(), 8 * kMinute);

        // Counter 3 was opened on Friday and never closed: open the whole Monday, idle.
        const StaffFigures &three = staffRow(report.counters, QStringLiteral("3"));
        QCOMPARE(three.openMs, 24 * 60 * kMinute);
        QCOMPARE(three.servingMs, 0);
        QCOMPARE(three.utilisation(), 0.0);
        QCOMPARE(staffRow(report.tellers, QStringLiteral("t3")).openMs, 24 * 60 * kMinute);
    }

    // A001 rated 5 at counter 1 (cash); B001 4 and A002 2 at counter 2, both ending in accounts.
    void satisfactionCountsWhereTheVisitEnded()
    {
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        QCOMPARE(serviceRow(report, QStringLiteral("cash")).satisfaction, (Satisfaction{1, 5}));
        QCOMPARE(serviceRow(report, QStringLiteral("accounts")).satisfaction, (Satisfaction{2, 6}));
        QCOMPARE(serviceRow(report, QStringLiteral("accounts")).satisfaction.average(), 3.0);
        QCOMPARE(serviceRow(report, QStringLiteral("loans")).satisfaction.ratings, 0);
        QCOMPARE(report.total.satisfaction, (Satisfaction{3, 11}));
        QCOMPARE(staffRow(report.counters, QStringLiteral("2")).satisfaction, (Satisfaction{2, 6}));
        QCOMPARE(staffRow(report.tellers, QStringLiteral("t2")).satisfaction, (Satisfaction{2, 6}));
        QCOMPARE(staffRow(report.counters, QStringLiteral("3")).satisfaction.ratings, 0);

        // Only ratings with words are listed, in the order given, with the visit they were about.
        QCOMPARE(report.comments.size(), 2);
        const FeedbackComment &words = report.comments.last();
        QCOMPARE(words.at, monday(9, 35));
        QCOMPARE(words.ticketLabel, QStringLiteral("A002"));
        QCOMPARE(words.service, QStringLiteral("accounts"));
        QCOMPARE(words.counter, 2);
        QCOMPARE(words.teller, QStringLiteral("t2"));
        QCOMPARE(words.score, 2);
        QCOMPARE(words.comment, QStringLiteral("=HYPERLINK(\"x\") <b>slow</b>"));
        QCOMPARE(report.comments.first().comment, QStringLiteral("Kind, quick."));
        // Tuesday had no ratings.
        QCOMPARE(reportOn(QDate(2026, 11, 24)).total.satisfaction.ratings, 0);
    }

    void hoursAddUpByHand()
    {
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        QCOMPARE(report.hours.size(), 24);
        QCOMPARE(report.hours.first().hour, 3); // the day starts at the 03:00 rollover
        auto hour = [&report](int clockHour) {
            return report.hours[(clockHour - 3 + 24) % 24];
        };
        // 09: A001, A002, B001, A003 arrive; A001, B001, A002 finish; first calls wait 5, 8, 8, 1, 6.
        QCOMPARE(hour(9).arrivals, 4);
        QCOMPARE(hour(9).served, 3);
        QCOMPARE(hour(9).calls, 5);
        QCOMPARE(hour(9).averageWaitMs(), 28 * kMinute / 5);
        QCOMPARE(hour(9).longestLine, 3); // A001, A002 and B001 waiting at 09:04
        QCOMPARE(hour(10).arrivals, 2);
        QCOMPARE(hour(10).served, 1);
        QCOMPARE(hour(10).averageWaitMs(), 20 * kMinute);
        QCOMPARE(hour(10).longestLine, 1);
        QCOMPARE(hour(11).longestLine, 0);
        // B002 from 13:50 waits on to the end of the day: each later hour had a line of 1.
        QCOMPARE(hour(13).arrivals, 1);
        QCOMPARE(hour(13).longestLine, 1);
        QCOMPARE(hour(2).longestLine, 1);
        QCOMPARE(hour(8).longestLine, 0);
    }

    void appointmentsAndEstimatesAddUp()
    {
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        // Booked on Friday for Monday: 14:00 checked in, 15:00 expired, 16:00 cancelled.
        QCOMPARE(report.appointments, (AppointmentFigures{3, 1, 1, 1}));

        // A001, A002, B001, A003 and A005 were called before any transfer; B002 never, A004 was cancelled.
        const QMap<QString, qint64> actual{{QStringLiteral("A001"), 5 * kMinute},
                                           {QStringLiteral("A002"), 8 * kMinute},
                                           {QStringLiteral("B001"), 8 * kMinute},
                                           {QStringLiteral("A003"), 1 * kMinute},
                                           {QStringLiteral("A005"), 20 * kMinute}};
        EstimateFigures expected;
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            const TicketIssued ticket = m_issued.value(it.key());
            QVERIFY2(ticket.estimatedWaitSeconds >= 0 && ticket.estimateHighSeconds >= 0, qPrintable(it.key()));
            // The error is against the unrounded estimate; the range is the one the ticket printed.
            const qint64 error = it.value() - ticket.estimatedWaitSeconds * 1000LL;
            const PrintedWait printed = WaitEstimator::printed(ticket.estimateLowSeconds, ticket.estimateHighSeconds);
            expected.compared += 1;
            expected.errorTotalMs += error;
            expected.absoluteErrorTotalMs += std::abs(error);
            expected.waitedLonger += it.value() > printed.highMinutes * kMinute ? 1 : 0;
            expected.withinRange +=
                it.value() >= printed.lowMinutes * kMinute && it.value() <= printed.highMinutes * kMinute;
        }
        QVERIFY(expected.withinRange < expected.compared); // A005's 20 minutes were past any range it had
        QCOMPARE(report.estimates, expected);

        // By the hour each ticket was issued: the four of 09:00 there, and every one somewhere.
        const HourFigures &nine = report.hours[9 - 3];
        QCOMPARE(nine.estimatesCompared, 4);
        int compared = 0, within = 0;
        qint64 absoluteErrorMs = 0;
        for (const HourFigures &hour : report.hours) {
            compared += hour.estimatesCompared;
            within += hour.estimatesWithinRange;
            absoluteErrorMs += hour.estimateAbsoluteErrorMs;
        }
        QCOMPARE(compared, expected.compared);
        QCOMPARE(within, expected.withinRange);
        QCOMPARE(absoluteErrorMs, expected.absoluteErrorTotalMs);
    }

    void theForecastStandsBesideWhatCame()
    {
        // Monday's forecast was made at its start from the days before (Friday and Sunday):
        // each hour of the report holds what the forecast expected then.
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        const auto config = ReportSource::configAt(m_host->journal(), m_host->journal().lastSeq());
        QVERIFY(config);
        const auto history =
            ArrivalHistoryReader::read(m_host->journal(), config.value(), QDate(2026, 10, 26), QDate(2026, 11, 22));
        QVERIFY(history);
        const ArrivalForecast forecast = ArrivalForecaster::forecast(history.value(), QDate(2026, 11, 23));
        QVERIFY(forecast.known());
        QCOMPARE(forecast.sameWeekdays, 0); // no Monday before: the days there are, each alike
        const QList<double> bySlot = forecast.totalBySlot();
        double total = 0;
        for (const HourFigures &hour : report.hours) {
            const double expected = bySlot[2 * hour.hour] + bySlot[2 * hour.hour + 1];
            QVERIFY2(std::abs(hour.forecastArrivals - expected) < 0.011, qPrintable(QString::number(hour.hour)));
            total += hour.forecastArrivals;
        }
        QVERIFY(total > 0);
        QVERIFY(std::abs(total - forecast.total()) < 0.25);
        // The CSV's hours table carries it, to two decimals.
        QVERIFY(ReportCsv::hours(report)
                    .section(QStringLiteral("\r\n"), 0, 0)
                    .contains(QStringLiteral("forecast_arrivals")));
        // Friday's report had no history before it: no forecast, said as -1, not as 0.
        QCOMPARE(reportOn(QDate(2026, 11, 20)).hours.first().forecastArrivals, -1.0);
    }

    void aHalfPastRolloverTakesHalfAnHourOfForecastInItsFirstHour()
    {
        // A day from 03:30 to 03:30: its first report hour is 03:30-04:00, its last runs from
        // 02:00 to the rollover (the report's 24 hours).
        DayHistory history;
        history.day = QDate(2026, 11, 23);
        history.timeZone = riga();
        history.dayStart = localMs(2026, 11, 23, 3, 30);
        history.dayEnd = localMs(2026, 11, 24, 3, 30);
        history.until = history.dayEnd;
        WaitModel model;
        model.day = history.day;
        model.daysLearned = 7;
        model.forecastCentiBySlot = QList<int>(48, 100); // one customer every half hour
        history.during << Event{1, history.dayStart, WaitModelLearned{model}};
        const DailyReport report = ReportBuilder::build(history);
        QCOMPARE(report.hours.first().hour, 3);
        QCOMPARE(report.hours.first().forecastArrivals, 1.0);
        QCOMPARE(report.hours[1].forecastArrivals, 2.0);
        QCOMPARE(report.hours.last().forecastArrivals, 3.0);
        double total = 0;
        for (const HourFigures &hour : report.hours)
            total += hour.forecastArrivals;
        QCOMPARE(total, 48.0); // every half hour of the day once
    }

    void sundayCountsItsOwnDayEndCancellation()
    {
        const DailyReport sunday = reportOn(QDate(2026, 11, 22));
        const ServiceFigures &cash = serviceRow(sunday, QStringLiteral("cash"));
        QCOMPARE(cash.issued, 1);
        QCOMPARE(cash.cancelled, 1); // at Monday's first event, but it belongs to Sunday
        QCOMPARE(serviceRow(reportOn(QDate(2026, 11, 23)), QStringLiteral("cash")).cancelled, 1);
    }

    void aCustomerServedAcrossTheRolloverCountsOnEachDayForItsPart()
    {
        // Tuesday: issued and called (a 10-minute wait, within target); counter 2 open from
        // 02:30 to the rollover, serving from 02:55.
        const DailyReport tuesday = reportOn(QDate(2026, 11, 24));
        const ServiceFigures &issuedThere = serviceRow(tuesday, QStringLiteral("cash"));
        QCOMPARE(issuedThere.issued, 1);
        QCOMPARE(issuedThere.served, 0);
        QCOMPARE(issuedThere.wait.count, 1);
        QCOMPARE(issuedThere.wait.averageMs(), 10 * kMinute);
        QCOMPARE(issuedThere.calledWithinTarget, 1);
        QCOMPARE(staffRow(tuesday.counters, QStringLiteral("2")).openMs, 30 * kMinute);
        QCOMPARE(staffRow(tuesday.counters, QStringLiteral("2")).servingMs, 5 * kMinute);

        // Wednesday: served, with its whole service time from Tuesday's start (15 min); the
        // counter's time counts from the rollover. Reading it needs Tuesday as context.
        const DailyReport wednesday = reportOn(QDate(2026, 11, 25));
        const ServiceFigures &servedThere = serviceRow(wednesday, QStringLiteral("cash"));
        QCOMPARE(servedThere.issued, 0);
        QCOMPARE(servedThere.served, 1);
        QCOMPARE(servedThere.wait.count, 0);
        QCOMPARE(servedThere.serviceTime.averageMs(), 15 * kMinute);
        const StaffFigures &two = staffRow(wednesday.counters, QStringLiteral("2"));
        QCOMPARE(two.served, 1);
        QCOMPARE(two.openMs, 15 * kMinute);
        QCOMPARE(two.servingMs, 10 * kMinute);
        QCOMPARE(staffRow(wednesday.tellers, QStringLiteral("t2")),
                 (StaffFigures{
                     QStringLiteral("t2"), QStringLiteral("t2"), 1, 15 * kMinute, 15 * kMinute, 0, 10 * kMinute, {}}));
        QCOMPARE(wednesday.hours.first().served, 1); // 03:10, in the day's first hour
    }

    void anAppointmentNotCheckedInHasExpiredThoughTheServerSaidSoLater()
    {
        // The server was off at 14:10, so it journaled the expiry only on a later day: the
        // slot's own day counts it as expired all the same.
        const BranchConfig config = BranchConfigLoader::fromJson(toJson(baseConfig()).toUtf8(), {}).value();
        DayHistory history;
        history.day = QDate(2026, 11, 23);
        history.timeZone = riga();
        history.dayStart = monday(3, 0);
        history.dayEnd = localMs(2026, 11, 24, 3, 0);
        history.until = history.dayEnd;
        history.config = config;
        history.before = {
            Event{1, localMs(2026, 11, 20, 12, 0),
                  AppointmentBooked{7, QStringLiteral("cash"), monday(14, 0), QStringLiteral("X"), {}, {}}}};
        QCOMPARE(ReportBuilder::build(history).appointments, (AppointmentFigures{1, 0, 1, 0}));
        history.until = monday(14, 5); // within its grace, it is simply booked
        QCOMPARE(ReportBuilder::build(history).appointments, (AppointmentFigures{1, 0, 0, 0}));
    }

    void aQuietDayIsAnEmptyButValidReport()
    {
        const DailyReport saturday = reportOn(QDate(2026, 11, 21));
        QCOMPARE(saturday.total.issued, 0);
        QCOMPARE(saturday.services.size(), 3);
        QCOMPARE(staffRow(saturday.counters, QStringLiteral("3")).openMs, 24 * 60 * kMinute);
        QVERIFY(saturday.complete());
    }

    void daysOutsideTheJournalAreClearErrors()
    {
        const TimestampMs now = localMs(2026, 11, 24, 12, 0);
        const auto before = ReportSource::report(m_host->journal(), QDate(2026, 11, 1), now);
        QVERIFY(!before);
        QCOMPARE(before.error(),
                 QStringLiteral("The journal starts on 2026-11-20; there are no figures for 2026-11-01."));
        const auto future = ReportSource::report(m_host->journal(), QDate(2026, 11, 30), now);
        QVERIFY(!future);
        QCOMPARE(future.error(), QStringLiteral("The business day 2026-11-30 has not begun yet."));
        // Today, with nothing yet: valid, and marked as running.
        const auto today = ReportSource::report(m_host->journal(), QDate(2026, 11, 24), now);
        QVERIFY2(today, today ? "" : qPrintable(today.error()));
        QVERIFY(!today.value().complete());
        // A past day with nothing journaled, not even its start: the server was off, so no figures.
        const auto notRunning =
            ReportSource::report(m_host->journal(), QDate(2026, 11, 26), localMs(2026, 11, 27, 12, 0));
        QVERIFY(!notRunning);
        QCOMPARE(notRunning.error(),
                 QStringLiteral("The journal has nothing for 2026-11-26: the server was not running that day."));
    }

    void csvHoldsTheSameFigures()
    {
        const DailyReport report = reportOn(QDate(2026, 11, 23));
        const QStringList services = ReportCsv::services(report).split(QStringLiteral("\r\n"));
        QVERIFY(services[0].startsWith(QStringLiteral("date,service,name,prefix,target_wait_s,issued,served")));
        QCOMPARE(services[1], QStringLiteral("2026-11-23,cash,cash,A,600,5,2,1,1,0,1,0,4,510.000,390.000,1200.000,"
                                             "1200.000,3,0.7500,2,420.000,420.000,1,5.000"));
        QVERIFY(services[4].startsWith(QStringLiteral("2026-11-23,ALL,All services,,,7,4,")));
        QVERIFY(ReportCsv::counters(report).contains(
            QStringLiteral("2026-11-23,1,Counter 1,2,420.000,7500.000,600.000,1020.000,0.1478,1,5.000")));
        // A customer's words as typed, but never as a formula: a leading = is made text.
        const QStringList comments = ReportCsv::comments(report).split(QStringLiteral("\r\n"));
        QCOMPARE(comments[0], QStringLiteral("date,given_at,ticket,service,counter,teller,rating,comment"));
        QCOMPARE(comments[1],
                 QStringLiteral("2026-11-23,2026-11-23T09:25:00+02:00,B001,accounts,2,t2,4,\"Kind, quick.\""));
        QCOMPARE(comments[2], QStringLiteral("2026-11-23,2026-11-23T09:35:00+02:00,A002,accounts,2,t2,2,"
                                             "\"'=HYPERLINK(\"\"x\"\") <b>slow</b>\""));
        QVERIFY(ReportCsv::hours(report).contains(QStringLiteral("2026-11-23,09:00,4,3,5,336.000,3")));

        QTemporaryDir out;
        const auto written = ReportCsv::write(report, out.path());
        QVERIFY2(written, written ? "" : qPrintable(written.error()));
        QCOMPARE(written.value().size(), 6);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("2026-11-23-services.csv"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("2026-11-23-comments.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "TestReport.moc"
