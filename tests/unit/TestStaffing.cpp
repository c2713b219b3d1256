// Staffing: Erlang C against the textbook's printed figures, its stability for staffs of
// hundreds, Erlang A against Erlang C as patience grows without end and against a simulation
// of customers who give up, the fewest agents to meet a target, and bad input.

#include "planning/Erlang.h"

#include <QTest>
#include <cmath>
#include <queue>
#include <random>
#include <vector>

using namespace tessera::staffing;

namespace {

// 100 arrivals in half an hour, three-minute services: 10 Erlangs.
Demand textbook(double patienceSeconds = 0)
{
    return Demand{100, 1800, 180, patienceSeconds};
}

bool isProbability(double x)
{
    return std::isfinite(x) && x >= 0 && x <= 1;
}

struct Simulated
{
    double probabilityOfWaiting = 0;
    double serviceLevel = 0;
    double probabilityOfAbandoning = 0;
    double averageSpeedOfAnswerSeconds = 0; // of those served
};

// M/M/n+M customer by customer, first come first served: each takes the earliest free agent
// after everyone before them, unless their patience runs out first. Our own exponential from
// the raw 64-bit stream, so the figures are the same on every standard library.
Simulated simulate(const Demand &demand, int agents, double targetSeconds, int customers)
{
    std::mt19937_64 random(20240611);
    const auto exponential = [&random](double mean) {
        return -mean * std::log1p(-double(random() >> 11) * 0x1p-53);
    };
    std::priority_queue<double, std::vector<double>, std::greater<>> freeAt;
    for (int i = 0; i < agents; ++i)
        freeAt.push(0);
    const int warmUp = 5000; // start from an empty branch, count from a busy one
    double now = 0, waitServed = 0;
    int waited = 0, withinTarget = 0, abandoned = 0;
    for (int i = 0; i < warmUp + customers; ++i) {
        now += exponential(demand.intervalSeconds / demand.arrivals);
        const double patience = exponential(demand.patienceSeconds);
        const double service = exponential(demand.serviceSeconds);
        const double start = std::max(now, freeAt.top());
        const bool gaveUp = start - now > patience;
        if (!gaveUp) {
            freeAt.pop();
            freeAt.push(start + service);
        }
        if (i < warmUp)
            continue;
        waited += start > now ? 1 : 0;
        abandoned += gaveUp ? 1 : 0;
        withinTarget += !gaveUp && start - now <= targetSeconds ? 1 : 0;
        waitServed += gaveUp ? 0 : start - now;
    }
    return Simulated{double(waited) / customers, double(withinTarget) / customers, double(abandoned) / customers,
                     waitServed / (customers - abandoned)};
}

} // namespace

class TestStaffing final : public QObject
{
    Q_OBJECT

private slots:
    void erlangCGivesTheTextbookFigures_data()
    {
        QTest::addColumn<int>("agents");
        QTest::addColumn<double>("probabilityOfWaiting");
        QTest::addColumn<double>("serviceLevel");
        QTest::addColumn<double>("averageSpeedOfAnswer");
        QTest::addColumn<double>("asaTolerance"); // half a unit of the last printed decimal
        QTest::newRow("14 agents") << 14 << 0.1741 << 0.8884 << 7.84 << 0.005;
        QTest::newRow("13 agents") << 13 << 0.2853 << 0.7956 << 17.12 << 0.005;
        QTest::newRow("12 agents") << 12 << 0.4494 << 0.6402 << 40.44 << 0.005;
        QTest::newRow("11 agents") << 11 << 0.6821 << 0.3896 << 122.8 << 0.05;
    }
    void erlangCGivesTheTextbookFigures()
    {
        QFETCH(int, agents);
        QFETCH(double, probabilityOfWaiting);
        QFETCH(double, serviceLevel);
        QFETCH(double, averageSpeedOfAnswer);
        QFETCH(double, asaTolerance);
        const Performance c = erlangC(textbook(), agents, 20);
        QCOMPARE(c.agents, agents);
        QVERIFY(c.stable);
        QVERIFY(qAbs(c.probabilityOfWaiting - probabilityOfWaiting) < 0.00005);
        QVERIFY(qAbs(c.serviceLevel - serviceLevel) < 0.00005);
        QVERIFY(qAbs(c.averageSpeedOfAnswerSeconds - averageSpeedOfAnswer) < asaTolerance);
        QCOMPARE(c.probabilityOfAbandoning, 0.0);
    }

