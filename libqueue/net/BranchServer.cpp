#include "BranchServer.h"

#include "LogCategories.h"
#include "host/PlanSource.h"
#include "model/BranchConfigLoader.h"
#include "model/PasswordHash.h"
#include "protocol/MessageCodec.h"
#include "report/ReportSource.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <unistd.h>

namespace tessera {

namespace {

constexpr int kEventsPerBatch = 200;
// How many bytes of events may follow a built snapshot for it to serve a station joining later.
constexpr qint64 kSnapshotReuseBytes = 1024 * 1024;
constexpr int kSnapshotReuseMs = 5000;

// Events as stations get them: the configuration without its password hashes.
QList<WireEvent> toWire(const QList<Event> &events)
{
    QList<WireEvent> wire;
    wire.reserve(events.size());
    for (const Event &event : events) {
        if (const auto *config = std::get_if<ConfigChanged>(&event.payload))
            wire.append(MessageCodec::toWire(
                Event{event.seq, event.at, ConfigChanged{BranchConfigLoader::withoutSecrets(config->json)}}));
        else
            wire.append(MessageCodec::toWire(event));
    }
    return wire;
}

// Events in frames of a bounded count, each frame encoded once for every station. A batch
// too large for a frame (a big configuration among them) is split until each part fits.
struct FramedBatch
{
    Seq lastSeq;
    QByteArray frame;
};

void appendFramed(const QList<Event> &events, QList<FramedBatch> &frames)
{
    const QByteArray frame = MessageCodec::frame(EventBatch{toWire(events)});
    if (!frame.isEmpty() || events.size() == 1) {
        if (frame.isEmpty())
            qCCritical(lcNet) << "event" << events.first().seq << "does not fit a frame; stations will resync";
        else
            frames.append({events.last().seq, frame});
        return;
    }
    appendFramed(events.first(events.size() / 2), frames);
    appendFramed(events.sliced(events.size() / 2), frames);
}

// Broadcasts go to the lobby displays first: customers are watching them. Then the
// workstations (which also learn from their own replies), kiosks and tools last.
int deliveryRank(StationRole role)
{
    switch (role) {
    case StationRole::Display:
        return 0;
    case StationRole::Teller:
    case StationRole::Supervisor:
        return 1;
    case StationRole::Kiosk:
    case StationRole::Tool:
    case StationRole::Web:
        return 2;
    }
    return 2;
}

QList<FramedBatch> framedBatches(const QList<Event> &events)
{
    QList<FramedBatch> frames;
    for (qsizetype i = 0; i < events.size(); i += kEventsPerBatch)
        appendFramed(events.mid(i, kEventsPerBatch), frames);
    return frames;
}

} // namespace

QString StationSession::describe() const
{
    if (stationId.isEmpty())
        return link()->peerName();
    return QStringLiteral("%1 \"%2\" (%3) at %4").arg(wireName(identity.role), name, stationId, link()->peerName());
}

BranchServer::BranchServer(QueueHost &host, BranchServerSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent), m_host(host), m_settings(std::move(settings)), m_clock(clock),
      m_tokens(m_settings.sessionSecret), m_journalId(host.journal().journalId()),
      m_listener(std::make_unique<SocketListener>([this](qintptr descriptor) { accept(descriptor); })),
      m_tls(ServerTlsContext::create(m_settings.key, &m_tlsError)),
      m_snapshotBuilder(new SnapshotBuilder(m_settings.snapshotPartBytes, this))
{
    m_host.setCommitListener([this](const QList<Event> &events) {
        broadcast(events);
        if (!events.isEmpty()) {
            emit journalGrew(events.last().seq);
            emit eventsCommitted(events);
        }
    });
    connect(m_snapshotBuilder, &SnapshotBuilder::built, this, &BranchServer::onSnapshotBuilt);
}

BranchServer::~BranchServer()
{
    m_host.setCommitListener({});
}

std::optional<QString> BranchServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tls)
        return m_tlsError;
    if (!m_readiness && !(m_readiness = SocketReadiness::forThisThread()))
        return tr("Cannot watch the stations' connections: the server is out of file descriptors.");
    if (!m_listener->listen(address, port))
        return tr("Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with "
                  "--port.")
            .arg(address.toString())
            .arg(port)
            .arg(m_listener->errorString());
    qCInfo(lcNet) << "listening on" << address.toString() << "port" << m_listener->serverPort();
    return std::nullopt;
}

