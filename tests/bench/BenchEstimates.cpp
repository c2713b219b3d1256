// tessera-bench-estimates: how good the wait estimates and the arrival forecast are on real
// days. All 21 days of the Anonymous Bank log (tests/data/anonymous-bank) are replayed
// through the engine into a journal, each agent's counter open only while the agent worked
// (RealDayReplay::Staffing::AsWorked). The server learns its wait model at each day's start
// from the days before, as in a branch. Prints, for 15 to 21 February:
//
//   estimate_mae_min             mean |estimate - real wait to first call|, unrounded estimate
//   naive_mae_min                the better, on the same tickets, of the estimator before this
//                                one (people ahead x recent mean service / open capacity) and
//                                the service's mean wait on the previous day
//   estimate_within_range_share  real waits inside the range printed on the ticket
//   estimate_range_width_min     median width of the printed range
//   forecast_mape_halfhour/_day  the forecast made from 1 to 14 February against what came,
//   forecast_naive_mape_...      and the same for the naive "same slot a week before"
//
// Figures, not a pass or fail: docs/FORECAST.md keeps the measured ones.
// Usage: tessera-bench-estimates [DIRECTORY to keep the replayed journal in]

#include "RealDayReplay.h"
#include "host/ArrivalHistoryReader.h"
#include "model/WaitEstimator.h"
#include "planning/ArrivalForecast.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace tessera;
using namespace tessera::test;

