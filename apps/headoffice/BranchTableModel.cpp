#include "BranchTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <cmath>

namespace tessera::headoffice {

BranchTableModel::BranchTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int BranchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_branches.size());
}

int BranchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Branch:
        return tr("Branch");
    case Status:
        return tr("Status");
    case Waiting:
        return tr("Waiting");
    case WaitingByService:
        return tr("Waiting by service");
    case LongestWait:
        return tr("Longest wait");
    case ServedToday:
        return tr("Served today");
    case WithinTarget:
        return tr("Within target today");
    case CountersOpen:
        return tr("Counters open");
    case PrintFailures:
        return tr("Print failures today");
    case StationsOffline:
        return tr("Stations offline");
    }
    return {};
}

QString BranchTableModel::displayName(const BranchLive &branch) const
{
    return branch.figures && !branch.figures->branchName.isEmpty() ? branch.figures->branchName : branch.branchId;
}

QString BranchTableModel::duration(qint64 ms) const
{
    const qint64 minutes = qMax<qint64>(0, ms) / 60000;
    return minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60) : tr("%1 min").arg(minutes);
}

QString BranchTableModel::status(const BranchLive &branch) const
{
    if (!branch.refused.isEmpty())
        return tr("Refused");
    if (branch.lastContact == 0)
        return tr("Not connected yet");
    if (branch.online)
        return branch.folded < branch.held ? tr("Online, catching up") : tr("Online");
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(branch.lastContact);
    const bool today = since.date() == QDateTime::fromMSecsSinceEpoch(m_now).date();
    return tr("Offline since %1")
        .arg(today ? m_locale.toString(since.time(), QStringLiteral("HH:mm"))
                   : since.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QStringList BranchTableModel::alarms(const BranchLive &branch) const
{
    QStringList found;
    if (!branch.refused.isEmpty())
        found << tr("refused by the head office: %1").arg(branch.refused);
    else if (branch.lastContact != 0 && !branch.online)
        found << tr("offline for %1")
                     .arg(m_now - branch.lastContact < 60000 ? tr("less than a minute")
                                                             : duration(m_now - branch.lastContact));
    if (!branch.figures)
        return found;
    const LiveFigures &figures = *branch.figures;
    if (!figures.lastPrintFailure.isEmpty())
        found << tr("the kiosk could not print the last ticket (%1)").arg(figures.lastPrintFailure);
    // One line for the waits: the service furthest past its target.
    const LiveService *worst = nullptr;
    qint64 worstPast = 0;
    int servicesPast = 0;
    for (const LiveService &service : figures.services) {
        const qint64 past = m_now - service.oldestWaitingSince - qint64(service.targetWaitSeconds) * 1000;
        if (!service.oldestWaitingSince || past <= 0)
            continue;
        servicesPast += 1;
        if (!worst || past > worstPast) {
            worst = &service;
            worstPast = past;
        }
    }
    if (worst)
        found << tr("%1 waiting %2, target %3")
                         .arg(worst->name.isEmpty() ? worst->id : worst->name,
                              duration(m_now - worst->oldestWaitingSince),
                              duration(qint64(worst->targetWaitSeconds) * 1000)) +
                     (servicesPast > 1 ? tr(" (and %n more service(s) past target)", nullptr, servicesPast - 1)
                                       : QString());
    return found;
}

QStringList BranchTableModel::alarms() const
{
    QStringList all;
    for (const BranchLive &branch : m_branches) {
        if (const QStringList found = alarms(branch); !found.isEmpty())
            all << QStringLiteral("%1: %2").arg(displayName(branch), found.join(QStringLiteral("; ")));
    }
    return all;
}

QVariant BranchTableModel::display(const BranchLive &branch, int column) const
{
    if (column == Branch)
        return displayName(branch);
    if (column == Status)
        return status(branch);
    if (column == StationsOffline)
        return branch.stationsConnected < 0 ? QStringLiteral("–") : m_locale.toString(branch.stationsOffline.size());
    if (!branch.figures)
        return QStringLiteral("–");
    const LiveFigures &figures = *branch.figures;
    switch (column) {
    case Waiting:
        return m_locale.toString(figures.waiting());
    case WaitingByService: {
        QStringList parts;
        for (const LiveService &service : figures.services) {
            if (service.waiting > 0)
                parts << QStringLiteral("%1 %2").arg(service.name.isEmpty() ? service.id : service.name,
                                                     m_locale.toString(service.waiting));
        }
        return parts.join(QStringLiteral(" · "));
    }
    case LongestWait:
        return figures.oldestWaitingSince() ? duration(m_now - figures.oldestWaitingSince()) : QStringLiteral("–");
    case ServedToday:
        return m_locale.toString(figures.today.served);
    case WithinTarget:
        return figures.today.wait.count
                   ? m_locale.toString(std::floor(100.0 * figures.today.calledWithinTarget / figures.today.wait.count),
                                       'f', 0) +
                         m_locale.percent()
                   : QStringLiteral("–");
    case CountersOpen:
        return tr("%1 of %2").arg(figures.countersOpen()).arg(figures.counters.size());
    case PrintFailures:
        return m_locale.toString(figures.printFailuresToday);
    }
    return {};
}

QVariant BranchTableModel::sortKey(const BranchLive &branch, int column) const
{
    if (column == Branch)
        return displayName(branch).toLower();
    if (column == Status) // the worst first when sorted descending: refused, offline longest, online
        return !branch.refused.isEmpty() ? 3e15
               : branch.lastContact == 0 ? -1.0 // never called: nothing to watch yet
               : branch.online           ? 0.0
                                         : double(m_now - branch.lastContact);
    if (column == StationsOffline)
        return branch.stationsOffline.size();
    if (!branch.figures)
        return -1;
    const LiveFigures &figures = *branch.figures;
    switch (column) {
    case Waiting:
    case WaitingByService:
        return figures.waiting();
    case LongestWait:
        return figures.oldestWaitingSince() ? double(m_now - figures.oldestWaitingSince()) : 0.0;
    case ServedToday:
        return figures.today.served;
    case WithinTarget:
        return figures.today.wait.count ? double(figures.today.calledWithinTarget) / figures.today.wait.count : -1.0;
    case CountersOpen:
        return figures.countersOpen();
    case PrintFailures:
        return figures.printFailuresToday;
    }
    return {};
}

QVariant BranchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_branches.size())
        return {};
    const BranchLive &branch = m_branches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(branch, index.column());
    case SortRole:
        return sortKey(branch, index.column());
    case AlarmRole:
        return alarms(branch);
    case Qt::ToolTipRole:
        if (index.column() == StationsOffline)
            return branch.stationsOffline.join(QLatin1Char('\n'));
        return index.column() == Branch ? branch.branchId : alarms(branch).join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        return int(index.column() <= WaitingByService && index.column() != Waiting ? Qt::AlignLeft | Qt::AlignVCenter
                                                                                   : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // Red for a row that needs someone to act; a quieter shade for one just worth watching.
        if (!alarms(branch).isEmpty())
            return QBrush(QColor(0xf8, 0xd7, 0xd3));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Status && !branch.online) ||
            (index.column() == StationsOffline && !branch.stationsOffline.isEmpty()))
            return QBrush(QColor(0xa3, 0x1d, 0x12));
        return {};
    case Qt::FontRole:
        if (index.column() == Branch || (index.column() == Status && !alarms(branch).isEmpty())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

void BranchTableModel::setBranches(const QList<BranchLive> &branches)
{
    beginResetModel();
    m_branches = branches;
    endResetModel();
}

void BranchTableModel::updateBranch(const BranchLive &branch)
{
    for (int row = 0; row < m_branches.size(); ++row) {
        if (m_branches[row].branchId == branch.branchId) {
            m_branches[row] = branch;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_branches.size()), int(m_branches.size()));
    m_branches.append(branch);
    endInsertRows();
}

const BranchLive *BranchTableModel::branch(int row) const
{
    return row >= 0 && row < m_branches.size() ? &m_branches[row] : nullptr;
}

const BranchLive *BranchTableModel::branch(const QString &branchId) const
{
    for (const BranchLive &branch : m_branches) {
        if (branch.branchId == branchId)
            return &branch;
    }
    return nullptr;
}

void BranchTableModel::tick(TimestampMs now)
{
    m_now = now;
    if (!m_branches.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_branches.size()) - 1, ColumnCount - 1));
}

void BranchTableModel::retranslate()
{
    m_locale = QLocale();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    tick(m_now);
}

} // namespace tessera::headoffice
