#include "PlanDocument.h"

#include "PageLayout.h"
#include "PdfFile.h"
#include "PlanChart.h"
#include "ReportFormat.h"
#include "planning/Erlang.h"

namespace tessera::report {

class PlanDocument::Content
{
public:
    explicit Content(const PlanDocument &document) : d(document), m_format(document.m_locale) {}

    void write(PageLayout &page) const
    {
        const StaffingPlan &plan = d.m_plan;
        page.title(tr("Staffing plan: %1").arg(d.m_branchName), d.m_locale.toString(plan.day, QLocale::LongFormat));
        if (!plan.known()) {
            page.paragraph(tr("There is not enough history to forecast this day: the journal has no earlier day "
                              "with customers. The plan appears after the branch's first day."));
            return;
        }
        if (plan.forecast.closed) {
            page.paragraph(tr("No customers are expected: on this weekday of the last weeks nobody came, so the "
                              "branch is taken to be closed."));
            return;
        }
        int peak = 0;
        double advisedHours = 0, openHours = 0;
        for (const SlotAdvice &advice : plan.halfHours) {
            peak = qMax(peak, advice.countersErlangA);
            advisedHours += qMax(0, advice.countersErlangA) / 2.0;
            openHours += qMax(0.0, advice.countersOpenLastWeek) / 2.0;
        }
        page.keyFigures({{tr("Customers expected"), m_format.number(qRound64(plan.forecast.total()))},
                         {tr("Most counters advised"), m_format.number(peak)},
                         {tr("Counter hours advised"), d.m_locale.toString(advisedHours, 'f', 1)},
                         {tr("Counter hours open a week before"), d.m_locale.toString(openHours, 'f', 1)}});
        page.paragraph(basis());
        page.figure(70, [&plan, &page](QPainter *painter, const QRectF &area) {
            PlanChart::paint(painter, area, plan, page.mm(1), page.font(7));
        });
        page.space(3);
        PrintTable table;
        table.header = d.tableHeader();
        table.rows = d.tableRows();
        table.widths = {1.3, 1, 0.9, 0.8, 0.9, 0.9, 1, 2.6};
        table.trailingTextColumns = 1;
        page.table(table);
        page.space(3);
        page.heading(tr("How the advice is worked out"));
        for (const QString &sentence : method())
            page.paragraph(sentence, 7.5);
    }

private:
    QString basis() const
    {
        const ArrivalForecast &forecast = d.m_plan.forecast;
        if (forecast.sameWeekdays == 0)
            return tr("Forecast from the %n day(s) of history there are, each alike: no earlier day of this "
                      "weekday yet, so treat it as a rough guide.",
                      nullptr, forecast.shapeDays);
        return tr("Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread "
                  "over the day as on %1 past days of similar volume.",
                  nullptr, forecast.sameWeekdays)
            .arg(forecast.shapeDays);
    }

    QStringList method() const
    {
        return {tr("Counters advised: the fewest with which %1 of customers are called within their service's "
                   "target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, "
                   "and customers who give up after the patience the journal shows. Erlang C, which assumes "
                   "nobody gives up, is given beside it and asks for as many or more.")
                    .arg(m_format.share(d.m_plan.targetShare)),
                tr("The branch's counters serve several services, so the advice is for all of them together, "
                   "at the mean service time of the mix and the strictest target among them. The last column "
                   "shares it out by each service's work (customers times service time): counters kept for one "
                   "service alone need more, as separate lines cannot help each other."),
                tr("Counters open a week before are averaged over each half hour: a counter open for 15 of its "
                   "30 minutes counts as half.")};
    }

    const PlanDocument &d;
    const ReportFormat m_format;
};

PlanDocument::PlanDocument(StaffingPlan plan, QString branchName, QMap<QString, QString> serviceNames, QLocale locale,
                           QDateTime printedAt)
    : m_plan(std::move(plan)), m_branchName(std::move(branchName)), m_serviceNames(std::move(serviceNames)),
      m_locale(std::move(locale)), m_printedAt(std::move(printedAt))
{}

QStringList PlanDocument::tableHeader() const
{
    return {tr("Time"),    tr("Customers expected"), tr("Service time"), tr("Erlang C"), tr("Advised"),
            tr("Reaches"), tr("Open a week before"), tr("Shared out")};
}

QList<QStringList> PlanDocument::tableRows() const
{
    const ReportFormat format(m_locale);
    // Past any staff (staffing::kUnreachable): the ceiling, as "> 1000".
    const auto counters = [&format](int count) {
        return count < 0 ? QStringLiteral("> %1").arg(format.number(staffing::kMaxAgents)) : format.number(count);
    };
    QList<QStringList> rows;
    for (int slot : m_plan.shownSlots()) {
        const SlotAdvice &advice = m_plan.halfHours[slot];
        const QTime start = QTime(0, 0).addSecs(slot * 1800);
        QStringList shares;
        for (auto it = advice.byService.cbegin(); it != advice.byService.cend(); ++it) {
            if (it.value() > 0)
                shares << QStringLiteral("%1 %2").arg(m_serviceNames.value(it.key(), it.key())).arg(it.value());
        }
        const bool expected = advice.arrivals >= StaffingPlanner::kNoArrivals;
        rows << QStringList{start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                                start.addSecs(1800).toString(QStringLiteral("HH:mm")),
                            m_locale.toString(advice.arrivals, 'f', 1),
                            expected ? format.duration(qint64(advice.serviceSeconds * 1000)) : QStringLiteral("–"),
                            counters(advice.countersErlangC),
                            counters(advice.countersErlangA),
                            expected ? format.share(advice.serviceLevelA) : QStringLiteral("–"),
                            advice.countersOpenLastWeek < 0 ? QStringLiteral("–")
                                                            : m_locale.toString(advice.countersOpenLastWeek, 'f', 1),
                            shares.join(QStringLiteral(", "))};
    }
    return rows;
}

Expected<int, QString> PlanDocument::print(QPagedPaintDevice *device) const
{
    PageLayout::Decoration decoration{m_branchName, tr("Staffing plan, %1").arg(m_plan.day.toString(Qt::ISODate)),
                                      tr("Tessera, printed %1").arg(ReportFormat::isoMinutes(m_printedAt)),
                                      tr("Page %1 of %2"), ReportFormat::fontFamilies(m_locale)};
    const Content content(*this);
    const int pages = PageLayout::paint(device, decoration, [&content](PageLayout &page) { content.write(page); });
    if (pages == -1)
        return tr("The printer or the PDF file cannot be drawn on.");
    if (pages < 0)
        return tr("The plan could not be finished on the printer or in the PDF file.");
    return pages;
}

Expected<int, QString> PlanDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, tr("Staffing plan: %1, %2").arg(m_branchName, m_plan.day.toString(Qt::ISODate)),
                          [this](QPagedPaintDevice *device) { return print(device); });
}

} // namespace tessera::report
