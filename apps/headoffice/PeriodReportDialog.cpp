#include "PeriodReportDialog.h"

#include "DocumentOutput.h"
#include "PeriodDocument.h"
#include "report/PeriodCsv.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>

namespace tessera::headoffice {

namespace {

QString htmlTable(const QStringList &header, const QList<QStringList> &rows, bool lastIsTotal)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                                  "<tr style='background:#e8e8e8'>");
    for (const QString &cell : header)
        html += QStringLiteral("<th>%1</th>").arg(cell.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < rows.size(); ++row) {
        const bool bold = lastIsTotal && row == rows.size() - 1;
        html += QStringLiteral("<tr>");
        for (int column = 0; column < rows[row].size(); ++column)
            html += QStringLiteral("<td align='%1'>%2%3%4</td>")
                        .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                             bold ? QStringLiteral("<b>") : QString(), rows[row][column].toHtmlEscaped(),
                             bold ? QStringLiteral("</b>") : QString());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

PeriodReportDialog::PeriodReportDialog(const HeadOfficeView &view, const QList<std::pair<QString, QString>> &branches,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent), m_view(view), m_branches(new QListWidget), m_from(new QDateEdit), m_to(new QDateEdit),
      m_text(new QTextBrowser), m_message(new QLabel)
{
    setWindowTitle(tr("Period report"));
    for (const auto &[id, name] : branches) {
        auto *item = new QListWidgetItem(name == id ? id : QStringLiteral("%1 (%2)").arg(name, id), m_branches);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Checked);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    selectRange(QDate(today.year(), today.month(), 1), today);

    auto *all = new QPushButton(tr("All"));
    auto *none = new QPushButton(tr("None"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_branches->count(); ++i)
            m_branches->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_branches->count(); ++i)
            m_branches->item(i)->setCheckState(Qt::Unchecked);
    });
    auto *make = new QPushButton(tr("Make the report"));
    make->setDefault(true);
    connect(make, &QPushButton::clicked, this, &PeriodReportDialog::makeReport);

    auto *choice = new QVBoxLayout;
    choice->addWidget(new QLabel(tr("Branches")));
    choice->addWidget(m_branches, 1);
    auto *allOrNone = new QHBoxLayout;
    allOrNone->addWidget(all);
    allOrNone->addWidget(none);
    choice->addLayout(allOrNone);
    auto *days = new QFormLayout;
    days->addRow(tr("From"), m_from);
    days->addRow(tr("To"), m_to);
    choice->addLayout(days);
    choice->addWidget(make);

    auto *outputs = new QHBoxLayout;
    for (const auto &[label, action] : {std::pair{tr("Print…"), &PeriodReportDialog::print},
                                        std::pair{tr("Save as PDF…"), &PeriodReportDialog::savePdf},
                                        std::pair{tr("Save as CSV…"), &PeriodReportDialog::saveCsv}}) {
        auto *button = new QPushButton(label);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, action);
        outputs->addWidget(button);
        m_outputs << button;
    }
    outputs->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outputs->addWidget(close);

    auto *result = new QVBoxLayout;
    result->addWidget(m_text, 1);
    m_message->setWordWrap(true);
    result->addWidget(m_message);
    result->addLayout(outputs);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(choice);
    layout->addLayout(result, 1);
    resize(1180, 760);
}

void PeriodReportDialog::selectRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QStringList PeriodReportDialog::chosenBranches() const
{
    QStringList ids;
    for (int i = 0; i < m_branches->count(); ++i) {
        if (m_branches->item(i)->checkState() == Qt::Checked)
            ids << m_branches->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void PeriodReportDialog::makeReport()
{
    const QStringList branches = chosenBranches();
    if (branches.isEmpty() || m_from->date() > m_to->date()) {
        m_message->setText(branches.isEmpty() ? tr("Tick at least one branch.")
                                              : tr("The first day comes after the last: swap them."));
        return;
    }
    QElapsedTimer took;
    took.start();
    auto report = m_view.period(branches, m_from->date(), m_to->date());
    if (!report) {
        m_message->setText(report.error());
        return;
    }
    m_report = std::move(report).value();
    showReport(*m_report);
    m_message->setText(tr("%n branch(es) with figures; made in %1 s.", nullptr, int(m_report->branches.size()))
                           .arg(QLocale().toString(double(took.elapsed()) / 1000.0, 'f', 1)));
    for (QPushButton *button : std::as_const(m_outputs))
        button->setEnabled(true);
}

void PeriodReportDialog::showReport(const PeriodReport &report)
{
    const report::PeriodDocument document(report, QLocale(), QDateTime::currentDateTime());
    QString html = QStringLiteral("<h2>%1</h2>").arg(document.title().toHtmlEscaped());
    if (report.branches.isEmpty()) {
        m_text->setHtml(html + QStringLiteral("<p>%1</p>").arg(tr("No branch has figures for these days.")));
        return;
    }
    html += htmlTable(document.branchHeader(), document.branchRows(), true);
    for (const BranchPeriod &branch : report.branches) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg((branch.branchName.isEmpty() ? branch.branchId : branch.branchName).toHtmlEscaped());
        html += htmlTable(document.serviceHeader(), document.serviceRows(branch), true);
        if (!branch.tellers.isEmpty())
            html += QStringLiteral("<br>") + htmlTable(document.tellerHeader(), document.tellerRows(branch), false);
    }
    m_text->setHtml(html);
}

void PeriodReportDialog::print()
{
    const report::PeriodDocument document(*m_report, QLocale(), QDateTime::currentDateTime());
    const auto outcome = DocumentOutput::print(
        this, document.title(), [&document](QPagedPaintDevice *device) { return document.print(device); });
    if (!outcome.message.isEmpty())
        m_message->setText(outcome.message);
}

void PeriodReportDialog::savePdf()
{
    const report::PeriodDocument document(*m_report, QLocale(), QDateTime::currentDateTime());
    const QString path =
        DocumentOutput::askPdfPath(this, tr("Save the period report"),
                                   QStringLiteral("branches-%1_%2.pdf")
                                       .arg(m_report->from.toString(Qt::ISODate), m_report->to.toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    const auto written = document.writePdf(path);
    m_message->setText(written ? tr("Saved %1.").arg(path) : written.error());
}

void PeriodReportDialog::saveCsv()
{
    const QString directory = DocumentOutput::askDirectory(this, tr("Save the report's tables in"));
    if (directory.isEmpty())
        return;
    const auto written = PeriodCsv::write(*m_report, directory);
    m_message->setText(written ? tr("Saved %1.").arg(written.value().join(QStringLiteral(", "))) : written.error());
}

} // namespace tessera::headoffice
