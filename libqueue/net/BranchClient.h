#pragma once

#include "BranchKey.h"
#include "MessageLink.h"
#include "host/QueueHost.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tessera {

class DiscoveryListener;

// How a station reaches its server: from the station's settings file.
struct StationSettings
{
    StationRole role = StationRole::Display;
    QString stationId;
    QString name;
    QString branchId;
    BranchKey key;
    QString host; // a fixed server address; empty: find the server by discovery
    quint16 port = 0;
    CounterNumber counter = 0; // tellers: the counter this station sits at
    // The server heartbeats every 750 ms; 2.2 s of silence (checked every 275 ms) means it
    // is gone, so a station says "offline" within 2.5 s of the last sign of life.
    MessageLink::Limits limits{1000, 2200};
    int commandTimeoutMs = 10000; // an unanswered command fails after this long
};

// A station's side of the branch network: a live replica of the queue (the server's own
// QueueState::apply, fed the same events), and commands with typed results.
//
// It connects by itself and keeps reconnecting with backoff. While it has no server it
// says so (status Offline), and new commands fail at once with ErrorCode::Offline rather
// than wait unseen. A command already sent when the link dropped is sent again after the
// reconnect under the same id, which the server recognises, so it never acts twice.
class BranchClient : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Offline,    // no server (yet, or any more); see statusText()
        Connecting, // found a server, TLS and Hello under way
        Syncing,    // connected, receiving the snapshot
        Online      // the replica is current and commands go through
    };
    Q_ENUM(Status)

    using Callback = std::function<void(const CommandResult &)>;
    using LoginCallback = std::function<void(const Expected<TellerRole, EngineError> &)>;
    using ReportCallback = std::function<void(const Expected<DailyReport, QString> &)>;
    using PlanCallback = std::function<void(const Expected<StaffingPlan, QString> &)>;

    explicit BranchClient(StationSettings settings, QObject *parent = nullptr);
    ~BranchClient() override;

    void start();
    void stop();

    Status status() const { return m_status; }
    QString statusText() const { return m_statusText; }
    const QueueState &state() const { return m_state; }
    const StationSettings &settings() const { return m_settings; }
    QString serverAddress() const;

    // Sends a command; `done` gets its result (events or refusal). Returns the command's id.
    QString send(const Command &command, Callback done = {});
    // Logs a person in on this station; it stays logged in across reconnects.
    void logIn(const QString &user, const QString &password, LoginCallback done = {});
    QString loggedInUser() const { return m_user; }
    // Asks the server for a business day's figures (a supervisor must be logged in here).
    // `done` always gets an answer: the report, the server's refusal, or a lost connection.
    void requestReport(const QDate &day, const QString &language, ReportCallback done);
    // The same for a day's staffing plan (docs/FORECAST.md).
    void requestPlan(const QDate &day, PlanCallback done);

signals:
    void statusChanged(tessera::BranchClient::Status status);
    void stateReset();                              // a snapshot replaced the replica
    void eventApplied(const tessera::Event &event); // one event folded into the replica
    void commandFinished(const QString &id, const tessera::CommandResult &result);
    // The server refused this station (wrong branch, old protocol...): a person must act.
    void rejected(const QString &reason, const QString &text);

private:
    struct InFlight
    {
        CommandRequest request;
        Callback done;
        QElapsedTimer age;
    };

    void connectToServer();
    void onEncrypted();
    void onMessage(const Message &message);
    void onWelcome(const Welcome &welcome);
    void onSnapshot(const SnapshotPart &part);
    // Online once the snapshot is whole and the replica has reached the Welcome's seq.
    void finishSyncing();
    void onEvents(const QList<WireEvent> &events);
    void onReply(const CommandReply &reply);
    void onProtocolError(const ProtocolError &error);
    void onLinkClosed(const QString &reason);
    void setStatus(Status status, const QString &text);
    void scheduleReconnect();
    void resync(const QString &why);
    void finish(const QString &id, const CommandResult &result);
    void expireCommands();
    void sendInFlight();

    StationSettings m_settings;
    Status m_status = Status::Offline;
    QString m_statusText;
    QueueState m_state;
    QString m_journalId;
    MessageLink *m_link = nullptr;
    QSslSocket *m_connecting = nullptr;
    DiscoveryListener *m_discovery = nullptr;
    QString m_host;
    quint16 m_port = 0;
    bool m_running = false;
    int m_backoffMs = 0;
    QTimer m_reconnect;
    QTimer m_expiry;
    QByteArray m_snapshot;
    int m_snapshotNext = 0;
    // The server's seq when it welcomed us: syncing ends once the replica is there (a snapshot
    // shared by stations that joined together may be older; the events between follow it).
    Seq m_welcomeSeq = 0;
    QHash<QString, InFlight> m_inFlight;
    QList<QString> m_inFlightOrder;
    quint64 m_nextId = 0;
    QString m_idPrefix;
    QString m_user;
    QString m_token;
    QHash<QString, LoginCallback> m_logins;
    // A question to the server that is not a command (a report, a plan): answered by a reply
    // with its id, refused by a ProtocolError with it, or failed with one of its own sentences.
    struct PendingAnswer
    {
        std::function<void(const Message &reply)> answer;
        std::function<void(const QString &why)> fail;
        QString lostText; // the connection dropped before the answer
        QString lateText; // no answer in kReportTimeoutMs
        QElapsedTimer age;
    };
    QHash<QString, PendingAnswer> m_answers;
    void ask(const Message &question, const QString &id, PendingAnswer pending);
    void answered(const QString &id, const Message &reply);
};

} // namespace tessera
