#pragma once

#include "net/BranchClient.h"

#include <QCoreApplication>

namespace tessera::kiosk {

// A kiosk's settings file: the [station] section every station has (see
// StationSettingsFile), plus
//
//   [kiosk]
//   printer=TM-T88         ; a print queue (CUPS) name; empty: the system default;
//                          ; none: screen only, for branches without a printer
//   paperWidth=80          ; thermal paper width in mm: 80 or 58
//   footer=Thank you for waiting
//   idleSeconds=20         ; untouched this long, the kiosk goes back to its start screen
//   ticketSeconds=12       ; how long the ticket number stays on screen
struct KioskSettings
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettings)

public:
    StationSettings station;
    QString printer;
    bool screenOnly = false;
    int paperWidthMm = 80;
    QString footer;
    int idleSeconds = 20;
    int ticketSeconds = 12;

    static Expected<KioskSettings, QString> load(const QString &path);
};

} // namespace tessera::kiosk
