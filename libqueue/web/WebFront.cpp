#include "WebFront.h"

#include "CustomerViews.h"
#include "LogCategories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace tessera {

namespace {

// The least time between two updates of the open pages.
constexpr qint64 kRefreshGapMs = 25;

const QRegularExpression kTicketPath(QStringLiteral("^/t/([A-Za-z0-9_-]{1,64})$"));
const QRegularExpression kTicketApi(QStringLiteral("^/api/tickets/([A-Za-z0-9_-]{1,64})(/events|/leave|/feedback)?$"));
const QRegularExpression kStaticFile(QStringLiteral("^/static/([a-z0-9-]+\\.(css|js|svg|png|wav))$"));
const QRegularExpression kRequestId(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (name.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (name.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    if (name.endsWith(QLatin1String(".wav")))
        return "audio/wav";
    return "application/octet-stream";
}

// The page a path shows: the branch, a ticket, booking, a saved booking; empty for none.
QString pageFor(const QString &path)
{
    if (path == QLatin1String("/"))
        return QStringLiteral("index.html");
    if (kTicketPath.match(path).hasMatch())
        return QStringLiteral("ticket.html");
    if (path == QLatin1String("/book"))
        return QStringLiteral("book.html");
    if (path == QLatin1String("/appointment"))
        return QStringLiteral("appointment.html");
    return {};
}

int httpStatusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PermissionDenied:
        return 403;
    case ErrorCode::UnknownService:
    case ErrorCode::UnknownTicket:
    case ErrorCode::UnknownAppointment:
        return 404;
    case ErrorCode::BookingLimit:
        return 429;
    case ErrorCode::StorageFailure:
    case ErrorCode::Offline:
    case ErrorCode::Timeout:
        return 503;
    case ErrorCode::InvalidArgument:
    case ErrorCode::MalformedMessage:
        return 422;
    default:
        return 409; // the queue is not in a state that allows it: closed, full, already done
    }
}

const TicketIssued *issuedIn(const QList<Event> &events)
{
    for (const Event &event : events) {
        if (const auto *issued = std::get_if<TicketIssued>(&event.payload))
            return issued;
    }
    return nullptr;
}

} // namespace

WebFront::WebFront(QueueState replica, const BranchKey &key, std::shared_ptr<const ServerTlsContext> tls,
                   Settings settings, const Clock &clock, Submit submit, QObject *parent)
    : QObject(parent), m_state(std::move(replica)), m_links(key, m_state.config().branchId),
      m_settings(std::move(settings)), m_clock(clock), m_submit(std::move(submit)),
      m_server(std::move(tls), m_settings.server)
{
    // Children, so they move along when the web front moves to its thread.
    m_server.setParent(this);
    m_refreshTimer.setParent(this);
    connect(&m_server, &WebServer::requestReceived, this, &WebFront::route);
    m_refreshTimer.setInterval(m_settings.refreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshStreams(true); });
    m_refreshTimer.start();
}

WebFront::~WebFront() = default;

std::optional<QString> WebFront::listen(const QHostAddress &address, quint16 port, quint16 redirectPort)
{
    if (auto error = m_server.listen(address, port))
        return error;
    if (redirectPort != 0) {
        if (auto error = m_server.listenForRedirects(address, redirectPort))
            return error;
    }
    qCInfo(lcNet).noquote() << "web pages on" << address.toString() << "port" << m_server.port();
    return std::nullopt;
}

void WebFront::apply(const QList<Event> &events)
{
    for (const Event &event : events)
        m_state.apply(event);
    scheduleRefresh();
}

void WebFront::scheduleRefresh()
{
    // One update per page for everything that arrived meanwhile, at most every kRefreshGapMs:
    // under a stream of events the pages are updated in batches instead of falling behind.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    const qint64 sinceLast = m_lastRefresh.isValid() ? m_lastRefresh.elapsed() : kRefreshGapMs;
    QTimer::singleShot(int(qMax<qint64>(0, kRefreshGapMs - sinceLast)), this, [this] {
        m_refreshScheduled = false;
        refreshStreams();
    });
}

QString WebFront::language(const HttpRequest &request) const
{
    return WebStrings::pick(request.query.queryItemValue(QStringLiteral("lang")), request.header("accept-language"),
                            m_state.config().languages, m_state.config().defaultLanguage);
}

