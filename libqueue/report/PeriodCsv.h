#pragma once

#include "PeriodReport.h"
#include "model/Expected.h"

#include <QCoreApplication>

namespace tessera {

// The period report's tables as CSV, with the daily report's columns (ReportCsv):
// <from>_<to>-services.csv (per branch: every service, then ALL) and -tellers.csv.
class PeriodCsv
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PeriodCsv)

public:
    static QString services(const PeriodReport &report);
    static QString tellers(const PeriodReport &report);
    // The files written, or what went wrong (the directory is created if missing).
    static Expected<QStringList, QString> write(const PeriodReport &report, const QString &directory);
};

} // namespace tessera
