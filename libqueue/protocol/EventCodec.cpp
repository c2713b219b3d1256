#include "EventCodec.h"

#include "VariantCodec.h"

namespace tessera {

QCborMap EventCodec::toCbor(const EventPayload &payload)
{
    return VariantCodec<EventPayload>::fieldsOf(payload);
}

QByteArray EventCodec::toBytes(const EventPayload &payload)
{
    return toCbor(payload).toCborValue().toCbor();
}

std::optional<EventPayload> EventCodec::fromCbor(const QString &type, const QCborMap &map)
{
    return VariantCodec<EventPayload>::decode(type, map);
}

std::optional<EventPayload> EventCodec::fromBytes(const QString &type, const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    return fromCbor(type, value.toMap());
}

} // namespace tessera
