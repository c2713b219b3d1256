#include "ReportDocument.h"

#include "HourChart.h"
#include "PageLayout.h"
#include "PdfFile.h"
#include "ReportFormat.h"

#include <QTimeZone>

namespace tessera::report {

// Writes the report's sections through a PageLayout; run once to count pages, once to draw.
class ReportDocument::Content
{
public:
    explicit Content(const ReportDocument &document)
        : r(document.m_report), m_locale(document.m_locale), m_format(document.m_locale)
    {}

    void write(PageLayout &page) const
    {
        page.title(tr("Daily report: %1").arg(r.branchName), subtitle());
        page.keyFigures(
            {{tr("Tickets issued"), number(r.total.issued)},
             {tr("Served"), number(r.total.served)},
             {tr("No-shows"), number(r.total.noShow)},
             {tr("Average wait"), duration(r.total.wait.averageMs(), r.total.wait.count)},
             {tr("Called within target"), percent(r.total.calledWithinTarget, r.total.wait.count)},
             {tr("Average service"), duration(r.total.serviceTime.averageMs(), r.total.serviceTime.count)}});
        customers(page);
        times(page);
        hours(page);
        staff(page, tr("Counters"), tr("Counter"), r.counters);
        staff(page, tr("Tellers"), tr("Teller"), r.tellers);
        appointmentsAndEstimates(page);
        satisfaction(page);
        definitions(page);
    }

private:
    QString subtitle() const
    {
        const QTimeZone zone(r.timeZone.toUtf8());
        auto local = [&zone](TimestampMs at) {
            return QDateTime::fromMSecsSinceEpoch(at, zone);
        };
        QString text = m_locale.toString(r.day, QLocale::LongFormat) + QLatin1Char('\n') +
                       tr("Business day from %1 to %2 (%3)")
                           .arg(ReportFormat::isoMinutes(local(r.dayStart)), ReportFormat::isoMinutes(local(r.dayEnd)),
                                r.timeZone);
        if (!r.complete())
            text += QLatin1Char('\n') +
                    tr("The day is not over: figures up to %1.").arg(ReportFormat::isoMinutes(local(r.until)));
        return text;
    }

    QString number(qint64 value) const { return m_format.number(value); }
    QString duration(qint64 ms, int samples = 1) const { return m_format.duration(ms, samples); }
    QString hoursMinutes(qint64 ms) const { return m_format.hoursMinutes(ms); }
    QString percent(qint64 part, qint64 whole) const { return m_format.percent(part, whole); }
    QString serviceName(const ServiceFigures &service) const { return m_format.serviceName(service); }
    QString rating(const Satisfaction &satisfaction) const { return m_format.rating(satisfaction); }

    void customers(PageLayout &page) const
    {
        page.heading(tr("Customers by service"));
        PrintTable table{.header = {tr("Service"), tr("Issued"), tr("Served"), tr("No-show"), tr("Cancelled"),
                                    tr("Transferred in"), tr("Transferred out"), tr("Still waiting")},
                         .widths = {2.2, 1, 1, 1, 1.1, 1.35, 1.35, 1.1},
                         .emphasiseLast = true};
        auto row = [this](const QString &name, const ServiceFigures &s) {
            return QStringList{name,
                               number(s.issued),
                               number(s.served),
                               number(s.noShow),
                               number(s.cancelled),
                               number(s.transferredIn),
                               number(s.transferredOut),
                               number(s.waitingAtEnd)};
        };
        for (const ServiceFigures &service : r.services)
            table.rows << row(serviceName(service), service);
        table.rows << row(tr("All services"), r.total);
        page.table(table);
    }

    void times(PageLayout &page) const
    {
        page.heading(tr("Waiting and service times"));
        page.paragraph(tr("Times in minutes and seconds. Waits are to the first call; the target is the "
                          "service's own."));
        PrintTable table{.header = {tr("Service"), tr("Target"), tr("Average wait"), tr("Median wait"),
                                    tr("90% waited at most"), tr("Longest wait"), tr("Within target"),
                                    tr("Average service"), tr("Median service")},
                         .widths = {2.4, 0.9, 1, 1, 1.1, 1, 1, 1, 1},
                         .emphasiseLast = true};
        auto row = [this](const QString &name, const ServiceFigures &s) {
            const int waits = s.wait.count;
            const int services = s.serviceTime.count;
            return QStringList{name,
                               s.targetWaitSeconds ? duration(qint64(s.targetWaitSeconds) * 1000) : QString(),
                               duration(s.wait.averageMs(), waits),
                               duration(s.wait.medianMs, waits),
                               duration(s.wait.p90Ms, waits),
                               duration(s.wait.maxMs, waits),
                               percent(s.calledWithinTarget, waits),
                               duration(s.serviceTime.averageMs(), services),
                               duration(s.serviceTime.medianMs, services)};
        };
        for (const ServiceFigures &service : r.services)
            table.rows << row(serviceName(service), service);
        table.rows << row(tr("All services"), r.total);
        page.table(table);
    }

