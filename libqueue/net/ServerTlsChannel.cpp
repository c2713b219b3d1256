#include "ServerTlsChannel.h"

#include <QFile>
#include <QHostAddress>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tessera {

namespace {

// The cipher suites and hint of BranchKey::tlsConfiguration(), in OpenSSL's names.
constexpr const char *kCipherSuites = "ECDHE-PSK-CHACHA20-POLY1305:PSK-AES256-GCM-SHA384";
constexpr const char *kIdentityHint = "tessera";
// What one readiness notice reads before the event loop serves the others again.
constexpr qint64 kReadBudgetBytes = 256 * 1024;

unsigned int answerPsk(SSL *ssl, const char * /*identity*/, unsigned char *psk, unsigned int maxLength)
{
    const auto *key = static_cast<const QByteArray *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    if (!key || key->isEmpty() || unsigned(key->size()) > maxLength)
        return 0;
    std::memcpy(psk, key->constData(), size_t(key->size()));
    return unsigned(key->size());
}

// The first error OpenSSL queued, and the queue emptied: the rest follow from it, and what is
// left there would be mistaken for the next call's (this thread may run other TLS too).
QString lastOpenSslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

// Before each OpenSSL call whose failure() is read: what is found after it is its own.
void clearErrors()
{
    ERR_clear_error();
    errno = 0;
}

QString peerOf(int descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return QStringLiteral("?");
    QHostAddress host(reinterpret_cast<const sockaddr *>(&address));
    const quint16 port = address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 &>(address).sin6_port)
                                                       : ntohs(reinterpret_cast<sockaddr_in &>(address).sin_port);
    return QStringLiteral("%1:%2").arg(host.toString()).arg(port);
}

} // namespace

namespace {

// What both kinds of context share: no SIGPIPE, small idle connections, records written as
// the caller offers them.
void prepare(SSL_CTX *context)
{
    // OpenSSL writes to the socket with plain write(): a peer that has reset its connection
    // must make that write fail (EPIPE), not kill the server with SIGPIPE. Qt's own sockets
    // ignore SIGPIPE for the whole process in the same way.
    std::signal(SIGPIPE, SIG_IGN);
    // RELEASE_BUFFERS: an idle connection keeps no 17 KB record buffers. PARTIAL_WRITE and
    // MOVING_WRITE_BUFFER: a write returns per record, and a cut record is finished from the
    // caller's outbox, wherever that has moved to.
    SSL_CTX_set_mode(context,
                     SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // No renegotiation (a request for one is answered with an alert), so reads do not wait on
    // writes; a peer that dies without a close_notify has simply closed.
    SSL_CTX_set_options(context, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_IGNORE_UNEXPECTED_EOF);
}

} // namespace

std::shared_ptr<const ServerTlsContext> ServerTlsContext::create(const BranchKey &key, QString *error)
{
    std::shared_ptr<ServerTlsContext> tls(new ServerTlsContext);
    tls->m_key = key.bytes();
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    tls->m_context = context;
    if (!context || !SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) ||
        !SSL_CTX_set_max_proto_version(context, TLS1_2_VERSION) || !SSL_CTX_set_cipher_list(context, kCipherSuites) ||
        !SSL_CTX_use_psk_identity_hint(context, kIdentityHint)) {
        *error = tr("This OpenSSL cannot serve TLS 1.2 with the stations' PSK cipher suites (%1): %2. Install Debian "
                    "12's libssl3.")
                     .arg(QLatin1String(kCipherSuites), lastOpenSslError());
        return nullptr;
    }
    prepare(context);
    SSL_CTX_set_app_data(context, &tls->m_key);
    SSL_CTX_set_psk_server_callback(context, answerPsk);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    return tls;
}

std::shared_ptr<const ServerTlsContext> ServerTlsContext::forCertificate(const QString &certificateFile,
                                                                         const QString &keyFile, QString *error)
{
    std::shared_ptr<ServerTlsContext> tls(new ServerTlsContext);
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    tls->m_context = context;
    if (!context || !SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION)) {
        *error = tr("This OpenSSL cannot serve TLS 1.2 or later: %1.").arg(lastOpenSslError());
        return nullptr;
    }
    prepare(context);
    clearErrors();
    if (SSL_CTX_use_certificate_chain_file(context, QFile::encodeName(certificateFile).constData()) != 1) {
        *error = tr("Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any "
                    "intermediate certificates.")
                     .arg(certificateFile, lastOpenSslError());
        return nullptr;
    }
    if (SSL_CTX_use_PrivateKey_file(context, QFile::encodeName(keyFile).constData(), SSL_FILETYPE_PEM) != 1) {
        *error = tr("Cannot use %1 as the web certificate's private key: %2. Give an unencrypted PEM key readable by "
                    "the server.")
                     .arg(keyFile, lastOpenSslError());
        return nullptr;
    }
    if (SSL_CTX_check_private_key(context) != 1) {
        *error = tr("The private key %1 does not belong to the certificate %2.").arg(keyFile, certificateFile);
        ERR_clear_error();
        return nullptr;
    }
    return tls;
}

ServerTlsContext::~ServerTlsContext()
{
    SSL_CTX_free(m_context);
}

ssl_st *ServerTlsContext::newConnection() const
{
    return SSL_new(m_context);
}

