#pragma once

#include "model/QueueState.h"

#include <QCoreApplication>

namespace tessera {

// What a customer taking a ticket for a service now would be told, for staff screens and the
// lobby display ("3–6 min", "less than a minute"); empty when no open counter serves the
// service, since no number is better than an invented one. The kiosk words its own, for
// customers (KioskContext).
class NewTicketWait
{
    Q_DECLARE_TR_FUNCTIONS(tessera::NewTicketWait)

public:
    static QString text(const QueueState &state, const QString &serviceId, TimestampMs now);
};

} // namespace tessera
