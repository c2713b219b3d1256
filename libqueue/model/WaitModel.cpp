#include "WaitModel.h"

#include "WaitModelLearner.h"

#include <QList>

namespace tessera {

int ServiceProfile::meanSecondsAt(int hour) const
{
    const int byHour = meanSecondsByHour.value(hour, -1);
    return byHour > 0 ? byHour : meanSeconds;
}

double ServiceProfile::residualSeconds(double elapsedSeconds) const
{
    // The learned distribution as its quantiles, each standing for 1/20 of the customers;
    // the top twentieth is taken at the mean of the tail the quantiles imply.
    if (quantileSeconds.size() != kQuantiles)
        return qMax(0.0, double(meanSeconds) - elapsedSeconds);
    double inner = 0;
    for (int value : quantileSeconds)
        inner += value;
    const double tail = qMax(double(quantileSeconds.last()), 20.0 * meanSeconds - inner);
    double sum = 0;
    int count = 0;
    const auto addIfLonger = [&](double value) {
        if (value > elapsedSeconds) {
            sum += value;
            ++count;
        }
    };
    for (int value : quantileSeconds)
        addIfLonger(value);
    addIfLonger(tail);
    // Longer than any real service (a ticket left open for hours): forgotten, not being
    // served; the counter is taken to be as good as free after one ordinary service.
    if (elapsedSeconds > WaitModelLearner::kLongestServiceSeconds)
        return meanSeconds;
    // Past everything learned but not absurd: half as long again, a guess that never says "now".
    if (count == 0)
        return qMax(30.0, elapsedSeconds * 0.5);
    return sum / count - elapsedSeconds;
}

const ServiceProfile *WaitModel::service(const QString &id) const
{
    for (const ServiceProfile &profile : services) {
        if (profile.service == id)
            return &profile;
    }
    return nullptr;
}

const WaitCalibration *WaitModel::calibrationFor(int band, bool ranked, int minimumSamples) const
{
    const int own = ranked ? WaitCalibration::Ranked : WaitCalibration::Normal;
    for (int group : {own, int(WaitCalibration::Anyone)}) {
        for (const WaitCalibration &entry : calibration) {
            if (entry.band == band && entry.group == group && entry.samples >= minimumSamples)
                return &entry;
        }
    }
    return nullptr;
}

} // namespace tessera
