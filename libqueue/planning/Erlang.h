#pragma once

namespace tessera::staffing {

// Staffing figures for one interval of one service (or a pooled group) under random arrivals:
// Erlang C (M/M/n, nobody gives up) and Erlang A (M/M/n+M, Palm: waiting customers give up after
// an exponential patience). Pure and exact; stable for thousands of agents.
//
// Bad input never crashes: an arrivals count, interval or service time that is not a positive
// finite number means no load (nobody waits, service level 1); a negative or NaN target wait
// counts as 0; a patience that is not a positive finite number means nobody gives up.

struct Demand
{
    double arrivals = 0; // expected arrivals in the interval
    double intervalSeconds = 1800;
    double serviceSeconds = 0;  // mean service time
    double patienceSeconds = 0; // mean time a waiting customer stays before giving up; 0 or inf: nobody does
};

struct Performance
{
    int agents = 0;
    double probabilityOfWaiting = 0; // an arrival finds every agent busy
    // The share of ALL arrivals called within the target wait. For Erlang A those who give up
    // count as not called within target, even if they gave up sooner.
    double serviceLevel = 1;
    // Erlang C: the mean wait of all arrivals (ASA). Erlang A: the mean wait of those served.
    double averageSpeedOfAnswerSeconds = 0;
    double probabilityOfAbandoning = 0; // Erlang A only; 0 for C
    // Erlang C with load >= agents: the queue grows without end (P(wait) 1, service level 0,
    // ASA infinite). Erlang A is always stable while patience is finite.
    bool stable = true;
};

// agentsNeeded* return this when the target needs more agents than kMaxAgents, or can't be met.
constexpr int kUnreachable = -1;
constexpr int kMaxAgents = 1000;

// The offered load in Erlangs: arrivals x service time / interval (0 for bad input).
double load(const Demand &demand);

Performance erlangC(const Demand &demand, int agents, double targetSeconds);
// Falls back to erlangC when nobody gives up, or when patience is so long against the load
// that the waiting line would pass a million (the Erlang C figures are then the right limit).
Performance erlangA(const Demand &demand, int agents, double targetSeconds);

// The fewest agents (n >= 1, and n > load for Erlang C) whose service level reaches
// targetShare, e.g. 0.8 within 60 s. 0 when there is no load; kUnreachable beyond kMaxAgents,
// or when targetShare is 1 or more, or NaN.
int agentsNeededC(const Demand &demand, double targetSeconds, double targetShare);
int agentsNeededA(const Demand &demand, double targetSeconds, double targetShare);

} // namespace tessera::staffing
