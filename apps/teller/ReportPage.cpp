#include "ReportPage.h"

#include "DocumentOutput.h"
#include "ReportDocument.h"
#include "ReportFormat.h"
#include "report/ReportCsv.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::teller {

ReportPage::ReportPage(CounterDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_day(new QDateEdit(this)), m_fetch(new QPushButton(tr("Show figures"), this)),
      m_message(new QLabel(this)), m_summary(new QLabel(this)), m_tables(new QTabWidget(this)),
      m_services(figureTable(QStringLiteral("reportServices"),
                             {tr("Service"), tr("Issued"), tr("Served"), tr("Average wait"), tr("Within target"),
                              tr("Average service"), tr("Rating (ratings)")})),
      m_counters(figureTable(QStringLiteral("reportCounters"), staffColumns(tr("Counter")))),
      m_tellers(figureTable(QStringLiteral("reportTellers"), staffColumns(tr("Teller")))),
      m_comments(figureTable(QStringLiteral("reportComments"),
                             {tr("Time"), tr("Ticket"), tr("Service"), tr("Counter"), tr("Rating"), tr("Comment")})),
      m_print(new QPushButton(tr("Print…"), this)), m_pdf(new QPushButton(tr("Save as PDF…"), this)),
      m_csv(new QPushButton(tr("Save tables as CSV…"), this))
{
    setObjectName(QStringLiteral("reportPage"));
    m_day->setObjectName(QStringLiteral("reportDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = desk.client().state().businessDay();
    m_day->setDate(today.isValid() ? today : QDate::currentDate());
    m_fetch->setObjectName(QStringLiteral("fetchReport"));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tables->setObjectName(QStringLiteral("reportTables"));
    m_tables->addTab(m_services, tr("Services"));
    m_tables->addTab(m_counters, tr("Counters"));
    m_tables->addTab(m_tellers, tr("Tellers"));
    m_tables->addTab(m_comments, tr("Comments"));
    // A comment runs as long as it needs; the other columns take what their words need.
    m_comments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comments->horizontalHeader()->setStretchLastSection(true);
    m_comments->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_csv->setObjectName(QStringLiteral("saveCsv"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Business day:"), this));
    pick->addWidget(m_day);
    pick->addWidget(m_fetch);
    pick->addStretch(1);
    auto *output = new QHBoxLayout;
    output->addWidget(m_print);
    output->addWidget(m_pdf);
    output->addWidget(m_csv);
    output->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_tables, 1);
    layout->addLayout(output);

    connect(m_fetch, &QPushButton::clicked, this, &ReportPage::fetch);
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        // Figures on screen must never be taken for another day's.
        m_report.reset();
        clearFigures();
        setBusy(false);
    });
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportPage::askPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportPage::askCsv);
    setBusy(false);
    showMessage(tr("Pick a business day and press Show figures. The figures come from the server's journal."), false);
}

namespace {

// Numbers line up on the right; the first column, and any given as `textColumns`, are words.
void fillTable(QTableWidget *table, const QList<QStringList> &rows, const QList<int> &textColumns = {0})
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            // A table item shows its text as typed: a comment's markup is never rendered.
            auto *item = new QTableWidgetItem(rows[row][column]);
            if (!textColumns.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
}

} // namespace

QTableWidget *ReportPage::figureTable(const QString &name, const QStringList &columns)
{
    auto *table = new QTableWidget(this);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // Rows as tall as their words at the width they have now (a long comment wraps).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(columns);
    return table;
}

QStringList ReportPage::staffColumns(const QString &who)
{
    return {who, tr("Served"), tr("Average service"), tr("Utilisation"), tr("Rating (ratings)")};
}

void ReportPage::clearFigures()
{
    m_summary->clear();
    for (QTableWidget *table : {m_services, m_counters, m_tellers, m_comments})
        table->setRowCount(0);
    m_tables->setTabText(m_tables->indexOf(m_comments), tr("Comments"));
}

void ReportPage::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy);
    m_day->setEnabled(!busy);
    for (QPushButton *button : {m_print, m_pdf, m_csv})
        button->setEnabled(!busy && m_report.has_value());
}

void ReportPage::fetch()
{
    const QDate day = m_day->date();
    m_report.reset();
    setBusy(true);
    showMessage(tr("Asking the server for the figures of %1…").arg(day.toString(Qt::ISODate)), false);
    QPointer<ReportPage> self(this);
    m_desk.client().requestReport(day, m_desk.language(), [self, day](const Expected<DailyReport, QString> &result) {
        if (!self || self->m_day->date() != day)
            return;
        if (result) {
            self->m_report = result.value();
            self->show(result.value());
        } else {
            self->showMessage(result.error(), true);
        }
        self->setBusy(false);
        emit self->reportArrived();
    });
}

