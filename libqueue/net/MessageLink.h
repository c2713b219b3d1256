#pragma once

#include "engine/EngineError.h"
#include "protocol/Frame.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace tessera {

// One encrypted connection carrying messages, either end. It frames and unframes,
// sends a Heartbeat when it has been quiet, notices when the peer has gone silent,
// and refuses to queue without bound: a peer that stops reading must not grow our memory.
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

    // Takes ownership of `socket`, which is connected and encrypted (or about to be).
    MessageLink(QSslSocket *socket, Limits limits, QObject *parent = nullptr);

    // False when the message could not be queued: too large for a frame, or the peer is
    // this far behind. The caller decides what that means (the server drops the peer).
    bool send(const Message &message);
    // Queues bytes already framed (one encoding shared by many links).
    bool sendFramed(const QByteArray &framed);
    // Sends what is queued, then closes. `reason` is logged.
    void closeAfterSending(const QString &reason);
    // Closes at once, dropping anything queued.
    void abort(const QString &reason);

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
    void readFrames();
    void checkLiveness();
    void finish(const QString &reason);

    QPointer<QSslSocket> m_socket;
    Limits m_limits;
    FrameReader m_reader;
    QTimer m_liveness;
    QElapsedTimer m_sinceReceived;
    QElapsedTimer m_sinceSent;
    QString m_peerName;
    bool m_open = true;
};

} // namespace tessera
