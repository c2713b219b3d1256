#include "WaitModelReader.h"

#include "planning/ArrivalForecast.h"

#include <cmath>

namespace tessera {

Expected<WaitModel, QString> WaitModelReader::learn(const Journal &journal, const BranchConfig &config,
                                                    const QDate &day, ArrivalHistory *history)
{
    WaitModelLearner learner(config);
    ArrivalHistoryBuilder arrivals(config);
    const Seq after = journal.lastSeqBefore(day.addDays(-kHistoryDays));
    const Seq until = journal.lastSeqBefore(day);
    QString error;
    const auto add = [&learner, &arrivals](JournalEntry &&entry) {
        learner.add(entry.event);
        arrivals.add(entry.event, entry.businessDay);
    };
    if (until > after && !journal.read(after, add, &error, until))
        return error;
    WaitModel model = learner.model(day);
    ArrivalHistory arrived = arrivals.history();
    const ArrivalForecast forecast = ArrivalForecaster::forecast(arrived, day);
    if (forecast.known()) {
        for (double expected : forecast.totalBySlot())
            model.forecastCentiBySlot.append(int(std::lround(expected * 100)));
    }
    if (history)
        *history = std::move(arrived);
    return model;
}

} // namespace tessera
