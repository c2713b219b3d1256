#include "ServiceAvailability.h"

namespace tessera {

ServiceAvailability ServiceAvailability::of(const QueueState &state, const ServiceConfig &service, TimestampMs now)
{
    ServiceAvailability availability;
    availability.service = &service;
    const QDateTime local = state.config().toLocal(now);
    if (!service.hours.isOpenAt(local)) {
        availability.status = Status::Closed;
        availability.opensAt = service.hours.nextOpeningAfter(local);
    } else if (state.nextNumber(service) > service.lastNumber) {
        availability.status = Status::Full;
    } else {
        availability.estimate = WaitEstimator::forNewTicket(state, service.id, now);
    }
    return availability;
}

QList<ServiceAvailability> ServiceAvailability::all(const QueueState &state, TimestampMs now)
{
    QList<ServiceAvailability> services;
    for (const ServiceConfig &service : state.config().services)
        services.append(of(state, service, now));
    return services;
}

} // namespace tessera