    void hours(PageLayout &page) const
    {
        page.heading(tr("Hour by hour"));
        // From the first hour a customer came, was called or served to the last; the night hours
        // are left out (a ticket left waiting at closing stays in the line until the rollover).
        qsizetype first = -1, last = -1;
        for (qsizetype i = 0; i < r.hours.size(); ++i) {
            const HourFigures &h = r.hours[i];
            if (h.arrivals || h.served || h.calls) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            page.paragraph(tr("No customers this day."), 9.5);
            return;
        }
        const QList<HourFigures> shown = r.hours.mid(first, last - first + 1);
        const double unit = page.mm(1);
        const QFont font = page.font(7.5);
        page.figure(62, [&shown, unit, font](QPainter *painter, const QRectF &area) {
            HourChart::paint(painter, area, shown, unit, font);
        });
        // The forecast made when the day began, beside what came; the estimates of the hour's tickets.
        PrintTable table{.header = {tr("Hour"), tr("Arrivals"), tr("Forecast"), tr("Served"), tr("Average wait"),
                                    tr("Longest line"), tr("Estimates within range")}};
        for (const HourFigures &h : shown) {
            table.rows << QStringList{QStringLiteral("%1:00").arg(h.hour, 2, 10, QLatin1Char('0')),
                                      number(h.arrivals),
                                      h.forecastArrivals < 0 ? QStringLiteral("–")
                                                             : m_locale.toString(h.forecastArrivals, 'f', 0),
                                      number(h.served),
                                      duration(h.averageWaitMs(), h.calls),
                                      number(h.longestLine),
                                      percent(h.estimatesWithinRange, h.estimatesCompared)};
        }
        page.table(table);
    }

    void staff(PageLayout &page, const QString &heading, const QString &who, const QList<StaffFigures> &rows) const
    {
        page.heading(heading);
        if (rows.isEmpty()) {
            page.paragraph(tr("Nobody worked this day."));
            return;
        }
        PrintTable table{.header = {who, tr("Served"), tr("Average service"), tr("Open (h:mm)"), tr("Paused (h:mm)"),
                                    tr("Serving (h:mm)"), tr("Utilisation"), tr("Rating (ratings)")},
                         .widths = {2.4, 1, 1.1, 1, 1, 1, 1, 1.1}};
        for (const StaffFigures &s : rows) {
            table.rows << QStringList{s.name.isEmpty() ? s.id : s.name,
                                      number(s.served),
                                      duration(s.averageServiceMs(), s.served),
                                      hoursMinutes(s.openMs),
                                      hoursMinutes(s.pausedMs),
                                      hoursMinutes(s.servingMs),
                                      m_format.share(s.utilisation()),
                                      m_format.ratingWithCount(s.satisfaction)};
        }
        page.table(table);
    }

    void appointmentsAndEstimates(PageLayout &page) const
    {
        page.heading(tr("Appointments"));
        const AppointmentFigures &a = r.appointments;
        page.keyFigures({{tr("Booked for this day"), number(a.booked)},
                         {tr("Checked in"), number(a.checkedIn)},
                         {tr("Expired"), number(a.expired)},
                         {tr("Cancelled"), number(a.cancelled)}});
        page.heading(tr("Wait estimates"));
        const EstimateFigures &e = r.estimates;
        const qint64 error = e.meanErrorMs();
        page.keyFigures({{tr("Tickets compared"), number(e.compared)},
                         {error >= 0 ? tr("Waits ran longer, on average, by") : tr("Waits ran shorter, on average, by"),
                          duration(std::abs(error), e.compared)},
                         {tr("Mean error either way"), duration(e.meanAbsoluteErrorMs(), e.compared)},
                         {tr("Within the printed range"), percent(e.withinRange, e.compared)},
                         {tr("Waited longer than the ticket said"), percent(e.waitedLonger, e.compared)}});
    }

    void satisfaction(PageLayout &page) const
    {
        // A branch without web pages gets no ratings: no empty section for it.
        const Satisfaction &all = r.total.satisfaction;
        if (all.ratings == 0)
            return;
        page.heading(tr("Customer satisfaction"));
        page.keyFigures({{tr("Ratings given"), number(all.ratings)}, {tr("Average rating (1 to 5)"), rating(all)}});
        PrintTable byService{.header = {tr("Service"), tr("Served"), tr("Ratings"), tr("Average rating")},
                             .widths = {3, 1, 1, 1},
                             .emphasiseLast = true};
        auto row = [this](const QString &name, const ServiceFigures &s) {
            return QStringList{name, number(s.served), number(s.satisfaction.ratings), rating(s.satisfaction)};
        };
        for (const ServiceFigures &service : r.services)
            byService.rows << row(serviceName(service), service);
        byService.rows << row(tr("All services"), r.total);
        page.table(byService);
        comments(page);
    }

