#pragma once

#include "DailyReport.h"
#include "ReportBuilder.h"

#include <QMap>

namespace tessera {

// The daily reports of several branches over a range of days, summed: what the head office
// compares branches by. Counts add up; waits and service times are recomputed from every
// sample of the period (a period's p90 is not an average of daily p90s); the definitions are
// those of the daily report (docs/REPORT.md).
struct BranchPeriod
{
    QString branchId;
    QString branchName;
    int days = 0;         // business days with figures in the range
    bool complete = true; // false when one of them was still running
    ServiceFigures total; // waitingAtEnd: at the end of the range's last day
    QList<ServiceFigures> services;
    QList<StaffFigures> tellers;
};

struct PeriodReport
{
    QDate from;
    QDate to;
    QList<BranchPeriod> branches; // those with figures, by id
    ServiceFigures total;         // every branch together
};

class PeriodReportBuilder
{
public:
    // One branch's day; days may come in any order, but each once.
    void add(const DailyReport &day, const ServiceSamples &samples);
    PeriodReport finish(const QDate &from, const QDate &to);

    // The samples as stored beside a day's report (branch_days.samples): per service, the
    // waits and service times as 32-bit milliseconds (a wait past 24 days is counted as that).
    static QByteArray packSamples(const ServiceSamples &samples);
    static std::optional<ServiceSamples> unpackSamples(const QByteArray &bytes);

private:
    struct Branch
    {
        BranchPeriod period;
        QDate lastDay;
        QStringList serviceOrder;
        QMap<QString, ServiceFigures> services;
        ServiceSamples samples;
        QMap<QString, StaffFigures> tellers;
    };
    QMap<QString, Branch> m_branches;
};

} // namespace tessera
