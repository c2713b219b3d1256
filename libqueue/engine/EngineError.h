#pragma once

#include <QString>

namespace tessera {

// Why the engine refused a command. The code is for programs (stable on the wire);
// the message is a sentence a teller or customer can act on, already translated.
enum class ErrorCode
{
    NoConfiguration,
    InvalidConfiguration,
    InvalidArgument,
    UnknownService,
    ServiceClosed,
    ServiceFull,
    UnknownCounter,
    CounterClosed,
    CounterPaused,
    CounterAlreadyOpen,
    CounterBusy,
    NotLoggedIn,
    UnknownTeller,
    WrongPassword,
    TellerElsewhere,
    CounterTaken,
    NothingWaiting,
    NoCurrentTicket,
    TicketStillCalled,
    UnknownTicket,
    IllegalTransition,
    UnknownOutcome,
    UnknownAppointment,
    AppointmentTooEarly,
    AppointmentTooLate,
    AppointmentUsed,
    SlotFull,     // every place of an appointment slot is booked
    BookingLimit, // this phone number holds as many appointments that day as a branch allows
    StorageFailure,
    // Refusals of the network layer, before or instead of the engine:
    UnknownMessage,   // a message type this server does not know
    MalformedMessage, // a known message with a field of the wrong type or an unknown command
    PermissionDenied, // this station's role (or this teller) may not do that
    NotAuthenticated, // log in first
    Offline,          // the station has no connection to the server
    Timeout,          // the server did not answer in time; the command may or may not have happened
};
constexpr ErrorCode kLastErrorCode = ErrorCode::Timeout;

QString wireName(ErrorCode code);
// Codes from a newer server that this station does not know read as InvalidArgument.
bool parseEnum(const QString &name, ErrorCode &out);

struct EngineError
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    bool operator==(const EngineError &) const = default;
};

} // namespace tessera