void WebFront::route(HttpConnection *connection, const HttpRequest &request)
{
    const QString lang = language(request);
    const QString &path = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    auto onlyMethod = [connection](const QByteArray &allowed) {
        HttpResponse response = HttpResponse::error(405, QStringLiteral("method-not-allowed"),
                                                    QStringLiteral("Use %1 here.").arg(QLatin1String(allowed)));
        response.headers.append(qMakePair(QByteArray("Allow"), QByteArray(allowed)));
        connection->respond(response);
    };

    if (const QString page = pageFor(path); !page.isEmpty()) {
        if (!get)
            return onlyMethod("GET");
        return serveFile(connection, page);
    }
    if (const QRegularExpressionMatch file = kStaticFile.match(path); file.hasMatch()) {
        if (!get)
            return onlyMethod("GET");
        return serveFile(connection, QStringLiteral("static/") + file.captured(1));
    }
    if (path == QLatin1String("/api/strings")) {
        if (!get)
            return onlyMethod("GET");
        return connection->respond(HttpResponse::json(
            200, {{QStringLiteral("language"), lang}, {QStringLiteral("strings"), m_strings.table(lang)}}));
    }
    if (path == QLatin1String("/api/branch")) {
        if (!get)
            return onlyMethod("GET");
        return connection->respond(HttpResponse::json(200, CustomerViews::branch(m_state, m_clock.nowMs(), lang)));
    }
    if (path == QLatin1String("/api/tickets")) {
        if (!post)
            return onlyMethod("POST");
        return takeTicket(connection, request, lang);
    }
    if (const QRegularExpressionMatch api = kTicketApi.match(path); api.hasMatch()) {
        const QString token = api.captured(1);
        const QString action = api.captured(2);
        if (action == QLatin1String("/leave") || action == QLatin1String("/feedback")) {
            if (!post)
                return onlyMethod("POST");
            if (action == QLatin1String("/leave"))
                return leave(connection, token, lang);
            return giveFeedback(connection, request, token, lang);
        }
        if (!get)
            return onlyMethod("GET");
        const Found found = find(token, lang);
        if (!found.ticket)
            return connection->respond(found.error);
        if (action == QLatin1String("/events"))
            return openStream(connection, found.ticket->id, lang);
        HttpResponse response;
        response.body = ticketJson(*found.ticket, lang);
        return connection->respond(response);
    }
    if (path.startsWith(QLatin1String("/api/appointments")) || path == QLatin1String("/api/slots"))
        return routeBooking(connection, request, lang);
    if (path.startsWith(QLatin1String("/api/")))
        return connection->respond(
            HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("There is no %1 here.").arg(path)));
    serveFile(connection, QStringLiteral("not-found.html"), 404);
}

void WebFront::serveFile(HttpConnection *connection, const QString &resource, int status)
{
    QFile file(QStringLiteral(":/web/") + resource);
    if (!file.open(QIODevice::ReadOnly))
        return connection->respond(HttpResponse::error(404, QStringLiteral("not-found"),
                                                       QStringLiteral("There is no %1 here.").arg(resource)));
    HttpResponse response;
    response.status = status;
    response.contentType = contentTypeOf(resource);
    response.body = file.readAll();
    response.cacheable = resource.startsWith(QLatin1String("static/"));
    connection->respond(response);
}

WebFront::Found WebFront::find(const QString &token, const QString &language)
{
    Found found;
    const std::optional<TicketLinks::Link> link = m_links.read(token);
    const Ticket *ticket = link ? m_state.ticket(link->ticket) : nullptr;
    if (!link ||
        (link->businessDay == m_state.businessDay() && (!ticket || ticket->businessDay != link->businessDay))) {
        found.error = HttpResponse::error(404, QStringLiteral("unknown-ticket"),
                                          m_strings.text(QStringLiteral("unknown-ticket"), language));
        return found;
    }
    if (link->businessDay != m_state.businessDay()) {
        found.error = HttpResponse::error(410, QStringLiteral("expired-ticket"),
                                          m_strings.text(QStringLiteral("expired-ticket"), language));
        return found;
    }
    found.ticket = ticket;
    return found;
}

