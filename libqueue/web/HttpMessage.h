#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace tessera {

// One HTTP/1.1 request, as the web front reads it.
struct HttpRequest
{
    QByteArray method;
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

// Reads requests off a connection's bytes, one at a time, within limits: the head (request
// line and headers) and the body each have a ceiling, and a body is only taken with a
// Content-Length (a phone's browser never needs chunked uploads; refusing them closes a door).
class HttpRequestReader
{
public:
    struct Limits
    {
        int headBytes = 8 * 1024;
        int bodyBytes = 16 * 1024;
    };

    // What take() found: a whole request, nothing whole yet, or a request the connection must
    // answer with `status` and `error` and then close.
    struct Outcome
    {
        enum class Kind
        {
            NeedMore,
            Request,
            Error
        };
        Kind kind = Kind::NeedMore;
        HttpRequest request;
        int status = 0;
        QString error;
    };

    explicit HttpRequestReader(Limits limits) : m_limits(limits) {}
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    Outcome take();
    bool hasBytes() const { return !m_buffer.isEmpty(); }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    Outcome fail(int status, const QString &error);

    Limits m_limits;
    QByteArray m_buffer;
};

// One response. Every response carries the same protective headers (docs/WEB.md): the pages
// load nothing from elsewhere, are never framed, and never tell another site their address (a
// ticket's address is its key).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // more headers, such as Location or Retry-After
    bool cacheable = false;                       // static files may be cached; answers never are

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": code, "message": message}: `code` for programs, `message` for people.
    static HttpResponse error(int status, const QString &code, const QString &message);
    // The status line and headers; the body follows unless `headOnly`.
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
    static QByteArray reason(int status);
};

} // namespace tessera
