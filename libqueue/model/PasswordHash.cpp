#include "PasswordHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace tessera {

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kKeyLength = 32;
constexpr int kSaltLength = 16;

struct Parsed
{
    int version = 0;
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString &stored, Parsed &out, QString *problem)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (parts.size() != 5 || parts[0] != kScheme)
        return fail(QStringLiteral("expected pbkdf2-sha256$version$iterations$salt$hash"));
    bool ok = false;
    out.version = parts[1].toInt(&ok);
    if (!ok || out.version != PasswordHash::kCurrentVersion)
        return fail(QStringLiteral("unknown hash version '%1'").arg(parts[1]));
    out.iterations = parts[2].toInt(&ok);
    if (!ok || out.iterations < 1000)
        return fail(QStringLiteral("iterations must be a number of at least 1000"));
    out.salt = QByteArray::fromBase64(parts[3].toLatin1());
    out.hash = QByteArray::fromBase64(parts[4].toLatin1());
    if (out.salt.size() < 8 || out.hash.size() != kKeyLength)
        return fail(QStringLiteral("salt or hash is not valid base64 of the right length"));
    return true;
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              kKeyLength);
}

} // namespace

QString PasswordHash::create(const QString &password, int iterations)
{
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    for (char &byte : salt)
        byte = char(QRandomGenerator::system()->bounded(256));
    return create(password, salt, iterations);
}

QString PasswordHash::create(const QString &password, const QByteArray &salt, int iterations)
{
    return QStringLiteral("%1$%2$%3$%4$%5")
        .arg(kScheme)
        .arg(kCurrentVersion)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    Parsed parsed;
    if (!parse(stored, parsed, nullptr))
        return false;
    const QByteArray candidate = derive(password, parsed.salt, parsed.iterations);
    // Constant-time comparison, so the time taken does not reveal how much matched.
    unsigned char difference = 0;
    for (int i = 0; i < kKeyLength; ++i)
        difference |= static_cast<unsigned char>(candidate[i] ^ parsed.hash[i]);
    return difference == 0;
}

QString PasswordHash::redacted()
{
    return QStringLiteral("%1$%2$1000$%3$%4")
        .arg(kScheme)
        .arg(kCurrentVersion)
        .arg(QString::fromLatin1(QByteArray(16, '\0').toBase64()),
             QString::fromLatin1(QByteArray(kKeyLength, '\0').toBase64()));
}

QString PasswordHash::problemWith(const QString &stored)
{
    Parsed parsed;
    QString problem;
    parse(stored, parsed, &problem);
    return problem;
}

} // namespace tessera
