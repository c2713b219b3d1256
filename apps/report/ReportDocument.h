#pragma once

#include "model/Expected.h"
#include "report/DailyReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>

namespace tessera::report {

// The daily report as a printed A4 document: the same pages on paper (a QPrinter from
// the print dialog) and in a PDF file. Words come from the translator loaded for
// `locale`'s language; dates and numbers follow the locale.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::report::ReportDocument)

public:
    ReportDocument(DailyReport report, QLocale locale, TimestampMs printedAt);

    // Sets A4 portrait on `device` and paints every page; the number of pages, or why not.
    Expected<int, QString> print(QPagedPaintDevice *device) const;
    // Writes a PDF (atomically: a failed write leaves no half file); the number of pages.
    Expected<int, QString> writePdf(const QString &path) const;
    // How the figures are counted (docs/REPORT.md), in the translator's language: printed at
    // the end of the daily report and of every report made from daily reports.
    static QStringList definitions();

private:
    class Content;

    DailyReport m_report;
    QLocale m_locale;
    TimestampMs m_printedAt;
};

} // namespace tessera::report
