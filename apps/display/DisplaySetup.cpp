#include "DisplaySetup.h"

#include "StationSetup.h"

#include <QLineEdit>

namespace tessera::display {

namespace {

QStringList items(const QLineEdit *field)
{
    QStringList list = field->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : list)
        item = item.trimmed();
    list.removeAll(QString());
    return list;
}

} // namespace

void prepareSetup(StationSetup &setup)
{
    auto *counters = new QLineEdit(&setup);
    counters->setObjectName(QStringLiteral("zoneCounters"));
    counters->setPlaceholderText(tessera::StationSetup::tr("all; or a zone such as 1, 2, 3"));
    auto *services = new QLineEdit(&setup);
    services->setObjectName(QStringLiteral("zoneServices"));
    services->setPlaceholderText(tessera::StationSetup::tr("all; or service ids such as cash, loans"));
    setup.addRow(tessera::StationSetup::tr("Counters shown:"), counters);
    setup.addRow(tessera::StationSetup::tr("Services shown:"), services);
    setup.setComplete([&setup, counters, services](const QueueState &state, QSettings &file) -> std::optional<QString> {
        const BranchConfig &config = state.config();
        for (const QString &item : items(counters)) {
            bool ok = false;
            const int number = item.toInt(&ok);
            if (!ok || !config.counter(number))
                return tessera::StationSetup::tr("The branch has no counter \"%1\".").arg(item);
        }
        for (const QString &item : items(services)) {
            if (!config.service(item))
                return tessera::StationSetup::tr("The branch has no service \"%1\".").arg(item);
        }
        file.setValue(QStringLiteral("display/counters"), items(counters).join(QLatin1Char(',')));
        file.setValue(QStringLiteral("display/services"), items(services).join(QLatin1Char(',')));
        file.setValue(QStringLiteral("display/language"), setup.language());
        return std::nullopt;
    });
}

} // namespace tessera::display
