#include "PeriodDocument.h"

#include "PageLayout.h"
#include "PdfFile.h"
#include "ReportDocument.h"
#include "ReportFormat.h"

namespace tessera::report {

PeriodDocument::PeriodDocument(PeriodReport report, QLocale locale, QDateTime printedAt)
    : m_report(std::move(report)), m_locale(std::move(locale)), m_printedAt(std::move(printedAt))
{}

QString PeriodDocument::title() const
{
    return tr("Branches from %1 to %2").arg(m_report.from.toString(Qt::ISODate), m_report.to.toString(Qt::ISODate));
}

QStringList PeriodDocument::figures(const QString &name, const ServiceFigures &s) const
{
    const ReportFormat format(m_locale);
    return {name,
            format.number(s.issued),
            format.number(s.served),
            format.number(s.noShow),
            format.duration(s.wait.averageMs(), s.wait.count),
            format.duration(s.wait.p90Ms, s.wait.count),
            format.percent(s.calledWithinTarget, s.wait.count),
            format.duration(s.serviceTime.averageMs(), s.serviceTime.count),
            format.ratingWithCount(s.satisfaction)};
}

QStringList PeriodDocument::branchHeader() const
{
    return {tr("Branch"),
            tr("Days"),
            tr("Issued"),
            tr("Served"),
            tr("No-shows"),
            tr("Average wait"),
            tr("90% waited at most"),
            tr("Within target"),
            tr("Average service"),
            tr("Rating (ratings)")};
}

QList<QStringList> PeriodDocument::branchRows() const
{
    const ReportFormat format(m_locale);
    QList<QStringList> rows;
    for (const BranchPeriod &branch : m_report.branches) {
        QString name = branch.branchName.isEmpty() ? branch.branchId : branch.branchName;
        if (!branch.complete)
            name += QLatin1Char(' ') + tr("(day running)");
        QStringList row = figures(name, branch.total);
        row.insert(1, format.number(branch.days));
        rows << row;
    }
    QStringList total = figures(tr("All branches"), m_report.total);
    total.insert(1, QString());
    rows << total;
    return rows;
}

QStringList PeriodDocument::serviceHeader() const
{
    return {tr("Service"),       tr("Issued"),          tr("Served"),
            tr("No-shows"),      tr("Average wait"),    tr("90% waited at most"),
            tr("Within target"), tr("Average service"), tr("Rating (ratings)")};
}

QList<QStringList> PeriodDocument::serviceRows(const BranchPeriod &branch) const
{
    const ReportFormat format(m_locale);
    QList<QStringList> rows;
    for (const ServiceFigures &service : branch.services)
        rows << figures(format.serviceName(service), service);
    rows << figures(tr("Total"), branch.total);
    return rows;
}

QStringList PeriodDocument::tellerHeader() const
{
    return {tr("Teller"), tr("Served"), tr("Average service"), tr("Open"), tr("Utilisation"), tr("Rating (ratings)")};
}

QList<QStringList> PeriodDocument::tellerRows(const BranchPeriod &branch) const
{
    const ReportFormat format(m_locale);
    QList<QStringList> rows;
    for (const StaffFigures &teller : branch.tellers)
        rows << QStringList{teller.name.isEmpty() ? teller.id : teller.name,
                            format.number(teller.served),
                            format.duration(teller.averageServiceMs(), teller.served),
                            format.hoursMinutes(teller.openMs),
                            format.share(teller.utilisation()),
                            format.ratingWithCount(teller.satisfaction)};
    return rows;
}

Expected<int, QString> PeriodDocument::print(QPagedPaintDevice *device) const
{
    PageLayout::Decoration decoration{tr("Tessera head office"), title(),
                                      tr("Tessera, printed %1").arg(ReportFormat::isoMinutes(m_printedAt)),
                                      tr("Page %1 of %2"), ReportFormat::fontFamilies(m_locale)};
    const int pages = PageLayout::paint(device, decoration, [this](PageLayout &page) {
        page.title(title(), tr("%n branch(es), business days from %1 to %2", nullptr, int(m_report.branches.size()))
                                .arg(m_locale.toString(m_report.from, QLocale::LongFormat),
                                     m_locale.toString(m_report.to, QLocale::LongFormat)));
        if (m_report.branches.isEmpty()) {
            page.paragraph(tr("No branch has figures for these days."));
            return;
        }
        page.table({branchHeader(), branchRows(), {2.4, 0.7, 1, 1, 1, 1.1, 1.2, 1.1, 1.1, 1.1}, 1, 0, true});
        for (const BranchPeriod &branch : m_report.branches) {
            page.heading(branch.branchName.isEmpty() ? branch.branchId : branch.branchName);
            page.table({serviceHeader(), serviceRows(branch), {2.4, 1, 1, 1, 1.1, 1.2, 1.1, 1.1, 1.1}, 1, 0, true});
            if (!branch.tellers.isEmpty()) {
                page.space(2);
                page.table({tellerHeader(), tellerRows(branch), {2.4, 1, 1.2, 1, 1, 1.1}, 1, 0, false});
            }
        }
        page.heading(tr("How these figures are counted"));
        page.paragraph(tr("A period's counts add up its business days. Its average, its 90th percentile and its "
                          "share within target are of every wait in the period, not of the daily figures."),
                       7.5);
        for (const QString &sentence : ReportDocument::definitions())
            page.paragraph(sentence, 7.5);
    });
    if (pages == -1)
        return tr("The printer or the PDF file cannot be drawn on.");
    if (pages < 0)
        return tr("The report could not be finished on the printer or in the PDF file.");
    return pages;
}

Expected<int, QString> PeriodDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, title(), [this](QPagedPaintDevice *device) { return print(device); });
}

} // namespace tessera::report
