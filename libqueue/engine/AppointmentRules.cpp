// Appointments: booked for a service and a slot, checked in at the kiosk with a
// short code inside [slot - checkInEarly, slot + checkInLate], after which an
// unchecked appointment expires by itself (QueueEngine::housekeeping).

#include "Rules.h"
#include "model/AppointmentSlots.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace tessera::rules {

namespace {

// A six-digit code that is not in use by another booked appointment. Derived from the
// booking and the host's secret (not from a random source) so decide() stays a function of its
// inputs; keyed, so that a customer who knows their own code, its booking's id and time cannot
// work out the next customer's. Without a secret (an engine in a unit test) the mix is unkeyed.
QString checkInCode(const QueueState &state, qint64 appointmentId, TimestampMs now, const QByteArray &secret)
{
    quint64 x = 0;
    if (secret.isEmpty()) {
        x = quint64(appointmentId) * 0x9E3779B97F4A7C15ull ^ quint64(now);
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9ull;
        x ^= x >> 29;
    } else {
        const QByteArray booking = QByteArray::number(appointmentId) + ':' + QByteArray::number(now);
        const QByteArray mac = QMessageAuthenticationCode::hash(booking, secret, QCryptographicHash::Sha256);
        x = qFromBigEndian<quint64>(mac.constData());
    }
    int code = int(x % 900000) + 100000;
    while (const Appointment *existing = state.appointmentByCode(QString::number(code))) {
        if (existing->status != AppointmentStatus::Booked)
            break;
        code = code == 999999 ? 100000 : code + 1;
    }
    return QString::number(code);
}

} // namespace

std::optional<EngineError> Rules::checkBooking(const QString &serviceId, TimestampMs slotStart, const QString &phone,
                                               qint64 moving) const
{
    const ServiceConfig *service = m_config.service(serviceId);
    if (!service)
        return EngineError{ErrorCode::UnknownService,
                           QueueEngine::tr("There is no service \"%1\" in this branch.").arg(serviceId)};
    if (slotStart <= m_now)
        return EngineError{ErrorCode::InvalidArgument,
                           QueueEngine::tr("That time has already passed: choose a later slot.")};
    const QDateTime local = m_config.toLocal(slotStart);
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (local.time().second() != 0 || local.time().msec() != 0 || minute % m_config.appointmentSlotMinutes != 0)
        return EngineError{ErrorCode::InvalidArgument,
                           QueueEngine::tr("Appointments start on %1-minute slots (such as 10:00 or 10:%2).")
                               .arg(m_config.appointmentSlotMinutes)
                               .arg(m_config.appointmentSlotMinutes, 2, 10, QLatin1Char('0'))};
    // The whole slot, as the web page offers them: its start and its last minute.
    if (!service->hours.isOpenAt(local) ||
        !service->hours.isOpenAt(local.addSecs(qint64(m_config.appointmentSlotMinutes) * 60 - 60)))
        return EngineError{ErrorCode::ServiceClosed,
                           QueueEngine::tr("%1 is closed at %2: choose a slot in its opening hours.")
                               .arg(serviceName(serviceId), local.toString(QStringLiteral("ddd HH:mm")))};
    // Decided here, one command after another: two bookings of the last place in the same
    // millisecond still get one place and one refusal.
    if (AppointmentSlots::held(m_state, serviceId, slotStart, moving) >=
        AppointmentSlots::capacity(m_config, serviceId))
        return EngineError{ErrorCode::SlotFull, QueueEngine::tr("%1 at %2 is fully booked: choose another time.")
                                                    .arg(serviceName(serviceId), localTime(slotStart))};
    const QString number = AppointmentSlots::comparablePhone(phone);
    if (number.isEmpty())
        return std::nullopt;
    const auto held = std::count_if(m_state.appointments().begin(), m_state.appointments().end(), [&](const auto &e) {
        const Appointment &a = e.second;
        return a.id != moving && a.status == AppointmentStatus::Booked &&
               AppointmentSlots::comparablePhone(a.phone) == number &&
               m_config.toLocal(a.slotStart).date() == local.date();
    });
    if (held < m_config.web.bookingsPerPhonePerDay)
        return std::nullopt;
    return EngineError{ErrorCode::BookingLimit,
                       QueueEngine::tr("This phone number already has %n appointment(s) on that day. Cancel one to "
                                       "book another.",
                                       nullptr, int(held))};
}

