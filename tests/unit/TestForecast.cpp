// Planning: the arrival history folded from journal events, the forecast's level, shape,
// holidays and closed days worked out by hand, the thin histories a new branch has, and the
// staffing plan's Erlang figures and how it shares a pool of counters out.

#include "TestBranch.h"
#include "model/BranchConfigLoader.h"
#include "planning/Erlang.h"
#include "planning/PlanCsv.h"
#include "planning/StaffingPlan.h"

#include <QTest>
#include <numeric>

using namespace tessera;
using namespace tessera::test;

namespace {

BranchConfig testConfig()
{
    auto config = BranchConfigLoader::fromJson(toJson(baseConfig()).toUtf8(), QStringLiteral("test"));
    if (!config)
        qFatal("the test configuration does not load");
    return config.value();
}

// A history of whole days, built the way the journal would fill it.
class HistoryScript
{
public:
    explicit HistoryScript(const BranchConfig &config) : m_config(config), m_builder(config) {}

    void issue(const QDate &day, int hour, int minute, const QString &service, int count = 1)
    {
        for (int i = 0; i < count; ++i) {
            TicketIssued issued;
            issued.ticket = ++m_ticket;
            issued.service = service;
            issued.number = int(m_ticket);
            issued.label = QStringLiteral("A%1").arg(m_ticket);
            add(localMs(day.year(), day.month(), day.day(), hour, minute), issued);
        }
    }
    void add(TimestampMs at, const EventPayload &payload)
    {
        m_builder.add(Event{++m_seq, at, payload}, m_config.businessDayAt(at));
    }
    TicketId lastTicket() const { return m_ticket; }
    ArrivalHistory history() { return m_builder.history(); }

private:
    BranchConfig m_config;
    ArrivalHistoryBuilder m_builder;
    Seq m_seq = 0;
    TicketId m_ticket = 0;
};

const QDate kMonday(2026, 11, 2);

} // namespace

class TestForecast final : public QObject
{
    Q_OBJECT

private slots:
    void theHistoryCountsArrivalsOpenCountersAndPatience()
    {
        const BranchConfig config = testConfig();
        HistoryScript script(config);
        const QDate day = kMonday;
        script.issue(day, 9, 10, QStringLiteral("cash"), 3);         // 09:00-09:30
        script.issue(day, 9, 40, QStringLiteral("accounts"));        // 09:30-10:00
        script.issue(day.addDays(1), 1, 15, QStringLiteral("cash")); // after midnight: still Monday's
        const auto at = [&day](int hour, int minute) {
            return localMs(day.year(), day.month(), day.day(), hour, minute);
        };
        // Ticket 1 called after 1 minute, 2 after 3, 3 gave up after 4; 5 was sent home at the day's end.
        script.add(at(9, 11), TicketCalled{1, 1, QStringLiteral("t1")});
        script.add(at(9, 13), TicketCalled{2, 1, QStringLiteral("t1")});
        script.add(at(9, 14), TicketCancelled{3, QStringLiteral("customer")});
        const QDate tuesday = day.addDays(1);
        const auto tuesdayAt = [&tuesday](int hour) {
            return localMs(tuesday.year(), tuesday.month(), tuesday.day(), hour);
        };
        script.add(tuesdayAt(3), TicketCancelled{5, QStringLiteral("dayEnded")}); // at the rollover
        // Counter 1 open 09:00-09:45; counter 2 opened at 20:00 and left open all night.
        script.add(at(9, 0), CounterOpened{1, QStringLiteral("t1")});
        script.add(at(9, 45), CounterPaused{1, QStringLiteral("t1")});
        script.add(at(20, 0), CounterOpened{2, QStringLiteral("t2")});
        script.add(tuesdayAt(8), CounterClosed{2, QStringLiteral("t2")});

        const ArrivalHistory history = script.history();
        const DayArrivals *monday = history.day(day);
        QVERIFY(monday);
        QCOMPARE(monday->total(), 5);
        QCOMPARE(monday->arrivals.value(QStringLiteral("cash"))[18], 3);
        QCOMPARE(monday->arrivals.value(QStringLiteral("accounts"))[19], 1);
        QCOMPARE(monday->arrivals.value(QStringLiteral("cash"))[2], 1);
        QCOMPARE(monday->countersOpen[18], 1.0);
        QCOMPARE(monday->countersOpen[19], 0.5);
        QCOMPARE(monday->countersOpen[40], 1.0); // 20:00, counter 2
        QCOMPARE(monday->countersOpen[5], 1.0);  // 02:30 the night after, still Monday's business day
        const DayArrivals *tuesdayHistory = history.day(tuesday);
        QVERIFY(tuesdayHistory);
        QCOMPARE(tuesdayHistory->countersOpen[6], 1.0);  // 03:00, Tuesday's business day
        QCOMPARE(tuesdayHistory->countersOpen[16], 0.0); // closed at 08:00
        // Patience: 1 + 3 + 4 minutes waited per one who gave up; the ticket sent home at the
        // rollover is neither (its 105 minutes were after closing).
        const WaitingBehaviour cash = history.waiting.value(QStringLiteral("cash"));
        QCOMPARE(cash.gaveUp, 1);
        QCOMPARE(cash.patienceSeconds(), (1 + 3 + 4) * 60.0);
    }