quint16 BranchServer::port() const
{
    return m_listener->serverPort();
}

void BranchServer::accept(qintptr descriptor)
{
    if (!m_tls) {
        ::close(int(descriptor));
        return;
    }
    auto *channel = new ServerTlsChannel(descriptor, m_tls, this);
    if (m_settings.socketSendBufferBytes > 0)
        channel->setSendBufferSize(m_settings.socketSendBufferBytes);
    connect(channel, &ServerTlsChannel::encrypted, this, [this, channel] { adopt(channel); });
    // Until it is encrypted the connection is ours alone; a failed handshake (most often a
    // wrong branch key) ends here, and the station learns nothing.
    auto failed = [channel](const QString &why) {
        qCWarning(lcNet).noquote() << "refused a connection from" << channel->peerName()
                                   << "- TLS handshake failed:" << why << "(a station with a wrong or no branch key?)";
        channel->deleteLater();
    };
    connect(channel, &ServerTlsChannel::handshakeFailed, this, failed);
    channel->limitHandshake(m_settings.handshakeTimeoutMs);
}

void BranchServer::adopt(ServerTlsChannel *channel)
{
    channel->disconnect(this);
    auto *link = new MessageLink(channel, m_settings.limits);
    auto *session = new StationSession(link, this);
    m_sessions.append(session);
    connect(link, &MessageLink::received, session,
            [this, session](const Message &message) { onMessage(session, message); });
    connect(link, &MessageLink::undecodable, session,
            [this, session](const EngineError &error, const QString &id) { refuse(session, error, id); });
    connect(link, &MessageLink::closed, session, [this, session](const QString &reason) { remove(session, reason); });
    // A station must say Hello soon, or it only holds a connection.
    QTimer::singleShot(m_settings.handshakeTimeoutMs, session, [this, session] {
        if (session->stationId.isEmpty())
            reject(session, RejectReason::BadHello, tr("No Hello within %1 ms.").arg(m_settings.handshakeTimeoutMs));
    });
    emit stationsChanged(stationCount());
}

void BranchServer::onMessage(StationSession *session, const Message &message)
{
    if (const auto *hello = std::get_if<Hello>(&message)) {
        onHello(session, *hello);
        return;
    }
    if (!session->live) {
        reject(session, RejectReason::BadHello,
               tr("The first message must be Hello, not %1.").arg(MessageCodec::typeOf(message)));
        return;
    }
    if (const auto *request = std::get_if<CommandRequest>(&message))
        onCommand(session, *request);
    else if (const auto *request = std::get_if<Authenticate>(&message))
        onAuthenticate(session, *request);
    else if (const auto *request = std::get_if<ReportRequest>(&message))
        onReportRequest(session, *request);
    else if (const auto *request = std::get_if<PlanRequest>(&message))
        onPlanRequest(session, *request);
    else
        refuse(session,
               EngineError{ErrorCode::UnknownMessage,
                           tr("A station does not send %1 messages.").arg(MessageCodec::typeOf(message))},
               QString());
}

