#include "Erlang.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace tessera::staffing {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Erlang A: the chain is cut where the probability left beyond it is below this...
constexpr double kTail = 1e-16;
// ...or, failing that, at a million waiting, where patience is long enough to call it Erlang C.
constexpr long long kMaxQueue = 1'000'000;

bool positive(double x)
{
    return std::isfinite(x) && x > 0;
}

double targetOf(double seconds)
{
    return seconds > 0 ? seconds : 0; // NaN and negatives: "at once"
}

Performance idle(int agents)
{
    Performance result;
    result.agents = agents;
    return result;
}

Performance overwhelmed(int agents, bool stable)
{
    Performance result;
    result.agents = agents;
    result.probabilityOfWaiting = 1;
    result.serviceLevel = 0;
    result.averageSpeedOfAnswerSeconds = kInfinity;
    result.probabilityOfAbandoning = stable ? 1 : 0;
    result.stable = stable;
    return result;
}

// Erlang B by its recurrence B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)): every step stays in
// [0, 1], unlike A^n / n! which overflows past n = 170.
double erlangB(double load, int agents)
{
    double b = 1;
    for (int k = 1; k <= agents && b > 0; ++k)
        b = load * b / (k + load * b);
    return b;
}

// M/M/n+M as a birth-death chain on k customers present: births at the arrival rate, deaths at
// min(k, n) services plus max(0, k - n) waiting customers' patience running out.
struct Chain
{
    double lambda = 0;
    double mu = 0;
    double theta = 0;
    int n = 0;

    double death(long long k) const
    {
        return double(std::min<long long>(k, n)) * mu + double(std::max(0LL, k - n)) * theta;
    }
    // log(pi_k / pi_(k-1)) by detailed balance.
    double logRatio(long long k) const { return std::log(lambda / death(k)); }
};

// The stationary weights are kept as logs relative to a running maximum, so neither the
// factorials of the Erlang terms nor long queues overflow. Returns the last state kept, the
// log of the largest weight and the sum of weights relative to it.
struct Normaliser
{
    long long last = 0;
    double logMax = 0;
    double sum = 1;
};

std::optional<Normaliser> normalise(const Chain &chain)
{
    Normaliser result;
    double logWeight = 0;
    for (long long k = 0; k < chain.n + kMaxQueue; ++k) {
        // Death rates never fall as k grows, so the ratios never rise: once the next one, r, is
        // below 1 the whole tail past k weighs less than w_k r / (1 - r).
        const double r = chain.lambda / chain.death(k + 1);
        if (r < 1 && std::exp(logWeight - result.logMax) * r / (1 - r) < kTail * result.sum) {
            result.last = k;
            return result;
        }
        logWeight += chain.logRatio(k + 1);
        if (logWeight > result.logMax) {
            result.sum = result.sum * std::exp(result.logMax - logWeight) + 1;
            result.logMax = logWeight;
        } else {
            result.sum += std::exp(logWeight - result.logMax);
        }
    }
    return std::nullopt;
}

template<typename Model>
int fewestAgents(const Demand &demand, double targetSeconds, double targetShare, int lowest, Model model)
{
    if (load(demand) == 0)
        return 0;
    // Under random arrivals no finite staff calls everyone within a target.
    if (!(targetShare < 1) || lowest > kMaxAgents ||
        model(demand, kMaxAgents, targetSeconds).serviceLevel < targetShare)
        return kUnreachable;
    // The service level only grows with agents: bisect between a staff that misses and one that meets it.
    int misses = lowest - 1;
    int meets = kMaxAgents;
    while (meets - misses > 1) {
        const int middle = misses + (meets - misses) / 2;
        (model(demand, middle, targetSeconds).serviceLevel >= targetShare ? meets : misses) = middle;
    }
    return meets;
}

} // namespace

double load(const Demand &demand)
{
    if (!positive(demand.arrivals) || !positive(demand.intervalSeconds) || !positive(demand.serviceSeconds))
        return 0;
    const double erlangs = demand.arrivals * demand.serviceSeconds / demand.intervalSeconds;
    return std::isfinite(erlangs) ? erlangs : 0;
}

