#include "ServerSecrets.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace tessera;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerSecrets", text);
}

} // namespace

Expected<BranchKey, QString> ServerSecrets::loadOrCreateKey(const QString &path, bool *created)
{
    if (created)
        *created = false;
    if (QFile::exists(path))
        return BranchKey::fromFile(path);
    const BranchKey key = BranchKey::generate();
    if (const auto error = key.save(path))
        return *error;
    if (created)
        *created = true;
    return key;
}

Expected<QByteArray, QString> ServerSecrets::loadOrCreateSessionSecret(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("session.secret"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray secret = QByteArray::fromHex(existing.readAll().trimmed());
        if (secret.size() >= 32)
            return secret;
    }
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toHex() + '\n');
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return secret;
}
