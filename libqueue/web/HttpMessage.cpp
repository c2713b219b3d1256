#include "HttpMessage.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace tessera {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

HttpRequestReader::Outcome HttpRequestReader::fail(int status, const QString &error)
{
    m_buffer.clear(); // the connection closes after the answer: nothing after it is read
    Outcome outcome;
    outcome.kind = Outcome::Kind::Error;
    outcome.status = status;
    outcome.error = error;
    return outcome;
}

HttpRequestReader::Outcome HttpRequestReader::take()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > m_limits.headBytes)
            return fail(431, QStringLiteral("The request's headers are longer than %1 bytes.").arg(m_limits.headBytes));
        return {};
    }
    if (headEnd > m_limits.headBytes)
        return fail(431, QStringLiteral("The request's headers are longer than %1 bytes.").arg(m_limits.headBytes));

    const QList<QByteArray> lines = m_buffer.first(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/'))
        return fail(400, QStringLiteral("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0")
        return fail(505, QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));

    HttpRequest request;
    request.method = requestLine[0];
    const QUrl url = QUrl::fromEncoded("http://host" + requestLine[1], QUrl::StrictMode);
    if (!url.isValid())
        return fail(400, QStringLiteral("The request's path is not a valid address."));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400,
                        QStringLiteral("A header line has no name: \"%1\".").arg(QString::fromLatin1(line.left(60))));
        request.headers.append({line.first(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive =
        requestLine[2] == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");

    if (!request.header("transfer-encoding").isEmpty())
        return fail(411, QStringLiteral("Send the body with a Content-Length; chunked bodies are not taken."));
    qint64 bodyLength = 0;
    QList<QByteArray> lengths;
    for (const auto &[name, value] : request.headers) {
        if (name == "content-length")
            lengths.append(value);
    }
    if (!lengths.isEmpty()) {
        // Digits only, and one length however often it is said: two readings of one request
        // are how requests get smuggled past each other.
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}$"));
        if (!digits.match(QString::fromLatin1(lengths.first())).hasMatch() ||
            std::any_of(lengths.begin(), lengths.end(), [&](const QByteArray &l) { return l != lengths.first(); }))
            return fail(400, QStringLiteral("The Content-Length is not one number of bytes."));
        bodyLength = lengths.first().toLongLong();
    }
    if (bodyLength > m_limits.bodyBytes)
        return fail(413, QStringLiteral("The request's body is %1 bytes; at most %2 are taken.")
                             .arg(bodyLength)
                             .arg(m_limits.bodyBytes));
    const qsizetype total = headEnd + 4 + bodyLength;
    if (m_buffer.size() < total)
        return {};
    request.body = m_buffer.mid(headEnd + 4, bodyLength);
    m_buffer.remove(0, total);
    Outcome outcome;
    outcome.kind = Outcome::Kind::Request;
    outcome.request = std::move(request);
    return outcome;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

QByteArray HttpResponse::reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::serialize(bool keepAlive, bool headOnly) const
{
    QByteArray out;
    out.reserve(512 + (headOnly ? 0 : body.size()));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += cacheable ? "Cache-Control: public, max-age=3600\r\n" : "Cache-Control: no-store\r\n";
    out += "Content-Security-Policy: default-src 'self'; img-src 'self' data:; media-src 'self' data:; "
           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Strict-Transport-Security: max-age=31536000\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
}

} // namespace tessera
