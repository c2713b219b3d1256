#include "SessionTokens.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace tessera {

QByteArray SessionTokens::mac(const QString &user, TimestampMs expiresAt) const
{
    return QMessageAuthenticationCode::hash(user.toUtf8() + '\n' + QByteArray::number(expiresAt), m_secret,
                                            QCryptographicHash::Sha256);
}

QString SessionTokens::issue(const QString &user, TimestampMs expiresAt) const
{
    QByteArray token(8, Qt::Uninitialized);
    qToBigEndian(quint64(expiresAt), token.data());
    token.append(mac(user, expiresAt));
    return QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SessionTokens::verify(const QString &user, const QString &token, TimestampMs now) const
{
    const QByteArray raw =
        QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (raw.size() != 8 + 32 || m_secret.isEmpty())
        return false;
    const auto expiresAt = TimestampMs(qFromBigEndian<quint64>(raw.constData()));
    if (expiresAt < now)
        return false;
    // Compare in constant time: the token is a secret.
    const QByteArray expected = mac(user, expiresAt);
    char difference = 0;
    for (int i = 0; i < expected.size(); ++i)
        difference |= char(expected[i] ^ raw[8 + i]);
    return difference == 0;
}

} // namespace tessera
