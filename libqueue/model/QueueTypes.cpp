#include "QueueTypes.h"

#include <array>
#include <utility>

namespace tessera {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[candidate, candidateName] : table) {
        if (name == QLatin1String(candidateName))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<PriorityClass, const char *>, 4> kPriorityNames{{
    {PriorityClass::Normal, "normal"},
    {PriorityClass::Priority, "priority"},
    {PriorityClass::Vip, "vip"},
    {PriorityClass::Appointment, "appointment"},
}};

constexpr std::array<std::pair<TicketStatus, const char *>, 6> kStatusNames{{
    {TicketStatus::Waiting, "waiting"},
    {TicketStatus::Called, "called"},
    {TicketStatus::Serving, "serving"},
    {TicketStatus::Finished, "finished"},
    {TicketStatus::NoShow, "noShow"},
    {TicketStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<CounterStatus, const char *>, 3> kCounterNames{{
    {CounterStatus::Closed, "closed"},
    {CounterStatus::Open, "open"},
    {CounterStatus::Paused, "paused"},
}};

constexpr std::array<std::pair<TellerRole, const char *>, 2> kRoleNames{{
    {TellerRole::Teller, "teller"},
    {TellerRole::Supervisor, "supervisor"},
}};

constexpr std::array<std::pair<RolloverPolicy, const char *>, 2> kRolloverNames{{
    {RolloverPolicy::Cancel, "cancel"},
    {RolloverPolicy::CarryOver, "carryOver"},
}};

constexpr std::array<std::pair<ArrivalOnTransfer, const char *>, 3> kArrivalNames{{
    {ArrivalOnTransfer::BranchDefault, "branchDefault"},
    {ArrivalOnTransfer::Keep, "keep"},
    {ArrivalOnTransfer::Reset, "reset"},
}};

constexpr std::array<std::pair<AppointmentStatus, const char *>, 4> kAppointmentNames{{
    {AppointmentStatus::Booked, "booked"},
    {AppointmentStatus::CheckedIn, "checkedIn"},
    {AppointmentStatus::Expired, "expired"},
    {AppointmentStatus::Cancelled, "cancelled"},
}};

template<typename Enum, std::size_t N>
bool parseInto(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name, Enum &out)
{
    const auto parsed = valueOf(table, name);
    if (parsed)
        out = *parsed;
    return parsed.has_value();
}

} // namespace

QString wireName(PriorityClass value)
{
    return nameOf(kPriorityNames, value);
}
QString wireName(TicketStatus value)
{
    return nameOf(kStatusNames, value);
}
QString wireName(CounterStatus value)
{
    return nameOf(kCounterNames, value);
}
QString wireName(TellerRole value)
{
    return nameOf(kRoleNames, value);
}
QString wireName(RolloverPolicy value)
{
    return nameOf(kRolloverNames, value);
}
QString wireName(ArrivalOnTransfer value)
{
    return nameOf(kArrivalNames, value);
}

QString wireName(AppointmentStatus value)
{
    return nameOf(kAppointmentNames, value);
}

std::optional<PriorityClass> priorityClassFromString(const QString &name)
{
    return valueOf(kPriorityNames, name);
}
std::optional<TicketStatus> ticketStatusFromString(const QString &name)
{
    return valueOf(kStatusNames, name);
}
std::optional<CounterStatus> counterStatusFromString(const QString &name)
{
    return valueOf(kCounterNames, name);
}
std::optional<TellerRole> tellerRoleFromString(const QString &name)
{
    return valueOf(kRoleNames, name);
}
std::optional<RolloverPolicy> rolloverPolicyFromString(const QString &name)
{
    return valueOf(kRolloverNames, name);
}

bool parseEnum(const QString &name, PriorityClass &out)
{
    return parseInto(kPriorityNames, name, out);
}
bool parseEnum(const QString &name, TicketStatus &out)
{
    return parseInto(kStatusNames, name, out);
}
bool parseEnum(const QString &name, CounterStatus &out)
{
    return parseInto(kCounterNames, name, out);
}
bool parseEnum(const QString &name, TellerRole &out)
{
    return parseInto(kRoleNames, name, out);
}
bool parseEnum(const QString &name, RolloverPolicy &out)
{
    return parseInto(kRolloverNames, name, out);
}
bool parseEnum(const QString &name, ArrivalOnTransfer &out)
{
    return parseInto(kArrivalNames, name, out);
}

bool parseEnum(const QString &name, AppointmentStatus &out)
{
    return parseInto(kAppointmentNames, name, out);
}

} // namespace tessera
