#pragma once

#include "model/QueueState.h"

#include <QHash>
#include <QJsonObject>

namespace tessera {

// What the web API tells customers, built from the live state alone: the branch's services
// as the kiosk shows them, and one ticket as its holder may see it. A ticket's view holds
// nothing of any other customer: no other label, name or counter's current ticket, only how
// many are ahead.
namespace CustomerViews {

// {"branch", "language", "languages": [{"code", "name"}], "services": [...]}.
QJsonObject branch(const QueueState &state, TimestampMs now, const QString &language);
// How many are ahead of each waiting ticket, every line counted in one pass: for many open
// pages at once (counting a line once per page would grow with the square of the line).
class PlacesInLine
{
public:
    explicit PlacesInLine(const QueueState &state);
    int ahead(TicketId ticket) const { return m_ahead.value(ticket, -1); }

private:
    QHash<TicketId, int> m_ahead;
};

// {"label", "service", "status", "peopleAhead", "wait", "counter", "recalls", "canLeave", "day"}.
// `places`, when given, has the lines counted already.
QJsonObject ticket(const QueueState &state, const Ticket &ticket, TimestampMs now, const QString &language,
                   const PlacesInLine *places = nullptr);
// A wait range as the kiosk prints it, in whole minutes: {"known", "lowMinutes", "highMinutes"}.
QJsonObject wait(int lowSeconds, int highSeconds);

} // namespace CustomerViews

} // namespace tessera
