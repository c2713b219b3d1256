#pragma once

#include "model/Expected.h"
#include "report/PeriodReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPagedPaintDevice>

namespace tessera::report {

// The head office's period report on A4, printed or as PDF: the branches side by side, then
// each branch by service and by teller, with the daily report's definitions.
class PeriodDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::report::PeriodDocument)

public:
    PeriodDocument(PeriodReport report, QLocale locale, QDateTime printedAt);

    Expected<int, QString> print(QPagedPaintDevice *device) const;
    // Written atomically: a failed write leaves no half file. The number of pages.
    Expected<int, QString> writePdf(const QString &path) const;
    QString title() const;

    // The tables as the head office program shows them too.
    QStringList branchHeader() const;
    QList<QStringList> branchRows() const; // one per branch, then the total
    QStringList serviceHeader() const;
    QList<QStringList> serviceRows(const BranchPeriod &branch) const;
    QStringList tellerHeader() const;
    QList<QStringList> tellerRows(const BranchPeriod &branch) const;

private:
    QStringList figures(const QString &name, const ServiceFigures &s) const;

    PeriodReport m_report;
    QLocale m_locale;
    QDateTime m_printedAt;
};

} // namespace tessera::report
