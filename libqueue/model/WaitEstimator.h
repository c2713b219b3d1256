#pragma once

#include "QueueState.h"

namespace tessera {

// How long a new ticket will wait before it is called, as a figure and a range to print.
//
// Two steps, both pure functions of the live state, "now" and the branch's learned
// WaitModel (QueueState::waitModel), so the server and every station get the same answer.
//
// 1. The queue model (situation()): what the counters must get through first.
//    - Ahead: the tickets of the service the router would call before this one (same or
//      higher class), less those who will give up (the service's learned abandonment),
//      plus tickets of other services that share its counters, as many as the router's
//      weighted share gives them before this one is reached.
//    - Capacity: each open counter serving the service counts for the share of its calls
//      the service gets (its weight over the weights of its services that have someone
//      waiting: the router skips empty lines). Free counters take the first ones at once.
//    - Time: the first place frees up when the busy counter with the least expected time
//      left finishes (from the service-time distribution and how long it has lasted);
//      each further place takes the service's mean time at this hour over the capacity.
//    - Overtaking: normal customers also wait for the priority customers who arrive
//      meanwhile (their learned rate at this hour), a factor 1 / (1 - their load).
//    The result is the model's expected wait and a band (a coarse class of situations).
// 2. Calibration (forNewTicket()): what customers who met the same band really waited on
//    past days: the median is the estimate, 7.5 % and 92.5 % of them bound the range.
//    Without enough history the range comes from the model alone (a gamma spread).
// With no open counter serving the service there is no honest number: seconds is -1.
struct WaitEstimate
{
    int peopleAhead = 0;  // of the same service, called before this one
    int openCounters = 0; // open counters serving the service
    int seconds = -1;     // the estimate; -1: not known (no counter open)
    int lowSeconds = -1;  // the range the customer is told
    int highSeconds = -1;
    int modelSeconds = -1; // the queue model's expected wait, before calibration
    int band = 0;          // the situation band the calibration was looked up by
    bool learned = false;  // true: the range comes from this branch's real waits

    bool known() const { return seconds >= 0; }
};

// A wait range in whole minutes, as the kiosk prints it: "less than a minute" is 0-1,
// "up to 4 min" is 0-4, "8-12 min" is 8-12. The range printed is the one judged.
struct PrintedWait
{
    int lowMinutes = 0;
    int highMinutes = 0;

    bool lessThanAMinute() const { return highMinutes <= 1; }
    bool contains(qint64 waitedMs) const
    {
        return waitedMs >= lowMinutes * 60000LL && waitedMs <= highMinutes * 60000LL;
    }
};

class WaitEstimator
{
public:
    // Fewer real waits than this in a band, and the band's calibration is not trusted.
    static constexpr int kMinimumCalibrationSamples = 30;

    struct Situation
    {
        int peopleAhead = 0;
        int openCounters = 0;
        double aheadEffective = 0; // everyone to be called first, abandonment taken off
        double freeCounters = 0;
        double capacity = 0;       // open counters serving the service (other lines' calls count as ahead)
        double modelSeconds = -1;  // -1: no counter open
        double serviceSeconds = 0; // mean service time used
        int band = 0;
    };

    static WaitEstimate forNewTicket(const QueueState &state, const QString &service, TimestampMs now,
                                     PriorityClass priority = PriorityClass::Normal);
    // The same for a ticket already waiting in its service's line, from its place in it now: what
    // its holder's phone shows. Not known (seconds -1, no one ahead) when it is not in that line.
    // `knownAhead`, when 0 or more, is its people ahead, counted already (a page per waiting ticket
    // counts a whole line at once instead of the line once per ticket).
    static WaitEstimate forWaitingTicket(const QueueState &state, const Ticket &ticket, TimestampMs now,
                                         int knownAhead = -1);
    // `place`: a waiting ticket's place in the line; null for a new ticket. `knownAhead`: as above.
    static Situation situation(const QueueState &state, const QString &service, TimestampMs now,
                               PriorityClass priority = PriorityClass::Normal, const QueueKey *place = nullptr,
                               int knownAhead = -1);
    // The band of a situation: -1..-4 when that many counters are left free, else 0..40
    // growing with the model's wait (four bands per doubling, from 15 s).
    static int bandOf(double freeAfterAhead, double modelSeconds);
    // The model's wait at the middle of a band of 0 or more.
    static double modelSecondsOfBand(int band);
    // The service's mean service time: learned (at this local hour when the hour had enough),
    // else today's recent ones, else the configured estimate.
    static int typicalServiceSeconds(const QueueState &state, const QString &service, int localHour = -1);
    static PrintedWait printed(int lowSeconds, int highSeconds);
    static PrintedWait printed(const WaitEstimate &estimate)
    {
        return printed(estimate.lowSeconds, estimate.highSeconds);
    }

private:
    // Calibrates a situation into the range told (see the steps above).
    static WaitEstimate estimate(const QueueState &state, const Situation &situation, PriorityClass priority);
};

} // namespace tessera
