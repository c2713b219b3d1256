#pragma once

#include "model/Events.h"

#include <QCborMap>
#include <optional>
#include <string_view>

namespace tessera {

// Event payloads as CBOR maps: the journal stores them, the protocol sends them. A field at its
// default is left out (cbor::encodeChangedFields); reading it back gives the default.
// The type travels beside the map (a journal column, a message field).
class EventCodec
{
public:
    static QCborMap toCbor(const EventPayload &payload);
    static QByteArray toBytes(const EventPayload &payload);
    // nullopt for an unknown type or a field of the wrong type.
    static std::optional<EventPayload> fromCbor(const QString &type, const QCborMap &map);
    static std::optional<EventPayload> fromBytes(const QString &type, const QByteArray &bytes);
    // The same with the type in UTF-8 and the bytes where they lie (the journal's rows).
    static std::optional<EventPayload> fromBytes(std::string_view type, std::string_view bytes);
};

} // namespace tessera
