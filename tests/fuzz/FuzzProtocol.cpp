// libFuzzer target for everything a peer can send: the frame reader, the message decoder,
// and what travels inside messages (commands, events, state snapshots).
//
// Input: the first byte says how the rest arrives (0: in one read; n: in reads of 1 to n
// bytes, as TCP may cut it); the rest is the byte stream of one connection. Besides
// crashes it checks that whatever decodes encodes to something that decodes the same.
// The same rest is also read as one journaled event, of the type the first byte picks,
// both in place and through QCborValue: the two must agree.

#include "protocol/Frame.h"
#include "protocol/MessageCodec.h"
#include "protocol/StateCodec.h"
#include "protocol/VariantCodec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace tessera;

namespace {

void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "decoded %s does not survive encoding again\n", what);
        std::abort();
    }
}

void checkCommand(const CommandRequest &request)
{
    const auto command = MessageCodec::command(request);
    if (!command)
        return;
    const auto again = MessageCodec::command(MessageCodec::request(request.id, command.value()));
    require(again && again.value() == command.value(), "command");
}

void checkEvents(const QList<WireEvent> &events)
{
    for (const WireEvent &wire : events) {
        const auto event = MessageCodec::fromWire(wire);
        if (!event)
            continue;
        const auto again = MessageCodec::fromWire(MessageCodec::toWire(*event));
        require(again && *again == *event, "event");
    }
}

void checkSnapshot(const SnapshotPart &part)
{
    const auto state = StateCodec::decode(part.data);
    if (!state)
        return;
    const auto again = StateCodec::decode(StateCodec::encode(*state));
    require(again && *again == *state, "state");
}

void checkFrame(const QCborMap &map)
{
    const auto message = MessageCodec::decode(map);
    if (!message)
        return;
    const auto again = MessageCodec::decode(MessageCodec::encode(message.value()));
    require(again && again.value() == message.value(), "message");

    if (const auto *request = std::get_if<CommandRequest>(&message.value()))
        checkCommand(*request);
    else if (const auto *batch = std::get_if<EventBatch>(&message.value()))
        checkEvents(batch->events);
    else if (const auto *reply = std::get_if<CommandReply>(&message.value()))
        checkEvents(reply->events);
    else if (const auto *part = std::get_if<SnapshotPart>(&message.value()))
        checkSnapshot(*part);
}

// The journal's fast decoder (in place) must never accept what the general one (QCborValue)
// refuses, nor read it differently: the bytes are decoded as the event type `typeIndex` picks.
void checkEventBytes(unsigned typeIndex, const QByteArray &bytes)
{
    static const std::vector<std::string_view> types = []<std::size_t... I>(std::index_sequence<I...>)
    {
        return std::vector<std::string_view>{std::variant_alternative_t<I, EventPayload>::kType...};
    }
    (std::make_index_sequence<std::variant_size_v<EventPayload>>{});
    const std::string_view type = types.at(typeIndex % types.size());
    const std::string_view view(bytes.constData(), size_t(bytes.size()));
    const auto inPlace = VariantCodec<EventPayload>::decodeInPlace(type, view);
    if (!inPlace)
        return;
    const auto general = VariantCodec<EventPayload>::decodeGeneral(type, view);
    require(general && *general == *inPlace, "event read in place (the general decoder disagrees)");
}

// Takes every frame the reader has; false once the stream failed (the connection closes).
bool drain(FrameReader &reader)
{
    for (;;) {
        QCborMap map;
        QString error;
        switch (reader.next(&map, &error)) {
        case FrameReader::Status::NeedMore:
            return true;
        case FrameReader::Status::Error:
            require(!error.isEmpty(), "an error without a reason");
            return false;
        case FrameReader::Status::Frame:
            checkFrame(map);
            break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const unsigned maxRead = data[0];
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    checkEventBytes(maxRead, stream);

    quint32 random = maxRead * 2654435761u + 1; // xorshift32: the read sizes, fixed by the input
    FrameReader reader;
    for (qsizetype at = 0; at < stream.size();) {
        random ^= random << 13, random ^= random >> 17, random ^= random << 5;
        const qsizetype read = maxRead == 0 ? stream.size() : qsizetype(1 + random % maxRead);
        reader.append(stream.mid(at, read));
        at += read;
        if (!drain(reader))
            return 0;
    }
    return 0;
}
