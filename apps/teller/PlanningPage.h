#pragma once

#include "CounterDesk.h"
#include "planning/StaffingPlan.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::teller {

class PlanChartView;

// The supervisor's Planning tab: for a chosen day, the customers the journal's history says
// to expect per half hour and the counters advised for them (Erlang A), beside the counters
// open on that day a week before, as a chart and a table; printed, or saved as PDF or CSV.
// Above it, a live note when fewer counters are open now than this half hour's advice.
class PlanningPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningPage(CounterDesk &desk, QWidget *parent = nullptr);

    // Asks the server for the plan of the day in the date field.
    void fetch();
    // Redraws the live note; asks for today's plan when there is none yet (or a new day began).
    void refresh();
    bool hasPlan() const { return m_plan.has_value(); }
    QString liveNote() const;
    Expected<int, QString> savePdf(const QString &path);
    Expected<QStringList, QString> saveCsv(const QString &directory);
    QDateEdit *dateField() const { return m_day; }

signals:
    void planArrived(); // or an error: see hasPlan()

private:
    void show(const StaffingPlan &plan);
    void showMessage(const QString &text, bool error);
    void print();
    void askPdf();
    void askCsv();
    void setBusy(bool busy);
    void fetchToday();
    QMap<QString, QString> serviceNames() const;

    CounterDesk &m_desk;
    QDateEdit *m_day;
    QPushButton *m_fetch;
    QLabel *m_note;
    QLabel *m_message;
    PlanChartView *m_chart;
    QTableWidget *m_table;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    std::optional<StaffingPlan> m_plan;  // the day shown
    std::optional<StaffingPlan> m_today; // for the live note
    QDate m_todayAsked;
    QElapsedTimer m_todayAskedAt;
};

} // namespace tessera::teller