    void erlangCNeeds14AgentsFor80PercentIn20Seconds()
    {
        QCOMPARE(load(textbook()), 10.0);
        QCOMPARE(agentsNeededC(textbook(), 20, 0.80), 14);
        QVERIFY(erlangC(textbook(), 13, 20).serviceLevel < 0.80); // 0.7956
    }

    void erlangCReportsAnEndlessQueueAsUnstable()
    {
        for (int agents : {10, 9, 0, -3}) { // a load of 10 Erlangs
            const Performance c = erlangC(textbook(), agents, 20);
            QVERIFY(!c.stable);
            QCOMPARE(c.probabilityOfWaiting, 1.0);
            QCOMPARE(c.serviceLevel, 0.0);
            QVERIFY(std::isinf(c.averageSpeedOfAnswerSeconds));
        }
    }

    // The recurrence for Erlang B never forms A^n / n!, which overflows past 170 agents.
    void erlangCStaysExactForHundredsOfAgents()
    {
        const Demand heavy{4800, 1800, 180, 0}; // 480 Erlangs
        QCOMPARE(load(heavy), 480.0);
        const Performance c = erlangC(heavy, 500, 20);
        QVERIFY(c.stable);
        QVERIFY(isProbability(c.probabilityOfWaiting) && c.probabilityOfWaiting > 0);
        QVERIFY(isProbability(c.serviceLevel));
        QVERIFY(std::isfinite(c.averageSpeedOfAnswerSeconds) && c.averageSpeedOfAnswerSeconds > 0);
        // Square-root staffing: a big pool needs only a little over its load.
        const int needed = agentsNeededC(heavy, 20, 0.80);
        QVERIFY(needed > 480 && needed < 480 + 2 * std::sqrt(480.0));
        QVERIFY(erlangC(heavy, needed, 20).serviceLevel >= 0.80);
        QVERIFY(erlangC(heavy, needed - 1, 20).serviceLevel < 0.80);
        // Beyond the cap, a plain answer rather than a long search.
        QCOMPARE(agentsNeededC(Demand{4'000'000, 1800, 180, 0}, 20, 0.80), kUnreachable);
    }

    void erlangAWithEndlessPatienceIsErlangC()
    {
        for (int agents : {11, 12, 13, 14}) {
            const Performance c = erlangC(textbook(), agents, 20);
            // Patience of thirty years: the Erlang A chain itself, with almost no one giving up.
            const Performance a = erlangA(textbook(1e9), agents, 20);
            QVERIFY(qAbs(a.probabilityOfWaiting - c.probabilityOfWaiting) < 0.00005);
            QVERIFY(qAbs(a.serviceLevel - c.serviceLevel) < 0.00005);
            QVERIFY(qAbs(a.averageSpeedOfAnswerSeconds - c.averageSpeedOfAnswerSeconds) < 0.005);
            QVERIFY(a.probabilityOfAbandoning < 1e-6);
            // No patience given, or infinite: nobody gives up, which is Erlang C.
            for (double patience : {0.0, qInf()}) {
                const Performance same = erlangA(textbook(patience), agents, 20);
                QCOMPARE(same.serviceLevel, c.serviceLevel);
                QCOMPARE(same.probabilityOfWaiting, c.probabilityOfWaiting);
            }
        }
        QCOMPARE(agentsNeededA(textbook(1e9), 20, 0.80), 14);
    }

    // Those who give up shorten the line for everyone behind them.
    void abandonmentShortensTheWait()
    {
        for (int agents : {11, 12, 13, 14}) {
            const Performance c = erlangC(textbook(), agents, 20);
            const Performance a = erlangA(textbook(120), agents, 20);
            QVERIFY(a.serviceLevel > c.serviceLevel);
            QVERIFY(a.probabilityOfWaiting < c.probabilityOfWaiting);
            QVERIFY(a.probabilityOfAbandoning > 0);
        }
        const int needed = agentsNeededA(textbook(120), 20, 0.80);
        QVERIFY(needed >= 1 && needed <= agentsNeededC(textbook(), 20, 0.80));
        QVERIFY(erlangA(textbook(120), needed, 20).serviceLevel >= 0.80);
        QVERIFY(erlangA(textbook(120), needed - 1, 20).serviceLevel < 0.80);
    }

