#pragma once

#include "Channel.h"
#include "engine/EngineError.h"
#include "protocol/Frame.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>

namespace tessera {

// One encrypted connection carrying messages, either end. It frames and unframes,
// sends a Heartbeat when it has been quiet, notices when the peer has gone silent,
// and refuses to queue without bound: a peer that stops reading must not grow our memory.
//
// Frames go out in order through an outbox. A frame goes to the channel at once while the
// channel takes it (the usual case: an event leaves in the same call); otherwise it waits,
// and the outbox is fed to the channel as it drains, at most a budget per turn of the event
// loop. So a large transfer (a snapshot) never holds up the thread.
class MessageLink : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int heartbeatMs = 750;                    // send a Heartbeat when nothing else went out for this long
        int silenceLimitMs = 2200;                // the peer is gone when nothing came in for this long
        qint64 maxPendingBytes = 8 * 1024 * 1024; // unsent bytes a peer that stops reading may cost us
    };

    // Takes ownership of `channel`, which is encrypted.
    MessageLink(Channel *channel, Limits limits, QObject *parent = nullptr);

    // False when the message could not be queued: too large for a frame, or the peer is
    // this far behind. The caller decides what that means (the server drops the peer).
    bool send(const Message &message);
    // Queues bytes already framed (one encoding shared by many links). `Later` leaves them in
    // the outbox until flushQueued(): a broadcast queues to every station first, then writes
    // station by station in slices (BranchServer::pumpBroadcast).
    enum class Flush
    {
        Now,
        Later
    };
    bool sendFramed(const QByteArray &framed, Flush flush = Flush::Now);
    void flushQueued() { drain(); }
    // Queues frames shared with other links and bounded elsewhere (a snapshot, encoded once for
    // every station that joins at its seq): they do not count against maxPendingBytes.
    void sendShared(const QList<QByteArray> &frames);
    // Sends what is queued, then closes. `reason` is logged.
    void closeAfterSending(const QString &reason);
    // Closes at once, dropping anything queued.
    void abort(const QString &reason);

    // Unsent bytes that count against the limit: the channel's and the outbox's own.
    qint64 pendingBytes() const;
    QString peerName() const { return m_peerName; }
    bool isOpen() const { return m_open; }

signals:
    void received(const tessera::Message &message);
    // A frame that held no message we could take; the connection carries on.
    void undecodable(const tessera::EngineError &error, const QString &messageId);
    // The connection is over (closed by either side, broken framing, or silence).
    void closed(const QString &reason);

private:
    struct Outgoing
    {
        QByteArray frame;
        bool counted; // against maxPendingBytes
    };
    void readFrames();
    // Hands the outbox's frames to the channel while it takes them, at most a budget per call.
    void drain();
    // What to offer the channel next: the rest of the first frame, with the small frames
    // behind it up to one TLS record.
    QByteArrayView nextOffer();
    // `taken` bytes of the offer are the channel's: the frames they finish leave the outbox.
    void consume(qint64 taken);
    void checkLiveness();
    void finish(const QString &reason);

    QPointer<Channel> m_channel;
    Limits m_limits;
    FrameReader m_reader;
    QTimer m_liveness;
    QElapsedTimer m_sinceReceived;
    QElapsedTimer m_sinceSent;
    QString m_peerName;
    std::deque<Outgoing> m_outbox;
    qint64 m_frontWritten = 0; // of the outbox's first frame: the rest is offered next
    int m_framesOffered = 0;   // the channel may hold part of the outbox's first so many: they must go out whole
    qint64 m_outboxCountedBytes = 0;
    bool m_drainScheduled = false;
    bool m_closing = false;  // closeAfterSending: disconnect once the outbox is out
    bool m_draining = false; // a channel may signal `writable` from inside write()
    bool m_open = true;
};

} // namespace tessera
