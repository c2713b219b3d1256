#pragma once

#include "Commands.h"
#include "EngineError.h"
#include "model/Expected.h"
#include "model/QueueState.h"

#include <QCoreApplication>
#include <QList>

namespace tessera {

using Decision = Expected<QList<EventPayload>, EngineError>;

// The only place where the rules of the queue live. decide() checks a command
// against the state and returns the events it causes, or a refusal; it does no I/O
// and changes nothing, so the same inputs always give the same answer.
//
// "Call next" (or calling a chosen number) while the counter still has a ticket:
//  - a ticket being served is finished first with the default outcome (flagged
//    automatic), because that is what a teller pressing "next" means;
//  - a ticket only called (service not started) is refused: the customer may still
//    be walking up, so the teller must start service, recall, or mark a no-show.
class QueueEngine
{
    Q_DECLARE_TR_FUNCTIONS(QueueEngine)

public:
    // `secret`: bytes only the deciding host knows (QueueHost makes them when it starts), from
    // which check-in codes are made, so that nobody can work out another customer's code from
    // their own. decide() stays a function of its inputs; the codes are in the events it returns.
    static Decision decide(const QueueState &state, const Command &command, TimestampMs now, const QByteArray &secret);
    // What time alone causes: the business day rolling over, appointments expiring.
    static QList<EventPayload> housekeeping(const QueueState &state, TimestampMs now);
};

} // namespace tessera