Expected<const Appointment *, EngineError> Rules::bookedAppointment(const QString &code, const QString &phone) const
{
    const Appointment *appointment = m_state.appointmentByCode(code.trimmed());
    // A phone given must be the booking's: the web page asks for both, so a code alone is not enough.
    const QString given = AppointmentSlots::comparablePhone(phone);
    if (!appointment || appointment->status != AppointmentStatus::Booked ||
        (!phone.isEmpty() && (given.isEmpty() || given != AppointmentSlots::comparablePhone(appointment->phone))))
        return EngineError{ErrorCode::UnknownAppointment,
                           QueueEngine::tr("There is no booked appointment with code %1.").arg(code)};
    return appointment;
}

Decision Rules::operator()(const BookAppointment &command) const
{
    if (command.customerName.trimmed().isEmpty())
        return refuse(ErrorCode::InvalidArgument, QueueEngine::tr("Enter the customer's name."));
    if (const auto refusal = checkBooking(command.service, command.slotStart, command.phone))
        return *refusal;
    const qint64 id = m_state.lastAppointmentId() + 1;
    return QList<EventPayload>{AppointmentBooked{id, command.service, command.slotStart, command.customerName.trimmed(),
                                                 command.phone.trimmed(), checkInCode(m_state, id, m_now, m_secret)}};
}

Decision Rules::operator()(const MoveAppointment &command) const
{
    const auto found = bookedAppointment(command.code, command.phone);
    if (!found)
        return found.error();
    const Appointment &old = *found.value();
    if (const auto refusal = checkBooking(old.service, command.slotStart, old.phone, old.id))
        return *refusal;
    // The old place is given back and a new one taken in the same commit: never both, never neither.
    const qint64 id = m_state.lastAppointmentId() + 1;
    return QList<EventPayload>{AppointmentCancelled{old.id},
                               AppointmentBooked{id, old.service, command.slotStart, old.customerName, old.phone,
                                                 checkInCode(m_state, id, m_now, m_secret)}};
}

Decision Rules::operator()(const CheckInAppointment &command) const
{
    const Appointment *appointment = m_state.appointmentByCode(command.code.trimmed());
    if (!appointment || appointment->status == AppointmentStatus::Cancelled)
        return refuse(
            ErrorCode::UnknownAppointment,
            QueueEngine::tr("We cannot find an appointment with code %1. Check the code, or take a ticket instead.")
                .arg(command.code));
    if (appointment->status == AppointmentStatus::CheckedIn)
        return refuse(
            ErrorCode::AppointmentUsed,
            QueueEngine::tr("This appointment is already checked in. Please wait for your number to be called."));
    const qint64 earlyMs = qint64(m_config.checkInEarlyMinutes) * 60 * 1000;
    const qint64 lateMs = qint64(m_config.checkInLateMinutes) * 60 * 1000;
    if (appointment->status == AppointmentStatus::Expired || m_now > appointment->slotStart + lateMs)
        return refuse(ErrorCode::AppointmentTooLate,
                      QueueEngine::tr("Your appointment at %1 has passed. Please take a ticket or book a new time.")
                          .arg(localTime(appointment->slotStart)));
    if (m_now < appointment->slotStart - earlyMs)
        return refuse(ErrorCode::AppointmentTooEarly,
                      QueueEngine::tr("Your appointment is at %1. You can check in from %2.")
                          .arg(localTime(appointment->slotStart), localTime(appointment->slotStart - earlyMs)));
    auto issued = newTicket(appointment->service, PriorityClass::Appointment);
    if (!issued)
        return issued.error();
    issued.value().appointment = appointment->id;
    return QList<EventPayload>{AppointmentCheckedIn{appointment->id, issued.value().ticket}, issued.value()};
}

Decision Rules::operator()(const CancelAppointment &command) const
{
    const auto found = bookedAppointment(command.code, command.phone);
    if (!found)
        return found.error();
    return QList<EventPayload>{AppointmentCancelled{found.value()->id}};
}

} // namespace tessera::rules
