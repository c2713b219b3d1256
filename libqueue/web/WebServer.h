#pragma once

#include "HttpConnection.h"
#include "net/ServerTlsChannel.h"
#include "net/SocketListener.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <memory>
#include <optional>

namespace tessera {

// The web front's sockets: HTTPS with the branch's certificate, and a plain HTTP port that
// only redirects to it. Bounds what clients can hold: connections in all and per address
// (a slow or idle client holds one of them only until its timeout), TLS handshakes that
// must finish in time. Requests go out by `requestReceived`; what answers them is not here.
class WebServer : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int maxConnections = 4000;
        int maxConnectionsPerAddress = 200; // a guest Wi-Fi behind one address is many phones
        int handshakeTimeoutMs = 10000;
        HttpConnection::Limits limits;
        QString publicHost; // where redirects send browsers; empty: the host they asked for
        int publicPort = 0; // the HTTPS port browsers reach (a router may forward 443 here); 0: ours
    };

    WebServer(std::shared_ptr<const ServerTlsContext> tls, Settings settings, QObject *parent = nullptr);

    std::optional<QString> listen(const QHostAddress &address, quint16 port);
    std::optional<QString> listenForRedirects(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_https.serverPort(); }
    quint16 redirectPort() const { return m_http.serverPort(); }
    int connectionCount() const { return m_connections; }

signals:
    void requestReceived(tessera::HttpConnection *connection, const tessera::HttpRequest &request);

private:
    void acceptHttps(qintptr descriptor);
    void acceptHttp(qintptr descriptor);
    // Counts a connection from `address`; false when it is one too many (it is then closed).
    bool admit(const QString &address);
    void release(const QString &address);
    HttpResponse redirectFor(const HttpRequest &request) const;
    void track(HttpConnection *connection, const QString &address);

    std::shared_ptr<const ServerTlsContext> m_tls;
    // This thread's epoll set, made when listening starts: a connection accepted with the
    // process's last descriptor must not need another one for it.
    std::shared_ptr<SocketReadiness> m_readiness;
    Settings m_settings;
    SocketListener m_https;
    SocketListener m_http;
    int m_connections = 0;
    QHash<QString, int> m_perAddress;
};

} // namespace tessera
