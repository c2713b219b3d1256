#pragma once

#include "BranchKey.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace tessera {

// LAN discovery: the server says "branch X is here, port P" every second by UDP multicast
// and broadcast, so stations need no address typed in. Announcements carry an HMAC under
// the branch key: a station ignores other branches' servers and forged announcements.
namespace discovery {
constexpr quint16 kDefaultUdpPort = 47011;
constexpr quint16 kDefaultTcpPort = 47010;
inline QHostAddress multicastGroup()
{
    return QHostAddress(QStringLiteral("239.255.70.11"));
}
} // namespace discovery

struct Announcement
{
    int protocol = 0;
    QString branchId;
    QString serverId;
    quint16 tcpPort = 0;
    QString name;
    QHostAddress host; // where it came from (filled in by the listener)

    QByteArray toDatagram(const BranchKey &key) const;
    // nullopt for anything that is not a genuine announcement under this key.
    static std::optional<Announcement> fromDatagram(const QByteArray &datagram, const BranchKey &key);
};

class DiscoveryAnnouncer : public QObject
{
    Q_OBJECT

public:
    DiscoveryAnnouncer(BranchKey key, Announcement announcement, quint16 udpPort = discovery::kDefaultUdpPort,
                       QObject *parent = nullptr);
    void start();
    void announce();

private:
    BranchKey m_key;
    Announcement m_announcement;
    quint16 m_udpPort;
    QUdpSocket m_socket;
    QTimer m_timer;
};

class DiscoveryListener : public QObject
{
    Q_OBJECT

public:
    DiscoveryListener(BranchKey key, QString branchId, quint16 udpPort = discovery::kDefaultUdpPort,
                      QObject *parent = nullptr);
    // An error sentence when the port cannot be bound.
    std::optional<QString> start();

signals:
    void found(const tessera::Announcement &announcement);

private:
    void joinGroups();
    void readDatagrams();

    BranchKey m_key;
    QString m_branchId;
    quint16 m_udpPort;
    QUdpSocket m_socket;
    QTimer m_rejoin;
};

} // namespace tessera
