#pragma once

#include "SqlCatalog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tessera {

// Brings a database's schema up to the catalog's latest version, one version per
// transaction (the upgrade script and the new version number commit together), so a crash
// mid-upgrade leaves the previous version whole. A database newer than the catalog is
// refused: this program would misread it. `what` names the database in the log.
class SchemaUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(SchemaUpgrade)

public:
    static bool run(QSqlDatabase db, const SqlCatalog &catalog, const QString &what, QString *error);
    // The version the database is at (0 when it has none yet).
    static int currentVersion(QSqlDatabase db, const SqlCatalog &catalog);
};

} // namespace tessera
