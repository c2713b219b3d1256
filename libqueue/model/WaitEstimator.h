#pragma once

#include "QueueState.h"

namespace tessera {

// A first, honest estimate of how long a new ticket for a service will wait:
//
//   wait = people ahead x typical service time / counters' capacity for the service
//
// - people ahead: tickets already waiting in the service that the router would take
//   before a new ticket of the given class (same or higher rank; all of them for normal).
// - typical service time: the mean of the service's recent service times (last
//   QueueState::kRecentServiceSamples), or the configured estimate until there are some.
// - capacity: each open counter serving the service contributes the share of its time it
//   gives that service (its weight for it over the sum of its weights), so a counter that
//   serves three services counts as a fraction of a counter.
// With no open counter serving the service there is no honest number: seconds is -1.
struct WaitEstimate
{
    int peopleAhead = 0;
    int openCounters = 0;
    int seconds = -1;

    bool known() const { return seconds >= 0; }
};

class WaitEstimator
{
public:
    static WaitEstimate forNewTicket(const QueueState &state, const QString &service,
                                     PriorityClass priority = PriorityClass::Normal);
    static int typicalServiceSeconds(const QueueState &state, const QString &service);
    // What the kiosk tells the customer: rounded up to whole minutes, at least 1 (a customer
    // told "0 minutes" who then waits is let down). The daily report compares against it.
    static int printedMinutes(int seconds) { return qMax(1, (seconds + 59) / 60); }
};

} // namespace tessera
