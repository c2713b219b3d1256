// The wait estimate: the queue model's figures worked out by hand, the calibration by the
// branch's real waits, the learner's figures from a scripted history, and a scripted
// fortnight on which the estimate must beat the naive one.

#include "TestBranch.h"
#include "model/GammaDistribution.h"
#include "model/WaitEstimator.h"
#include "model/WaitModelLearner.h"

#include <QTest>
#include <cmath>
#include <numeric>

using namespace tessera;
using namespace tessera::test;

namespace {

void learn(InMemoryBranch &branch, const WaitModel &model)
{
    branch.state.apply(Event{branch.state.lastSeq() + 1, branch.now, WaitModelLearned{model}});
}

WaitModel learnedFrom(const InMemoryBranch &branch, const QDate &day)
{
    WaitModelLearner learner(branch.state.config());
    for (const Event &event : branch.history) {
        if (branch.state.config().businessDayAt(event.at) < day)
            learner.add(event);
    }
    return learner.model(day);
}

} // namespace

class TestWaitEstimate final : public QObject
{
    Q_OBJECT

private slots:
    void noOpenCounterMeansNoEstimate()
    {
        InMemoryBranch branch;
        branch.issue(QStringLiteral("cash"));
        const WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash"), branch.now);
        QCOMPARE(estimate.peopleAhead, 1);
        QCOMPARE(estimate.openCounters, 0);
        QVERIFY(!estimate.known());
    }

    void aFreeCounterMeansLessThanAMinute()
    {
        InMemoryBranch branch;
        branch.staff(3);
        const WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QCOMPARE(estimate.seconds, 0);
        QCOMPARE(estimate.band, -1);
        QVERIFY(WaitEstimator::printed(estimate).lessThanAMinute());
    }

    void placesAheadTakeTheBusyCounterThenServiceTimes()
    {
        InMemoryBranch branch;
        branch.staff(3); // loans only, 20 min configured, no history
        branch.issue(QStringLiteral("loans"));
        branch.callNext(3);
        branch.issue(QStringLiteral("loans"));
        branch.issue(QStringLiteral("loans"));
        // Counter 3 frees in 20 min, then two customers ahead take 20 min each.
        WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QCOMPARE(estimate.peopleAhead, 2);
        QCOMPARE(estimate.modelSeconds, 3600);
        QCOMPARE(estimate.seconds, 3600);
        QVERIFY(!estimate.learned);
        // Three completions to wait for: a gamma spread of shape 3 around the hour.
        QCOMPARE(estimate.lowSeconds, int(std::floor(gamma::quantile(3, 3600, 0.075))));
        QCOMPARE(estimate.highSeconds, int(std::ceil(gamma::quantile(3, 3600, 0.925))));
        QVERIFY(estimate.lowSeconds < 3600 && estimate.highSeconds > 3600);
        // Five minutes into the service, five minutes less to wait.
        branch.advanceMinutes(5);
        estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QCOMPARE(estimate.modelSeconds, 3300);
    }

