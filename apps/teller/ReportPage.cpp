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
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::teller {

ReportPage::ReportPage(CounterDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_day(new QDateEdit(this)), m_fetch(new QPushButton(tr("Show figures"), this)),
      m_message(new QLabel(this)), m_summary(new QLabel(this)), m_services(new QTableWidget(this)),
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
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_services->setObjectName(QStringLiteral("reportServices"));
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->verticalHeader()->hide();
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_services->setColumnCount(6);
    m_services->setHorizontalHeaderLabels(
        {tr("Service"), tr("Issued"), tr("Served"), tr("Average wait"), tr("Within target"), tr("Average service")});
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
    layout->addWidget(m_services, 1);
    layout->addLayout(output);

    connect(m_fetch, &QPushButton::clicked, this, &ReportPage::fetch);
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        // Figures on screen must never be taken for another day's.
        m_report.reset();
        m_summary->clear();
        m_services->setRowCount(0);
        setBusy(false);
    });
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportPage::askPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportPage::askCsv);
    setBusy(false);
    showMessage(tr("Pick a business day and press Show figures. The figures come from the server's journal."), false);
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
                          "target %6 · average service %7")
                           .arg(format.number(total.issued), format.number(total.served), format.number(total.noShow),
                                format.number(total.cancelled),
                                format.duration(total.wait.averageMs(), total.wait.count),
                                format.percent(total.calledWithinTarget, total.wait.count),
                                format.duration(total.serviceTime.averageMs(), total.serviceTime.count)));
    m_services->setRowCount(int(report.services.size()));
    for (int row = 0; row < report.services.size(); ++row) {
        const ServiceFigures &s = report.services[row];
        const QStringList cells{format.serviceName(s),
                                format.number(s.issued),
                                format.number(s.served),
                                format.duration(s.wait.averageMs(), s.wait.count),
                                format.percent(s.calledWithinTarget, s.wait.count),
                                format.duration(s.serviceTime.averageMs(), s.serviceTime.count)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_services->setItem(row, column, item);
        }
    }
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
