// The web front's appointments: the free slots of a service on a day, booking one, and finding,
// cancelling or moving a booking with its check-in code and the phone number it was made with.
// The rules (opening hours, places per slot, bookings per phone) are the engine's; this checks
// the shape of what a page sends and the per-address allowances.

#include "WebFront.h"
#include "model/AppointmentSlots.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tessera {

namespace {

constexpr int kLongestName = 80;
const QRegularExpression kCode(QStringLiteral("^[0-9]{6}$"));

const AppointmentBooked *bookedIn(const QList<Event> &events)
{
    for (const Event &event : events) {
        if (const auto *booked = std::get_if<AppointmentBooked>(&event.payload))
            return booked;
    }
    return nullptr;
}

// A phone number as a person types one: 6 to 15 digits, with +, spaces, dashes, brackets.
bool plausiblePhone(const QString &phone)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./-]{6,24}$"));
    const qsizetype digits = AppointmentSlots::comparablePhone(phone).size();
    return shape.match(phone).hasMatch() && digits >= 6 && digits <= 15;
}

HttpResponse invalid(const QString &message)
{
    return HttpResponse::error(422, QStringLiteral("InvalidArgument"), message);
}

} // namespace

void WebFront::routeBooking(HttpConnection *connection, const HttpRequest &request, const QString &language)
{
    const QString &path = request.path;
    if (path == QLatin1String("/api/slots")) {
        if (request.method != "GET" && request.method != "HEAD")
            return connection->respond(
                HttpResponse::error(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use GET here.")));
        return freeSlots(connection, request, language);
    }
    static const QStringList actions{QStringLiteral("/api/appointments"), QStringLiteral("/api/appointments/find"),
                                     QStringLiteral("/api/appointments/cancel"),
                                     QStringLiteral("/api/appointments/move")};
    if (!actions.contains(path))
        return connection->respond(
            HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("There is no %1 here.").arg(path)));
    if (request.method != "POST")
        return connection->respond(
            HttpResponse::error(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use POST here.")));
    HttpResponse error;
    const std::optional<QJsonObject> body = jsonBody(request, &error);
    if (!body)
        return connection->respond(error);
    if (path == actions[0])
        return book(connection, *body, language);
    if (path == actions[1])
        return findAppointment(connection, *body, language);
    changeAppointment(connection, *body, path == actions[3], language);
}

void WebFront::freeSlots(HttpConnection *connection, const HttpRequest &request, const QString &language)
{
    const BranchConfig &config = m_state.config();
    const QString serviceId = request.query.queryItemValue(QStringLiteral("service"));
    const ServiceConfig *service = config.service(serviceId);
    if (!service || !service->webBooking)
        return connection->respond(HttpResponse::error(404, QStringLiteral("UnknownService"),
                                                       m_strings.text(QStringLiteral("not-bookable"), language)));
    const QDate day = QDate::fromString(request.query.queryItemValue(QStringLiteral("day")), Qt::ISODate);
    const QDate today = config.toLocal(m_clock.nowMs()).date();
    if (!day.isValid() || day < today || day >= today.addDays(config.web.bookingDaysAhead))
        return connection->respond(
            invalid(QStringLiteral("\"day\" is a date from %1 to %2 (YYYY-MM-DD).")
                        .arg(today.toString(Qt::ISODate),
                             today.addDays(config.web.bookingDaysAhead - 1).toString(Qt::ISODate))));
    QJsonArray offered;
    for (const AppointmentSlots::Slot &slot : AppointmentSlots::ofDay(m_state, serviceId, day, m_clock.nowMs())) {
        offered.append(
            QJsonObject{{QStringLiteral("start"), slot.start},
                        {QStringLiteral("time"), config.toLocal(slot.start).toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("free"), qMin(slot.free, 999)}});
    }
    connection->respond(HttpResponse::json(200, {{QStringLiteral("service"), serviceId},
                                                 {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                                 {QStringLiteral("slots"), offered}}));
}

QJsonObject WebFront::appointmentJson(const Appointment &appointment, const QString &language) const
{
    const BranchConfig &config = m_state.config();
    const ServiceConfig *service = config.service(appointment.service);
    const QDateTime local = config.toLocal(appointment.slotStart);
    return {{QStringLiteral("code"), appointment.checkInCode},
            {QStringLiteral("service"), appointment.service},
            {QStringLiteral("serviceName"),
             service ? service->names.text(language, config.defaultLanguage) : appointment.service},
            {QStringLiteral("start"), appointment.slotStart},
            {QStringLiteral("day"), local.date().toString(Qt::ISODate)},
            {QStringLiteral("time"), local.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("name"), appointment.customerName},
            {QStringLiteral("checkInEarlyMinutes"), config.checkInEarlyMinutes},
            {QStringLiteral("checkInLateMinutes"), config.checkInLateMinutes}};
}

void WebFront::book(HttpConnection *connection, const QJsonObject &body, const QString &language)
{
    const QString service = body.value(QStringLiteral("service")).toString();
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    const QString phone = body.value(QStringLiteral("phone")).toString().trimmed();
    const TimestampMs start = body.value(QStringLiteral("start")).toInteger(-1);
    if (service.isEmpty() || start <= 0)
        return connection->respond(invalid(QStringLiteral("Say the service and the slot: {\"service\", \"start\"}.")));
    if (name.isEmpty() || name.size() > kLongestName)
        return connection->respond(invalid(m_strings.text(QStringLiteral("bad-name"), language)));
    if (!plausiblePhone(phone))
        return connection->respond(invalid(m_strings.text(QStringLiteral("bad-phone"), language)));
    if (!withinBookingRange(start))
        return connection->respond(invalid(m_strings.text(QStringLiteral("no-times"), language)));
    if (!withinAllowance(connection, m_bookingsByAddress, m_state.config().web.bookingsPerAddressPerDay, language))
        return;
    const QString address = connection->peerAddress();
    const bool sent = submit(
        connection, {}, BookAppointment{service, start, name, phone},
        [this, connection, language, address](const CommandResult &result) {
            if (!result) {
                // Refused: the allowance is not used, except by a phone at its day's limit. That
                // answer says the number holds bookings, so asking it costs: nobody learns it of
                // more numbers than the address may book for.
                if (result.error().code != ErrorCode::BookingLimit)
                    --m_bookingsByAddress[allowanceKey(address)];
                return connection->respond(refusal(result.error(), language));
            }
            const AppointmentBooked *booked = bookedIn(result.value());
            const Appointment *appointment = booked ? m_state.appointmentByCode(booked->checkInCode) : nullptr;
            if (!appointment)
                return connection->respond(HttpResponse::error(500, QStringLiteral("no-appointment"),
                                                               QStringLiteral("No appointment came of it.")));
            connection->respond(HttpResponse::json(201, appointmentJson(*appointment, language)));
        },
        language);
    if (!sent)
        --m_bookingsByAddress[allowanceKey(address)];
}

void WebFront::findAppointment(HttpConnection *connection, const QJsonObject &body, const QString &language)
{
    // Every look-up costs from the address's allowance of wrong ones, and a found booking gives it
    // back: once the allowance is used up, nothing more is looked up today, right or wrong.
    if (!withinAllowance(connection, m_lookupsByAddress, m_settings.lookupsPerAddressPerDay, language))
        return;
    const QString code = body.value(QStringLiteral("code")).toString().trimmed();
    const QString phone = AppointmentSlots::comparablePhone(body.value(QStringLiteral("phone")).toString());
    const Appointment *appointment = m_state.appointmentByCode(code);
    const bool match = kCode.match(code).hasMatch() && appointment &&
                       appointment->status == AppointmentStatus::Booked && !phone.isEmpty() &&
                       phone == AppointmentSlots::comparablePhone(appointment->phone);
    if (!match)
        return connection->respond(HttpResponse::error(404, QStringLiteral("UnknownAppointment"),
                                                       m_strings.text(QStringLiteral("no-booking"), language)));
    --m_lookupsByAddress[allowanceKey(connection->peerAddress())];
    connection->respond(HttpResponse::json(200, appointmentJson(*appointment, language)));
}

void WebFront::changeAppointment(HttpConnection *connection, const QJsonObject &body, bool move,
                                 const QString &language)
{
    const QString code = body.value(QStringLiteral("code")).toString().trimmed();
    const QString phone = body.value(QStringLiteral("phone")).toString().trimmed();
    const TimestampMs start = body.value(QStringLiteral("start")).toInteger(-1);
    if (!kCode.match(code).hasMatch() || phone.isEmpty())
        return connection->respond(invalid(m_strings.text(QStringLiteral("no-booking"), language)));
    if (move && start <= 0)
        return connection->respond(invalid(QStringLiteral("Say the new slot: {\"start\"}.")));
    if (move && !withinBookingRange(start))
        return connection->respond(invalid(m_strings.text(QStringLiteral("no-times"), language)));
    // As a look-up: a wrong code-and-phone pair costs from the address's allowance.
    if (!withinAllowance(connection, m_lookupsByAddress, m_settings.lookupsPerAddressPerDay, language))
        return;
    const QString address = connection->peerAddress();
    const Command command =
        move ? Command{MoveAppointment{code, phone, start}} : Command{CancelAppointment{code, phone}};
    const bool sent = submit(
        connection, {}, command,
        [this, connection, language, move, code, address](const CommandResult &result) {
            if (!result)
                return connection->respond(refusal(result.error(), language));
            --m_lookupsByAddress[allowanceKey(address)]; // it was theirs: no guess
            const AppointmentBooked *booked = move ? bookedIn(result.value()) : nullptr;
            const Appointment *moved = booked ? m_state.appointmentByCode(booked->checkInCode) : nullptr;
            if (moved)
                return connection->respond(HttpResponse::json(200, appointmentJson(*moved, language)));
            connection->respond(
                HttpResponse::json(200, {{QStringLiteral("code"), code}, {QStringLiteral("cancelled"), true}}));
        },
        language);
    if (!sent)
        --m_lookupsByAddress[allowanceKey(address)];
}

bool WebFront::withinBookingRange(TimestampMs start) const
{
    const BranchConfig &config = m_state.config();
    const QDate today = config.toLocal(m_clock.nowMs()).date();
    const QDate day = config.toLocal(start).date();
    return day >= today && day < today.addDays(config.web.bookingDaysAhead);
}

} // namespace tessera
