#pragma once

#include "QueueState.h"
#include "WaitEstimator.h"

#include <optional>

namespace tessera {

// Whether a customer can take a ticket for a service right now, and if not, why not and
// until when. What a kiosk shows on its buttons; the engine decides the same way when the
// ticket is asked for, so a button that says "open" is one the server will honour.
struct ServiceAvailability
{
    enum class Status
    {
        Open,
        Closed, // outside its opening hours
        Full    // every number of the day has been issued
    };

    const ServiceConfig *service = nullptr;
    Status status = Status::Open;
    std::optional<QDateTime> opensAt; // Closed: the next opening, in branch local time
    WaitEstimate estimate;            // Open: for a normal customer taking a ticket now

    bool open() const { return status == Status::Open; }

    // Every service of the branch, in configuration order.
    static QList<ServiceAvailability> all(const QueueState &state, TimestampMs now);
    static ServiceAvailability of(const QueueState &state, const ServiceConfig &service, TimestampMs now);
};

} // namespace tessera
