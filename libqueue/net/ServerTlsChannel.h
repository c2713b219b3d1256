#pragma once

#include "BranchKey.h"
#include "Channel.h"
#include "SocketReadiness.h"

#include <QByteArray>
#include <memory>

struct ssl_ctx_st;
struct ssl_st;

namespace tessera {

// The server's TLS settings, shared by every connection of one kind: for the stations, TLS 1.2,
// the PSK cipher suites and identity hint of BranchKey::tlsConfiguration(), the branch key as the
// PSK; for the customers' web pages, TLS 1.2 or 1.3 with the branch's certificate.
class ServerTlsContext
{
    Q_DECLARE_TR_FUNCTIONS(ServerTlsContext)

public:
    // Null with the reason (in `error`) when this OpenSSL cannot do what the stations speak.
    static std::shared_ptr<const ServerTlsContext> create(const BranchKey &key, QString *error);
    // From PEM files: the certificate (then its intermediates) and its unencrypted private key.
    static std::shared_ptr<const ServerTlsContext> forCertificate(const QString &certificateFile,
                                                                  const QString &keyFile, QString *error);
    ~ServerTlsContext();
    ServerTlsContext(const ServerTlsContext &) = delete;
    ServerTlsContext &operator=(const ServerTlsContext &) = delete;

    ssl_st *newConnection() const;

private:
    ServerTlsContext() = default;
    ssl_ctx_st *m_context = nullptr;
    QByteArray m_key;
};

// The server's end of one station's connection: TLS-PSK through OpenSSL straight on the
// accepted socket. Qt's QSslSocket keeps four growing buffers and a memory BIO per connection
// (over 100 KB each once a snapshot has passed, 200 stations make 20+ MB) and signals its
// way through every write; here a frame is encrypted into OpenSSL's record buffer and written
// to the socket in the same call, and the record buffers are given back while idle. What the
// kernel will not take stays with the caller (MessageLink's outbox); only a record cut at the
// socket waits, encrypted, in OpenSSL's buffer (at most about 16 KB) for the same bytes to be
// offered again.
class ServerTlsChannel : public Channel
{
    Q_OBJECT

public:
    // Takes ownership of the accepted socket `descriptor` and starts the handshake.
    ServerTlsChannel(qintptr descriptor, std::shared_ptr<const ServerTlsContext> context, QObject *parent = nullptr);
    ~ServerTlsChannel() override;

    bool isHandshaking() const { return m_state == State::Handshake; }
    // The kernel's share of a stuck station's backlog (SO_SNDBUF).
    void setSendBufferSize(int bytes);
    // A handshake not done by then fails ("too slow"): a peer that connects and says nothing
    // holds no socket for long.
    void limitHandshake(int milliseconds);

    qint64 write(const char *data, qint64 size) override;
    QByteArray readAll() override { return std::exchange(m_received, {}); }
    qint64 unsentBytes() const override;
    void closeAfterWriting() override;
    void abort() override;
    QString peerName() const override { return m_peerName; }

signals:
    void encrypted();
    // The handshake did not finish (most often: a wrong branch key). The socket is closed.
    void handshakeFailed(const QString &reason);

private:
    enum class State
    {
        Handshake,
        Open,
        Closing, // close_notify sent; reading what is left until the peer closes too
        Closed
    };
    void onReadable();
    void onWritable();
    void continueHandshake();
    void readRecords();
    // What went wrong after an OpenSSL call returned `result`; empty when it only wants the socket.
    QString failure(int result);
    void waitForWritable(bool wait);
    // Closes the socket and tells the owner, after the current call has returned.
    void fail(const QString &reason);
    void closeSocket();

    int m_descriptor;
    ssl_st *m_ssl;
    std::shared_ptr<const ServerTlsContext> m_context;
    std::shared_ptr<SocketReadiness> m_readiness;
    QByteArray m_received;
    QString m_peerName;
    State m_state = State::Handshake;
    bool m_writeBlocked = false; // a record is half in the socket: the same bytes must be offered again
};

} // namespace tessera