// Erlang C from Erlang B: C = n B / (n - A (1 - B)); the wait of those who wait is exponential
// with rate (n - A) / s, hence SL = 1 - C e^(-(n - A) t / s) and ASA = C s / (n - A).
Performance erlangC(const Demand &demand, int agents, double targetSeconds)
{
    const double a = load(demand);
    if (a == 0)
        return idle(agents);
    if (agents <= a)
        return overwhelmed(agents, false);
    const double n = agents;
    const double s = demand.serviceSeconds;
    const double b = erlangB(a, agents);
    const double c = n * b / (n - a * (1 - b));
    Performance result;
    result.agents = agents;
    result.probabilityOfWaiting = c;
    result.serviceLevel = 1 - c * std::exp(-(n - a) * targetOf(targetSeconds) / s);
    result.averageSpeedOfAnswerSeconds = c * s / (n - a);
    return result;
}

// Erlang A, exactly. An arrival sees the stationary state k (PASTA); finding k >= n it stands at
// position j = k - n + 1. At position p the next event comes at rate n mu + p theta, whatever it
// is (competing exponentials): a service or one of the p - 1 ahead giving up moves it up, its own
// patience ending loses it. So it is served with probability prod (n mu + (p-1) theta) / (n mu +
// p theta) = n mu / (n mu + j theta), after a wait that is then the sum of independent
// Exp(n mu + p theta), p = 1..j, with mean sum 1 / (n mu + p theta). Those rates are evenly spaced,
// and partial fractions give P(wait <= t) = I_u(j, r), the regularised incomplete beta with
// u = 1 - e^(-theta t) and r = n mu / theta + 1: P(N >= j) for N negative binomial(r, u). Its
// terms come by a ratio recurrence in logs, so unlike the alternating partial-fraction sum
// nothing cancels. As theta -> 0, N -> Poisson(n mu t) and this is Erlang C's Erlang-k wait.
Performance erlangA(const Demand &demand, int agents, double targetSeconds)
{
    const double a = load(demand);
    if (a == 0)
        return idle(agents);
    if (!positive(demand.patienceSeconds))
        return erlangC(demand, agents, targetSeconds);
    if (agents <= 0)
        return overwhelmed(agents, true);
    const Chain chain{demand.arrivals / demand.intervalSeconds, 1 / demand.serviceSeconds, 1 / demand.patienceSeconds,
                      agents};
    const std::optional<Normaliser> normaliser = normalise(chain);
    if (!normaliser)
        return erlangC(demand, agents, targetSeconds);

    const double t = targetOf(targetSeconds);
    const double nmu = agents * chain.mu;
    const double u = -std::expm1(-chain.theta * t);
    const double r = nmu / chain.theta + 1;
    double logWeight = 0;
    double logTerm = -(nmu + chain.theta) * t; // log P(N = 0) = r log(1 - u)
    double belowJ = 0;                         // P(N < j)
    double meanWaitIfServed = 0;               // sum over p <= j of 1 / (n mu + p theta)
    double none = 0, waiting = 0, calledInTime = 0, abandoning = 0, servedWait = 0;
    for (long long k = 0; k <= normaliser->last; ++k) {
        if (k > 0)
            logWeight += chain.logRatio(k);
        const double pi = std::exp(logWeight - normaliser->logMax) / normaliser->sum;
        if (k < agents) {
            none += pi;
            continue;
        }
        const long long j = k - agents + 1;
        belowJ += std::exp(logTerm);
        logTerm += std::log(u * (double(j) - 1 + r) / double(j)); // P(N = j) / P(N = j - 1)
        meanWaitIfServed += 1 / (nmu + double(j) * chain.theta);
        const double served = nmu / (nmu + double(j) * chain.theta);
        waiting += pi;
        calledInTime += pi * served * std::max(0.0, 1 - belowJ);
        abandoning += pi * (1 - served);
        servedWait += pi * served * meanWaitIfServed;
    }
    Performance result;
    result.agents = agents;
    result.probabilityOfWaiting = waiting;
    result.serviceLevel = std::min(1.0, none + calledInTime);
    result.probabilityOfAbandoning = abandoning;
    result.averageSpeedOfAnswerSeconds = servedWait / (none + waiting - abandoning);
    return result;
}

int agentsNeededC(const Demand &demand, double targetSeconds, double targetShare)
{
    const double a = load(demand);
    const int lowest = a >= kMaxAgents ? kMaxAgents + 1 : int(std::floor(a)) + 1;
    return fewestAgents(demand, targetSeconds, targetShare, lowest, erlangC);
}

int agentsNeededA(const Demand &demand, double targetSeconds, double targetShare)
{
    return fewestAgents(demand, targetSeconds, targetShare, 1, erlangA);
}

} // namespace tessera::staffing
