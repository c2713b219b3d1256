#include "ReportCsv.h"

#include "CsvTable.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace tessera {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString share(int part, int whole)
{
    return whole > 0 ? QString::number(double(part) / double(whole), 'f', 4) : QString();
}

// Empty when nobody rated, as a share of nothing is.
QString ratingAverage(const Satisfaction &satisfaction)
{
    return satisfaction.ratings ? QString::number(satisfaction.average(), 'f', 3) : QString();
}

QString localTime(const DailyReport &report, TimestampMs at)
{
    const QTimeZone zone(report.timeZone.toUtf8());
    return QDateTime::fromMSecsSinceEpoch(at, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate);
}

QString staffTable(const DailyReport &report, const QList<StaffFigures> &rows, const QString &idColumn,
                   const QString &nameColumn)
{
    CsvTable table(QStringList{QStringLiteral("date"), idColumn, nameColumn} + ReportCsv::staffHeader());
    for (const StaffFigures &staff : rows)
        table.row(QStringList{report.day.toString(Qt::ISODate), staff.id, staff.name} + ReportCsv::staffCells(staff));
    return table.text();
}

} // namespace

QStringList ReportCsv::figureHeader()
{
    return {QStringLiteral("prefix"),
            QStringLiteral("target_wait_s"),
            QStringLiteral("issued"),
            QStringLiteral("served"),
            QStringLiteral("no_show"),
            QStringLiteral("cancelled"),
            QStringLiteral("transferred_in"),
            QStringLiteral("transferred_out"),
            QStringLiteral("waiting_at_end"),
            QStringLiteral("waits"),
            QStringLiteral("wait_avg_s"),
            QStringLiteral("wait_median_s"),
            QStringLiteral("wait_p90_s"),
            QStringLiteral("wait_max_s"),
            QStringLiteral("called_within_target"),
            QStringLiteral("within_target_share"),
            QStringLiteral("service_times"),
            QStringLiteral("service_avg_s"),
            QStringLiteral("service_median_s"),
            QStringLiteral("ratings"),
            QStringLiteral("rating_avg")};
}

QStringList ReportCsv::figureCells(const ServiceFigures &s)
{
    auto number = [](qint64 value) {
        return QString::number(value);
    };
    return {s.prefix,
            s.targetWaitSeconds ? number(s.targetWaitSeconds) : QString(),
            number(s.issued),
            number(s.served),
            number(s.noShow),
            number(s.cancelled),
            number(s.transferredIn),
            number(s.transferredOut),
            number(s.waitingAtEnd),
            number(s.wait.count),
            seconds(s.wait.averageMs()),
            seconds(s.wait.medianMs),
            seconds(s.wait.p90Ms),
            seconds(s.wait.maxMs),
            number(s.calledWithinTarget),
            share(s.calledWithinTarget, s.wait.count),
            number(s.serviceTime.count),
            seconds(s.serviceTime.averageMs()),
            seconds(s.serviceTime.medianMs),
            number(s.satisfaction.ratings),
            ratingAverage(s.satisfaction)};
}

QStringList ReportCsv::staffHeader()
{
    return {QStringLiteral("served"),   QStringLiteral("service_avg_s"), QStringLiteral("open_s"),
            QStringLiteral("paused_s"), QStringLiteral("serving_s"),     QStringLiteral("utilisation"),
            QStringLiteral("ratings"),  QStringLiteral("rating_avg")};
}

QStringList ReportCsv::staffCells(const StaffFigures &staff)
{
    const double utilisation = staff.utilisation();
    return {QString::number(staff.served),
            seconds(staff.averageServiceMs()),
            seconds(staff.openMs),
            seconds(staff.pausedMs),
            seconds(staff.servingMs),
            utilisation < 0 ? QString() : QString::number(utilisation, 'f', 4),
            QString::number(staff.satisfaction.ratings),
            ratingAverage(staff.satisfaction)};
}

