#pragma once

#include "headoffice/HeadOfficeView.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tessera::headoffice {

class BranchTableModel;

// One branch now, opened from the live table: its services (who waits, for how long) and
// its counters (open or not, who works there, whom they serve). Follows the live table.
class BranchDetailDialog : public QDialog
{
    Q_OBJECT

public:
    BranchDetailDialog(const BranchTableModel &model, QString branchId, QWidget *parent = nullptr);

    QString branchId() const { return m_branchId; }
    // Shows the branch's row as the model has it now.
    void refresh();

private:
    const BranchTableModel &m_model;
    QString m_branchId;
    QLabel *m_summary;
    QTableWidget *m_services;
    QTableWidget *m_counters;
};

} // namespace tessera::headoffice
