#pragma once

#include "headoffice/HeadOfficeView.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tessera::headoffice {

// The live table: one row per branch, kept as the head office database has it. Times that
// run on without events (the longest wait, how long a branch has been offline) are worked
// out against the clock when shown: tick() moves them on.
class BranchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Branch,
        Status,
        Waiting,
        WaitingByService,
        LongestWait,
        ServedToday,
        WithinTarget,
        CountersOpen,
        PrintFailures,
        StationsOffline,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    // What needs the operator's eye in a row, worst first; empty when all is well.
    static constexpr int AlarmRole = Qt::UserRole + 1;

    explicit BranchTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setBranches(const QList<BranchLive> &branches);
    void updateBranch(const BranchLive &branch);
    const BranchLive *branch(int row) const;
    const BranchLive *branch(const QString &branchId) const;
    // The clock against which waits and silences are shown (ms since the epoch).
    void tick(TimestampMs now);
    TimestampMs now() const { return m_now; }

    // Every alarm now, "Branch: what", for the banner.
    QStringList alarms() const;
    QStringList alarms(const BranchLive &branch) const;
    QString displayName(const BranchLive &branch) const;
    QString status(const BranchLive &branch) const;
    QString duration(qint64 ms) const;

    void retranslate();

private:
    QVariant display(const BranchLive &branch, int column) const;
    QVariant sortKey(const BranchLive &branch, int column) const;

    QList<BranchLive> m_branches;
    TimestampMs m_now = 0;
    QLocale m_locale;
};

} // namespace tessera::headoffice
