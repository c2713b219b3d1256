#include "EventCodec.h"

#include "CborFields.h"

#include <QHash>

namespace tessera {

namespace {

using Decoder = std::optional<EventPayload> (*)(const QCborMap &);

template<typename T> std::optional<EventPayload> decodeAs(const QCborMap &map)
{
    T event;
    if (!cbor::decodeFields(map, event))
        return std::nullopt;
    return EventPayload(std::move(event));
}

// One decoder per alternative of EventPayload, found by the event's type name.
template<std::size_t... I> QHash<QString, Decoder> buildDecoders(std::index_sequence<I...>)
{
    QHash<QString, Decoder> decoders;
    ((decoders.insert(QLatin1String(std::variant_alternative_t<I, EventPayload>::kType),
                      &decodeAs<std::variant_alternative_t<I, EventPayload>>)),
     ...);
    return decoders;
}

const QHash<QString, Decoder> &decoders()
{
    static const auto table = buildDecoders(std::make_index_sequence<std::variant_size_v<EventPayload>>{});
    return table;
}

} // namespace

QCborMap EventCodec::toCbor(const EventPayload &payload)
{
    return std::visit([](const auto &event) { return cbor::encodeFields(event); }, payload);
}

QByteArray EventCodec::toBytes(const EventPayload &payload)
{
    return toCbor(payload).toCborValue().toCbor();
}

std::optional<EventPayload> EventCodec::fromCbor(const QString &type, const QCborMap &map)
{
    const auto decoder = decoders().constFind(type);
    if (decoder == decoders().cend())
        return std::nullopt;
    return (*decoder)(map);
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
