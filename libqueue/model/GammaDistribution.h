#pragma once

namespace tessera::gamma {

// The gamma distribution of a shape and a mean (scale = mean / shape): the time until the
// shape-th of a run of exponential events, such as the n-th counter to come free.

// P(X <= x): the regularized lower incomplete gamma function (series below shape + 1,
// Lentz's continued fraction above), accurate to about 1e-12.
double cdf(double shape, double mean, double x);
// Its density at x.
double density(double shape, double mean, double x);
// The x with P(X <= x) = p (0 < p < 1), by Newton's method on cdf.
double quantile(double shape, double mean, double p);

} // namespace tessera::gamma
