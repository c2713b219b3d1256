#include "BranchHistory.h"

namespace tessera {

BranchHistory::BranchHistory(const QSqlDatabase &database, const QString &branchId, const QString &journalId)
    : EventHistory(QStringLiteral("headoffice/history"), {branchId, journalId}), m_database(database),
      m_branchId(branchId)
{}

QString BranchHistory::name() const
{
    return QStringLiteral("the head office's events of branch %1").arg(m_branchId);
}

} // namespace tessera
