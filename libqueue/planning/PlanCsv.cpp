#include "PlanCsv.h"

#include "report/CsvTable.h"

#include <QDir>
#include <QTime>

namespace tessera {

QString PlanCsv::table(const StaffingPlan &plan)
{
    const QStringList services = plan.services();
    QStringList header{QStringLiteral("date"),
                       QStringLiteral("time"),
                       QStringLiteral("forecast_arrivals"),
                       QStringLiteral("service_seconds"),
                       QStringLiteral("target_wait_seconds"),
                       QStringLiteral("counters_erlang_c"),
                       QStringLiteral("counters_advised"),
                       QStringLiteral("advised_service_level"),
                       QStringLiteral("counters_open_last_week")};
    for (const QString &service : services)
        header << service + QStringLiteral("_arrivals") << service + QStringLiteral("_counters")
               << service + QStringLiteral("_counters_alone");
    CsvTable table(header);
    // Counters past any staff (staffing::kUnreachable) are left empty, not written as -1.
    const auto counters = [](int count) {
        return count < 0 ? QString() : QString::number(count);
    };
    for (int slot : plan.shownSlots()) {
        const SlotAdvice &advice = plan.halfHours[slot];
        QStringList row{plan.day.toString(Qt::ISODate),
                        QTime(0, 0).addSecs(slot * 1800).toString(QStringLiteral("HH:mm")),
                        QString::number(advice.arrivals, 'f', 2),
                        QString::number(advice.serviceSeconds, 'f', 0),
                        QString::number(advice.targetSeconds),
                        counters(advice.countersErlangC),
                        counters(advice.countersErlangA),
                        QString::number(advice.serviceLevelA, 'f', 4),
                        advice.countersOpenLastWeek < 0 ? QString()
                                                        : QString::number(advice.countersOpenLastWeek, 'f', 2)};
        for (const QString &service : services)
            row << QString::number(plan.forecast.arrivals.value(service).value(slot), 'f', 2)
                << QString::number(advice.byService.value(service)) << counters(advice.dedicated.value(service, 0));
        table.row(row);
    }
    return table.text();
}

Expected<QStringList, QString> PlanCsv::write(const StaffingPlan &plan, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return tr("Cannot create the directory %1 for the CSV file.").arg(directory);
    const QString path = QDir(directory).filePath(plan.day.toString(Qt::ISODate) + QStringLiteral("-plan.csv"));
    if (const QString error = CsvTable::save(path, table(plan)); !error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, error);
    return QStringList{path};
}

} // namespace tessera
