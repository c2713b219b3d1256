#include "DisplaySettings.h"

#include "net/StationSettingsFile.h"

#include <QSettings>

namespace tessera::display {

bool DisplaySettings::inZone(CounterNumber counter, const QString &service) const
{
    return (counters.isEmpty() || counters.contains(counter)) && (services.isEmpty() || services.contains(service));
}

Expected<DisplaySettings, QString> DisplaySettings::load(const QString &path)
{
    auto station = StationSettingsFile::load(path);
    if (!station)
        return station.error();
    if (station.value().role != StationRole::Display)
        return tr("%1: station.role is %2; a lobby display needs role=display")
            .arg(path, wireName(station.value().role));
    DisplaySettings settings;
    settings.station = std::move(station).value();
    QSettings file(path, QSettings::IniFormat);
    std::optional<QString> error;
    const auto number = [&](const QString &key, int fallback, int low, int high) {
        bool ok = true;
        const int value = file.value(key, fallback).toInt(&ok);
        if ((!ok || value < low || value > high) && !error)
            error = tr("%1: %2 must be a whole number from %3 to %4").arg(path, key).arg(low).arg(high);
        return value;
    };
    const auto list = [&](const QString &key) {
        // QSettings reads "1,2,3" as a list and "1" as a string.
        QStringList items = file.value(key).toStringList();
        if (items.size() == 1)
            items = items.first().split(QLatin1Char(','));
        items.removeAll(QString());
        for (QString &item : items)
            item = item.trimmed();
        return items;
    };
    for (const QString &counter : list(QStringLiteral("display/counters"))) {
        bool ok = false;
        const int n = counter.toInt(&ok);
        if (!ok || n <= 0)
            return tr("%1: display.counters must list counter numbers, such as 1,2,3 (\"%2\" is not one)")
                .arg(path, counter);
        settings.counters.insert(n);
    }
    for (const QString &service : list(QStringLiteral("display/services")))
        settings.services.insert(service);
    settings.recentCalls = number(QStringLiteral("display/recentCalls"), 8, 0, 20);
    settings.callSeconds = number(QStringLiteral("display/callSeconds"), 6, 1, 60);
    settings.highlightSeconds = number(QStringLiteral("display/highlightSeconds"), 4, 0, 60);
    settings.showWaiting = file.value(QStringLiteral("display/showWaiting"), true).toBool();
    // QSettings reads "Welcome, please take a ticket" as a list: put the commas back.
    settings.ticker = file.value(QStringLiteral("display/ticker")).toStringList().join(QStringLiteral(", "));
    settings.language = file.value(QStringLiteral("display/language"), settings.language).toString();
    settings.soundEnabled = file.value(QStringLiteral("sound/enabled"), true).toBool();
    settings.volume = number(QStringLiteral("sound/volume"), 80, 0, 100);
    settings.repeat = number(QStringLiteral("sound/repeat"), 1, 1, 5);
    settings.gapMs = number(QStringLiteral("sound/gapMs"), 700, 0, 5000);
    settings.voicePack = file.value(QStringLiteral("sound/voicePack")).toString();
    if (error)
        return *error;
    return settings;
}

} // namespace tessera::display