    void theLevelIsTheRecentWeekdaysWeightedAndTheShapeIsPooled()
    {
        const BranchConfig config = testConfig();
        HistoryScript script(config);
        // Four Mondays of 10, 20, 30 and 40 customers at 09:00, and 10 at 14:00 each.
        for (int week = 0; week < 4; ++week) {
            script.issue(kMonday.addDays(7 * week), 9, 0, QStringLiteral("cash"), 10 * (week + 1));
            script.issue(kMonday.addDays(7 * week), 14, 0, QStringLiteral("cash"), 10);
        }
        const ArrivalHistory history = script.history();
        const ArrivalForecast forecast = ArrivalForecaster::forecast(history, kMonday.addDays(28));
        QVERIFY(forecast.known());
        QCOMPARE(forecast.sameWeekdays, 4);
        // Level: (1 x 20 + 2 x 30 + 3 x 40 + 4 x 50) / 10 = 40 customers.
        QCOMPARE(forecast.total(), 40.0);
        // Shape: the days within 0.6-1.6 x 40 (the 30, 40 and 50 days) pooled: 90 of 120 at 09:00.
        QCOMPARE(forecast.shapeDays, 3);
        QCOMPARE(forecast.arrivals.value(QStringLiteral("cash"))[18], 40.0 * 90 / 120);
        QCOMPARE(forecast.arrivals.value(QStringLiteral("cash"))[28], 40.0 * 30 / 120);
        QCOMPARE(forecast.arrivals.value(QStringLiteral("cash"))[20], 0.0);
        // The naive seasonal forecast: last Monday as it was.
        QCOMPARE(ArrivalForecaster::sameDayLastWeek(history, kMonday.addDays(28)).total(), 50.0);
    }

    void aHolidayIsLeftOutAndAClosedWeekdayExpectsNobody()
    {
        const BranchConfig config = testConfig();
        HistoryScript script(config);
        for (int week = 0; week < 3; ++week) {
            // Monday to Friday; the second Monday a holiday with 2 customers; never a Saturday.
            for (int weekday = 0; weekday < 5; ++weekday) {
                const bool holiday = week == 1 && weekday == 0;
                script.issue(kMonday.addDays(7 * week + weekday), 10, 0, QStringLiteral("cash"), holiday ? 2 : 30);
            }
        }
        const ArrivalHistory history = script.history();
        const ArrivalForecast monday = ArrivalForecaster::forecast(history, kMonday.addDays(21));
        QCOMPARE(monday.sameWeekdays, 2);
        QCOMPARE(monday.total(), 30.0);
        const ArrivalForecast saturday = ArrivalForecaster::forecast(history, kMonday.addDays(19));
        QVERIFY(saturday.known());
        QVERIFY(saturday.closed);
        QCOMPARE(saturday.total(), 0.0);
    }

