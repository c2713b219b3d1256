#include "Discovery.h"

#include "LogCategories.h"
#include "protocol/CborFields.h"

#include <QMessageAuthenticationCode>
#include <QNetworkDatagram>
#include <QNetworkInterface>

namespace tessera {

namespace {

constexpr QLatin1String kMagic("tessera-announce");
constexpr int kMacBytes = 16;

QByteArray macOf(const QByteArray &body, const BranchKey &key)
{
    return QMessageAuthenticationCode::hash(body, key.bytes(), QCryptographicHash::Sha256).left(kMacBytes);
}

// Interfaces worth announcing on: up, with IPv4. Loopback is included (tests, and a
// server and a display on one PC); it reports no multicast flag yet carries multicast.
QList<QNetworkInterface> usableInterfaces()
{
    QList<QNetworkInterface> result;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!iface.flags().testFlag(QNetworkInterface::IsUp) || !iface.flags().testFlag(QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                result.append(iface);
                break;
            }
        }
    }
    return result;
}

} // namespace

QByteArray Announcement::toDatagram(const BranchKey &key) const
{
    QCborMap map;
    map.insert(QLatin1String("magic"), kMagic);
    map.insert(QLatin1String("protocol"), protocol);
    map.insert(QLatin1String("branchId"), branchId);
    map.insert(QLatin1String("serverId"), serverId);
    map.insert(QLatin1String("tcpPort"), tcpPort);
    map.insert(QLatin1String("name"), name);
    const QByteArray body = map.toCborValue().toCbor();
    return body + macOf(body, key);
}

std::optional<Announcement> Announcement::fromDatagram(const QByteArray &datagram, const BranchKey &key)
{
    if (datagram.size() <= kMacBytes || datagram.size() > 4096)
        return std::nullopt;
    const QByteArray body = datagram.chopped(kMacBytes);
    if (macOf(body, key) != datagram.right(kMacBytes))
        return std::nullopt;
    const QCborValue value = QCborValue::fromCbor(body);
    if (!value.isMap() || value.toMap().value(QLatin1String("magic")).toString() != kMagic)
        return std::nullopt;
    const QCborMap map = value.toMap();
    Announcement announcement;
    qint64 port = 0;
    if (!cbor::fromValue(map.value(QLatin1String("protocol")), announcement.protocol) ||
        !cbor::fromValue(map.value(QLatin1String("branchId")), announcement.branchId) ||
        !cbor::fromValue(map.value(QLatin1String("serverId")), announcement.serverId) ||
        !cbor::fromValue(map.value(QLatin1String("tcpPort")), port) || port <= 0 || port > 65535)
        return std::nullopt;
    announcement.tcpPort = quint16(port);
    announcement.name = map.value(QLatin1String("name")).toString();
    return announcement;
}

DiscoveryAnnouncer::DiscoveryAnnouncer(BranchKey key, Announcement announcement, quint16 udpPort, QObject *parent)
    : QObject(parent), m_key(std::move(key)), m_announcement(std::move(announcement)), m_udpPort(udpPort)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DiscoveryAnnouncer::announce);
}

void DiscoveryAnnouncer::start()
{
    m_socket.bind(QHostAddress::AnyIPv4, 0);
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, 1); // this LAN only
    m_socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
    announce();
    m_timer.start();
}

void DiscoveryAnnouncer::announce()
{
    const QByteArray datagram = m_announcement.toDatagram(m_key);
    // Multicast where it is allowed, broadcast where it is not: each interface gets both.
    for (const QNetworkInterface &iface : usableInterfaces()) {
        m_socket.setMulticastInterface(iface);
        m_socket.writeDatagram(datagram, discovery::multicastGroup(), m_udpPort);
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QHostAddress broadcast =
                entry.ip().isLoopback() ? QHostAddress(QStringLiteral("127.255.255.255")) : entry.broadcast();
            if (!broadcast.isNull())
                m_socket.writeDatagram(datagram, broadcast, m_udpPort);
        }
    }
}

DiscoveryListener::DiscoveryListener(BranchKey key, QString branchId, quint16 udpPort, QObject *parent)
    : QObject(parent), m_key(std::move(key)), m_branchId(std::move(branchId)), m_udpPort(udpPort)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &DiscoveryListener::readDatagrams);
    // Interfaces come and go (a cable, a VPN): join the group on new ones as they appear.
    m_rejoin.setInterval(5000);
    connect(&m_rejoin, &QTimer::timeout, this, &DiscoveryListener::joinGroups);
}

std::optional<QString> DiscoveryListener::start()
{
    if (!m_socket.bind(QHostAddress::AnyIPv4, m_udpPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return tr("Cannot listen for the server's announcements on UDP port %1: %2")
            .arg(m_udpPort)
            .arg(m_socket.errorString());
    joinGroups();
    m_rejoin.start();
    return std::nullopt;
}

void DiscoveryListener::joinGroups()
{
    for (const QNetworkInterface &iface : usableInterfaces())
        m_socket.joinMulticastGroup(discovery::multicastGroup(), iface); // fails harmlessly when already joined
}

void DiscoveryListener::readDatagrams()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(8192);
        auto announcement = Announcement::fromDatagram(datagram.data(), m_key);
        if (!announcement) {
            qCDebug(lcDiscovery) << "ignored a datagram from" << datagram.senderAddress().toString();
            continue;
        }
        if (!m_branchId.isEmpty() && announcement->branchId != m_branchId)
            continue;
        announcement->host = QHostAddress(datagram.senderAddress().toIPv4Address());
        emit found(*announcement);
    }
}

} // namespace tessera
