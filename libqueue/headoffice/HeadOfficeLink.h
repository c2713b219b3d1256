#pragma once

#include "model/QueueTypes.h"
#include "storage/Journal.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace tessera {

// Forwards the branch journal's events, in order, to the head office's PostgreSQL (store and
// forward, docs/HEADOFFICE.md). It lives on a thread of its own with connections of its own
// (a reader on the branch journal, one to the head office): the branch's queue never waits
// for it, and it never waits for the queue. When the head office or the WAN is down it
// retries with backoff; when it is back, it asks the head office where it is and sends the
// rest from there. The head office keys events by branch, journal and sequence number, so a
// batch sent again after a lost answer is stored once.
class HeadOfficeLink : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString headOffice; // postgresql:// URL of the head office database, as this branch's role
        QString branchId;
        QString journal;      // the branch journal's location (opened again here, for reading)
        int batchSize = 2000; // events per call
        int helloIntervalMs = 1000;
        int maxBackoffMs = 30000;
        bool requireVerifiedTls = true; // sslmode=verify-full; tests on a Unix socket turn it off
    };
    enum class State
    {
        Connecting,
        Forwarding, // sending what the head office lacks
        CaughtUp,   // the head office has every event
        Offline,    // cannot reach it; retrying
        Refused     // it reached the head office, which refuses this branch (see the detail)
    };
    Q_ENUM(State)

    // Why `url` cannot be this branch's head office link, if it cannot: a bad URL, or one that
    // does not insist on verified TLS (the WAN is not the branch's LAN).
    static std::optional<QString> checkUrl(const QString &url, bool requireVerifiedTls);

    explicit HeadOfficeLink(Settings settings, QObject *parent = nullptr);
    ~HeadOfficeLink() override;

    State state() const { return m_state; }

public slots:
    // Call on the link's thread (queued), once.
    void start();
    // The branch committed events up to `last`: send them soon.
    void journalGrew(tessera::Seq last);
    // The branch's stations: told to the head office with each hello.
    void stationPresence(int connected, const QStringList &offline);

signals:
    void stateChanged(tessera::HeadOfficeLink::State state, const QString &detail);
    // The head office holds every event up to `seq`.
    void forwarded(tessera::Seq seq);

private:
    class Connection;

    void step();
    void schedule(int delayMs);
    void goOffline(const QString &why);
    void setState(State state, const QString &detail);
    // Sends the next batch; false on an error (then the link is offline).
    bool sendBatch(Seq localLast);

    Settings m_settings;
    State m_state = State::Connecting;
    QString m_detail;
    QTimer m_timer{this}; // a child, so it moves to the link's thread with it
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Connection> m_headOffice;
    QString m_journalId;
    Seq m_headOfficeLast = -1; // -1: not known (not said hello since connecting)
    Seq m_localLast = 0;
    QByteArray m_stations = QByteArrayLiteral("{}"); // JSON: {"connected": n, "offline": [...]}
    qint64 m_lastHelloMs = 0;
    int m_backoffMs = 0;
};

} // namespace tessera
