#pragma once

#include "storage/EventHistory.h"

namespace tessera {

// The head office's copy of one branch journal, read as the branch reads its own: reports,
// replays and the projector run on it unchanged (queries in storage/sql/headoffice/history).
// Borrows a connection to the head office database; one per thread, as Qt Sql wants.
class BranchHistory final : public EventHistory
{
public:
    BranchHistory(const QSqlDatabase &database, const QString &branchId, const QString &journalId);

    QString name() const override;

protected:
    QSqlDatabase database() const override { return m_database; }

private:
    QSqlDatabase m_database;
    QString m_branchId;
};

} // namespace tessera
