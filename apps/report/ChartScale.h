#pragma once

#include <QtGlobal>
#include <cmath>

namespace tessera::report {

// An axis of round steps (1, 2 or 5 times a power of ten, at least `minimum`) that reaches
// `maximum` in at most `wanted` steps. Two scales of one chart share gridlines by giving the
// second the first's number of steps.
struct ChartScale
{
    double step = 1;
    int steps = 1;

    ChartScale(double maximum, int wanted, double minimum)
    {
        const double raw = qMax(minimum, maximum / wanted);
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        step = 10 * magnitude;
        for (double factor : {1.0, 2.0, 5.0, 10.0}) {
            if (factor * magnitude >= raw) {
                step = factor * magnitude;
                break;
            }
        }
        steps = qMax(1, int(std::ceil(maximum / step)));
    }
    // A second scale on the same gridlines: `steps` steps of a round size reaching `maximum`.
    static ChartScale sharing(const ChartScale &first, double maximum, double minimum)
    {
        ChartScale scale(maximum, first.steps, minimum);
        scale.steps = first.steps;
        return scale;
    }
    double top() const { return step * steps; }
};

} // namespace tessera::report
