#include "QSslSocketChannel.h"

namespace tessera {

namespace {

// Below this many unsent bytes the socket "drains well" and takes the next write whole.
// Qt buffers without bound, so this is what keeps a large transfer from piling up here.
constexpr qint64 kLowWaterBytes = 64 * 1024;

} // namespace

QSslSocketChannel::QSslSocketChannel(QSslSocket *socket, QObject *parent) : Channel(parent), m_socket(socket)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerName = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    connect(socket, &QSslSocket::readyRead, this, &Channel::readyRead);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &Channel::writable);
    connect(socket, &QSslSocket::disconnected, this,
            [this] { finish(QStringLiteral("the peer closed the connection")); });
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket)
            finish(m_socket->errorString());
    });
}

qint64 QSslSocketChannel::write(const char *data, qint64 size)
{
    if (!m_open || !m_socket || unsentBytes() >= kLowWaterBytes)
        return 0;
    m_socket->write(data, size);
    // Encrypt and hand it to the kernel now rather than on the next loop pass: with no
    // Nagle delay it leaves at once.
    m_socket->flush();
    return size;
}

QByteArray QSslSocketChannel::readAll()
{
    // Exactly what is there: readAll() would reserve a block beyond it, kept by the caller.
    return m_socket ? m_socket->read(m_socket->bytesAvailable()) : QByteArray();
}

qint64 QSslSocketChannel::unsentBytes() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void QSslSocketChannel::closeAfterWriting()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost(); // sends what the socket holds first
}

void QSslSocketChannel::abort()
{
    m_open = false; // aborting emits "disconnected", which is not news to whoever aborted
    if (m_socket)
        m_socket->abort();
}

void QSslSocketChannel::finish(const QString &reason)
{
    if (!m_open)
        return;
    m_open = false;
    emit closed(reason);
}

} // namespace tessera
