#include "MessageLink.h"

#include "LogCategories.h"
#include "protocol/MessageCodec.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace tessera {

namespace {

// The socket is "draining well" below this many unsent bytes: a frame goes straight to it.
constexpr qint64 kSocketLowWaterBytes = 64 * 1024;
// What one drain() hands to the socket (encrypting it) before the event loop's next turn.
constexpr qint64 kDrainBudgetBytes = 64 * 1024;

} // namespace

MessageLink::MessageLink(QSslSocket *socket, Limits limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerName = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    m_sinceReceived.start();
    m_sinceSent.start();
    connect(socket, &QSslSocket::readyRead, this, &MessageLink::readFrames);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &MessageLink::drain);
    connect(socket, &QSslSocket::disconnected, this,
            [this] { finish(QStringLiteral("the peer closed the connection")); });
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket)
            finish(m_socket->errorString());
    });
    // Checks several times per silence limit, so "gone" is noticed soon after it is true.
    m_liveness.setInterval(qMax(50, qMin(m_limits.heartbeatMs, m_limits.silenceLimitMs / 8)));
    connect(&m_liveness, &QTimer::timeout, this, &MessageLink::checkLiveness);
    m_liveness.start();
}

qint64 MessageLink::socketPendingBytes() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

qint64 MessageLink::pendingBytes() const
{
    return socketPendingBytes() + m_outboxCountedBytes;
}

bool MessageLink::send(const Message &message)
{
    const QByteArray framed = MessageCodec::frame(message);
    if (framed.isEmpty()) {
        qCWarning(lcNet) << "not sending a" << MessageCodec::typeOf(message) << "message to" << m_peerName
                         << ": it is larger than a frame may be";
        return false;
    }
    return sendFramed(framed);
}

bool MessageLink::sendFramed(const QByteArray &framed)
{
    if (!m_open || !m_socket || m_closing)
        return false;
    if (pendingBytes() + framed.size() > m_limits.maxPendingBytes)
        return false;
    m_outbox.push_back({framed, true});
    m_outboxCountedBytes += framed.size();
    drain();
    return true;
}

void MessageLink::sendShared(const QList<QByteArray> &frames)
{
    if (!m_open || !m_socket || m_closing)
        return;
    for (const QByteArray &frame : frames)
        m_outbox.push_back({frame, false});
    drain();
}

void MessageLink::drain()
{
    m_drainScheduled = false;
    if (!m_open || !m_socket || m_draining)
        return;
    const QScopedValueRollback draining(m_draining, true);
    qint64 budget = kDrainBudgetBytes;
    while (m_open && m_socket && !m_outbox.empty() && budget > 0 && socketPendingBytes() < kSocketLowWaterBytes) {
        const Outgoing next = std::move(m_outbox.front());
        m_outbox.pop_front();
        if (next.counted)
            m_outboxCountedBytes -= next.frame.size();
        m_socket->write(next.frame);
        // Encrypt and hand it to the kernel now rather than on the next loop pass: with no Nagle
        // delay it leaves at once, and a broadcast to many stations does not pile up in our memory.
        m_socket->flush();
        budget -= next.frame.size();
        m_sinceSent.restart();
    }
    if (!m_open || !m_socket)
        return;
    if (m_closing && m_outbox.empty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->disconnectFromHost();
        return;
    }
    // Out of budget with a socket that still takes more: carry on after the loop's next turn.
    // (A full socket calls again by encryptedBytesWritten as the kernel takes what it holds.)
    if (!m_outbox.empty() && socketPendingBytes() < kSocketLowWaterBytes && !m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(this, &MessageLink::drain, Qt::QueuedConnection);
    }
}

void MessageLink::readFrames()
{
    if (!m_socket)
        return;
    m_sinceReceived.restart();
    m_reader.append(m_socket->readAll());
    QCborMap map;
    QString error;
    while (m_open) {
        const FrameReader::Status status = m_reader.next(&map, &error);
        if (status == FrameReader::Status::NeedMore)
            return;
        if (status == FrameReader::Status::Error) {
            qCWarning(lcNet).noquote() << "closing the connection from" << m_peerName << "- it sent" << error;
            abort(QStringLiteral("it sent %1").arg(error));
            return;
        }
        auto message = MessageCodec::decode(map);
        if (!message) {
            qCWarning(lcNet).noquote() << "ignoring a message from" << m_peerName << ":" << message.error().message;
            emit undecodable(message.error(), map.value(QLatin1String("id")).toString());
            continue;
        }
        if (!std::holds_alternative<Heartbeat>(message.value()))
            emit received(message.value());
    }
}

void MessageLink::checkLiveness()
{
    if (!m_open)
        return;
    if (m_sinceReceived.elapsed() > m_limits.silenceLimitMs) {
        abort(QStringLiteral("nothing heard for %1 ms").arg(m_sinceReceived.elapsed()));
        return;
    }
    if (m_sinceSent.elapsed() >= m_limits.heartbeatMs - m_liveness.interval() / 2)
        send(Heartbeat{QDateTime::currentMSecsSinceEpoch()});
}

void MessageLink::closeAfterSending(const QString &reason)
{
    if (!m_open || !m_socket)
        return;
    qCInfo(lcNet).noquote() << "closing the connection to" << m_peerName << ":" << reason;
    // The rest of a shared transfer (a snapshot) is moot now; the last words still go.
    std::erase_if(m_outbox, [](const Outgoing &outgoing) { return !outgoing.counted; });
    m_closing = true;
    if (m_outbox.empty())
        m_socket->disconnectFromHost(); // sends what the socket holds first; else drain() does
    // A peer that never reads must not keep us waiting.
    QTimer::singleShot(2000, this, [this, reason] { abort(reason); });
}

void MessageLink::abort(const QString &reason)
{
    finish(reason); // first: aborting emits "disconnected", which would give the wrong reason
    if (m_socket)
        m_socket->abort();
}

void MessageLink::finish(const QString &reason)
{
    if (!m_open)
        return;
    m_open = false;
    m_liveness.stop();
    emit closed(reason);
}

} // namespace tessera
