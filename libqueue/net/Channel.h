#pragma once

#include <QObject>
#include <QString>

namespace tessera {

// The encrypted byte stream under a MessageLink. Two kinds: a station's QSslSocket
// (QSslSocketChannel) and the server's own TLS-PSK over a plain socket (ServerTlsChannel),
// which costs a few kilobytes per station instead of a hundred.
class Channel : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Takes what it can of `size` bytes now and returns how many. Fewer than `size` but more
    // than 0: call again now with the rest (one TLS record at a time). 0: the connection holds
    // enough unsent already, and `writable` says when to offer the rest. Once offered, bytes
    // must be offered again until taken: an encrypted record may have been cut at the socket.
    virtual qint64 write(const char *data, qint64 size) = 0;
    // Everything received and decrypted so far.
    virtual QByteArray readAll() = 0;
    // Bytes taken by write() that the kernel does not have yet.
    virtual qint64 unsentBytes() const = 0;
    // Says goodbye (TLS close_notify) once what was taken is out, then closes; `closed` follows.
    virtual void closeAfterWriting() = 0;
    // Closes at once. `closed` is not emitted.
    virtual void abort() = 0;
    virtual QString peerName() const = 0;

signals:
    void readyRead();
    void writable();
    // The connection is over: the peer closed it, or it broke (`reason` says how).
    void closed(const QString &reason);
};

} // namespace tessera
