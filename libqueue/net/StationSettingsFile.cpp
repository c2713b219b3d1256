#include "StationSettingsFile.h"

#include <QFileInfo>
#include <QSettings>

namespace tessera {

std::optional<QString> StationSettingsFile::setServer(StationSettings &settings, const QString &hostAndPort)
{
    const qsizetype colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? hostAndPort.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
        return tr("\"%1\" is not a server address; write it as host:port, e.g. 192.168.1.10:47010.").arg(hostAndPort);
    settings.host = hostAndPort.left(colon);
    settings.port = quint16(port);
    return std::nullopt;
}

Expected<StationSettings, QString> StationSettingsFile::load(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return tr("Cannot read the station settings %1.").arg(path);
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return tr("%1 is not a valid settings file (INI format).").arg(path);
    file.beginGroup(QStringLiteral("station"));
    const auto problem = [&path](const QString &key, const QString &reason) {
        return QStringLiteral("%1: station.%2: %3").arg(path, key, reason);
    };

    StationSettings settings;
    if (!parseEnum(file.value(QStringLiteral("role")).toString(), settings.role))
        return problem(QStringLiteral("role"), tr("must be kiosk, teller, display, supervisor or tool"));
    settings.stationId = file.value(QStringLiteral("id")).toString();
    if (settings.stationId.isEmpty())
        return problem(QStringLiteral("id"), tr("is missing; give each station a unique id"));
    settings.name = file.value(QStringLiteral("name"), settings.stationId).toString();
    settings.branchId = file.value(QStringLiteral("branch")).toString();
    if (settings.branchId.isEmpty())
        return problem(QStringLiteral("branch"), tr("is missing; it is the branchId of the server's configuration"));
    const auto key = file.contains(QStringLiteral("keyFile"))
                         ? BranchKey::fromFile(file.value(QStringLiteral("keyFile")).toString())
                         : BranchKey::fromText(file.value(QStringLiteral("key")).toString());
    if (!key)
        return problem(QStringLiteral("key"), key.error());
    settings.key = key.value();
    settings.counter = file.value(QStringLiteral("counter"), 0).toInt();
    const QString server = file.value(QStringLiteral("server")).toString();
    if (!server.isEmpty()) {
        if (const auto error = setServer(settings, server))
            return problem(QStringLiteral("server"), *error);
    }
    return settings;
}

} // namespace tessera
