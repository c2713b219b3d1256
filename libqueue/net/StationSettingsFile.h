#pragma once

#include "BranchClient.h"

namespace tessera {

// A station's settings file (INI, one per installed station):
//
//   [station]
//   role=teller            ; kiosk, teller, display, supervisor or tool
//   id=teller-3            ; unique in the branch, stable
//   name=Counter 3
//   branch=northbank-riga-centre
//   key=ce553a35 a9bc15d7 ...  ; from "tessera-server key" (or keyFile=/path)
//   server=192.168.1.10:47010  ; optional; without it the server is found by discovery
//   counter=3              ; tellers: the counter this station sits at
class StationSettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(StationSettingsFile)

public:
    static Expected<StationSettings, QString> load(const QString &path);
    // "host:port" into the settings; an error sentence when it is not one.
    static std::optional<QString> setServer(StationSettings &settings, const QString &hostAndPort);
};

} // namespace tessera
