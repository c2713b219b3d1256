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
    return tr("%1 waiting · about %2 min")
        .arg(estimate.peopleAhead)
        .arg(WaitEstimator::printedMinutes(estimate.seconds));
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
