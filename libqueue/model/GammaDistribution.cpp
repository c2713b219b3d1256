#include "GammaDistribution.h"

#include <cmath>
#include <limits>

namespace tessera::gamma {

namespace {

constexpr int kIterations = 500;
constexpr double kEpsilon = 1e-14;

double lowerSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < kIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * kEpsilon)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

double upperFraction(double a, double x)
{
    const double tiny = std::numeric_limits<double>::min() / kEpsilon;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int n = 1; n < kIterations; ++n) {
        const double an = -n * (n - a);
        b += 2;
        d = an * d + b;
        d = std::abs(d) < tiny ? tiny : d;
        c = b + an / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < kEpsilon)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double cdf(double shape, double mean, double x)
{
    if (x <= 0 || shape <= 0 || mean <= 0)
        return 0;
    const double scaled = x * shape / mean;
    return scaled < shape + 1 ? lowerSeries(shape, scaled) : 1 - upperFraction(shape, scaled);
}

double quantile(double shape, double mean, double p)
{
    if (shape <= 0 || mean <= 0 || p <= 0)
        return 0;
    double low = 0;
    double high = mean;
    while (cdf(shape, mean, high) < p)
        high *= 2;
    for (int i = 0; i < 100 && high - low > mean * 1e-10; ++i) {
        const double middle = (low + high) / 2;
        (cdf(shape, mean, middle) < p ? low : high) = middle;
    }
    return (low + high) / 2;
}

} // namespace tessera::gamma
