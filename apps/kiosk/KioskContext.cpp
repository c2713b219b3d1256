#include "KioskContext.h"

#include <QCoreApplication>

namespace tessera::kiosk {

QString KioskContext::serviceName(const QString &serviceId) const
{
    const ServiceConfig *service = config().service(serviceId);
    return service ? text(service->names) : serviceId;
}

QString KioskContext::waitText(const WaitEstimate &estimate) const
{
    if (!estimate.known())
        return tr("No counter is open for this yet");
    return tr("%1 waiting · %2").arg(estimate.peopleAhead).arg(rangeText(WaitEstimator::printed(estimate)));
}

QString KioskContext::rangeText(const PrintedWait &wait) const
{
    if (wait.lessThanAMinute())
        return tr("less than a minute");
    if (wait.lowMinutes == 0)
        return tr("up to %1 min").arg(wait.highMinutes);
    return tr("%1–%2 min").arg(wait.lowMinutes).arg(wait.highMinutes);
}

QString KioskContext::ticketWaitText(const TicketIssued &ticket) const
{
    if (ticket.estimatedWaitSeconds < 0)
        return tr("Estimated wait: not known yet");
    // A ticket from a server before ranges carries only its figure.
    const PrintedWait wait = ticket.estimateHighSeconds >= 0
                                 ? WaitEstimator::printed(ticket.estimateLowSeconds, ticket.estimateHighSeconds)
                                 : WaitEstimator::printed(ticket.estimatedWaitSeconds, ticket.estimatedWaitSeconds);
    return tr("Estimated wait: %1").arg(rangeText(wait));
}

QString KioskContext::unavailableText(const ServiceAvailability &availability) const
{
    if (availability.status == ServiceAvailability::Status::Full)
        return tr("No more tickets today");
    if (!availability.opensAt)
        return tr("Closed");
    const QDateTime now = config().toLocal(clock.nowMs());
    const QString time = availability.opensAt->toString(QStringLiteral("HH:mm"));
    if (availability.opensAt->date() == now.date())
        return tr("Closed now · opens at %1").arg(time);
    const QString day = locale().dayName(availability.opensAt->date().dayOfWeek(), QLocale::ShortFormat);
    return tr("Closed now · opens %1 %2").arg(day, time);
}

} // namespace tessera::kiosk
