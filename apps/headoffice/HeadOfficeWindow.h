#pragma once

#include "BranchTableModel.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tessera {
class StationLanguage;
}

namespace tessera::headoffice {

class BranchDetailDialog;
class PeriodReportDialog;

// The head office's window: every branch live, the alarms above them, a branch's detail on
// a double-click, and the period report. Rows change when the database notifies a change
// (tessera_live), not by polling; a clock second by second moves on the waits and silences
// shown, and every few seconds the connection is checked and, if lost, opened again.
class HeadOfficeWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Connect = std::function<Expected<std::unique_ptr<HeadOfficeView>, QString>()>;
    // `connect` opens the head office database (again, after a failure); `clock` says the time.
    HeadOfficeWindow(std::unique_ptr<HeadOfficeView> view, Connect connect, StationLanguage &language,
                     std::function<TimestampMs()> clock, QWidget *parent = nullptr);
    ~HeadOfficeWindow() override;

    BranchTableModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QString alarmText() const;
    // Opens a branch's detail as a double-click on its row does.
    BranchDetailDialog *openDetail(const QString &branchId);
    PeriodReportDialog *openPeriodReport();
    // Reads every branch again (at start, after a reconnection).
    void reload();

private:
    void branchChanged(const QString &branchId);
    void tick();
    void checkConnection();
    void useView(std::unique_ptr<HeadOfficeView> view);
    void showAlarms();
    // In the status bar until the next good read, and in the log.
    void showProblem(const QString &problem);
    void retranslate();

    std::unique_ptr<HeadOfficeView> m_view;
    Connect m_connect;
    StationLanguage &m_language;
    std::function<TimestampMs()> m_clock;
    BranchTableModel m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_alarms;
    QLabel *m_connection;
    QComboBox *m_languages;
    QAction *m_periodAction;
    QPointer<BranchDetailDialog> m_detail;
    QPointer<PeriodReportDialog> m_period; // reads through the view: goes when the view does
    QTimer m_clockTimer{this};
    QTimer m_connectionTimer{this};
    QStringList m_alarmsShown;
    TimestampMs m_lastUpdate = 0;
    QString m_problem;
};

} // namespace tessera::headoffice
