#include "WebServer.h"

#include "LogCategories.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>
#include <unistd.h>

namespace tessera {

namespace {

QString addressOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return QStringLiteral("?");
    QHostAddress host(reinterpret_cast<const sockaddr *>(&address));
    // An IPv4 client on a dual-stack socket counts as itself, not as ::ffff:a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : host.toString();
}

// A plain TCP connection on the redirect port, as the HttpConnection's channel.
class PlainChannel : public Channel
{
public:
    PlainChannel(qintptr descriptor, QObject *parent) : Channel(parent), m_socket(new QTcpSocket(this))
    {
        m_socket->setSocketDescriptor(descriptor);
        connect(m_socket, &QTcpSocket::readyRead, this, &Channel::readyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Channel::writable);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { emit closed(QStringLiteral("closed")); });
    }
    qint64 write(const char *data, qint64 size) override { return m_socket->write(data, size); }
    QByteArray readAll() override { return m_socket->readAll(); }
    qint64 unsentBytes() const override { return m_socket->bytesToWrite(); }
    void closeAfterWriting() override { m_socket->disconnectFromHost(); }
    void abort() override { m_socket->abort(); }
    QString peerName() const override
    {
        return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
    }

private:
    QTcpSocket *m_socket;
};

} // namespace

WebServer::WebServer(std::shared_ptr<const ServerTlsContext> tls, Settings settings, QObject *parent)
    : QObject(parent), m_tls(std::move(tls)), m_settings(std::move(settings)),
      m_https([this](qintptr descriptor) { acceptHttps(descriptor); }),
      m_http([this](qintptr descriptor) { acceptHttp(descriptor); })
{
    // Children, so they move along when the web front moves to its thread.
    m_https.setParent(this);
    m_http.setParent(this);
}

std::optional<QString> WebServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_readiness && !(m_readiness = SocketReadiness::forThisThread()))
        return tr("Cannot watch the web pages' connections: the server is out of file descriptors.");
    if (m_https.listen(address, port))
        return std::nullopt;
    return tr("Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.")
        .arg(address.toString())
        .arg(port)
        .arg(m_https.errorString());
}

std::optional<QString> WebServer::listenForRedirects(const QHostAddress &address, quint16 port)
{
    if (m_http.listen(address, port))
        return std::nullopt;
    return tr("Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.")
        .arg(address.toString())
        .arg(port)
        .arg(m_http.errorString());
}

bool WebServer::admit(const QString &address)
{
    int &fromThere = m_perAddress[address];
    if (m_connections >= m_settings.maxConnections || fromThere >= m_settings.maxConnectionsPerAddress) {
        if (fromThere == 0)
            m_perAddress.remove(address);
        return false;
    }
    ++m_connections;
    ++fromThere;
    return true;
}

void WebServer::release(const QString &address)
{
    --m_connections;
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
}

void WebServer::track(HttpConnection *connection, const QString &address)
{
    connect(connection, &HttpConnection::closed, this, [this, address] { release(address); });
}

void WebServer::acceptHttps(qintptr descriptor)
{
    const QString address = addressOf(descriptor);
    if (!admit(address)) {
        // No TLS for it: the handshake is the costly part, and the client holds enough already.
        qCInfo(lcNet).noquote() << "web: refused a connection from" << address << "- too many connections";
        ::close(int(descriptor));
        return;
    }
    auto *channel = new ServerTlsChannel(descriptor, m_tls, this);
    auto failed = [this, channel, address](const QString &why) {
        qCDebug(lcNet).noquote() << "web: TLS handshake with" << address << "failed:" << why;
        channel->deleteLater();
        release(address);
    };
    connect(channel, &ServerTlsChannel::handshakeFailed, this, failed);
    channel->limitHandshake(m_settings.handshakeTimeoutMs);
    connect(channel, &ServerTlsChannel::encrypted, this, [this, channel, address] {
        channel->disconnect(this);
        auto *connection = new HttpConnection(channel, m_settings.limits, this);
        track(connection, address);
        connect(connection, &HttpConnection::requestReceived, this, &WebServer::requestReceived);
    });
}

void WebServer::acceptHttp(qintptr descriptor)
{
    const QString address = addressOf(descriptor);
    if (!admit(address)) {
        ::close(int(descriptor));
        return;
    }
    auto *connection = new HttpConnection(new PlainChannel(descriptor, nullptr), m_settings.limits, this);
    track(connection, address);
    connect(
        connection, &HttpConnection::requestReceived, this,
        [this](HttpConnection *connection, const HttpRequest &request) { connection->respond(redirectFor(request)); });
}

HttpResponse WebServer::redirectFor(const HttpRequest &request) const
{
    // The host the browser asked for, without its port; only a host name's characters (a
    // redirect must not become a way to send someone elsewhere with a crafted header).
    QString host = m_settings.publicHost;
    if (host.isEmpty()) {
        static const QRegularExpression hostName(QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]+)?$"));
        const QRegularExpressionMatch match = hostName.match(QString::fromLatin1(request.header("host")));
        host = match.hasMatch() ? match.captured(1) : QStringLiteral("localhost");
    }
    QString target = QUrl::toPercentEncoding(request.path, "/");
    if (!request.query.isEmpty())
        target += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
    const int httpsPort = m_settings.publicPort > 0 ? m_settings.publicPort : port();
    const QString location = httpsPort == 443 ? QStringLiteral("https://%1%2").arg(host, target)
                                              : QStringLiteral("https://%1:%2%3").arg(host).arg(httpsPort).arg(target);
    HttpResponse response = HttpResponse::error(301, QStringLiteral("moved"),
                                                QStringLiteral("This page is served over HTTPS: %1").arg(location));
    response.headers.append(qMakePair(QByteArray("Location"), QByteArray(location.toUtf8())));
    return response;
}

} // namespace tessera
