#pragma once

#include <QString>
#include <QtGlobal>
#include <array>
#include <optional>

namespace tessera {

using TicketId = qint64;
using Seq = qint64;
using CounterNumber = int;

// The kinds of customer the router can rank. Reasons within a class (elderly,
// pregnant, disabled) are configured labels carried on the ticket; the class decides order.
enum class PriorityClass
{
    Normal,
    Priority,
    Vip,
    Appointment
};

constexpr std::array<PriorityClass, 4> kAllPriorityClasses{PriorityClass::Normal, PriorityClass::Priority,
                                                           PriorityClass::Vip, PriorityClass::Appointment};

enum class TicketStatus
{
    Waiting,
    Called,
    Serving,
    Finished,
    NoShow,
    Cancelled
};

enum class CounterStatus
{
    Closed,
    Open,
    Paused
};

enum class TellerRole
{
    Teller,
    Supervisor
};

// What happens to tickets still waiting when the business day rolls over.
enum class RolloverPolicy
{
    Cancel,
    CarryOver
};

// Where a transferred customer stands in the new line.
enum class ArrivalOnTransfer
{
    BranchDefault,
    Keep,
    Reset
};

enum class AppointmentStatus
{
    Booked,
    CheckedIn,
    Expired,
    Cancelled
};

// Stable names used on the wire and in the journal. They are only ever added to, never renamed.
QString wireName(PriorityClass value);
QString wireName(TicketStatus value);
QString wireName(CounterStatus value);
QString wireName(TellerRole value);
QString wireName(RolloverPolicy value);
QString wireName(ArrivalOnTransfer value);
QString wireName(AppointmentStatus value);

std::optional<PriorityClass> priorityClassFromString(const QString &name);
std::optional<TicketStatus> ticketStatusFromString(const QString &name);
std::optional<CounterStatus> counterStatusFromString(const QString &name);
std::optional<TellerRole> tellerRoleFromString(const QString &name);
std::optional<RolloverPolicy> rolloverPolicyFromString(const QString &name);

// The same lookups in one overloaded form, for generic code such as the CBOR codec.
bool parseEnum(const QString &name, PriorityClass &out);
bool parseEnum(const QString &name, TicketStatus &out);
bool parseEnum(const QString &name, CounterStatus &out);
bool parseEnum(const QString &name, TellerRole &out);
bool parseEnum(const QString &name, RolloverPolicy &out);
bool parseEnum(const QString &name, ArrivalOnTransfer &out);
bool parseEnum(const QString &name, AppointmentStatus &out);

// A ticket still owned by the queue: waiting, being called, or being served.
inline bool isLive(TicketStatus status)
{
    return status == TicketStatus::Waiting || status == TicketStatus::Called || status == TicketStatus::Serving;
}

} // namespace tessera
