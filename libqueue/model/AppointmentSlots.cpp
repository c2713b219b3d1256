#include "AppointmentSlots.h"

namespace tessera::AppointmentSlots {

int capacity(const BranchConfig &config, const QString &service)
{
    if (config.appointmentsPerCounter == 0)
        return kUnlimited;
    const auto serving = std::count_if(config.counters.begin(), config.counters.end(),
                                       [&](const CounterConfig &counter) { return counter.serves(service); });
    return config.appointmentsPerCounter * int(serving);
}

int held(const QueueState &state, const QString &service, TimestampMs slotStart, qint64 except)
{
    return int(std::count_if(state.appointments().begin(), state.appointments().end(), [&](const auto &entry) {
        const Appointment &a = entry.second;
        return a.id != except && a.service == service && a.slotStart == slotStart &&
               a.status != AppointmentStatus::Cancelled && a.status != AppointmentStatus::Expired;
    }));
}

QList<TimestampMs> startsOfDay(const BranchConfig &config, const QString &serviceId, const QDate &day, TimestampMs now)
{
    const ServiceConfig *service = config.service(serviceId);
    QList<TimestampMs> starts;
    if (!service)
        return starts;
    const int step = config.appointmentSlotMinutes;
    for (const OpeningHours::Interval &hours : service->hours.day(day.dayOfWeek())) {
        // A slot starts on the branch's grid (10:00, 10:15, ...) and ends within the hours.
        for (int minute = (hours.openMinute + step - 1) / step * step; minute + step <= hours.closeMinute;
             minute += step) {
            const QDateTime local(day, QTime(minute / 60, minute % 60), config.timeZone);
            const TimestampMs start = local.toMSecsSinceEpoch();
            if (start > now)
                starts.append(start);
        }
    }
    return starts;
}

QList<Slot> ofDay(const QueueState &state, const QString &serviceId, const QDate &day, TimestampMs now)
{
    const int places = capacity(state.config(), serviceId);
    QList<Slot> open;
    for (const TimestampMs start : startsOfDay(state.config(), serviceId, day, now))
        open.append({start, places == kUnlimited ? kUnlimited : qMax(0, places - held(state, serviceId, start))});
    return open;
}

QString comparablePhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    // "+371 2000 0000", "00371 2000 0000" and "371 2000 0000" are one number.
    if (digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    return digits.size() < 6 ? QString() : digits;
}

} // namespace tessera::AppointmentSlots