QByteArray WebFront::ticketJson(const Ticket &ticket, const QString &language,
                                const CustomerViews::PlacesInLine *places) const
{
    return QJsonDocument(CustomerViews::ticket(m_state, ticket, m_clock.nowMs(), language, places))
        .toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> WebFront::jsonBody(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = HttpResponse::error(400, QStringLiteral("bad-json"),
                                     parseError.error != QJsonParseError::NoError
                                         ? QStringLiteral("The body is not JSON: %1 at byte %2.")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset)
                                         : QStringLiteral("The body must be one JSON object."));
        return std::nullopt;
    }
    return document.object();
}

bool WebFront::submit(HttpConnection *connection, const QString &id, const Command &command,
                      std::function<void(const CommandResult &)> answer, const QString &language)
{
    if (m_inFlight >= m_settings.maxCommandsInFlight) {
        HttpResponse response =
            HttpResponse::error(503, QStringLiteral("busy"), m_strings.text(QStringLiteral("busy"), language));
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("2")));
        connection->respond(response);
        return false;
    }
    ++m_inFlight;
    // The connection may be gone when the answer comes: a page closed mid-request.
    QPointer<HttpConnection> guarded(connection);
    m_submit(id, command, [this, guarded, answer = std::move(answer)](const CommandResult &result) {
        --m_inFlight;
        if (guarded)
            answer(result);
    });
    return true;
}

HttpResponse WebFront::refusal(const EngineError &error, const QString &language)
{
    const QString code = wireName(error.code);
    const QString own = m_strings.text(QStringLiteral("error-") + code, language);
    return HttpResponse::error(httpStatusOf(error.code), code, own.isEmpty() ? error.message : own);
}

void WebFront::takeTicket(HttpConnection *connection, const HttpRequest &request, const QString &language)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = jsonBody(request, &error);
    if (!body)
        return connection->respond(error);
    const QString service = body->value(QStringLiteral("service")).toString();
    const QString requestId = body->value(QStringLiteral("request")).toString();
    if (service.isEmpty())
        return connection->respond(HttpResponse::error(422, QStringLiteral("InvalidArgument"),
                                                       QStringLiteral("Say which service: {\"service\": \"…\"}.")));
    if (!requestId.isEmpty() && !kRequestId.match(requestId).hasMatch())
        return connection->respond(HttpResponse::error(422, QStringLiteral("InvalidArgument"),
                                                       QStringLiteral("\"request\" is 8-64 letters, digits and '-'.")));

    // Counted when asked, given back when refused: two requests at once cannot both slip under it.
    if (!withinAllowance(connection, m_ticketsByAddress, m_settings.ticketsPerAddressPerDay, language))
        return;
    const QString address = connection->peerAddress();
    // A retry of the same request from the same address and for the same service gets its first
    // answer; the same id from anyone else is another request.
    const QString id =
        requestId.isEmpty()
            ? QStringLiteral("web-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
            : QStringLiteral("web-") +
                  QString::fromLatin1(QCryptographicHash::hash((address + u'|' + service + u'|' + requestId).toUtf8(),
                                                               QCryptographicHash::Sha256)
                                          .toHex()
                                          .left(32));
    const bool sent = submit(
        connection, id, IssueTicket{service, PriorityClass::Normal, {}},
        [this, connection, language, address](const CommandResult &result) {
            if (!result) {
                --m_ticketsByAddress[allowanceKey(address)];
                return connection->respond(refusal(result.error(), language));
            }
            const TicketIssued *issued = issuedIn(result.value());
            const Ticket *ticket = issued ? m_state.ticket(issued->ticket) : nullptr;
            if (!ticket)
                return connection->respond(
                    HttpResponse::error(500, QStringLiteral("no-ticket"), QStringLiteral("No ticket came of it.")));
            const QString token = m_links.tokenFor(ticket->id, ticket->businessDay);
            QJsonObject answer{
                {QStringLiteral("token"), token},
                {QStringLiteral("page"), QStringLiteral("/t/") + token},
                {QStringLiteral("ticket"), CustomerViews::ticket(m_state, *ticket, m_clock.nowMs(), language)}};
            connection->respond(HttpResponse::json(201, answer));
        },
        language);
    if (!sent)
        --m_ticketsByAddress[allowanceKey(address)];
}

QString WebFront::allowanceKey(const QString &address)
{
    // One IPv6 customer holds a whole /64: it counts as one address.
    const QHostAddress host(address);
    bool mappedV4 = false; // ::ffff:a.b.c.d on a dual-stack socket is the IPv4 client a.b.c.d
    const quint32 v4 = host.toIPv4Address(&mappedV4);
    if (mappedV4)
        return QHostAddress(v4).toString();
    if (host.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR bytes = host.toIPv6Address();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.c), 8).toHex()) + QStringLiteral("/64");
}

