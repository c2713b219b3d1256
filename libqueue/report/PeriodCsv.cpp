#include "PeriodCsv.h"

#include "CsvTable.h"
#include "ReportCsv.h"

#include <QDir>

namespace tessera {

namespace {

QStringList branchCells(const PeriodReport &report, const BranchPeriod &branch)
{
    return {report.from.toString(Qt::ISODate),
            report.to.toString(Qt::ISODate),
            branch.branchId,
            branch.branchName,
            QString::number(branch.days),
            branch.complete ? QStringLiteral("yes") : QStringLiteral("no")};
}

QStringList branchHeader()
{
    return {QStringLiteral("from"),        QStringLiteral("to"),   QStringLiteral("branch"),
            QStringLiteral("branch_name"), QStringLiteral("days"), QStringLiteral("all_days_complete")};
}

} // namespace

QString PeriodCsv::services(const PeriodReport &report)
{
    CsvTable table(branchHeader() + QStringList{QStringLiteral("service"), QStringLiteral("name")} +
                   ReportCsv::figureHeader());
    for (const BranchPeriod &branch : report.branches) {
        for (const ServiceFigures &service : branch.services)
            table.row(branchCells(report, branch) + QStringList{service.service, service.name} +
                      ReportCsv::figureCells(service));
        table.row(branchCells(report, branch) + QStringList{QStringLiteral("ALL"), QStringLiteral("All services")} +
                  ReportCsv::figureCells(branch.total));
    }
    return table.text();
}

QString PeriodCsv::tellers(const PeriodReport &report)
{
    CsvTable table(branchHeader() + QStringList{QStringLiteral("teller"), QStringLiteral("name")} +
                   ReportCsv::staffHeader());
    for (const BranchPeriod &branch : report.branches) {
        for (const StaffFigures &teller : branch.tellers)
            table.row(branchCells(report, branch) + QStringList{teller.id, teller.name} +
                      ReportCsv::staffCells(teller));
    }
    return table.text();
}

Expected<QStringList, QString> PeriodCsv::write(const PeriodReport &report, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return tr("Cannot create the directory %1 for the CSV files.").arg(directory);
    const QString prefix = QDir(directory).filePath(
        QStringLiteral("%1_%2-").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)));
    return ReportCsv::writeTables(prefix, {{"services", services(report)}, {"tellers", tellers(report)}});
}

} // namespace tessera
