#include "EventCodec.h"

#include "VariantCodec.h"

namespace tessera {

QCborMap EventCodec::toCbor(const EventPayload &payload)
{
    return VariantCodec<EventPayload>::changedFieldsOf(payload);
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
    const QByteArray name = type.toLatin1();
    return fromBytes(std::string_view(name.constData(), size_t(name.size())),
                     std::string_view(bytes.constData(), size_t(bytes.size())));
}

std::optional<EventPayload> EventCodec::fromBytes(std::string_view type, std::string_view bytes)
{
    return VariantCodec<EventPayload>::decode(type, bytes);
}

} // namespace tessera
