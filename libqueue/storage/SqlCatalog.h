#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tessera {

// The SQL of one backend, read from the files under storage/sql/<backend>/ that are
// compiled into the library, or from storage/sql/common/ for the queries every backend runs
// as they are. Journal asks for queries by name; the backend decides the text.
class SqlCatalog
{
public:
    explicit SqlCatalog(QString backend);

    QString query(const QString &name) const;
    // A file split at lines holding only ";", for files with several statements.
    QStringList statements(const QString &name) const;
    // Upgrade scripts by the schema version they produce, ascending.
    QMap<int, QStringList> migrations() const;
    int latestVersion() const;

private:
    // The backend's own file for `name` if it has one, else the common one.
    QString fileOf(const QString &name) const;

    QString m_root;
};

} // namespace tessera