    void thinHistoriesSayWhatTheyAreBuiltOn()
    {
        const BranchConfig config = testConfig();
        // No history: nothing known, nothing invented.
        QVERIFY(!ArrivalForecaster::forecast(ArrivalHistory{}, kMonday).known());

        // One day (a Monday): Tuesday is forecast from it, said to be from no same weekday.
        HistoryScript script(config);
        script.issue(kMonday, 9, 0, QStringLiteral("cash"), 12);
        ArrivalHistory oneDay = script.history();
        const ArrivalForecast tuesday = ArrivalForecaster::forecast(oneDay, kMonday.addDays(1));
        QVERIFY(tuesday.known());
        QCOMPARE(tuesday.sameWeekdays, 0);
        QCOMPARE(tuesday.total(), 12.0);
        QCOMPARE(tuesday.arrivals.value(QStringLiteral("cash"))[18], 12.0);

        // A service added yesterday (Sunday) is expected at yesterday's level, at the branch's hours.
        HistoryScript added(config);
        added.issue(kMonday, 9, 0, QStringLiteral("cash"), 20);
        added.issue(kMonday.addDays(6), 9, 0, QStringLiteral("cash"), 20);
        added.issue(kMonday.addDays(6), 9, 0, QStringLiteral("loans"), 4);
        const ArrivalForecast nextMonday = ArrivalForecaster::forecast(added.history(), kMonday.addDays(7));
        QCOMPARE(nextMonday.sameWeekdays, 1);
        QCOMPARE(std::accumulate(nextMonday.arrivals.value(QStringLiteral("loans")).cbegin(),
                                 nextMonday.arrivals.value(QStringLiteral("loans")).cend(), 0.0),
                 4.0);

        // A day with no customers at all (only a counter opened) forecasts nothing from it.
        HistoryScript empty(config);
        empty.add(localMs(2026, 11, 2, 9, 0), CounterOpened{1, QStringLiteral("t1")});
        QVERIFY(!ArrivalForecaster::forecast(empty.history(), kMonday.addDays(1)).known());
    }

    void thePlanAdvisesCountersByErlangAndSharesThemOut()
    {
        BranchConfig config = testConfig();
        for (ServiceConfig &service : config.services)
            service.targetWaitSeconds = 20;
        HistoryScript script(config);
        // Four Mondays of 100 cash customers between 09:00 and 09:30, and one who gave up.
        for (int week = 0; week < 4; ++week)
            script.issue(kMonday.addDays(7 * week), 9, 5, QStringLiteral("cash"), 100);
        script.add(localMs(2026, 11, 23, 9, 7), TicketCancelled{script.lastTicket(), QStringLiteral("customer")});
        script.add(localMs(2026, 11, 23, 8, 30), CounterOpened{1, QStringLiteral("t1")});
        script.add(localMs(2026, 11, 23, 10, 0), CounterClosed{1, QStringLiteral("t1")});
        WaitModel model;
        model.daysLearned = 4;
        ServiceProfile cash;
        cash.service = QStringLiteral("cash");
        cash.samples = 400;
        cash.meanSeconds = 180;
        cash.meanSecondsByHour = QList<int>(24, -1);
        model.services << cash;

        const ArrivalHistory history = script.history();
        const StaffingPlan plan = StaffingPlanner::plan(history, model, config, kMonday.addDays(28));
        QVERIFY(plan.known());
        QCOMPARE(plan.halfHours.size(), kSlotsPerDay);
        const SlotAdvice &nine = plan.halfHours[18];
        QCOMPARE(nine.arrivals, 100.0);
        QCOMPARE(nine.serviceSeconds, 180.0);
        // The textbook case: 100 arrivals, 180 s, 20 s target, 80 %: Erlang C says 14.
        QCOMPARE(nine.countersErlangC, 14);
        // Those who give up (1 in 400, after 2 minutes) make the line shorter for the rest.
        QVERIFY(nine.countersErlangA <= nine.countersErlangC);
        QVERIFY(nine.serviceLevelA >= StaffingPlanner::kTargetShare);
        QCOMPARE(nine.byService.value(QStringLiteral("cash")), nine.countersErlangA);
        QCOMPARE(nine.countersOpenLastWeek, 1.0);
        QCOMPARE(plan.halfHours[17].countersOpenLastWeek, 1.0);
        QCOMPARE(plan.halfHours[20].countersOpenLastWeek, 0.0);
        QCOMPARE(plan.halfHours[20].countersErlangA, 0);
        QCOMPARE(plan.shownSlots(), (QList<int>{17, 18, 19}));
        QCOMPARE(plan.at(QTime(9, 29))->slot, 18);
    }

