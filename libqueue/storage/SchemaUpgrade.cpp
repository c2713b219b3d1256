#include "SchemaUpgrade.h"

#include "LogCategories.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tessera {

int SchemaUpgrade::currentVersion(QSqlDatabase db, const SqlCatalog &catalog)
{
    QSqlQuery query(db);
    if (!query.exec(catalog.query(QStringLiteral("schema_version"))) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool SchemaUpgrade::run(QSqlDatabase db, const SqlCatalog &catalog, const QString &what, QString *error)
{
    const int current = currentVersion(db, catalog);
    const int latest = catalog.latestVersion();
    if (current > latest) {
        *error =
            tr("it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.")
                .arg(current)
                .arg(latest);
        return false;
    }
    const auto migrations = catalog.migrations();
    for (auto it = migrations.upperBound(current); it != migrations.end(); ++it) {
        if (!db.transaction()) {
            *error = db.lastError().text().trimmed();
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : it.value())
            ok = ok && query.exec(statement);
        if (ok) {
            query.prepare(catalog.query(QStringLiteral("set_schema_version")));
            query.addBindValue(it.key());
            ok = query.exec();
        }
        if (!ok || !db.commit()) {
            *error =
                tr("schema upgrade to version %1 failed: %2").arg(it.key()).arg(query.lastError().text().trimmed());
            db.rollback();
            return false;
        }
        qCInfo(lcStorage).noquote() << what << "upgraded to schema" << it.key();
    }
    return true;
}

} // namespace tessera
