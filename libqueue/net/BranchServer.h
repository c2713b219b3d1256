#pragma once

#include "BranchKey.h"
#include "MessageLink.h"
#include "ServerTlsChannel.h"
#include "SessionTokens.h"
#include "SnapshotBuilder.h"
#include "SocketListener.h"
#include "StationPermissions.h"
#include "host/QueueHost.h"

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <memory>

namespace tessera {

struct BranchServerSettings
{
    BranchKey key;
    QString serverId;                       // names this server in Welcome and discovery
    QByteArray sessionSecret;               // signs login tokens; keep it with the journal
    MessageLink::Limits limits{750, 10000}; // stations take 2.2 s of silence as "offline"
    int catchUpLimit = 20000;               // a station further behind than this gets a snapshot instead
    int stationsPerSlice = 32;              // written to per turn of the event loop while a broadcast goes out
    int snapshotPartBytes = 64 * 1024;      // a part goes out whole: small ones keep each turn of the loop short
    int handshakeTimeoutMs = 10000;         // TLS plus Hello must be done by then
    int maxFailedLogins = 5;                // per connection, then it is closed
    int socketSendBufferBytes = 0;          // the kernel's share of a stuck station's backlog; 0: the system's
};

// One connected station, as the server sees it.
class StationSession : public QObject
{
    Q_OBJECT

public:
    StationSession(MessageLink *link, QObject *parent) : QObject(parent), m_link(link) { link->setParent(this); }

    MessageLink *link() const { return m_link; }
    StationIdentity identity;
    QString stationId; // from Hello
    QString name;
    bool live = false;            // past the handshake: gets every event
    bool broadcastQueued = false; // a broadcast's frames wait in its outbox for their slice
    int failedLogins = 0;

    // Joining afresh: events and replies for it are held back until its snapshot is built,
    // then go out after it. `lastSeq` is a held frame's last event (0: a reply, always sent).
    struct HeldFrame
    {
        Seq lastSeq = 0;
        QByteArray frame;
    };
    bool awaitingSnapshot = false;
    QList<HeldFrame> held;
    qint64 heldBytes = 0;

    QString describe() const;

private:
    MessageLink *m_link;
};

// The network face of the queue: accepts stations over TLS-PSK, checks their Hello and
// their permissions, feeds their commands to the QueueHost in groups (one commit for
// everything that arrived together), and sends every committed event to every station
// in order. Each station first gets a snapshot of the state, or on a reconnect just the
// events it missed. Runs in one thread; nothing here waits on a station.
class BranchServer : public QObject
{
    Q_OBJECT

public:
    BranchServer(QueueHost &host, BranchServerSettings settings, const Clock &clock, QObject *parent = nullptr);
    ~BranchServer() override;

    // An error sentence (port in use, no such address) or nullopt when listening.
    std::optional<QString> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    int stationCount() const { return int(m_sessions.size()); }
    // Stations that joined since the server started and are not connected now ("name (role)").
    QStringList offlineStations() const;
    int liveStationCount() const; // past their handshake
    // Tells every station the server is going away, so they reconnect rather than wait.
    void shutdown();
    // A customer's command from the web front, decided with the stations' commands in the next
    // group, under the web role's permissions. `answer` gets what it came to, after the commit
    // (on this thread). `id`, when given, makes a retry return the first attempt's result.
    void submitForCustomer(const QString &id, const Command &command,
                           std::function<void(const CommandResult &)> answer);

signals:
    void stationsChanged(int count);
    // A station joined or left: how many are connected, and which of those seen are not.
    void stationPresence(int connected, const QStringList &offline);
    // Events up to `last` are durable in the journal (after every commit).
    void journalGrew(tessera::Seq last);
    // Every commit's events, in order, after the stations have been sent them.
    void eventsCommitted(const QList<tessera::Event> &events);

private:
    struct PendingCommand
    {
        QPointer<StationSession> station; // null for the web front's commands
        QString id;
        Command command;
        std::function<void(const CommandResult &)> answer; // the web front's, instead of a station's reply
    };

