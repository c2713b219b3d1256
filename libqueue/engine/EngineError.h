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
    StorageFailure,
};

QString wireName(ErrorCode code);

struct EngineError
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    bool operator==(const EngineError &) const = default;
};

} // namespace tessera