void ReportPage::show(const DailyReport &report)
{
    const report::ReportFormat format{QLocale(m_desk.language())};
    const ServiceFigures &total = report.total;
    showMessage(
        report.complete()
            ? tr("%1, a complete business day.").arg(report.day.toString(Qt::ISODate))
            : tr("%1: the day is not over, so these are the figures so far.").arg(report.day.toString(Qt::ISODate)),
        false);
    m_summary->setText(tr("Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within "
                          "target %6 · average service %7 · rating %8")
                           .arg(format.number(total.issued), format.number(total.served), format.number(total.noShow),
                                format.number(total.cancelled),
                                format.duration(total.wait.averageMs(), total.wait.count),
                                format.percent(total.calledWithinTarget, total.wait.count),
                                format.duration(total.serviceTime.averageMs(), total.serviceTime.count),
                                format.ratingWithCount(total.satisfaction)));
    QList<QStringList> services;
    for (const ServiceFigures &s : report.services)
        services << QStringList{format.serviceName(s),
                                format.number(s.issued),
                                format.number(s.served),
                                format.duration(s.wait.averageMs(), s.wait.count),
                                format.percent(s.calledWithinTarget, s.wait.count),
                                format.duration(s.serviceTime.averageMs(), s.serviceTime.count),
                                format.ratingWithCount(s.satisfaction)};
    fillTable(m_services, services);
    auto staffRows = [&format](const QList<StaffFigures> &staff) {
        QList<QStringList> rows;
        for (const StaffFigures &s : staff)
            rows << QStringList{s.name.isEmpty() ? s.id : s.name, format.number(s.served),
                                format.duration(s.averageServiceMs(), s.served), format.share(s.utilisation()),
                                format.ratingWithCount(s.satisfaction)};
        return rows;
    };
    fillTable(m_counters, staffRows(report.counters));
    fillTable(m_tellers, staffRows(report.tellers));
    QList<QStringList> comments;
    for (const FeedbackComment &c : report.comments) {
        comments << QStringList{report::ReportFormat::clockTime(report, c.at),
                                c.ticketLabel,
                                format.serviceName(report, c.service),
                                c.counter ? format.number(c.counter) : QString(),
                                format.number(c.score),
                                c.comment};
    }
    fillTable(m_comments, comments, {0, 1, 2, 5});
    m_tables->setTabText(m_tables->indexOf(m_comments), tr("Comments (%1)").arg(format.number(comments.size())));
}

void ReportPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8a1c00; font-weight: bold;") : QString());
}

Expected<int, QString> ReportPage::savePdf(const QString &path)
{
    if (!m_report)
        return tr("Show the figures first.");
    auto pages = report::ReportDocument(*m_report, QLocale(m_desk.language()), QDateTime::currentMSecsSinceEpoch())
                     .writePdf(path);
    showMessage(pages ? tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path))
                      : pages.error(),
                !pages);
    return pages;
}

Expected<QStringList, QString> ReportPage::saveCsv(const QString &directory)
{
    if (!m_report)
        return tr("Show the figures first.");
    auto written = ReportCsv::write(*m_report, directory);
    showMessage(written ? tr("Saved %n table(s) in %1.", nullptr, int(written.value().size()))
                              .arg(QDir::toNativeSeparators(directory))
                        : written.error(),
                !written);
    return written;
}

void ReportPage::print()
{
    if (!m_report)
        return;
    const report::ReportDocument document(*m_report, QLocale(m_desk.language()), QDateTime::currentMSecsSinceEpoch());
    const DocumentOutput::Outcome printed =
        DocumentOutput::print(this, tr("Daily report %1").arg(m_report->day.toString(Qt::ISODate)),
                              [&document](QPagedPaintDevice *device) { return document.print(device); });
    if (!printed.message.isEmpty())
        showMessage(printed.message, printed.error);
}

void ReportPage::askPdf()
{
    const QString path =
        DocumentOutput::askPdfPath(this, tr("Save the daily report"),
                                   QStringLiteral("tessera-report-%1.pdf").arg(m_report->day.toString(Qt::ISODate)));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportPage::askCsv()
{
    const QString directory = DocumentOutput::askDirectory(this, tr("Save the report's tables in"));
    if (!directory.isEmpty())
        saveCsv(directory);
}

} // namespace tessera::teller
