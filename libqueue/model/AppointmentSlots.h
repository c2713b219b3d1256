#pragma once

#include "QueueState.h"

#include <QList>
#include <limits>

namespace tessera {

// A service's appointment slots: where they fall (its opening hours, cut into the branch's slot
// length), how many bookings each takes (the branch's bookings per counter, times the counters
// serving the service), and how many it holds. The engine refuses a booking by these; the web
// page offers the slots by the same.
namespace AppointmentSlots {

constexpr int kUnlimited = std::numeric_limits<int>::max();

int capacity(const BranchConfig &config, const QString &service);
// Booked or checked-in appointments of `service` at `slotStart`, but for `except` (an id).
int held(const QueueState &state, const QString &service, TimestampMs slotStart, qint64 except = 0);

struct Slot
{
    TimestampMs start = 0;
    int free = 0;
};
// Where the slots of `service` on the branch's local `day` start, after `now`.
QList<TimestampMs> startsOfDay(const BranchConfig &config, const QString &service, const QDate &day, TimestampMs now);
// The slots of `service` on the branch's local `day` that start after `now`, with their places.
QList<Slot> ofDay(const QueueState &state, const QString &service, const QDate &day, TimestampMs now);

// Phone numbers as typed ("+371 2000-0000") and as compared (37120000000): digits only, an
// international "00" read as "+". Too few digits to name anyone (under 6) compare as empty.
QString comparablePhone(const QString &phone);

} // namespace AppointmentSlots

} // namespace tessera
