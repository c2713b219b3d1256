#include "MessageCodec.h"

#include "EventCodec.h"
#include "Frame.h"
#include "VariantCodec.h"

#include <QCoreApplication>

namespace tessera {

namespace {

const QLatin1String kTypeKey("msg");

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageCodec", text);
}

} // namespace

QCborMap MessageCodec::encode(const Message &message)
{
    // The type first: a reader can tell what a message is, and skip what it does not want,
    // without reading the rest (PROTOCOL.md, section 5).
    return VariantCodec<Message>::fieldsOf(message, QCborMap{{kTypeKey, VariantCodec<Message>::typeOf(message)}});
}

QByteArray MessageCodec::frame(const Message &message)
{
    return frame::encode(encode(message));
}

QString MessageCodec::typeOf(const Message &message)
{
    return VariantCodec<Message>::typeOf(message);
}

Expected<Message, EngineError> MessageCodec::decode(const QCborMap &map)
{
    const QCborValue type = map.value(kTypeKey);
    if (!type.isString())
        return EngineError{ErrorCode::MalformedMessage, tr("The message has no \"msg\" type name.")};
    if (!VariantCodec<Message>::knows(type.toString()))
        return EngineError{ErrorCode::UnknownMessage, tr("Unknown message type \"%1\".").arg(type.toString())};
    QString badField;
    auto message = VariantCodec<Message>::decode(type.toString(), map, &badField);
    if (!message)
        return EngineError{ErrorCode::MalformedMessage,
                           tr("The %1 message has a wrong value in \"%2\".").arg(type.toString(), badField)};
    return std::move(*message);
}

WireEvent MessageCodec::toWire(const Event &event)
{
    return WireEvent{event.seq, event.at, QString::fromLatin1(typeName(event.payload)),
                     EventCodec::toCbor(event.payload)};
}

std::optional<Event> MessageCodec::fromWire(const WireEvent &event)
{
    auto payload = EventCodec::fromCbor(event.type, event.data);
    if (!payload)
        return std::nullopt;
    return Event{event.seq, event.at, std::move(*payload)};
}

CommandRequest MessageCodec::request(const QString &id, const Command &command)
{
    return CommandRequest{id, VariantCodec<Command>::typeOf(command), VariantCodec<Command>::fieldsOf(command)};
}

Expected<Command, EngineError> MessageCodec::command(const CommandRequest &request)
{
    if (!VariantCodec<Command>::knows(request.command))
        return EngineError{ErrorCode::MalformedMessage, tr("Unknown command \"%1\".").arg(request.command)};
    QString badField;
    auto command = VariantCodec<Command>::decode(request.command, request.args, &badField);
    if (!command)
        return EngineError{ErrorCode::MalformedMessage,
                           tr("The %1 command has a wrong value in \"%2\".").arg(request.command, badField)};
    return std::move(*command);
}

} // namespace tessera
