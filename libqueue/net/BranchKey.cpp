#include "BranchKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCipher>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>

namespace tessera {

BranchKey BranchKey::generate()
{
    BranchKey key;
    key.m_bytes.resize(kBytes);
    QRandomGenerator::system()->generate(key.m_bytes.begin(), key.m_bytes.end());
    return key;
}

Expected<BranchKey, QString> BranchKey::fromText(const QString &text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex.match(digits).hasMatch())
        return tr("A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing "
                  "spaces. Copy it again from \"tessera-server key show\".")
            .arg(digits.size());
    BranchKey key;
    key.m_bytes = QByteArray::fromHex(digits.toLatin1());
    return key;
}

Expected<BranchKey, QString> BranchKey::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the branch key file %1: %2").arg(path, file.errorString());
    auto key = fromText(QString::fromLatin1(file.readAll()));
    if (!key)
        return QStringLiteral("%1: %2").arg(path, key.error());
    return key;
}

std::optional<QString> BranchKey::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the branch key file %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toText().toLatin1() + '\n');
    if (!file.commit())
        return tr("Cannot write the branch key file %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

QString BranchKey::toText() const
{
    const QString hex = QString::fromLatin1(m_bytes.toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString BranchKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash("tessera-fingerprint" + m_bytes, QCryptographicHash::Sha256);
    const QString hex = QString::fromLatin1(digest.left(4).toHex());
    return hex.left(4) + QLatin1Char(' ') + hex.mid(4);
}

QSslConfiguration BranchKey::tlsConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the PSK authenticates both sides; there are no certificates
    // No certificate authorities either: otherwise every connection's TLS context loads the
    // system's, which costs hundreds of kilobytes per station on the server.
    config.setCaCertificates({});
    QList<QSslCipher> ciphers;
    for (const char *name : {"ECDHE-PSK-CHACHA20-POLY1305", "PSK-AES256-GCM-SHA384"}) {
        const QSslCipher cipher(QString::fromLatin1(name), QSsl::TlsV1_2);
        if (!cipher.isNull())
            ciphers << cipher;
    }
    config.setCiphers(ciphers);
    config.setPreSharedKeyIdentityHint("tessera");
    return config;
}

void BranchKey::attach(QSslSocket *socket, const QByteArray &identity) const
{
    socket->setSslConfiguration(tlsConfiguration());
    QObject::connect(socket, &QSslSocket::preSharedKeyAuthenticationRequired, socket,
                     [key = m_bytes, identity](QSslPreSharedKeyAuthenticator *authenticator) {
                         authenticator->setIdentity(identity.left(authenticator->maximumIdentityLength()));
                         authenticator->setPreSharedKey(key);
                     });
}

} // namespace tessera
