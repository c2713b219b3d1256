#include "GammaDistribution.h"

#include <cmath>
#include <limits>

namespace tessera::gamma {

namespace {

constexpr double kEpsilon = 1e-14;

// Both expansions need a number of terms that grows with the square root of the shape
// where x is near it (the bulk of the distribution): about 8 sqrt(a) for 1e-14.
int iterationsFor(double a)
{
    return 500 + int(10 * std::sqrt(a));
}

double lowerSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1, last = iterationsFor(a); n < last; ++n) {
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
    for (int n = 1, last = iterationsFor(a); n < last; ++n) {
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

double density(double shape, double mean, double x)
{
    if (x <= 0 || shape <= 0 || mean <= 0)
        return 0;
    const double scale = mean / shape;
    return std::exp((shape - 1) * std::log(x / scale) - x / scale - std::lgamma(shape)) / scale;
}

namespace {

// The standard normal quantile: Abramowitz and Stegun's 26.2.23 (to about 5e-4), then two
// Newton steps on the normal cdf, which leave it exact to about 1e-12.
double normalQuantile(double p)
{
    const double tail = p < 0.5 ? p : 1 - p;
    const double t = std::sqrt(-2 * std::log(tail));
    double z =
        t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    z = p < 0.5 ? -z : z;
    for (int i = 0; i < 2; ++i) {
        const double error = 0.5 * std::erfc(-z / std::sqrt(2.0)) - p;
        z -= error / (std::exp(-z * z / 2) / std::sqrt(2 * M_PI));
    }
    return z;
}

// From this shape on, Wilson and Hilferty's approximation is within 4e-7 of the quantile (a
// fraction of a second on any wait), while the cdf would take over 800 terms an evaluation.
constexpr double kApproximatedFromShape = 1000;

} // namespace

double quantile(double shape, double mean, double p)
{
    if (shape <= 0 || mean <= 0 || p <= 0)
        return 0;
    // Wilson and Hilferty: the cube root of a gamma variable is nearly normal.
    const double cube = 1 - 1 / (9 * shape) + normalQuantile(p) * std::sqrt(1 / (9 * shape));
    if (shape >= kApproximatedFromShape)
        return mean * cube * cube * cube;
    // Below, Newton's method from there: a handful of cdf evaluations rather than the forty
    // of a bisection. A bracket of the points seen so far catches a step that overshoots
    // where the density is flat.
    double x = cube > 0.05 ? mean * cube * cube * cube : mean * 1e-4;
    double low = 0;
    double high = std::numeric_limits<double>::infinity();
    for (int i = 0; i < 100; ++i) {
        const double error = cdf(shape, mean, x) - p;
        (error < 0 ? low : high) = x;
        if (std::abs(error) < 1e-12) // about what the cdf itself is accurate to
            break;
        double next = x - error / density(shape, mean, x);
        if (!(next > low && next < high)) // outside what is known, or no slope to follow
            next = std::isinf(high) ? 2 * x : (low + high) / 2;
        if (std::abs(next - x) <= x * 1e-12)
            return next;
        x = next;
    }
    return x;
}

} // namespace tessera::gamma
