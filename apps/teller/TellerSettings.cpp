#include "TellerSettings.h"

#include "net/StationSettingsFile.h"

#include <QSettings>

namespace tessera::teller {

Expected<TellerSettings, QString> TellerSettings::load(const QString &path)
{
    auto station = StationSettingsFile::load(path);
    if (!station)
        return station.error();
    const StationRole role = station.value().role;
    if (role != StationRole::Teller && role != StationRole::Supervisor)
        return tr("%1: station.role is %2; a teller workstation needs role=teller or role=supervisor")
            .arg(path, wireName(role));
    TellerSettings settings;
    settings.station = std::move(station).value();

    QSettings file(path, QSettings::IniFormat);
    file.beginGroup(QStringLiteral("teller"));
    const QVariant choose = file.value(QStringLiteral("chooseCounter"), settings.station.counter == 0);
    const QString chooseText = choose.toString().toLower();
    if (!QStringList{QStringLiteral("true"), QStringLiteral("false")}.contains(chooseText))
        return tr("%1: teller.chooseCounter must be true or false").arg(path);
    settings.chooseCounter = chooseText == QLatin1String("true");
    if (!settings.chooseCounter && settings.station.counter <= 0)
        return tr("%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true").arg(path);
    settings.user = file.value(QStringLiteral("user")).toString().trimmed();
    settings.language = file.value(QStringLiteral("language"), settings.language).toString().trimmed();
    const QStringList languages{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                QStringLiteral("lv"), QStringLiteral("cy")};
    if (!languages.contains(settings.language))
        return tr("%1: teller.language must be one of %2").arg(path, languages.join(QStringLiteral(", ")));
    settings.compact = file.value(QStringLiteral("compact"), false).toBool();
    return settings;
}

} // namespace tessera::teller