bool WebFront::withinAllowance(HttpConnection *connection, QHash<QString, int> &uses, int allowed,
                               const QString &language)
{
    if (m_quotaDay != m_state.businessDay()) {
        m_quotaDay = m_state.businessDay();
        m_ticketsByAddress.clear();
        m_bookingsByAddress.clear();
        m_lookupsByAddress.clear();
    }
    int &used = uses[allowanceKey(connection->peerAddress())];
    if (used >= allowed) {
        connection->respond(
            HttpResponse::error(429, QStringLiteral("too-many"), m_strings.text(QStringLiteral("too-many"), language)));
        return false;
    }
    ++used;
    return true;
}

void WebFront::leave(HttpConnection *connection, const QString &token, const QString &language)
{
    const Found found = find(token, language);
    if (!found.ticket)
        return connection->respond(found.error);
    if (found.ticket->status != TicketStatus::Waiting)
        return connection->respond(HttpResponse::error(409, QStringLiteral("IllegalTransition"),
                                                       m_strings.text(QStringLiteral("not-waiting"), language)));
    const TicketId ticketId = found.ticket->id;
    submit(connection, {}, CancelTicket{found.ticket->label, QStringLiteral("left the queue (web page)")},
           answerWithTicket(connection, ticketId, language), language);
}

std::function<void(const CommandResult &)> WebFront::answerWithTicket(HttpConnection *connection, TicketId ticketId,
                                                                      const QString &language)
{
    return [this, connection, ticketId, language](const CommandResult &result) {
        if (!result)
            return connection->respond(refusal(result.error(), language));
        HttpResponse response;
        if (const Ticket *ticket = m_state.ticket(ticketId))
            response.body = ticketJson(*ticket, language);
        connection->respond(response);
    };
}

void WebFront::giveFeedback(HttpConnection *connection, const HttpRequest &request, const QString &token,
                            const QString &language)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = jsonBody(request, &error);
    if (!body)
        return connection->respond(error);
    const Found found = find(token, language);
    if (!found.ticket)
        return connection->respond(found.error);
    const int score = body->value(QStringLiteral("score")).toInt(0);
    const QString comment = body->value(QStringLiteral("comment")).toString();
    if (score < 1 || score > 5 || comment.size() > 500)
        return connection->respond(HttpResponse::error(422, QStringLiteral("InvalidArgument"),
                                                       m_strings.text(QStringLiteral("bad-feedback"), language)));
    const TicketId ticketId = found.ticket->id;
    submit(connection, {}, GiveFeedback{ticketId, score, comment}, answerWithTicket(connection, ticketId, language),
           language);
}

void WebFront::openStream(HttpConnection *connection, TicketId ticket, const QString &language)
{
    connection->startEventStream();
    connect(connection, &HttpConnection::closed, this, [this](HttpConnection *gone) {
        // Later: this may come from inside refreshStreams(), walking the list.
        QMetaObject::invokeMethod(
            this,
            [this, gone] {
                std::erase_if(m_streams, [gone](const Stream &stream) { return stream.connection == gone; });
            },
            Qt::QueuedConnection);
    });
    // The browser reconnects by itself after a second if the connection breaks.
    connection->sendEvent({}, "tessera");
    m_streams.push_back({connection, ticket, language, {}});
    refreshStreams();
}

void WebFront::refreshStreams(bool all)
{
    if (m_streams.empty())
        return;
    m_lastRefresh.start();
    const CustomerViews::PlacesInLine places(m_state); // every line counted once for all the pages
    for (Stream &stream : m_streams) {
        const Ticket *ticket = m_state.ticket(stream.ticket);
        if (!ticket)
            continue; // gone with its day: the page keeps what it last showed
        QByteArray json = ticketJson(*ticket, stream.language, &places);
        if (json == stream.lastSent && !all)
            continue;
        if (json == stream.lastSent)
            stream.connection->sendEvent({}, "."); // a keep-alive: proxies and phones drop silent streams
        else
            stream.connection->sendEvent("status", json);
        stream.lastSent = std::move(json);
    }
}

} // namespace tessera
