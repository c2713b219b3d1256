#pragma once

#include "net/BranchClient.h"

#include <QCoreApplication>

namespace tessera::teller {

// A teller workstation's settings file: the [station] section every station has (see
// StationSettingsFile; role=teller or role=supervisor, counter=N), plus
//
//   [teller]
//   chooseCounter=false  ; true: the teller picks the counter at login (a shared PC)
//   user=anna            ; the login name to offer (the password is always asked)
//   language=en          ; the program's language: en, zh_CN, zh_TW, lv or cy
//   compact=false        ; start as the small always-on-top bar
struct TellerSettings
{
    Q_DECLARE_TR_FUNCTIONS(TellerSettings)

public:
    StationSettings station;
    bool chooseCounter = false;
    QString user;
    QString language = QStringLiteral("en");
    bool compact = false;

    static Expected<TellerSettings, QString> load(const QString &path);
};

} // namespace tessera::teller
