#pragma once

#include "engine/Commands.h"
#include "net/BranchKey.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslSocket>
#include <QTimer>
#include <functional>

namespace tessera::bench {

// A station as the server sees it, simulated at the protocol level: TLS with the branch key,
// Hello, heartbeats, commands with ids and answers matched by id. It reads every frame the
// server sends but decodes only those addressed to it, skipping event batches unparsed, so
// that one bench process can stand for a whole branch of stations (a real one keeps a replica
// on a machine of its own). The server cannot tell it from a real station.
class SimulatedStation : public QObject
{
public:
    using Answer = std::function<void(const Message &)>;

    SimulatedStation(StationRole role, const QString &id, const BranchKey &key, quint16 port);
    ~SimulatedStation() override { disconnect(&m_socket, nullptr, this, nullptr); } // leaving is no failure

    bool online() const { return m_welcomed; }
    // Welcomed and holding the whole snapshot that follows (a station joining afresh).
    bool synced() const { return m_synced; }
    // The longest time no byte came from the server, since the last reset.
    double maxSilenceMs() const;
    void resetSilence();
    // Sends the message (a CommandRequest or Authenticate; its id is filled in) and calls
    // `answer` with the server's reply to it.
    void request(Message message, Answer answer = {});
    // A command; `done` learns whether the server accepted it.
    void send(const Command &command, std::function<void(bool accepted)> done = {});

private:
    void readFrames();
    void onFrame(const QByteArray &payload);

    QSslSocket m_socket;
    QElapsedTimer m_sinceRead;
    qint64 m_maxSilenceNs = 0;
    bool m_synced = false;
    QTimer m_heartbeat;
    QString m_id;
    QByteArray m_buffer;
    QHash<QString, Answer> m_waiting;
    quint64 m_nextId = 0;
    bool m_welcomed = false;
};

} // namespace tessera::bench