    void erlangAAgreesWithASimulation_data()
    {
        QTest::addColumn<int>("agents");
        QTest::newRow("10 agents") << 10;
        QTest::newRow("12 agents") << 12;
    }
    void erlangAAgreesWithASimulation()
    {
        QFETCH(int, agents);
        const Performance exact = erlangA(textbook(120), agents, 20);
        const Simulated simulated = simulate(textbook(120), agents, 20, 200'000);
        qInfo("%d agents: P(wait) %.4f / %.4f, SL %.4f / %.4f, P(abandon) %.4f / %.4f, ASA %.2f / %.2f s "
              "(exact / simulated)",
              agents, exact.probabilityOfWaiting, simulated.probabilityOfWaiting, exact.serviceLevel,
              simulated.serviceLevel, exact.probabilityOfAbandoning, simulated.probabilityOfAbandoning,
              exact.averageSpeedOfAnswerSeconds, simulated.averageSpeedOfAnswerSeconds);
        QVERIFY(qAbs(exact.probabilityOfWaiting - simulated.probabilityOfWaiting) < 0.01);
        QVERIFY(qAbs(exact.serviceLevel - simulated.serviceLevel) < 0.01);
        QVERIFY(qAbs(exact.probabilityOfAbandoning - simulated.probabilityOfAbandoning) < 0.01);
        QVERIFY(qAbs(exact.averageSpeedOfAnswerSeconds - simulated.averageSpeedOfAnswerSeconds) < 1);
    }

    // With customers giving up the line never grows without end, however few the agents.
    void erlangAStaysFiniteWhenOverloaded()
    {
        const Demand heavy{4800, 1800, 180, 120}; // 480 Erlangs
        for (const auto &[demand, agents] : {std::pair{textbook(120), 8}, std::pair{textbook(120), 5},
                                             std::pair{textbook(120), 1}, std::pair{heavy, 400}}) {
            const Performance a = erlangA(demand, agents, 20);
            QVERIFY(a.stable);
            QVERIFY(isProbability(a.probabilityOfWaiting));
            QVERIFY(isProbability(a.serviceLevel));
            QVERIFY(isProbability(a.probabilityOfAbandoning) && a.probabilityOfAbandoning > 0);
            QVERIFY(std::isfinite(a.averageSpeedOfAnswerSeconds));
            // n agents can't serve more than n / load of the arrivals.
            QVERIFY(1 - a.probabilityOfAbandoning <= agents / load(demand) + 1e-12);
        }
    }

    void badInputIsHarmless()
    {
        const double nan = qQNaN();
        for (const Demand &nothing :
             {Demand{0, 1800, 180, 120}, Demand{nan, 1800, 180, 120}, Demand{-5, 1800, 180, 120},
              Demand{100, 1800, -180, nan}, Demand{100, 0, 180, 120}}) {
            QCOMPARE(load(nothing), 0.0);
            QCOMPARE(agentsNeededC(nothing, 20, 0.80), 0);
            QCOMPARE(agentsNeededA(nothing, 20, 0.80), 0);
            for (const Performance &p : {erlangC(nothing, 3, 20), erlangA(nothing, 3, 20)}) {
                QCOMPARE(p.probabilityOfWaiting, 0.0);
                QCOMPARE(p.serviceLevel, 1.0);
                QCOMPARE(p.averageSpeedOfAnswerSeconds, 0.0);
            }
        }
        // A NaN target is no target: only those who don't wait are within it.
        const Performance c = erlangC(textbook(), 14, nan);
        QVERIFY(qAbs(c.serviceLevel - (1 - c.probabilityOfWaiting)) < 1e-12);
        // Negative patience is no patience: Erlang C.
        QCOMPARE(erlangA(textbook(-60), 14, 20).serviceLevel, erlangC(textbook(), 14, 20).serviceLevel);
        // Nobody is called within target by a staff of none, and no share is beyond 100 %.
        QCOMPARE(erlangA(textbook(120), 0, 20).serviceLevel, 0.0);
        QCOMPARE(agentsNeededC(textbook(), 20, nan), kUnreachable);
        QCOMPARE(agentsNeededA(textbook(120), 20, 1.0), kUnreachable);
    }
};

QTEST_GUILESS_MAIN(TestStaffing)
#include "TestStaffing.moc"