QString ReportCsv::summary(const DailyReport &report)
{
    CsvTable table({QStringLiteral("key"), QStringLiteral("value")});
    auto add = [&table](const char *key, const QString &value) {
        table.row({QLatin1String(key), value});
    };
    const AppointmentFigures &a = report.appointments;
    const EstimateFigures &e = report.estimates;
    add("branch_id", report.branchId);
    add("branch_name", report.branchName);
    add("date", report.day.toString(Qt::ISODate));
    add("time_zone", report.timeZone);
    add("day_start", localTime(report, report.dayStart));
    add("day_end", localTime(report, report.dayEnd));
    add("figures_until", localTime(report, report.until));
    add("complete_day", report.complete() ? QStringLiteral("yes") : QStringLiteral("no"));
    add("appointments_booked", QString::number(a.booked));
    add("appointments_checked_in", QString::number(a.checkedIn));
    add("appointments_expired", QString::number(a.expired));
    add("appointments_cancelled", QString::number(a.cancelled));
    add("estimates_compared", QString::number(e.compared));
    add("estimate_mean_error_s", seconds(e.meanErrorMs()));
    add("estimate_mean_absolute_error_s", seconds(e.meanAbsoluteErrorMs()));
    add("estimate_waited_longer", QString::number(e.waitedLonger));
    add("estimate_waited_longer_share", share(e.waitedLonger, e.compared));
    add("estimate_within_range", QString::number(e.withinRange));
    add("estimate_within_range_share", share(e.withinRange, e.compared));
    return table.text();
}

QString ReportCsv::services(const DailyReport &report)
{
    CsvTable table(QStringList{QStringLiteral("date"), QStringLiteral("service"), QStringLiteral("name")} +
                   figureHeader());
    const QString date = report.day.toString(Qt::ISODate);
    for (const ServiceFigures &service : report.services)
        table.row(QStringList{date, service.service, service.name} + figureCells(service));
    table.row(QStringList{date, QStringLiteral("ALL"), QStringLiteral("All services")} + figureCells(report.total));
    return table.text();
}

QString ReportCsv::counters(const DailyReport &report)
{
    return staffTable(report, report.counters, QStringLiteral("counter"), QStringLiteral("label"));
}

QString ReportCsv::tellers(const DailyReport &report)
{
    return staffTable(report, report.tellers, QStringLiteral("teller"), QStringLiteral("name"));
}

QString ReportCsv::hours(const DailyReport &report)
{
    CsvTable table({QStringLiteral("date"), QStringLiteral("hour"), QStringLiteral("arrivals"),
                    QStringLiteral("served"), QStringLiteral("calls"), QStringLiteral("wait_avg_s"),
                    QStringLiteral("longest_line"), QStringLiteral("forecast_arrivals"),
                    QStringLiteral("estimates_compared"), QStringLiteral("estimate_mean_absolute_error_s"),
                    QStringLiteral("estimates_within_range")});
    for (const HourFigures &hour : report.hours) {
        // By the hour the tickets were issued in, as the customer was told then.
        table.row({report.day.toString(Qt::ISODate), QStringLiteral("%1:00").arg(hour.hour, 2, 10, QLatin1Char('0')),
                   QString::number(hour.arrivals), QString::number(hour.served), QString::number(hour.calls),
                   seconds(hour.averageWaitMs()), QString::number(hour.longestLine),
                   hour.forecastArrivals < 0 ? QString() : QString::number(hour.forecastArrivals, 'f', 2),
                   QString::number(hour.estimatesCompared), seconds(hour.estimateMeanAbsoluteErrorMs()),
                   QString::number(hour.estimatesWithinRange)});
    }
    return table.text();
}

QString ReportCsv::comments(const DailyReport &report)
{
    CsvTable table({QStringLiteral("date"), QStringLiteral("given_at"), QStringLiteral("ticket"),
                    QStringLiteral("service"), QStringLiteral("counter"), QStringLiteral("teller"),
                    QStringLiteral("rating"), QStringLiteral("comment")});
    for (const FeedbackComment &c : report.comments)
        table.row({report.day.toString(Qt::ISODate), localTime(report, c.at), c.ticketLabel, c.service,
                   c.counter ? QString::number(c.counter) : QString(), c.teller, QString::number(c.score),
                   CsvTable::typedText(c.comment)});
    return table.text();
}

Expected<QStringList, QString> ReportCsv::write(const DailyReport &report, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return tr("Cannot create the directory %1 for the CSV files.").arg(directory);
    const QString prefix = QDir(directory).filePath(report.day.toString(Qt::ISODate) + QLatin1Char('-'));
    const QList<std::pair<const char *, QString>> tables{
        {"summary", summary(report)}, {"services", services(report)}, {"counters", counters(report)},
        {"tellers", tellers(report)}, {"hours", hours(report)},       {"comments", comments(report)}};
    return writeTables(prefix, tables);
}

Expected<QStringList, QString> ReportCsv::writeTables(const QString &prefix,
                                                      const QList<std::pair<const char *, QString>> &tables)
{
    QStringList written;
    for (const auto &[name, text] : tables) {
        const QString path = prefix + QLatin1String(name) + QLatin1String(".csv");
        if (const QString error = CsvTable::save(path, text); !error.isEmpty())
            return tr("Cannot write %1: %2").arg(path, error);
        written << path;
    }
    return written;
}

} // namespace tessera