void BranchServer::onHello(StationSession *session, const Hello &hello)
{
    const QueueState &state = m_host.state();
    if (session->live)
        return refuse(session, EngineError{ErrorCode::MalformedMessage, tr("Hello was already said.")}, QString());
    if (hello.minProtocol > kProtocolVersion || hello.protocol < kMinProtocolVersion)
        return reject(session, RejectReason::ProtocolUnsupported,
                      tr("This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.")
                          .arg(kMinProtocolVersion)
                          .arg(kProtocolVersion)
                          .arg(hello.minProtocol)
                          .arg(hello.protocol));
    if (hello.stationId.isEmpty())
        return reject(session, RejectReason::BadHello, tr("Hello has no stationId."));
    if (hello.role == StationRole::Web)
        return reject(session, RejectReason::BadHello,
                      tr("The web role is the server's own web front; a station says kiosk, teller, display, "
                         "supervisor or tool."));
    if (!hello.branchId.isEmpty() && hello.branchId != state.config().branchId)
        return reject(session, RejectReason::WrongBranch,
                      tr("This server is branch %1; the station is set up for branch %2.")
                          .arg(state.config().branchId, hello.branchId));

    session->identity.role = hello.role;
    session->stationId = hello.stationId;
    session->name = hello.name;
    const Seq last = state.lastSeq();
    const bool resume = hello.lastSeq > 0 && hello.journalId == m_journalId && hello.lastSeq <= last &&
                        last - hello.lastSeq <= m_settings.catchUpLimit;
    Welcome welcome;
    welcome.serverId = m_settings.serverId;
    welcome.branchId = state.config().branchId;
    welcome.branch = state.config().branchName.text(state.config().defaultLanguage);
    welcome.features = {QStringLiteral("resume"), QStringLiteral("tokens")};
    welcome.journalId = m_journalId;
    welcome.seq = last;
    welcome.resume = resume;
    welcome.heartbeatMs = m_settings.limits.heartbeatMs;
    session->link()->send(welcome);
    session->live = true;
    // Kept in delivery order as stations join, so that a broadcast need not sort.
    m_sessions.removeOne(session);
    const int rank = deliveryRank(session->identity.role);
    const auto place = std::find_if(m_sessions.begin(), m_sessions.end(), [rank](const StationSession *other) {
        return other->live && deliveryRank(other->identity.role) > rank;
    });
    m_sessions.insert(place, session);
    m_stationsSeen.insert(session->stationId,
                          QStringLiteral("%1 (%2)").arg(session->name.isEmpty() ? session->stationId : session->name,
                                                        wireName(session->identity.role)));
    emit stationPresence(liveStationCount(), offlineStations());
    qCInfo(lcNet).noquote() << "station joined:" << session->describe()
                            << (resume ? QStringLiteral("resuming after event %1").arg(hello.lastSeq)
                                       : QStringLiteral("afresh at event %1").arg(last));
    // Last: either may drop the station (remove() then takes it out of the list again).
    if (!resume || !sendCatchUp(session, hello.lastSeq))
        awaitSnapshot(session);
}

bool BranchServer::sendCatchUp(StationSession *session, Seq after)
{
    QList<Event> missed;
    QString error;
    if (!m_host.journal().read(
            after, [&missed](JournalEntry &&entry) { missed.append(std::move(entry.event)); }, &error)) {
        qCWarning(lcNet) << "cannot read missed events for" << session->describe() << ":" << error;
        return false;
    }
    for (const FramedBatch &batch : framedBatches(missed)) {
        if (!session->link()->sendFramed(batch.frame))
            return false;
    }
    return true;
}

void BranchServer::awaitSnapshot(StationSession *session)
{
    session->awaitingSnapshot = true;
    // One built long enough ago that the events since would be a burden is made afresh.
    if (m_snapshot.built && m_snapshot.sinceBytes > snapshotReuseBytes())
        m_snapshot = {};
    // (It is dropped only once built, so no build is in flight when it is not active.)
    if (!m_snapshot.active) {
        m_snapshot = SharedSnapshot{true, false, m_host.state().lastSeq(), {}, {}, 0};
        m_snapshotBuilder->build(m_host.state());
    }
    session->held = m_snapshot.since;
    session->heldBytes = m_snapshot.sinceBytes;
    if (m_snapshot.built)
        sendSnapshot(session, m_snapshot.seq, m_snapshot.frames);
}

void BranchServer::onSnapshotBuilt(Seq seq, const QList<QByteArray> &frames)
{
    m_snapshot.built = true;
    m_snapshot.frames = frames;
    // Kept for stations that join soon after (a wave of them); then its memory is given back.
    QTimer::singleShot(kSnapshotReuseMs, this, [this, seq] {
        if (m_snapshot.built && m_snapshot.seq == seq)
            m_snapshot = {};
    });
    for (StationSession *session : QList<StationSession *>(m_sessions)) {
        if (session->live && session->awaitingSnapshot)
            sendSnapshot(session, seq, frames);
    }
}

