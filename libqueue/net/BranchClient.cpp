#include "BranchClient.h"

#include "Discovery.h"
#include "LogCategories.h"
#include "QSslSocketChannel.h"
#include "protocol/MessageCodec.h"
#include "protocol/StateCodec.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace tessera {

namespace {

constexpr qint64 kReportTimeoutMs = 60000;

constexpr int kFirstBackoffMs = 200;
constexpr int kMaxBackoffMs = 5000;
constexpr int kConnectTimeoutMs = 3000;

} // namespace

BranchClient::BranchClient(StationSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_host(m_settings.host), m_port(m_settings.port)
{
    // Ids must never repeat, not even across restarts of the station: a random prefix per run.
    m_idPrefix = QStringLiteral("%1-%2-")
                     .arg(m_settings.stationId)
                     .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &BranchClient::connectToServer);
    m_expiry.setInterval(500);
    connect(&m_expiry, &QTimer::timeout, this, &BranchClient::expireCommands);
    m_statusText = tr("Not started.");
}

BranchClient::~BranchClient()
{
    stop();
}

QString BranchClient::serverAddress() const
{
    return m_host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void BranchClient::start()
{
    m_running = true;
    m_expiry.start();
    if (m_settings.host.isEmpty() && !m_discovery) {
        m_discovery = new DiscoveryListener(m_settings.key, m_settings.branchId, discovery::kDefaultUdpPort, this);
        connect(m_discovery, &DiscoveryListener::found, this, [this](const Announcement &announcement) {
            // A server heard on several interfaces (loopback and the LAN) announces from each;
            // the address in use is kept until the link is lost, rather than flipping between them.
            if (m_link || m_connecting)
                return;
            const QString host = announcement.host.toString();
            if (host != m_host || announcement.tcpPort != m_port)
                qCInfo(lcNet).noquote() << "found the server" << announcement.name << "at" << host
                                        << announcement.tcpPort;
            m_host = host;
            m_port = announcement.tcpPort;
            // The server is announcing, so it is up: no need to sit out the rest of a backoff.
            if (m_status == Status::Offline) {
                m_reconnect.stop();
                connectToServer();
            }
        });
        if (const auto error = m_discovery->start())
            setStatus(Status::Offline, *error);
        else
            setStatus(Status::Offline,
                      tr("Looking for the server of branch %1 on the network...").arg(m_settings.branchId));
        return;
    }
    connectToServer();
}

void BranchClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_expiry.stop();
    if (m_link)
        m_link->abort(QStringLiteral("station stopped"));
    // abort() can report the disconnection at once, and that handler clears m_connecting:
    // take the socket first and stop listening to it.
    if (QSslSocket *socket = std::exchange(m_connecting, nullptr)) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

void BranchClient::setStatus(Status status, const QString &text)
{
    const bool changed = status != m_status;
    m_status = status;
    m_statusText = text;
    if (changed)
        emit statusChanged(status);
}

void BranchClient::connectToServer()
{
    if (!m_running || m_link || m_connecting || m_host.isEmpty())
        return;
    setStatus(Status::Connecting, tr("Connecting to the server at %1...").arg(serverAddress()));
    auto *socket = new QSslSocket(this);
    m_connecting = socket;
    m_settings.key.attach(socket, m_settings.stationId.toUtf8());
    connect(socket, &QSslSocket::encrypted, this, &BranchClient::onEncrypted);
    auto failed = [this, socket](const QString &why) {
        if (m_connecting != socket)
            return;
        m_connecting = nullptr;
        socket->abort();
        socket->deleteLater();
        setStatus(Status::Offline, tr("Cannot reach the server at %1: %2").arg(serverAddress(), why));
        scheduleReconnect();
    };
    connect(socket, &QSslSocket::errorOccurred, this, [socket, failed] { failed(socket->errorString()); });
    connect(socket, &QSslSocket::disconnected, this, [failed] { failed(tr("it closed the connection")); });
    QTimer::singleShot(kConnectTimeoutMs, socket, [failed] { failed(tr("no answer")); });
    socket->connectToHostEncrypted(m_host, m_port);
}

void BranchClient::scheduleReconnect()
{
    if (!m_running)
        return;
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : qMin(m_backoffMs * 2, kMaxBackoffMs);
    m_reconnect.start(m_backoffMs);
}

void BranchClient::onEncrypted()
{
    QSslSocket *socket = m_connecting;
    m_connecting = nullptr;
    socket->disconnect(this);
    m_link = new MessageLink(new QSslSocketChannel(socket), m_settings.limits, this);
    connect(m_link, &MessageLink::received, this, &BranchClient::onMessage);
    connect(m_link, &MessageLink::closed, this, &BranchClient::onLinkClosed);
    Hello hello;
    hello.role = m_settings.role;
    hello.stationId = m_settings.stationId;
    hello.name = m_settings.name;
    hello.features = {QStringLiteral("resume"), QStringLiteral("tokens")};
    hello.branchId = m_settings.branchId;
    hello.journalId = m_journalId;
    hello.lastSeq = m_journalId.isEmpty() ? 0 : m_state.lastSeq();
    m_link->send(hello);
}

void BranchClient::onLinkClosed(const QString &reason)
{
    m_link->deleteLater();
    m_link = nullptr;
    m_snapshot.clear();
    // A login has no id the server remembers: one cut short is answered now, not never.
    for (const LoginCallback &done : std::exchange(m_logins, {}))
        done(EngineError{ErrorCode::Offline, tr("The connection to the server was lost; log in again.")});
    for (const PendingAnswer &pending : std::exchange(m_answers, {}))
        pending.fail(pending.lostText);
    if (m_running) {
        qCInfo(lcNet).noquote() << "lost the server at" << serverAddress() << ":" << reason;
        setStatus(Status::Offline, tr("Lost the server at %1 (%2). Reconnecting...").arg(serverAddress(), reason));
        scheduleReconnect();
    }
}

void BranchClient::onMessage(const Message &message)
{
    if (const auto *welcome = std::get_if<Welcome>(&message))
        onWelcome(*welcome);
    else if (const auto *part = std::get_if<SnapshotPart>(&message))
        onSnapshot(*part);
    else if (const auto *batch = std::get_if<EventBatch>(&message))
        onEvents(batch->events);
    else if (const auto *reply = std::get_if<CommandReply>(&message))
        onReply(*reply);
    else if (const auto *error = std::get_if<ProtocolError>(&message))
        onProtocolError(*error);
    else if (const auto *authenticated = std::get_if<Authenticated>(&message)) {
        m_user = authenticated->user;
        m_token = authenticated->token;
        if (LoginCallback done = m_logins.take(authenticated->id))
            done(authenticated->role);
    } else if (const auto *report = std::get_if<ReportReply>(&message)) {
        answered(report->id, message);
    } else if (const auto *plan = std::get_if<PlanReply>(&message)) {
        answered(plan->id, message);
    } else if (const auto *reject = std::get_if<Reject>(&message)) {
        qCWarning(lcNet).noquote() << "the server refused this station:" << reject->text;
        emit rejected(reject->reason, reject->text);
    }
}

void BranchClient::onWelcome(const Welcome &welcome)
{
    m_backoffMs = 0;
    m_journalId = welcome.journalId;
    if (!m_user.isEmpty() && !m_token.isEmpty())
        m_link->send(Authenticate{QStringLiteral("relogin"), m_user, QString(), m_token});
    if (welcome.resume) {
        setStatus(Status::Online, tr("Connected to %1 at %2.").arg(welcome.branch, serverAddress()));
        sendInFlight();
    } else {
        m_snapshot.clear();
        m_snapshotNext = 0;
        m_welcomeSeq = welcome.seq;
        setStatus(Status::Syncing, tr("Connected to %1; receiving the queue...").arg(welcome.branch));
    }
}

void BranchClient::onSnapshot(const SnapshotPart &part)
{
    if (m_status != Status::Syncing || part.part != m_snapshotNext)
        return resync(tr("snapshot part %1 arrived out of order").arg(part.part));
    m_snapshot.append(part.data);
    if (++m_snapshotNext < part.parts)
        return;
    auto state = StateCodec::decode(m_snapshot);
    m_snapshot.clear();
    if (!state || state->lastSeq() != part.seq)
        return resync(tr("the snapshot could not be read"));
    m_state = std::move(*state);
    m_snapshotNext = -1; // taken whole: what follows are events
    emit stateReset();
    finishSyncing();
}

void BranchClient::finishSyncing()
{
    if (m_status != Status::Syncing || m_snapshotNext >= 0 || m_state.lastSeq() < m_welcomeSeq)
        return;
    setStatus(Status::Online,
              tr("Connected to %1 at %2.")
                  .arg(m_state.config().branchName.text(m_state.config().defaultLanguage), serverAddress()));
    sendInFlight();
}

void BranchClient::onEvents(const QList<WireEvent> &events)
{
    if (m_status == Status::Syncing && m_snapshotNext >= 0)
        return resync(tr("events arrived before the whole snapshot"));
    for (const WireEvent &wire : events) {
        if (wire.seq <= m_state.lastSeq())
            continue; // already applied (from a reply that overtook nothing; harmless)
        if (wire.seq != m_state.lastSeq() + 1)
            return resync(tr("event %1 arrived after %2").arg(wire.seq).arg(m_state.lastSeq()));
        auto event = MessageCodec::fromWire(wire);
        if (!event)
            return resync(tr("event %1 (%2) could not be read").arg(wire.seq).arg(wire.type));
        m_state.apply(*event);
        emit eventApplied(*event);
    }
    finishSyncing();
}

// A replica that cannot continue starts over from a fresh snapshot.
void BranchClient::resync(const QString &why)
{
    qCWarning(lcNet).noquote() << "resynchronising:" << why;
    m_journalId.clear();
    if (m_link)
        m_link->abort(why);
}

QString BranchClient::send(const Command &command, Callback done)
{
    const QString id = m_idPrefix + QString::number(++m_nextId);
    if (m_status != Status::Online) {
        const EngineError error{ErrorCode::Offline,
                                tr("Not connected to the server, so nothing was done. %1").arg(m_statusText)};
        QMetaObject::invokeMethod(
            this,
            [this, id, done, error] {
                if (done)
                    done(error);
                emit commandFinished(id, error);
            },
            Qt::QueuedConnection);
        return id;
    }
    InFlight flight{MessageCodec::request(id, command), std::move(done), {}};
    flight.age.start();
    m_link->send(flight.request);
    m_inFlight.insert(id, std::move(flight));
    m_inFlightOrder.append(id);
    return id;
}

void BranchClient::sendInFlight()
{
    for (const QString &id : std::as_const(m_inFlightOrder))
        m_link->send(m_inFlight.value(id).request);
}

void BranchClient::logIn(const QString &user, const QString &password, LoginCallback done)
{
    const QString id = m_idPrefix + QString::number(++m_nextId);
    if (m_status != Status::Online) {
        if (done)
            done(EngineError{ErrorCode::Offline, tr("Not connected to the server. %1").arg(m_statusText)});
        return;
    }
    if (done)
        m_logins.insert(id, std::move(done));
    m_link->send(Authenticate{id, user, password, QString()});
}

void BranchClient::ask(const Message &question, const QString &id, PendingAnswer pending)
{
    if (m_status != Status::Online) {
        pending.fail(tr("Not connected to the server. %1").arg(m_statusText));
        return;
    }
    pending.age.start();
    m_answers.insert(id, std::move(pending));
    m_link->send(question);
}

void BranchClient::answered(const QString &id, const Message &reply)
{
    if (const PendingAnswer pending = m_answers.take(id); pending.answer)
        pending.answer(reply);
}

void BranchClient::requestReport(const QDate &day, const QString &language, ReportCallback done)
{
    const QString id = m_idPrefix + QString::number(++m_nextId);
    PendingAnswer pending;
    pending.answer = [done](const Message &message) {
        const auto *reply = std::get_if<ReportReply>(&message);
        if (!reply) // another kind of answer under this id: a confused server, not a crash here
            return done(tr("The server did not send the report in time. Try again."));
        reply->ok ? done(reply->report) : done(reply->message);
    };
    pending.fail = [done](const QString &why) {
        done(why);
    };
    pending.lostText = tr("The connection to the server was lost before the report came. Try again.");
    pending.lateText = tr("The server did not send the report in time. Try again.");
    ask(ReportRequest{id, day, language}, id, std::move(pending));
}

void BranchClient::requestPlan(const QDate &day, PlanCallback done)
{
    const QString id = m_idPrefix + QString::number(++m_nextId);
    PendingAnswer pending;
    pending.answer = [done](const Message &message) {
        const auto *reply = std::get_if<PlanReply>(&message);
        if (!reply) // another kind of answer under this id: a confused server, not a crash here
            return done(tr("The server did not send the plan in time. Try again."));
        reply->ok ? done(reply->plan) : done(reply->message);
    };
    pending.fail = [done](const QString &why) {
        done(why);
    };
    pending.lostText = tr("The connection to the server was lost before the plan came. Try again.");
    pending.lateText = tr("The server did not send the plan in time. Try again.");
    ask(PlanRequest{id, day}, id, std::move(pending));
}

void BranchClient::onReply(const CommandReply &reply)
{
    if (!m_inFlight.contains(reply.id))
        return;
    if (!reply.ok) {
        ErrorCode code;
        parseEnum(reply.code, code);
        return finish(reply.id, EngineError{code, reply.message});
    }
    QList<Event> events;
    for (const WireEvent &wire : reply.events) {
        if (auto event = MessageCodec::fromWire(wire))
            events.append(std::move(*event));
    }
    finish(reply.id, events);
}

void BranchClient::onProtocolError(const ProtocolError &error)
{
    ErrorCode code;
    parseEnum(error.code, code);
    qCWarning(lcNet).noquote() << "the server refused a message:" << error.code << error.text;
    if (LoginCallback done = m_logins.take(error.id))
        return done(EngineError{code, error.text});
    if (const PendingAnswer pending = m_answers.take(error.id); pending.fail)
        return pending.fail(error.text);
    if (error.id == QLatin1String("relogin")) {
        m_user.clear();
        m_token.clear();
        return;
    }
    if (m_inFlight.contains(error.id))
        finish(error.id, EngineError{code, error.text});
}

void BranchClient::finish(const QString &id, const CommandResult &result)
{
    InFlight flight = m_inFlight.take(id);
    m_inFlightOrder.removeOne(id);
    if (flight.done)
        flight.done(result);
    emit commandFinished(id, result);
}

void BranchClient::expireCommands()
{
    // A report takes the server a moment; one that has not come in a minute is not coming.
    for (const QString &id : m_answers.keys()) {
        if (m_answers.value(id).age.elapsed() > kReportTimeoutMs) {
            const PendingAnswer pending = m_answers.take(id);
            pending.fail(pending.lateText);
        }
    }
    const QList<QString> ids = m_inFlightOrder;
    for (const QString &id : ids) {
        if (m_inFlight.value(id).age.elapsed() > m_settings.commandTimeoutMs)
            finish(id, EngineError{ErrorCode::Timeout,
                                   tr("The server did not confirm this in time. Check the queue before trying "
                                      "again: it may or may not have happened.")});
    }
}

} // namespace tessera
