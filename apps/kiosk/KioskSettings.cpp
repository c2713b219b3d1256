#include "KioskSettings.h"

#include "net/StationSettingsFile.h"

#include <QCoreApplication>
#include <QSettings>

namespace tessera::kiosk {

Expected<KioskSettings, QString> KioskSettings::load(const QString &path)
{
    auto station = StationSettingsFile::load(path);
    if (!station)
        return station.error();
    if (station.value().role != StationRole::Kiosk)
        return tr("%1: station.role is %2; a kiosk needs role=kiosk").arg(path, wireName(station.value().role));
    KioskSettings settings;
    settings.station = std::move(station).value();

    QSettings file(path, QSettings::IniFormat);
    file.beginGroup(QStringLiteral("kiosk"));
    settings.printer = file.value(QStringLiteral("printer")).toString().trimmed();
    settings.screenOnly = settings.printer.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    if (settings.screenOnly)
        settings.printer.clear();
    settings.footer = file.value(QStringLiteral("footer")).toString();
    const auto number = [&](const char *key, int fallback, int low, int high) -> std::optional<int> {
        bool ok = true;
        const int value = file.value(QLatin1String(key), fallback).toInt(&ok);
        return ok && value >= low && value <= high ? std::optional(value) : std::nullopt;
    };
    const auto width = number("paperWidth", 80, 58, 80);
    if (!width || (*width != 58 && *width != 80))
        return tr("%1: kiosk.paperWidth must be 80 or 58 (mm)").arg(path);
    settings.paperWidthMm = *width;
    const auto idle = number("idleSeconds", 20, 5, 600);
    if (!idle)
        return tr("%1: kiosk.idleSeconds must be a whole number from 5 to 600").arg(path);
    settings.idleSeconds = *idle;
    const auto ticket = number("ticketSeconds", 12, 3, 120);
    if (!ticket)
        return tr("%1: kiosk.ticketSeconds must be a whole number from 3 to 120").arg(path);
    settings.ticketSeconds = *ticket;
    return settings;
}

} // namespace tessera::kiosk
