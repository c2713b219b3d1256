#pragma once

#include "CounterDesk.h"

#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tessera::teller {

// The daily report for a supervisor: pick a business day, the server computes its figures
// from the journal, and they can be printed (the system print dialog), saved as a PDF, or
// saved as CSV tables for a spreadsheet. The page shows the main figures on screen too: by
// service, counter and teller, with the customers' ratings, and what customers wrote.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(CounterDesk &desk, QWidget *parent = nullptr);

    // Asks the server for the day in the date field.
    void fetch();
    bool hasReport() const { return m_report.has_value(); }
    // The number of pages written, or why not (shown on the page as well).
    Expected<int, QString> savePdf(const QString &path);
    Expected<QStringList, QString> saveCsv(const QString &directory);
    QDateEdit *dateField() const { return m_day; }

signals:
    void reportArrived(); // or an error: see hasReport()

private:
    void show(const DailyReport &report);
    void showMessage(const QString &text, bool error);
    void print();
    void askPdf();
    void askCsv();
    void setBusy(bool busy);
    void clearFigures();
    QTableWidget *figureTable(const QString &name, const QStringList &columns);
    static QStringList staffColumns(const QString &who);

    CounterDesk &m_desk;
    QDateEdit *m_day;
    QPushButton *m_fetch;
    QLabel *m_message;
    QLabel *m_summary;
    QTabWidget *m_tables;
    QTableWidget *m_services;
    QTableWidget *m_counters;
    QTableWidget *m_tellers;
    QTableWidget *m_comments;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    std::optional<DailyReport> m_report;
};

} // namespace tessera::teller