    void otherLinesTakeTheirWeightedShare()
    {
        InMemoryBranch branch;
        branch.staff(1); // cash 3 + accounts 1
        branch.issue(QStringLiteral("cash"));
        branch.callNext(1);
        for (int i = 0; i < 4; ++i)
            branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("accounts"));
        branch.issue(QStringLiteral("accounts"));
        const WaitEstimator::Situation situation =
            WaitEstimator::situation(branch.state, QStringLiteral("cash"), branch.now);
        // One counter; with accounts waiting it gives them one call in four (weights 3 + 1).
        QCOMPARE(situation.capacity, 1.0);
        // Four cash ahead; of the two accounts, one per three cash calls: 5/3 of them.
        QCOMPARE(situation.aheadEffective, 4 + 5.0 / 3);
        // The busy counter frees in 4 min, then 4 2/3 more calls of 240 s each before ours.
        QVERIFY(std::abs(situation.modelSeconds - (240 + (4 + 5.0 / 3) * 240)) < 1e-6);
    }

    void priorityCustomersOnlyWaitForTheirClassAndAbove()
    {
        InMemoryBranch branch;
        branch.staff(1);
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"));
        branch.issue(QStringLiteral("cash"), PriorityClass::Priority);
        QCOMPARE(WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash"), branch.now, PriorityClass::Priority)
                     .peopleAhead,
                 1);
        QCOMPARE(WaitEstimator::forNewTicket(branch.state, QStringLiteral("cash"), branch.now).peopleAhead, 3);
    }

    void abandonmentAndOvertakingFromHistory()
    {
        InMemoryBranch branch;
        branch.staff(3);
        branch.issue(QStringLiteral("loans"));
        branch.callNext(3);
        for (int i = 0; i < 4; ++i)
            branch.issue(QStringLiteral("loans"));
        WaitModel model;
        model.day = branch.state.businessDay();
        model.daysLearned = 1;
        ServiceProfile loans;
        loans.service = QStringLiteral("loans");
        loans.samples = 100;
        loans.meanSeconds = 600;
        loans.meanSecondsByHour = QList<int>(24, -1);
        loans.abandonPermille = 250; // one in four gives up
        loans.rankedArrivalsByHour = QList<int>(24, 0);
        loans.rankedArrivalsByHour[10] = 3; // 3 priority customers an hour at 10:00
        model.services = {loans};
        learn(branch, model);
        const WaitEstimator::Situation situation =
            WaitEstimator::situation(branch.state, QStringLiteral("loans"), branch.now);
        QCOMPARE(situation.aheadEffective, 3.0); // 4 ahead, 3 of them stay
        // 600 s to go (no quantiles learned), 3 more places at 600 s; overtaking load 3/h x 600 s = 0.5.
        QVERIFY(std::abs(situation.modelSeconds - (600 + 3 * 600) / 0.5) < 1e-6);
        // A priority customer is not overtaken by their own kind.
        QVERIFY(std::abs(
                    WaitEstimator::situation(branch.state, QStringLiteral("loans"), branch.now, PriorityClass::Priority)
                        .modelSeconds -
                    600) < 1e-6);
    }

    void theCalibrationOfTheBandGivesTheRange()
    {
        InMemoryBranch branch;
        branch.staff(3);
        branch.issue(QStringLiteral("loans"));
        branch.callNext(3);
        const int band = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now).band;
        QCOMPARE(band, WaitEstimator::bandOf(0, 1200));
        WaitModel model;
        model.day = branch.state.businessDay();
        model.daysLearned = 5;
        model.calibration = {{band, WaitCalibration::Normal, 40, 300, 900, 1500},
                             {band, WaitCalibration::Anyone, 60, 240, 800, 1400},
                             {band + 1, WaitCalibration::Ranked, 10, 0, 0, 0}};
        learn(branch, model);
        WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QVERIFY(estimate.learned);
        QCOMPARE(estimate.seconds, 900);
        QCOMPARE(estimate.lowSeconds, 300);
        QCOMPARE(estimate.highSeconds, 1500);
        // Too few ranked customers in the band: the band's figures for anyone.
        estimate =
            WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now, PriorityClass::Priority);
        QCOMPARE(estimate.seconds, 800);
        // A band with too few real waits borrows the nearest band within two.
        branch.advanceMinutes(5);
        estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QCOMPARE(estimate.band, band - 1);
        QCOMPARE(estimate.seconds, 900);
    }

    void aQueueLongerThanAnyLearnedIsScaledFromAHalfMinuteBandOrNot()
    {
        InMemoryBranch branch;
        branch.staff(3);
        branch.issue(QStringLiteral("loans"));
        branch.callNext(3);
        const WaitEstimator::Situation situation =
            WaitEstimator::situation(branch.state, QStringLiteral("loans"), branch.now);
        WaitModel model;
        model.day = branch.state.businessDay();
        model.daysLearned = 5;
        // Only very short bands learned (0: a few seconds, where a ratio means nothing).
        model.calibration = {{0, WaitCalibration::Anyone, 200, 0, 0, 20}, {2, WaitCalibration::Anyone, 200, 0, 4, 30}};
        learn(branch, model);
        WaitEstimate estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QVERIFY(!estimate.learned); // the model's own range, never a ratio to nothing (NaN)
        QVERIFY(estimate.lowSeconds >= 0 && estimate.lowSeconds < estimate.seconds);
        QVERIFY(estimate.highSeconds > estimate.seconds);
        // A learned band of 2 minutes whose customers waited half the model: the same ratio.
        const int twoMinutes = WaitEstimator::bandOf(0, 120);
        model.calibration = {{twoMinutes, WaitCalibration::Anyone, 200, 30, 60, 120}};
        learn(branch, model);
        estimate = WaitEstimator::forNewTicket(branch.state, QStringLiteral("loans"), branch.now);
        QVERIFY(estimate.learned);
        const double scale = situation.modelSeconds / WaitEstimator::modelSecondsOfBand(twoMinutes);
        QCOMPARE(estimate.seconds, int(std::lround(60 * scale)));
        QCOMPARE(estimate.highSeconds, int(std::ceil(120 * scale)));
    }

    void aTicketLeftOpenForHoursIsTakenAsForgotten()
    {
        ServiceProfile profile;
        profile.samples = 100;
        profile.meanSeconds = 300;
        for (int i = 1; i <= ServiceProfile::kQuantiles; ++i)
            profile.quantileSeconds << 30 * i; // 30 s .. 570 s
        // Ten minutes in, past every learned time: half as long again.
        QCOMPARE(profile.residualSeconds(600), 300.0);
        // Nine hours in: nobody is being served there; the counter frees after an ordinary service.
        QCOMPARE(profile.residualSeconds(9 * 3600), 300.0);
        QVERIFY(profile.residualSeconds(2 * 3600) > 3000);
    }

    void printedRanges_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<int>("lowMinutes");
        QTest::addColumn<int>("highMinutes");
        QTest::newRow("less than a minute") << 0 << 45 << 0 << 1;
        QTest::newRow("exactly a minute") << 0 << 60 << 0 << 1;
        QTest::newRow("up to 4 min") << 10 << 200 << 0 << 4;
        QTest::newRow("8-12 min") << 480 << 720 << 8 << 12;
        QTest::newRow("never empty") << 130 << 150 << 2 << 3;
    }
    void printedRanges()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(int, lowMinutes);
        QFETCH(int, highMinutes);
        const PrintedWait printed = WaitEstimator::printed(low, high);
        QCOMPARE(printed.lowMinutes, lowMinutes);
        QCOMPARE(printed.highMinutes, highMinutes);
    }

    void gammaQuantilesAreExact()
    {
        // Shape 1 is the exponential distribution: its quantile is -mean ln(1 - p).
        for (double p : {0.075, 0.5, 0.925})
            QVERIFY(std::abs(gamma::quantile(1, 100, p) + 100 * std::log(1 - p)) < 1e-6);
        // Shape 10, mean 20: the chi-square of 20 degrees of freedom (10.851 at 5 % and
        // 34.170 at 97.5 %, from the tables).
        QVERIFY(std::abs(gamma::quantile(10, 20, 0.05) - 10.851) < 1e-3);
        QVERIFY(std::abs(gamma::quantile(10, 20, 0.975) - 34.170) < 1e-3);
        // Shape 3: P(X <= x) = 1 - e^-y (1 + y + y^2 / 2), y = 3x / mean.
        const double y = 3.0 * 4000 / 3600;
        QVERIFY(std::abs(gamma::cdf(3, 3600, 4000) - (1 - std::exp(-y) * (1 + y + y * y / 2))) < 1e-12);
        // The density is the slope of the cdf.
        const double slope = (gamma::cdf(3, 3600, 4001) - gamma::cdf(3, 3600, 3999)) / 2;
        QVERIFY(std::abs(gamma::density(3, 3600, 4000) - slope) < 1e-9);
    }

    void gammaQuantilesHoldForLongQueues()
    {
        // 20,000 people ahead at one counter, a minute each: the shape is 20,000, and the cdf
        // needs far more terms than at shape 3 (with 500, it was 2e-4 off at the mean). The
        // values are mpmath's gammainc(20000, 0, x, regularized=True) at 40 digits.
        const double shape = 20000;
        const double mean = shape * 60;
        for (const auto &[x, expected] :
             {std::pair{0.98 * mean, 0.0022195575796891886537}, std::pair{1.00 * mean, 0.5009403162337493231938},
              std::pair{1.02 * mean, 0.9975393540563543235003}})
            QVERIFY2(std::abs(gamma::cdf(shape, mean, x) - expected) < 1e-10, qPrintable(QString::number(x / mean)));
        // And the quantiles, for long queues on either side of where an approximation takes over
        // (Newton's method below a shape of 1,000, Wilson and Hilferty from there) and a very long
        // one, within a second of mpmath's root of the same cdf, on waits of 17 and 333 hours.
        for (const auto &[k, p, expected] :
             {std::tuple{999.0, 0.075, 0.95481924077401287357}, std::tuple{999.0, 0.925, 1.0458962804898829771},
              std::tuple{1000.0, 0.075, 0.95484165174550654361}, std::tuple{1000.0, 0.925, 1.0458731540253001831},
              std::tuple{20000.0, 0.075, 0.98983891583025955719}, std::tuple{20000.0, 0.925, 1.0101968257946339014}}) {
            const double quantile = gamma::quantile(k, k * 60, p);
            QVERIFY2(std::abs(quantile - expected * k * 60) < 1.0,
                     qPrintable(QStringLiteral("shape %1, p %2: %3").arg(k).arg(p).arg(quantile)));
        }
    }

    void theLearnerReadsServiceTimesAbandonmentAndWaits()
    {
        InMemoryBranch branch;
        const QDate monday = branch.state.businessDay();
        branch.staff(3);
        // Four loans customers: served in 10 and 14 minutes, one left after 5 minutes, and
        // a ticket left open for nine hours, which is no service time.
        for (int minutes : {10, 14}) {
            branch.issue(QStringLiteral("loans"));
            branch.callNext(3);
            branch.must(StartService{3});
            branch.advanceMinutes(minutes);
            branch.must(FinishTicket{3, {}, {}});
        }
        const TicketId gaveUp = branch.issue(QStringLiteral("loans"));
        branch.advanceMinutes(5);
        branch.must(CancelTicket{branch.label(gaveUp), QStringLiteral("customer")});
        branch.issue(QStringLiteral("loans"), PriorityClass::Priority);
        branch.callNext(3);
        branch.must(StartService{3});
        branch.advanceMinutes(9 * 60);
        branch.must(FinishTicket{3, {}, {}});

        const WaitModel model = learnedFrom(branch, monday.addDays(1));
        QCOMPARE(model.daysLearned, 1);
        QCOMPARE(model.firstDay, monday);
        const ServiceProfile *loans = model.service(QStringLiteral("loans"));
        QVERIFY(loans);
        QCOMPARE(loans->samples, 2);
        QCOMPARE(loans->meanSeconds, 12 * 60);
        QCOMPARE(loans->quantileSeconds.first(), 10 * 60);
        QCOMPARE(loans->quantileSeconds.last(), 14 * 60);
        QCOMPARE(loans->issued, 4);
        QCOMPARE(loans->abandonPermille, 250);
        QCOMPARE(loans->rankedArrivalsByHour.value(10), 1); // issued at 10:29 local
        // Every served customer found the counter free: band -1, called at once.
        const WaitCalibration *free = model.calibrationFor(-1, false, 1);
        QVERIFY(free);
        QCOMPARE(free->samples, 2);
        QCOMPARE(free->medianSeconds, 0);
    }

    // A branch with two counters and five-minute services, where every hour ten customers
    // come in at once: the k-th waits (k - 1) / 2 x 5 minutes, exactly. Trained on a week,
    // the estimate must beat the naive one (yesterday's mean wait) by far, and hold.
    void beatsTheNaiveEstimateOnAScriptedDay()
    {
        QJsonObject config = withNumbersUpTo(baseConfig(), 999);
        InMemoryBranch branch(config, localMs(2026, 11, 16, 8, 0));
        const QDate firstDay = branch.state.businessDay();
        QList<qint64> yesterdaysWaits;
        double estimateError = 0, naiveError = 0;
        int compared = 0, withinRange = 0;
        for (int day = 0; day < 8; ++day) {
            branch.now = localMs(2026, 11, 16 + day, 9, 0);
            branch.settle();
            if (day > 0)
                learn(branch, learnedFrom(branch, branch.state.businessDay()));
            const bool judged = day == 7;
            const double naive =
                yesterdaysWaits.isEmpty()
                    ? 0
                    : std::accumulate(yesterdaysWaits.cbegin(), yesterdaysWaits.cend(), 0.0) / yesterdaysWaits.size();
            yesterdaysWaits.clear();
            for (int counter : {1, 2})
                branch.staff(counter);
            for (int hour = 9; hour < 15; ++hour) {
                branch.now = localMs(2026, 11, 16 + day, hour, 0);
                QList<TicketIssued> issued;
                for (int k = 0; k < 10; ++k) {
                    issued << std::get<TicketIssued>(
                        branch.must(IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}}).value().first());
                    // Tellers call whoever is first, as soon as they are free.
                    for (int counter : {1, 2}) {
                        if (!branch.state.counter(counter)->current &&
                            !branch.state.service(QStringLiteral("cash"))->waiting.empty())
                            branch.callNext(counter);
                    }
                }
                for (int k = 0; k < 10; ++k) {
                    const qint64 waited = qint64(k / 2) * 5 * 60;
                    yesterdaysWaits << waited;
                    if (judged) {
                        compared += 1;
                        estimateError += std::abs(issued[k].estimatedWaitSeconds - waited);
                        naiveError += std::abs(naive - waited);
                        withinRange +=
                            WaitEstimator::printed(issued[k].estimateLowSeconds, issued[k].estimateHighSeconds)
                                    .contains(waited * 1000)
                                ? 1
                                : 0;
                    }
                }
                // Five minutes a customer, two counters: the hour's ten are done by 09:25.
                for (int step = 0; step < 5; ++step) {
                    branch.advanceMinutes(5);
                    for (int counter : {1, 2}) {
                        branch.must(FinishTicket{counter, {}, {}});
                        if (!branch.state.service(QStringLiteral("cash"))->waiting.empty())
                            branch.callNext(counter);
                    }
                }
            }
            for (int counter : {1, 2})
                branch.must(LogOut{counter});
        }
        QVERIFY(branch.state.waitModel().daysLearned == 7);
        QVERIFY(branch.state.waitModel().firstDay == firstDay);
        qInfo("scripted day: estimate MAE %.1f s, naive %.1f s, %d of %d within range", estimateError / compared,
              naiveError / compared, withinRange, compared);
        QVERIFY(estimateError < 0.3 * naiveError);
        QVERIFY(withinRange >= 0.85 * compared);
    }
};

QTEST_GUILESS_MAIN(TestWaitEstimate)
#include "TestWaitEstimate.moc"
