#include "KioskSetup.h"

#include "StationSetup.h"

#include <QComboBox>
#include <QPrinterInfo>

namespace tessera::kiosk {

void prepareSetup(StationSetup &setup)
{
    auto *printer = new QComboBox(&setup);
    printer->setObjectName(QStringLiteral("printer"));
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        printer->addItem(name, name);
    const QString preferred = QPrinterInfo::defaultPrinterName();
    if (!preferred.isEmpty())
        printer->setCurrentIndex(printer->findData(preferred));
    printer->addItem(tessera::StationSetup::tr("No printer: the number on screen only"), QStringLiteral("none"));
    setup.addRow(tessera::StationSetup::tr("Ticket printer:"), printer);
    setup.setComplete([printer](const QueueState &, QSettings &file) -> std::optional<QString> {
        file.setValue(QStringLiteral("kiosk/printer"), printer->currentData().toString());
        return std::nullopt;
    });
}

} // namespace tessera::kiosk