namespace {

const QDate kFirstMeasured(1999, 2, 15);
const QDate kLastMeasured(1999, 2, 21);

// The estimator on main before learned models, kept here as the yardstick.
double previousEstimatorSeconds(const QueueState &state, const QString &service, int peopleAhead)
{
    const BranchConfig &config = state.config();
    double capacity = 0;
    for (const CounterConfig &counter : config.counters) {
        const CounterState *counterState = state.counter(counter.number);
        if (!counter.serves(service) || !counterState || counterState->status != CounterStatus::Open)
            continue;
        const int totalWeight = std::accumulate(counter.serviceWeights.cbegin(), counter.serviceWeights.cend(), 0);
        capacity += double(counter.serviceWeights.value(service)) / double(totalWeight);
    }
    if (capacity == 0)
        return -1;
    double typical = config.service(service) ? config.service(service)->serviceTimeSeconds : 0;
    if (const ServiceState *line = state.service(service); line && !line->recentServiceSeconds.isEmpty())
        typical = std::accumulate(line->recentServiceSeconds.cbegin(), line->recentServiceSeconds.cend(), 0.0) /
                  double(line->recentServiceSeconds.size());
    return peopleAhead * typical / capacity;
}

struct Compared
{
    double realSeconds = 0;
    double estimateSeconds = 0;
    double previousEstimatorSeconds = 0;
    double previousDayMeanSeconds = 0;
    PrintedWait printed;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Mean absolute percentage error over the pairs whose actual is not zero (a percentage of
// nothing is undefined; how many were left out is printed).
struct Mape
{
    double sum = 0;
    int count = 0;
    int zeroActuals = 0;
    void add(double forecast, double actual)
    {
        if (actual <= 0) {
            zeroActuals += 1;
            return;
        }
        sum += std::abs(forecast - actual) / actual;
        count += 1;
    }
    double value() const { return count ? sum / count : 0; }
};

void printForecastFigures(const ArrivalHistory &learned, const ArrivalHistory &actual)
{
    Mape halfHour, day, naiveHalfHour, naiveDay;
    for (QDate date = kFirstMeasured; date <= kLastMeasured; date = date.addDays(1)) {
        const DayArrivals *came = actual.day(date);
        if (!came)
            continue;
        const ArrivalForecast forecast = ArrivalForecaster::forecast(learned, date);
        const ArrivalForecast naive = ArrivalForecaster::sameDayLastWeek(learned, date);
        const QList<double> expected = forecast.totalBySlot(), naiveExpected = naive.totalBySlot();
        const QList<int> arrived = came->totalBySlot();
        for (int slot = 0; slot < kSlotsPerDay; ++slot) {
            halfHour.add(expected[slot], arrived[slot]);
            naiveHalfHour.add(naiveExpected[slot], arrived[slot]);
        }
        day.add(forecast.total(), came->total());
        naiveDay.add(naive.total(), came->total());
        std::printf("forecast %s %s: expected %.0f, came %d, naive %.0f\n", qPrintable(date.toString(Qt::ISODate)),
                    qPrintable(date.toString(QStringLiteral("ddd"))), forecast.total(), came->total(), naive.total());
    }
    std::printf("forecast_halfhours_compared %d (%d half hours with no arrivals left out)\n", halfHour.count,
                halfHour.zeroActuals);
    std::printf("forecast_mape_halfhour %.3f\n", halfHour.value());
    std::printf("forecast_naive_mape_halfhour %.3f\n", naiveHalfHour.value());
    std::printf("forecast_mape_day %.3f\n", day.value());
    std::printf("forecast_naive_mape_day %.3f\n", naiveDay.value());
}

void printEstimateFigures(const QList<Compared> &tickets, int unknown)
{
    double estimateError = 0, previousError = 0, previousDayError = 0;
    int within = 0;
    QList<double> widths, waits;
    for (const Compared &ticket : tickets) {
        estimateError += std::abs(ticket.estimateSeconds - ticket.realSeconds);
        previousError += std::abs(ticket.previousEstimatorSeconds - ticket.realSeconds);
        previousDayError += std::abs(ticket.previousDayMeanSeconds - ticket.realSeconds);
        within += ticket.printed.contains(qint64(ticket.realSeconds * 1000)) ? 1 : 0;
        widths << ticket.printed.highMinutes - ticket.printed.lowMinutes;
        waits << ticket.realSeconds;
    }
    const double n = qMax<qsizetype>(1, tickets.size());
    std::printf("estimate_tickets_compared %lld (%d issued with no counter open: \"not known yet\")\n",
                qlonglong(tickets.size()), unknown);
    std::printf("real_wait_mean_min %.3f\n", std::accumulate(waits.cbegin(), waits.cend(), 0.0) / n / 60);
    std::printf("real_wait_median_min %.3f\n", median(waits) / 60);
    std::printf("previous_estimator_mae_min %.3f\n", previousError / n / 60);
    std::printf("previous_day_mean_wait_mae_min %.3f\n", previousDayError / n / 60);
    std::printf("estimate_mae_min %.3f\n", estimateError / n / 60);
    std::printf("naive_mae_min %.3f\n", qMin(previousError, previousDayError) / n / 60);
    std::printf("estimate_within_range_share %.3f\n", within / n);
    std::printf("estimate_range_width_min %.1f\n", median(widths));
}

// Each service's mean real wait to first call on the day before (0 when it had none).
QHash<QString, double> meanWaitsOf(const RealDay &day)
{
    QHash<QString, double> sum, count;
    for (const RealCall &call : day.calls) {
        if (!call.served)
            continue;
        sum[call.service] += double(call.waitSeconds);
        count[call.service] += 1;
    }
    for (auto it = sum.begin(); it != sum.end(); ++it)
        it.value() /= count.value(it.key());
    return sum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString data = QString::fromLocal8Bit(qgetenv("TESSERA_SOURCE_DIR")).isEmpty()
                             ? QStringLiteral(TESSERA_SOURCE_DIR)
                             : QString::fromLocal8Bit(qgetenv("TESSERA_SOURCE_DIR"));
    const QList<RealDay> days =
        loadRealDays(data + QStringLiteral("/tests/data/anonymous-bank/calls-1999-02-01-to-21.tsv"));
    const QStringList agents = agentsOf(days);

    // The journal in memory-backed storage: the figures are about estimates, not the disk.
    // Given a directory, the journal is kept there: a branch's data directory with 21 real
    // days, for `tessera-server forecast --data DIR` and the Planning tab.
    QTemporaryDir dir(QFileInfo::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm/tessera-bench-XXXXXX")
                                                                    : QString());
    const QString keep = app.arguments().value(1);
    if (!keep.isEmpty() && (!QDir().mkpath(keep) || QFileInfo::exists(keep + QStringLiteral("/journal.sqlite"))))
        qFatal("%s must be a directory without a journal.sqlite", qPrintable(keep));
    ManualClock clock;
    clock.set(realDayMs(days.first(), 4 * 3600));
    auto opened =
        QueueHost::open(QDir(keep.isEmpty() ? dir.path() : keep).filePath(QStringLiteral("journal.sqlite")), clock);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    QueueHost &host = *opened.value();
    host.setLearning(QueueHost::Learning::Inline); // each day learns at its start, as the server does
    if (!host.submit(ChangeConfig{toJson(realDayConfig(agents))}))
        qFatal("the replay's configuration was refused");

    QHash<QDate, QHash<QString, double>> previousDayWaits;
    for (qsizetype i = 1; i < days.size(); ++i)
        previousDayWaits.insert(days[i].date, meanWaitsOf(days[i - 1]));
    QList<Compared> compared;
    int unknown = 0;
    RealDayReplay replay(host, clock, agents, RealDayReplay::Staffing::AsWorked);
    replay.setIssueListener([&](const RealDay &day, const RealCall &call, const TicketIssued &ticket,
                                const QueueState &before) {
        if (day.date < kFirstMeasured || !call.served)
            return; // a customer who gave up has no wait to first call
        if (ticket.estimatedWaitSeconds < 0) {
            unknown += 1;
            return;
        }
        Compared row;
        row.realSeconds = double(call.waitSeconds);
        row.estimateSeconds = ticket.estimatedWaitSeconds;
        row.previousEstimatorSeconds = qMax(0.0, previousEstimatorSeconds(before, call.service, ticket.peopleAhead));
        row.previousDayMeanSeconds = previousDayWaits.value(day.date).value(call.service);
        row.printed = WaitEstimator::printed(ticket.estimateLowSeconds, ticket.estimateHighSeconds);
        compared << row;
    });
    QElapsedTimer timer;
    timer.start();
    replay.drive(days);
    std::printf("replayed %lld days, %lld events, in %.1f s\n", qlonglong(days.size()),
                qlonglong(host.journal().lastSeq()), timer.elapsed() / 1000.0);
    printEstimateFigures(compared, unknown);

    const BranchConfig &config = host.state().config();
    const auto learned =
        ArrivalHistoryReader::read(host.journal(), config, days.first().date, kFirstMeasured.addDays(-1));
    const auto actual = ArrivalHistoryReader::read(host.journal(), config, kFirstMeasured, kLastMeasured);
    if (!learned || !actual)
        qFatal("cannot read the journal back");
    printForecastFigures(learned.value(), actual.value());
    return 0;
}