ServerTlsChannel::ServerTlsChannel(qintptr descriptor, std::shared_ptr<const ServerTlsContext> context, QObject *parent)
    : Channel(parent), m_descriptor(int(descriptor)), m_ssl(context->newConnection()), m_context(std::move(context)),
      m_readiness(SocketReadiness::forThisThread()), m_peerName(peerOf(m_descriptor))
{
    ::fcntl(m_descriptor, F_SETFL, ::fcntl(m_descriptor, F_GETFL) | O_NONBLOCK);
    const int on = 1;
    ::setsockopt(m_descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); // an event leaves at once
    SSL_set_fd(m_ssl, m_descriptor);
    SSL_set_accept_state(m_ssl);
    QString error = QStringLiteral("the server is out of file descriptors");
    if (!m_readiness || !m_readiness->watch(
                            m_descriptor, [this] { onReadable(); }, [this] { onWritable(); }, &error))
        fail(error); // told once the owner has connected to the channel's signals
}

ServerTlsChannel::~ServerTlsChannel()
{
    closeSocket();
    SSL_free(m_ssl);
}

void ServerTlsChannel::setSendBufferSize(int bytes)
{
    ::setsockopt(m_descriptor, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
}

void ServerTlsChannel::limitHandshake(int milliseconds)
{
    QTimer::singleShot(milliseconds, this, [this] {
        if (isHandshaking())
            fail(QStringLiteral("too slow"));
    });
}

void ServerTlsChannel::onReadable()
{
    if (m_state == State::Handshake)
        continueHandshake();
    else
        readRecords();
}

void ServerTlsChannel::onWritable()
{
    waitForWritable(false);
    if (m_state == State::Handshake) {
        continueHandshake();
    } else if (m_state == State::Open) {
        m_writeBlocked = false;
        emit writable();
    }
}

void ServerTlsChannel::continueHandshake()
{
    clearErrors();
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_state = State::Open;
        waitForWritable(false);
        emit encrypted();
        // The station's first message may have come with its last handshake record.
        if (m_state == State::Open && SSL_has_pending(m_ssl))
            QMetaObject::invokeMethod(this, &ServerTlsChannel::readRecords, Qt::QueuedConnection);
        return;
    }
    if (const QString error = failure(result); !error.isEmpty())
        fail(error);
}

void ServerTlsChannel::readRecords()
{
    char buffer[16 * 1024]; // a whole record: nothing decrypted stays behind in OpenSSL
    qint64 total = 0;
    QString error;
    while (m_state == State::Open || m_state == State::Closing) {
        clearErrors();
        const int count = SSL_read(m_ssl, buffer, int(sizeof buffer));
        if (count <= 0) {
            error = failure(count);
            break;
        }
        if (m_state == State::Open) // once closing, what still comes is not read by anyone
            m_received.append(buffer, count);
        total += count;
        if (total >= kReadBudgetBytes) { // the socket stays readable; the rest comes next turn
            if (SSL_has_pending(m_ssl))
                QMetaObject::invokeMethod(this, &ServerTlsChannel::readRecords, Qt::QueuedConnection);
            break;
        }
    }
    if (!error.isEmpty()) {
        if (m_state == State::Closing)
            error = QStringLiteral("closed after its last words");
        fail(error); // after the owner has read what came before
    }
    if (!m_received.isEmpty())
        emit readyRead();
}

QString ServerTlsChannel::failure(int result)
{
    const int systemError = errno;
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_READ:
        return {};
    case SSL_ERROR_WANT_WRITE:
        waitForWritable(true);
        return {};
    case SSL_ERROR_ZERO_RETURN:
        return QStringLiteral("the peer closed the connection");
    case SSL_ERROR_SYSCALL:
        if (ERR_peek_error() == 0)
            return systemError ? QString::fromLocal8Bit(std::strerror(systemError))
                               : QStringLiteral("the peer closed the connection");
        return lastOpenSslError();
    default:
        return lastOpenSslError();
    }
}

qint64 ServerTlsChannel::write(const char *data, qint64 size)
{
    if (m_state != State::Open || m_writeBlocked || size <= 0)
        return 0;
    clearErrors();
    const int written = SSL_write(m_ssl, data, int(qMin<qint64>(size, 1 << 30)));
    if (written > 0)
        return written;
    if (SSL_get_error(m_ssl, written) == SSL_ERROR_WANT_WRITE)
        m_writeBlocked = true;
    if (const QString error = failure(written); !error.isEmpty())
        fail(error);
    return 0;
}

qint64 ServerTlsChannel::unsentBytes() const
{
    // A record cut at the socket is the front of the caller's outbox, counted there.
    return 0;
}

void ServerTlsChannel::closeAfterWriting()
{
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    ERR_clear_error();
    SSL_shutdown(m_ssl); // close_notify, if the socket takes it; the station does not wait for it
    ERR_clear_error();
    ::shutdown(m_descriptor, SHUT_WR);
    waitForWritable(false);
    // Reading on until the station closes too: closing with its bytes unread would reset
    // the connection, and could lose our last words in flight.
}

void ServerTlsChannel::abort()
{
    m_state = State::Closed;
    closeSocket();
}

void ServerTlsChannel::waitForWritable(bool wait)
{
    if (m_descriptor >= 0 && m_readiness)
        m_readiness->setWantsWritable(m_descriptor, wait);
}

void ServerTlsChannel::fail(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    const bool handshake = m_state == State::Handshake;
    m_state = State::Closed;
    closeSocket();
    QMetaObject::invokeMethod(
        this,
        [this, reason, handshake] {
            if (handshake)
                emit handshakeFailed(reason);
            else
                emit closed(reason);
        },
        Qt::QueuedConnection);
}

void ServerTlsChannel::closeSocket()
{
    if (m_descriptor < 0)
        return;
    if (m_readiness)
        m_readiness->unwatch(m_descriptor); // before the descriptor goes: it may be reused at once
    ::close(m_descriptor);
    m_descriptor = -1;
}

} // namespace tessera