    void aPoolIsSharedOutByWork()
    {
        BranchConfig config = testConfig();
        HistoryScript script(config);
        // 60 cash customers (4 min) and 30 accounts customers (8 min) each Monday at 10:00.
        for (int week = 0; week < 2; ++week) {
            script.issue(kMonday.addDays(7 * week), 10, 0, QStringLiteral("cash"), 60);
            script.issue(kMonday.addDays(7 * week), 10, 0, QStringLiteral("accounts"), 30);
        }
        const StaffingPlan plan = StaffingPlanner::plan(script.history(), WaitModel{}, config, kMonday.addDays(14));
        const SlotAdvice &ten = plan.halfHours[20];
        QCOMPARE(ten.serviceSeconds, (60 * 240 + 30 * 480) / 90.0); // configured times: nothing learned
        QCOMPARE(ten.targetSeconds, 600);                           // cash's 10 min, the stricter
        // Equal work (60 x 4 = 30 x 8 minutes): the pool split evenly, give or take one.
        QVERIFY(std::abs(ten.byService.value(QStringLiteral("cash")) -
                         ten.byService.value(QStringLiteral("accounts"))) <= 1);
        QCOMPARE(ten.byService.value(QStringLiteral("cash")) + ten.byService.value(QStringLiteral("accounts")),
                 ten.countersErlangA);
        // Two separate lines pool nothing: together they need more than the shared counters.
        QVERIFY(ten.dedicated.value(QStringLiteral("cash")) + ten.dedicated.value(QStringLiteral("accounts")) >=
                ten.countersErlangA);
        // Erlang C at the pooled figures, worked out by its own formula.
        const staffing::Demand pooled{90, 1800, ten.serviceSeconds, 0};
        QCOMPARE(ten.countersErlangC, staffing::agentsNeededC(pooled, 600, 0.8));
        QVERIFY(staffing::erlangC(pooled, ten.countersErlangC - 1, 600).serviceLevel < 0.8);
    }
    void aDayWeeksAheadIsForecastFromTheLastSameWeekdays()
    {
        const BranchConfig config = testConfig();
        HistoryScript script(config);
        for (int week = 0; week < 2; ++week)
            script.issue(kMonday.addDays(7 * week), 10, 0, QStringLiteral("cash"), 20);
        // Eight weeks on, no Monday in the four before it: still Mondays, not a closed day.
        const ArrivalForecast later = ArrivalForecaster::forecast(script.history(), kMonday.addDays(7 * 9));
        QVERIFY(!later.closed);
        QCOMPARE(later.sameWeekdays, 2);
        QCOMPARE(later.total(), 20.0);
    }

    void aTargetNoStaffingMeetsIsSaidSo()
    {
        const BranchConfig config = testConfig();
        HistoryScript script(config);
        script.issue(kMonday, 9, 0, QStringLiteral("cash"), 20000); // 2,667 counters' worth in half an hour
        const StaffingPlan plan = StaffingPlanner::plan(script.history(), WaitModel{}, config, kMonday.addDays(7));
        const SlotAdvice &nine = plan.halfHours[18];
        QCOMPARE(nine.countersErlangA, staffing::kUnreachable);
        QCOMPARE(nine.countersErlangC, staffing::kUnreachable);
        QCOMPARE(nine.serviceLevelA, 0.0);
        QVERIFY(nine.byService.isEmpty());
        // The CSV leaves the counters empty rather than writing -1 or 0.
        const QString row = PlanCsv::table(plan).split(QStringLiteral("\r\n"))[1];
        QVERIFY2(row.startsWith(QStringLiteral("2026-11-09,09:00,20000.00,240,600,,,0.0000,")), qPrintable(row));
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "TestForecast.moc"
