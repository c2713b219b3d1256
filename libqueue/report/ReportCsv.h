#pragma once

#include "DailyReport.h"
#include "model/Expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// The report's raw tables as CSV (RFC 4180, UTF-8, comma, one header row), for analysts:
// <date>-summary.csv, -services.csv, -counters.csv, -tellers.csv, -hours.csv and -comments.csv.
// Durations are seconds with millisecond decimals, exactly as journaled; nothing is rounded.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReportCsv)

public:
    // The files written, or what went wrong (the directory is created if missing).
    static Expected<QStringList, QString> write(const DailyReport &report, const QString &directory);

    // Each table as text, for tests and for writers elsewhere.
    static QString summary(const DailyReport &report);
    static QString services(const DailyReport &report);
    static QString counters(const DailyReport &report);
    static QString tellers(const DailyReport &report);
    static QString hours(const DailyReport &report);
    static QString comments(const DailyReport &report); // customers' words with their ratings, as typed

    // The columns of a service's figures (from "prefix" to "rating_avg"), and of a counter's or a
    // teller's (from "served" to "rating_avg"): the period report's CSV has them too.
    static QStringList figureHeader();
    static QStringList figureCells(const ServiceFigures &figures);
    static QStringList staffHeader();
    static QStringList staffCells(const StaffFigures &staff);
    // Writes each table to `prefix` + its name + ".csv"; the files written, or what went wrong.
    static Expected<QStringList, QString> writeTables(const QString &prefix,
                                                      const QList<std::pair<const char *, QString>> &tables);
};

} // namespace tessera
