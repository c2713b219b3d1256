#pragma once

#include <QTcpServer>
#include <functional>

namespace tessera {

// A listening socket that hands each accepted connection's descriptor to its owner, who wraps
// it in a channel of its own (the server's TLS, not Qt's QTcpSocket).
class SocketListener : public QTcpServer
{
public:
    explicit SocketListener(std::function<void(qintptr)> accept, QObject *parent = nullptr)
        : QTcpServer(parent), m_accept(std::move(accept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace tessera