    void accept(qintptr descriptor);
    void adopt(ServerTlsChannel *channel);
    void onMessage(StationSession *session, const Message &message);
    void onHello(StationSession *session, const Hello &hello);
    void onAuthenticate(StationSession *session, const Authenticate &request);
    void onReportRequest(StationSession *session, const ReportRequest &request);
    void onPlanRequest(StationSession *session, const PlanRequest &request);
    bool isSupervisor(const StationSession *session) const;
    // Runs `work` on a worker thread with its own reading connection to the journal and sends
    // the station its reply; a reply whose journal did not open says why in `message`.
    template<typename Reply>
    void answerFromJournal(StationSession *session, const QString &id, std::function<Reply(const Journal &)> work);
    void onCommand(StationSession *session, const CommandRequest &request);
    void scheduleFlush();
    void flush();
    void broadcast(const QList<Event> &events);
    // Sends `frame` to a live station, or holds it back while the station awaits its snapshot.
    // False when the station has fallen too far behind (then it is dropped).
    bool deliver(StationSession *session, const QByteArray &frame, Seq lastSeq,
                 MessageLink::Flush flush = MessageLink::Flush::Now);
    // A broadcast is queued to every station, then written a slice of stations per turn of the
    // event loop: a command arriving meanwhile is decided, and answered, between slices rather
    // than after the whole broadcast. Each broadcast writes its first slice at once, from the
    // front of the delivery order (the displays); the rest go round from a cursor, so the last
    // stations are not starved by a run of broadcasts.
    void pumpBroadcast();
    // Writes up to a slice of the stations with a broadcast queued, going round from `from`;
    // true (and where it stopped, in `next`) when some are left.
    bool writeBroadcastSlice(qsizetype from, qsizetype *next = nullptr);
    void awaitSnapshot(StationSession *session);
    void onSnapshotBuilt(Seq seq, const QList<QByteArray> &frames);
    // How many bytes of events may follow a built snapshot for it to serve a station joining later.
    qint64 snapshotReuseBytes() const;
    void sendSnapshot(StationSession *session, Seq seq, const QList<QByteArray> &frames);
    bool sendCatchUp(StationSession *session, Seq after);
    void refuse(StationSession *session, const EngineError &error, const QString &id);
    void reject(StationSession *session, RejectReason reason, const QString &text);
    void remove(StationSession *session, const QString &reason);

    QueueHost &m_host;
    BranchServerSettings m_settings;
    const Clock &m_clock;
    SessionTokens m_tokens;
    QString m_journalId;
    std::unique_ptr<SocketListener> m_listener;
    std::shared_ptr<const ServerTlsContext> m_tls; // null when OpenSSL cannot serve the stations (listen() says why)
    // This thread's epoll set, made when listening starts: a connection accepted with the
    // process's last descriptor must not need another one for it.
    std::shared_ptr<SocketReadiness> m_readiness;
    QString m_tlsError;
    QList<StationSession *> m_sessions;    // live ones in delivery order: displays, workstations, the rest
    QMap<QString, QString> m_stationsSeen; // station id -> "name (role)", of every station that joined
    QList<PendingCommand> m_pending;
    bool m_flushScheduled = false;
    bool m_pumpScheduled = false;
    qsizetype m_pumpCursor = 0;
    // The snapshot being built or last built, shared by every station that joins meanwhile: a
    // station joining after `seq` takes it with the events broadcast since (`since`), so a wave
    // of stations joining a busy branch costs one build, not one each.
    struct SharedSnapshot
    {
        bool active = false; // being built, or built and still worth sending
        bool built = false;
        Seq seq = 0;
        QList<QByteArray> frames;
        QList<StationSession::HeldFrame> since;
        qint64 sinceBytes = 0;
    };
    SnapshotBuilder *m_snapshotBuilder;
    SharedSnapshot m_snapshot;
};

} // namespace tessera
