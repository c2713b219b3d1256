#include "TicketLinks.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace tessera {

namespace {

constexpr int kIdBytes = 6;         // tickets of a branch's whole life
constexpr int kDayBytes = 3;        // days since 2000-01-01
constexpr int kSignatureBytes = 12; // 96 bits: guessing one is hopeless at any request rate
const QDate kEpoch(2000, 1, 1);

} // namespace

TicketLinks::TicketLinks(const BranchKey &key, const QString &branchId)
    : m_key(QMessageAuthenticationCode::hash("tessera web ticket links 1", key.bytes(), QCryptographicHash::Sha256)),
      m_branchId(branchId.toUtf8())
{}

QByteArray TicketLinks::signature(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(m_branchId + '\0' + payload, m_key, QCryptographicHash::Sha256)
        .left(kSignatureBytes);
}

QString TicketLinks::tokenFor(TicketId ticket, const QDate &businessDay) const
{
    QByteArray payload(kIdBytes + kDayBytes, '\0');
    const quint64 id = quint64(ticket);
    const quint32 day = quint32(kEpoch.daysTo(businessDay));
    for (int i = 0; i < kIdBytes; ++i)
        payload[i] = char((id >> (8 * (kIdBytes - 1 - i))) & 0xff);
    for (int i = 0; i < kDayBytes; ++i)
        payload[kIdBytes + i] = char((day >> (8 * (kDayBytes - 1 - i))) & 0xff);
    return QString::fromLatin1(
        (payload + signature(payload)).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<TicketLinks::Link> TicketLinks::read(const QString &token) const
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kIdBytes + kDayBytes + kSignatureBytes)
        return std::nullopt;
    const QByteArray payload = decoded.decoded.left(kIdBytes + kDayBytes);
    const QByteArray given = decoded.decoded.mid(kIdBytes + kDayBytes);
    // Compared in constant time: the time taken says nothing about how much of it was right.
    const QByteArray expected = signature(payload);
    unsigned char difference = 0;
    for (int i = 0; i < kSignatureBytes; ++i)
        difference |= uchar(given[i]) ^ uchar(expected[i]);
    if (difference != 0)
        return std::nullopt;
    quint64 id = 0;
    quint32 day = 0;
    for (int i = 0; i < kIdBytes; ++i)
        id = (id << 8) | uchar(payload[i]);
    for (int i = 0; i < kDayBytes; ++i)
        day = (day << 8) | uchar(payload[kIdBytes + i]);
    return Link{TicketId(id), kEpoch.addDays(day)};
}

QString TicketLinks::pageUrl(const QString &publicUrl, const QString &token)
{
    QString base = publicUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/t/") + token;
}

} // namespace tessera