qint64 BranchServer::snapshotReuseBytes() const
{
    return qMin(kSnapshotReuseBytes, m_settings.limits.maxPendingBytes / 2);
}

void BranchServer::sendSnapshot(StationSession *session, Seq seq, const QList<QByteArray> &frames)
{
    session->awaitingSnapshot = false;
    session->link()->sendShared(frames);
    const QList<StationSession::HeldFrame> held = std::exchange(session->held, {});
    session->heldBytes = 0;
    for (const StationSession::HeldFrame &item : held) {
        if (item.lastSeq != 0 && item.lastSeq <= seq)
            continue; // in the snapshot already (never, as held frames begin after it: a safeguard)
        if (!deliver(session, item.frame, item.lastSeq))
            return;
    }
}

bool BranchServer::deliver(StationSession *session, const QByteArray &frame, Seq lastSeq, MessageLink::Flush flush)
{
    if (session->awaitingSnapshot && session->heldBytes + frame.size() <= m_settings.limits.maxPendingBytes) {
        session->held.append({lastSeq, frame});
        session->heldBytes += frame.size();
        return true;
    }
    if (!session->awaitingSnapshot && session->link()->sendFramed(frame, flush))
        return true;
    // It will reconnect and catch up (or take a snapshot); the others carry on.
    reject(session, RejectReason::TooSlow,
           tr("The station fell too far behind (%1 bytes unsent); reconnect to catch up.")
               .arg(session->link()->pendingBytes() + session->heldBytes));
    return false;
}

void BranchServer::onAuthenticate(StationSession *session, const Authenticate &request)
{
    const TellerConfig *teller = m_host.state().config().teller(request.user);
    const TimestampMs now = m_clock.nowMs();
    const bool byToken = !request.token.isEmpty();
    const bool ok = teller && (byToken ? m_tokens.verify(teller->name, request.token, now)
                                       : PasswordHash::verify(request.password, teller->passwordHash));
    if (!ok) {
        ++session->failedLogins;
        qCWarning(lcNet).noquote() << "failed login as" << request.user << "from" << session->describe();
        refuse(session,
               EngineError{byToken ? ErrorCode::NotAuthenticated : ErrorCode::WrongPassword,
                           byToken ? tr("Your login has expired. Log in again with your password.")
                                   : tr("Unknown name or wrong password.")},
               request.id);
        if (session->failedLogins >= m_settings.maxFailedLogins)
            reject(session, RejectReason::BadHello, tr("Too many failed logins on this connection."));
        return;
    }
    session->identity.user = teller->name;
    session->identity.userRole = teller->role;
    const TimestampMs expiresAt = now + SessionTokens::kLifetimeMs;
    session->link()->send(
        Authenticated{request.id, teller->name, teller->role, m_tokens.issue(teller->name, expiresAt), expiresAt});
    qCInfo(lcNet).noquote() << teller->name << "logged in on" << session->describe();
}

bool BranchServer::isSupervisor(const StationSession *session) const
{
    return !session->identity.user.isEmpty() && session->identity.userRole == TellerRole::Supervisor;
}

// A day of a busy branch takes a moment to read: on a worker thread, with its own connection
// to the journal (SQLite in WAL mode and PostgreSQL let it read while the server writes).
template<typename Reply>
void BranchServer::answerFromJournal(StationSession *session, const QString &id,
                                     std::function<Reply(const Journal &)> work)
{
    const QString path = m_host.journal().location();
    auto *watcher = new QFutureWatcher<Reply>(session); // dropped with the station if it leaves
    connect(watcher, &QFutureWatcher<Reply>::finished, session, [this, session, watcher] {
        watcher->deleteLater();
        if (!session->link()->send(watcher->result()))
            reject(session, RejectReason::TooSlow, tr("The station does not take the answer it asked for."));
    });
    watcher->setFuture(QtConcurrent::run([path, id, work] {
        auto journal = Journal::openForReading(path);
        if (!journal) {
            Reply reply;
            reply.id = id;
            reply.message = journal.error();
            return reply;
        }
        return work(*journal.value());
    }));
}

