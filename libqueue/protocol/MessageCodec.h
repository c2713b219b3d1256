#pragma once

#include "Messages.h"
#include "engine/Commands.h"
#include "engine/EngineError.h"
#include "model/Events.h"
#include "model/Expected.h"

#include <optional>

namespace tessera {

// Messages to and from CBOR maps (and whole frames), plus the conversions between the
// engine's types and their wire form. Decoding never trusts the peer: a wrong type of
// message or field is an error value, never a crash.
class MessageCodec
{
public:
    static QCborMap encode(const Message &message);
    // The message framed for one write; empty if it would not fit a frame.
    static QByteArray frame(const Message &message);
    static Expected<Message, EngineError> decode(const QCborMap &map);
    static QString typeOf(const Message &message);

    static WireEvent toWire(const Event &event);
    // nullopt for an unknown event type or fields of the wrong type.
    static std::optional<Event> fromWire(const WireEvent &event);

    static CommandRequest request(const QString &id, const Command &command);
    static Expected<Command, EngineError> command(const CommandRequest &request);
};

} // namespace tessera
