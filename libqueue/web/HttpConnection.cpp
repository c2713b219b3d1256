#include "HttpConnection.h"

#include "net/Channel.h"

namespace tessera {

HttpConnection::HttpConnection(Channel *channel, Limits limits, QObject *parent)
    : QObject(parent), m_channel(channel), m_limits(limits), m_reader(limits.request)
{
    channel->setParent(this);
    const QString peer = channel->peerName();
    m_peerAddress = peer.left(peer.lastIndexOf(QLatin1Char(':')));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(channel, &Channel::readyRead, this, &HttpConnection::onReadyRead);
    connect(channel, &Channel::writable, this, &HttpConnection::flush);
    connect(channel, &Channel::closed, this, &HttpConnection::finish);
    armTimer();
}

void HttpConnection::onReadyRead()
{
    const QByteArray bytes = m_channel->readAll();
    if (m_closing || m_streaming)
        return; // a stream's reader says nothing more; a closing connection reads nothing more
    m_reader.append(bytes);
    // A client that sends on while its answer is being made holds at most one more request.
    if (m_reader.bufferedBytes() > m_limits.request.headBytes + m_limits.request.bodyBytes) {
        m_channel->abort();
        finish();
        return;
    }
    if (!m_answering)
        readNextRequest();
}

void HttpConnection::readNextRequest()
{
    HttpRequestReader::Outcome outcome = m_reader.take();
    switch (outcome.kind) {
    case HttpRequestReader::Outcome::Kind::NeedMore:
        armTimer();
        return;
    case HttpRequestReader::Outcome::Kind::Error:
        m_keepAlive = false;
        m_answering = true;
        respond(HttpResponse::error(outcome.status, QStringLiteral("bad-request"), outcome.error));
        return;
    case HttpRequestReader::Outcome::Kind::Request:
        break;
    }
    m_timer.stop();
    m_requestTimed = false;
    m_answering = true;
    m_keepAlive = outcome.request.keepAlive;
    m_headOnly = outcome.request.method == "HEAD";
    emit requestReceived(this, outcome.request);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_answering || m_closing)
        return;
    m_answering = false;
    write(response.serialize(m_keepAlive, m_headOnly));
    if (!m_keepAlive) {
        close();
        return;
    }
    // The next request may be here already (pipelined); it is answered after this one.
    if (m_reader.hasBytes())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_answering && !m_closing)
                    readNextRequest();
            },
            Qt::QueuedConnection);
    else
        armTimer();
}

void HttpConnection::startEventStream()
{
    if (!m_answering || m_closing)
        return;
    m_answering = false;
    m_streaming = true;
    m_timer.stop();
    HttpResponse head;
    head.contentType = "text/event-stream; charset=utf-8";
    head.headers.append(qMakePair(QByteArray("X-Accel-Buffering"), QByteArray("no")));
    // No Content-Length: the stream ends when the connection does.
    QByteArray bytes = head.serialize(true, true);
    bytes.replace("Content-Length: 0\r\n", "");
    // A page whose stream breaks tries again after a second, not the browser's default three.
    write(bytes + "retry: 1000\n\n");
}

void HttpConnection::sendEvent(const QByteArray &name, const QByteArray &data)
{
    if (!m_streaming || m_closing || m_finished)
        return;
    if (name.isEmpty()) {
        write(": " + data + "\n\n");
        return;
    }
    QByteArray event = "event: " + name + "\n";
    for (const QByteArray &line : data.split('\n'))
        event += "data: " + line + "\n";
    write(event + "\n");
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (m_finished)
        return;
    m_outbox.append(bytes);
    if (m_outbox.size() > m_limits.maxUnsentBytes) {
        // A reader this slow would only fall further behind; its page reconnects and catches up.
        m_channel->abort();
        finish();
        return;
    }
    flush();
}

void HttpConnection::flush()
{
    while (!m_outbox.isEmpty()) {
        const qint64 taken = m_channel->write(m_outbox.constData(), m_outbox.size());
        if (taken <= 0)
            return; // `writable` comes when the channel takes more
        m_outbox.remove(0, taken);
    }
    if (m_closing)
        m_channel->closeAfterWriting();
}

void HttpConnection::close()
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_timer.stop();
    // A client that never reads its answer does not hold the connection either.
    m_timer.start(m_limits.requestTimeoutMs);
    flush();
}

void HttpConnection::armTimer()
{
    // A request's time runs from its first byte: more bytes do not buy more time.
    if (m_reader.hasBytes()) {
        if (!m_requestTimed) {
            m_requestTimed = true;
            m_timer.start(m_limits.requestTimeoutMs);
        }
        return;
    }
    m_requestTimed = false;
    m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::onTimeout()
{
    if (m_closing) {
        m_channel->abort();
        finish();
    } else if (m_reader.hasBytes() && !m_answering) {
        m_answering = true;
        m_keepAlive = false;
        respond(HttpResponse::error(
            408, QStringLiteral("timeout"),
            QStringLiteral("The request did not arrive whole within %1 s.").arg(m_limits.requestTimeoutMs / 1000)));
    } else if (!m_answering) {
        close(); // idle between requests
    }
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit closed(this);
    deleteLater();
}

} // namespace tessera