    // The customers' own words, drawn as plain text whatever they hold.
    void comments(PageLayout &page) const
    {
        if (r.comments.isEmpty())
            return;
        page.heading(tr("What customers wrote"));
        PrintTable table{.header = {tr("Time"), tr("Ticket"), tr("Service"), tr("Teller"), tr("Counter"), tr("Rating"),
                                    tr("Comment")},
                         .widths = {0.7, 0.8, 1.6, 1.2, 1, 0.9, 4.2},
                         .textColumns = 4,
                         .trailingTextColumns = 1};
        for (const FeedbackComment &c : r.comments) {
            table.rows << QStringList{ReportFormat::clockTime(r, c.at),
                                      c.ticketLabel,
                                      m_format.serviceName(r, c.service),
                                      tellerNameOf(c.teller),
                                      c.counter ? number(c.counter) : QString(),
                                      number(c.score),
                                      c.comment};
        }
        page.table(table);
    }

    QString tellerNameOf(const QString &login) const
    {
        for (const StaffFigures &teller : r.tellers)
            if (teller.id == login && !teller.name.isEmpty())
                return teller.name;
        return login;
    }

    void definitions(PageLayout &page) const
    {
        page.heading(tr("How these figures are counted"));
        for (const QString &sentence : ReportDocument::definitions())
            page.paragraph(sentence, 7.5);
    }

    const DailyReport &r;
    const QLocale &m_locale;
    const ReportFormat m_format;
};

QStringList ReportDocument::definitions()
{
    return {tr("Every event counts on the business day the server filed it under, from one rollover to the next, in "
               "the branch's time zone; tickets still waiting at the rollover are cancelled, and counted, on the day "
               "that ended."),
            tr("A wait runs from the moment a ticket joins a service's line (issued, or transferred to it) to its "
               "first call there; recalls do not restart it. A transferred ticket's second wait counts in the "
               "service it was transferred to. Tickets cancelled or never called have no wait."),
            tr("Within target: called within the service's target wait. The median of an even number of waits "
               "is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank)."),
            tr("Service time runs from the start of service (or from the call, when the ticket was finished "
               "without being started) to its finish; every finish counts as served, whatever its outcome."),
            tr("Open time runs from opening a counter to closing it, pauses included. Serving time also counts a "
               "customer transferred away, up to the transfer. Utilisation is serving time over open time less "
               "pauses."),
            tr("Estimates compare the wait printed on a ticket with its wait to the first call, for tickets "
               "issued with one and called before any transfer. The longest line is the most tickets waiting at "
               "once in the whole branch."),
            tr("Within the printed range: the wait to the first call fell inside the range the ticket showed "
               "(\"3–6 min\"); the errors are against the estimate's own figure, before it was rounded to "
               "minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch's "
               "history expected in each hour when the day began, as in the staffing plan."),
            tr("A counter left open overnight counts as open until it is closed; calling a customer who does not "
               "come is not serving time. An appointment not checked in by the end of its grace period counts as "
               "expired."),
            tr("Ratings (1 to 5) are given by customers on their ticket's web page after the visit, at most once "
               "per ticket, and count on the day they were given for the service, counter and teller that finished "
               "the visit. Their comments are printed as typed.")};
}

ReportDocument::ReportDocument(DailyReport report, QLocale locale, TimestampMs printedAt)
    : m_report(std::move(report)), m_locale(std::move(locale)), m_printedAt(printedAt)
{}

Expected<int, QString> ReportDocument::print(QPagedPaintDevice *device) const
{
    const QTimeZone zone(m_report.timeZone.toUtf8());
    PageLayout::Decoration decoration{
        m_report.branchName, tr("Daily report, %1").arg(m_report.day.toString(Qt::ISODate)),
        tr("Tessera, printed %1").arg(ReportFormat::isoMinutes(QDateTime::fromMSecsSinceEpoch(m_printedAt, zone))),
        tr("Page %1 of %2"), ReportFormat::fontFamilies(m_locale)};
    const Content content(*this);
    const int pages = PageLayout::paint(device, decoration, [&content](PageLayout &page) { content.write(page); });
    if (pages == -1)
        return tr("The printer or the PDF file cannot be drawn on.");
    if (pages < 0)
        return tr("The report could not be finished on the printer or in the PDF file.");
    return pages;
}

Expected<int, QString> ReportDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, tr("Daily report: %1, %2").arg(m_report.branchName, m_report.day.toString(Qt::ISODate)),
                          [this](QPagedPaintDevice *device) { return print(device); });
}

} // namespace tessera::report
