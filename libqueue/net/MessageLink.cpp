#include "MessageLink.h"

#include "LogCategories.h"
#include "protocol/MessageCodec.h"

#include <QDateTime>
#include <QScopedValueRollback>
#include <algorithm>

namespace tessera {

namespace {

// What one drain() hands to the channel (encrypting it) before the event loop's next turn.
constexpr qint64 kDrainBudgetBytes = 64 * 1024;
// Frames queued together leave together, up to one TLS record: a station that missed a few
// broadcasts while others were served gets them in one record and one system call (on
// loopback a call costs the server more than encrypting the bytes).
constexpr qsizetype kCoalesceBytes = 16 * 1024;

} // namespace

MessageLink::MessageLink(Channel *channel, Limits limits, QObject *parent)
    : QObject(parent), m_channel(channel), m_limits(limits), m_peerName(channel->peerName())
{
    channel->setParent(this);
    m_sinceReceived.start();
    m_sinceSent.start();
    connect(channel, &Channel::readyRead, this, &MessageLink::readFrames);
    connect(channel, &Channel::writable, this, &MessageLink::drain);
    connect(channel, &Channel::closed, this, &MessageLink::finish);
    // Checks several times per silence limit, so "gone" is noticed soon after it is true.
    m_liveness.setInterval(qMax(50, qMin(m_limits.heartbeatMs, m_limits.silenceLimitMs / 8)));
    connect(&m_liveness, &QTimer::timeout, this, &MessageLink::checkLiveness);
    m_liveness.start();
}

qint64 MessageLink::pendingBytes() const
{
    return (m_channel ? m_channel->unsentBytes() : 0) + m_outboxCountedBytes;
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

bool MessageLink::sendFramed(const QByteArray &framed, Flush flush)
{
    if (!m_open || !m_channel || m_closing)
        return false;
    if (pendingBytes() + framed.size() > m_limits.maxPendingBytes)
        return false;
    m_outbox.push_back({framed, true});
    m_outboxCountedBytes += framed.size();
    if (flush == Flush::Now)
        drain();
    return true;
}

void MessageLink::sendShared(const QList<QByteArray> &frames)
{
    if (!m_open || !m_channel || m_closing)
        return;
    for (const QByteArray &frame : frames)
        m_outbox.push_back({frame, false});
    drain();
}

void MessageLink::drain()
{
    m_drainScheduled = false;
    if (!m_open || !m_channel || m_draining)
        return;
    const QScopedValueRollback draining(m_draining, true);
    qint64 budget = kDrainBudgetBytes;
    while (m_open && m_channel && !m_outbox.empty()) {
        if (budget <= 0) { // carry on after the loop's next turn
            if (!m_drainScheduled) {
                m_drainScheduled = true;
                QMetaObject::invokeMethod(this, &MessageLink::drain, Qt::QueuedConnection);
            }
            return;
        }
        const QByteArrayView offer = nextOffer();
        const qint64 taken = m_channel->write(offer.data(), offer.size());
        if (taken <= 0)
            return; // the channel says `writable` when it takes more
        budget -= taken;
        m_sinceSent.restart();
        consume(taken);
    }
    if (m_open && m_channel && m_closing && m_outbox.empty())
        m_channel->closeAfterWriting();
}

QByteArrayView MessageLink::nextOffer()
{
    // The same bytes come first every time until taken (the outbox only grows at the back),
    // as a channel holding part of a record needs.
    const QByteArray &front = m_outbox.front().frame;
    const QByteArrayView rest = QByteArrayView(front).sliced(m_frontWritten);
    m_framesOffered = qMax(m_framesOffered, 1);
    if (m_outbox.size() == 1 || rest.size() >= kCoalesceBytes)
        return rest;
    // One buffer for every link of the thread (it is only read during the write that follows),
    // not 16 KB kept by each of 200 stations.
    thread_local QByteArray coalesced;
    coalesced.resize(0); // keeps its capacity
    coalesced.append(rest);
    int frames = 1;
    for (auto next = m_outbox.cbegin() + 1; next != m_outbox.cend(); ++next, ++frames) {
        if (coalesced.size() + next->frame.size() > kCoalesceBytes)
            break;
        coalesced.append(next->frame);
    }
    m_framesOffered = qMax(m_framesOffered, frames);
    return coalesced;
}

void MessageLink::consume(qint64 taken)
{
    while (taken > 0) {
        const QByteArray &front = m_outbox.front().frame;
        const qint64 step = qMin(taken, front.size() - m_frontWritten);
        m_frontWritten += step;
        taken -= step;
        if (m_frontWritten < front.size())
            return;
        if (m_outbox.front().counted)
            m_outboxCountedBytes -= front.size();
        m_outbox.pop_front();
        m_frontWritten = 0;
        m_framesOffered = qMax(0, m_framesOffered - 1);
    }
}

void MessageLink::readFrames()
{
    if (!m_channel)
        return;
    m_sinceReceived.restart();
    m_reader.append(m_channel->readAll());
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
    if (!m_open || !m_channel || m_closing)
        return;
    qCInfo(lcNet).noquote() << "closing the connection to" << m_peerName << ":" << reason;
    // The rest of a shared transfer (a snapshot) is moot now; the last words still go. Frames
    // already offered stay: the channel may hold part of them, encrypted.
    const auto unbegun = m_outbox.begin() + qMin(qsizetype(m_framesOffered), qsizetype(m_outbox.size()));
    m_outbox.erase(std::remove_if(unbegun, m_outbox.end(), [](const Outgoing &outgoing) { return !outgoing.counted; }),
                   m_outbox.end());
    m_closing = true;
    if (m_outbox.empty())
        m_channel->closeAfterWriting();
    // A peer that never reads must not keep us waiting.
    QTimer::singleShot(2000, this, [this, reason] { abort(reason); });
}

void MessageLink::abort(const QString &reason)
{
    finish(reason);
    if (m_channel)
        m_channel->abort();
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
