#pragma once

#include "model/Expected.h"
#include "planning/StaffingPlan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QPagedPaintDevice>

namespace tessera::report {

// A day's staffing plan on A4, printed or as PDF: what is expected, the counters advised per
// half hour beside those open a week before, and how the advice was worked out.
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::report::PlanDocument)

public:
    // `serviceNames`: service id -> name in the document's language.
    PlanDocument(StaffingPlan plan, QString branchName, QMap<QString, QString> serviceNames, QLocale locale,
                 QDateTime printedAt);

    Expected<int, QString> print(QPagedPaintDevice *device) const;
    // Written atomically: a failed write leaves no half file. The number of pages.
    Expected<int, QString> writePdf(const QString &path) const;

    // The table's rows as the Planning tab shows them too: time, expected, service time,
    // Erlang C, advised, the service level it reaches, open a week before, shared out.
    QStringList tableHeader() const;
    QList<QStringList> tableRows() const;

private:
    class Content;

    StaffingPlan m_plan;
    QString m_branchName;
    QMap<QString, QString> m_serviceNames;
    QLocale m_locale;
    QDateTime m_printedAt;
};

} // namespace tessera::report
