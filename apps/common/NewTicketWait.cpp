#include "NewTicketWait.h"

#include "model/WaitEstimator.h"

namespace tessera {

QString NewTicketWait::text(const QueueState &state, const QString &serviceId, TimestampMs now)
{
    const WaitEstimate estimate = WaitEstimator::forNewTicket(state, serviceId, now);
    if (!estimate.known())
        return {};
    const PrintedWait wait = WaitEstimator::printed(estimate);
    if (wait.lessThanAMinute())
        return tr("less than a minute");
    if (wait.lowMinutes == 0)
        return tr("up to %1 min").arg(wait.highMinutes);
    return tr("%1–%2 min").arg(wait.lowMinutes).arg(wait.highMinutes);
}

} // namespace tessera
