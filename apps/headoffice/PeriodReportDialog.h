#pragma once

#include "headoffice/HeadOfficeView.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tessera::headoffice {

// The period report: any set of branches, any range of business days, side by side and each
// by service and teller, on screen, printed, as PDF or as CSV tables.
class PeriodReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `branches`: (id, name) of every branch, in the order to list them.
    PeriodReportDialog(const HeadOfficeView &view, const QList<std::pair<QString, QString>> &branches,
                       const QDate &today, QWidget *parent = nullptr);

    // Makes the report for the branches ticked and the days chosen, and shows it.
    void makeReport();
    void selectRange(const QDate &from, const QDate &to);
    const std::optional<PeriodReport> &report() const { return m_report; }

private:
    void showReport(const PeriodReport &report);
    void print();
    void savePdf();
    void saveCsv();
    QStringList chosenBranches() const;

    const HeadOfficeView &m_view;
    QListWidget *m_branches;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTextBrowser *m_text;
    QLabel *m_message;
    QList<QPushButton *> m_outputs;
    std::optional<PeriodReport> m_report;
};

} // namespace tessera::headoffice
