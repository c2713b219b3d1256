#pragma once

#include "StaffingPlan.h"
#include "model/Expected.h"

#include <QCoreApplication>

namespace tessera {

// The staffing plan as one CSV table (RFC 4180, UTF-8), a row per half hour shown, in the
// order of the business day: the forecast, the Erlang C and Erlang A counters, the service
// level the advice reaches, last week's open counters, and each service's arrivals, share of
// the counters, and what it would need on counters of its own. Figures unrounded past what they mean (arrivals to two
// decimals).
class PlanCsv
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PlanCsv)

public:
    static QString table(const StaffingPlan &plan);
    // Writes <directory>/<day>-plan.csv; the file written (one), or what went wrong.
    static Expected<QStringList, QString> write(const StaffingPlan &plan, const QString &directory);
};

} // namespace tessera
