#include "SimulatedStation.h"

#include "protocol/Frame.h"
#include "protocol/MessageCodec.h"

#include <QCborStreamReader>
#include <QtEndian>

namespace tessera::bench {

namespace {

// A whole text string (the reader hands them over in chunks); empty if it is malformed.
QString readText(QCborStreamReader &reader)
{
    QString text;
    for (auto chunk = reader.readString(); chunk.status != QCborStreamReader::EndOfString;
         chunk = reader.readString()) {
        if (chunk.status == QCborStreamReader::Error)
            return {};
        text += chunk.data;
    }
    return text;
}

// What a frame is, read without building its map: an event batch is skipped over, not
// decoded, and of a snapshot part only its place is read (its data is skipped over).
struct FrameHead
{
    QString type; // "msg"
    qint64 part = -1;
    qint64 parts = -1;
};

FrameHead headOfFrame(const QByteArray &payload)
{
    FrameHead head;
    QCborStreamReader reader(payload);
    if (!reader.isMap() || !reader.enterContainer())
        return head;
    // Done at the type, but for a snapshot part's place: skipping an event batch's events to
    // look for "part" would cost this process, which stands for 200 stations, most of its time.
    const auto done = [&head] {
        return !head.type.isEmpty() && (head.type != QLatin1String("Snapshot") || head.parts >= 0);
    };
    while (reader.hasNext() && reader.isString() && !done()) {
        const QString key = readText(reader);
        if (key == QLatin1String("msg") && reader.isString())
            head.type = readText(reader);
        else if (key == QLatin1String("part") && reader.isInteger())
            head.part = reader.toInteger(), reader.next();
        else if (key == QLatin1String("parts") && reader.isInteger())
            head.parts = reader.toInteger(), reader.next();
        else
            reader.next();
    }
    return head;
}

} // namespace

SimulatedStation::SimulatedStation(StationRole role, const QString &id, const BranchKey &key, quint16 port) : m_id(id)
{
    key.attach(&m_socket, id.toUtf8());
    connect(&m_socket, &QSslSocket::encrypted, this, [this, role, id] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // only takes once connected
        Hello hello;
        hello.role = role;
        hello.stationId = id;
        hello.name = id;
        hello.branchId = QStringLiteral("test-branch");
        m_socket.write(MessageCodec::frame(hello));
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &SimulatedStation::readFrames);
    connect(&m_socket, &QSslSocket::disconnected, this,
            [id] { qFatal("bench: the server dropped %s", qPrintable(id)); });
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { m_socket.write(MessageCodec::frame(Heartbeat{})); });
    m_heartbeat.start(750);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
}

void SimulatedStation::request(Message message, Answer answer)
{
    const QString id = QStringLiteral("%1-%2").arg(m_id).arg(++m_nextId);
    if (auto *command = std::get_if<CommandRequest>(&message))
        command->id = id;
    else if (auto *authenticate = std::get_if<Authenticate>(&message))
        authenticate->id = id;
    if (answer)
        m_waiting.insert(id, std::move(answer));
    m_socket.write(MessageCodec::frame(message)); // leaves on the next loop pass, with any others
}

void SimulatedStation::send(const Command &command, std::function<void(bool)> done)
{
    request(MessageCodec::request(QString(), command), [done = std::move(done)](const Message &answer) {
        const auto *reply = std::get_if<CommandReply>(&answer);
        if (reply && !reply->ok)
            qWarning("bench: a command was refused: %s", qPrintable(reply->message));
        if (done)
            done(reply && reply->ok);
    });
}

double SimulatedStation::maxSilenceMs() const
{
    return double(qMax(m_maxSilenceNs, m_sinceRead.nsecsElapsed())) / 1e6;
}

void SimulatedStation::resetSilence()
{
    m_maxSilenceNs = 0;
    m_sinceRead.start();
}

void SimulatedStation::readFrames()
{
    if (m_sinceRead.isValid())
        m_maxSilenceNs = qMax(m_maxSilenceNs, m_sinceRead.nsecsElapsed());
    m_sinceRead.start();
    m_buffer += m_socket.readAll();
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= frame::kHeaderBytes) {
        const auto length = qFromBigEndian<quint32>(m_buffer.constData() + offset);
        if (m_buffer.size() - offset - frame::kHeaderBytes < qsizetype(length))
            break;
        onFrame(m_buffer.sliced(offset + frame::kHeaderBytes, length));
        offset += frame::kHeaderBytes + length;
    }
    m_buffer.remove(0, offset);
}

void SimulatedStation::onFrame(const QByteArray &payload)
{
    if (m_synced && m_waiting.isEmpty())
        return; // nothing asked: a display, say, which only takes events
    const FrameHead head = headOfFrame(payload);
    const QString &type = head.type;
    if (type == QLatin1String("Welcome")) {
        m_welcomed = true;
        return;
    }
    if (type == QLatin1String("Snapshot")) {
        m_synced = m_synced || head.part + 1 == head.parts;
        return;
    }
    if (type == QLatin1String("Reject"))
        qFatal("bench: the server rejected %s", qPrintable(m_id));
    if (type != QLatin1String("Result") && type != QLatin1String("Authenticated") && type != QLatin1String("Error"))
        return; // events, snapshot parts, heartbeats: a real station's replica would take them
    auto message = MessageCodec::decode(QCborValue::fromCbor(payload).toMap());
    if (!message)
        qFatal("bench: the server sent an undecodable %s", qPrintable(type));
    QString id;
    std::visit(
        [&id](const auto &m) {
            if constexpr (requires { m.id; })
                id = m.id;
        },
        message.value());
    if (const auto answer = m_waiting.take(id))
        answer(message.value());
}

} // namespace tessera::bench