void BranchServer::onReportRequest(StationSession *session, const ReportRequest &request)
{
    if (!isSupervisor(session))
        return refuse(session,
                      EngineError{ErrorCode::PermissionDenied,
                                  tr("Only a supervisor may see the daily report: log in as a supervisor.")},
                      request.id);
    if (!request.day.isValid())
        return refuse(session, EngineError{ErrorCode::InvalidArgument, tr("The report needs a day.")}, request.id);
    const TimestampMs now = m_clock.nowMs();
    answerFromJournal<ReportReply>(session, request.id, [request, now](const Journal &journal) {
        ReportReply reply;
        reply.id = request.id;
        auto report = ReportSource::report(journal, request.day, now, request.language);
        reply.ok = bool(report);
        if (report)
            reply.report = std::move(report).value();
        else
            reply.message = report.error();
        return reply;
    });
    qCInfo(lcNet).noquote() << session->identity.user << "asked for the report of" << request.day.toString(Qt::ISODate);
}

void BranchServer::onPlanRequest(StationSession *session, const PlanRequest &request)
{
    if (!isSupervisor(session))
        return refuse(session,
                      EngineError{ErrorCode::PermissionDenied,
                                  tr("Only a supervisor may see the staffing plan: log in as a supervisor.")},
                      request.id);
    if (!request.day.isValid())
        return refuse(session, EngineError{ErrorCode::InvalidArgument, tr("The plan needs a day.")}, request.id);
    answerFromJournal<PlanReply>(session, request.id, [request](const Journal &journal) {
        PlanReply reply;
        reply.id = request.id;
        auto plan = PlanSource::plan(journal, request.day);
        reply.ok = bool(plan);
        if (plan)
            reply.plan = std::move(plan).value();
        else
            reply.message = plan.error();
        return reply;
    });
    qCInfo(lcNet).noquote() << session->identity.user << "asked for the plan of" << request.day.toString(Qt::ISODate);
}

void BranchServer::onCommand(StationSession *session, const CommandRequest &request)
{
    if (request.id.isEmpty())
        return refuse(session, EngineError{ErrorCode::MalformedMessage, tr("A command needs an id.")}, request.id);
    auto command = MessageCodec::command(request);
    if (!command)
        return refuse(session, command.error(), request.id);
    m_pending.append({session, request.id, std::move(command).value(), {}});
    scheduleFlush();
}

void BranchServer::submitForCustomer(const QString &id, const Command &command,
                                     std::function<void(const CommandResult &)> answer)
{
    m_pending.append({nullptr, id, command, std::move(answer)});
    scheduleFlush();
}

void BranchServer::scheduleFlush()
{
    // Everything that arrives before the event loop comes round again is committed together.
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &BranchServer::flush, Qt::QueuedConnection);
    }
}

void BranchServer::flush()
{
    m_flushScheduled = false;
    const QList<PendingCommand> pending = std::exchange(m_pending, {});
    QList<Command> commands;
    QStringList ids;
    QList<bool> duplicate;
    for (const PendingCommand &item : pending) {
        commands.append(item.command);
        ids.append(item.id);
        duplicate.append(m_host.knowsCommand(item.id));
    }
    const auto guard = [&pending](qsizetype i, const QueueState &state) -> std::optional<EngineError> {
        if (pending[i].answer)
            return StationPermissions::check(StationIdentity{StationRole::Web, {}, {}}, pending[i].command, state);
        if (!pending[i].station)
            return EngineError{ErrorCode::Offline, QString()}; // the station left; nobody to act for
        return StationPermissions::check(pending[i].station->identity, pending[i].command, state);
    };
    // The events go out to every station from the commit listener before the replies below,
    // so a station's replica already shows what its command did when the answer arrives.
    const QList<CommandResult> results = m_host.submit(commands, ids, guard);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (pending[i].answer) {
            pending[i].answer(results[i]);
            continue;
        }
        StationSession *station = pending[i].station;
        if (!station)
            continue;
        CommandReply reply;
        reply.id = pending[i].id;
        reply.ok = results[i].hasValue();
        if (reply.ok) {
            reply.events = toWire(results[i].value());
            reply.duplicate = duplicate[i];
        } else {
            reply.code = wireName(results[i].error().code);
            reply.message = results[i].error().message;
            qCDebug(lcNet).noquote() << station->describe() << pending[i].id << "refused:" << reply.message;
        }
        const QByteArray frame = MessageCodec::frame(reply);
        if (frame.isEmpty())
            reject(station, RejectReason::TooSlow, tr("The answer to %1 does not fit a frame.").arg(reply.id));
        else
            deliver(station, frame, 0);
    }
}

void BranchServer::broadcast(const QList<Event> &events)
{
    const QList<FramedBatch> frames = framedBatches(events);
    if (m_snapshot.active) {
        for (const FramedBatch &batch : frames) {
            m_snapshot.since.append({batch.lastSeq, batch.frame});
            m_snapshot.sinceBytes += batch.frame.size();
        }
        // Once it is this far behind, a station joining now is better served by a new one.
        if (m_snapshot.built && m_snapshot.sinceBytes > snapshotReuseBytes())
            m_snapshot = {};
    }
    for (StationSession *session : QList<StationSession *>(m_sessions)) {
        if (!session->live)
            continue;
        session->broadcastQueued = true;
        for (const FramedBatch &batch : frames) {
            if (!deliver(session, batch.frame, batch.lastSeq, MessageLink::Flush::Later))
                break;
        }
    }
    // The first slice at once, from the front: the lobby displays lead the delivery order.
    if (writeBroadcastSlice(0) && !m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &BranchServer::pumpBroadcast, Qt::QueuedConnection);
    }
}

void BranchServer::pumpBroadcast()
{
    m_pumpScheduled = false;
    if (writeBroadcastSlice(m_pumpCursor, &m_pumpCursor)) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &BranchServer::pumpBroadcast, Qt::QueuedConnection);
    }
}

bool BranchServer::writeBroadcastSlice(qsizetype from, qsizetype *next)
{
    // A copy: a station whose connection breaks while written to leaves the list.
    const QList<StationSession *> sessions = m_sessions;
    int written = 0;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const qsizetype at = (from + i) % sessions.size();
        StationSession *session = sessions[at];
        if (!session->broadcastQueued)
            continue;
        if (written == qMax(1, m_settings.stationsPerSlice)) {
            if (next)
                *next = at;
            return true;
        }
        // A station that cannot take it all now is written to by its link as its socket drains.
        session->broadcastQueued = false;
        session->link()->flushQueued();
        ++written;
    }
    return false;
}

void BranchServer::refuse(StationSession *session, const EngineError &error, const QString &id)
{
    qCInfo(lcNet).noquote() << "refused from" << session->describe() << ":" << wireName(error.code) << error.message;
    session->link()->send(ProtocolError{wireName(error.code), error.message, id});
}

void BranchServer::reject(StationSession *session, RejectReason reason, const QString &text)
{
    qCWarning(lcNet).noquote() << "dropping" << session->describe() << ":" << text;
    session->live = false;
    session->awaitingSnapshot = false; // it gets no snapshot now, nor what was held for it
    session->held.clear();
    session->heldBytes = 0;
    // A slow station's queue is full: a Reject would not fit, and it learns by the close.
    if (reason == RejectReason::TooSlow)
        return session->link()->abort(text);
    session->link()->send(Reject{wireName(reason), text});
    session->link()->closeAfterSending(text);
}

void BranchServer::remove(StationSession *session, const QString &reason)
{
    if (!m_sessions.removeOne(session))
        return;
    qCInfo(lcNet).noquote() << "station left:" << session->describe() << "-" << reason;
    session->deleteLater();
    emit stationsChanged(stationCount());
    if (m_stationsSeen.contains(session->stationId)) // it had joined (a rejected one is no longer live)
        emit stationPresence(liveStationCount(), offlineStations());
}

int BranchServer::liveStationCount() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const StationSession *session) { return session->live; }));
}

QStringList BranchServer::offlineStations() const
{
    QMap<QString, QString> offline = m_stationsSeen;
    for (const StationSession *session : m_sessions) {
        if (session->live)
            offline.remove(session->stationId);
    }
    return offline.values();
}

void BranchServer::shutdown()
{
    for (StationSession *session : QList<StationSession *>(m_sessions))
        reject(session, RejectReason::ShuttingDown, tr("The server is shutting down."));
}

} // namespace tessera
