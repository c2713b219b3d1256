#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tessera {

// The SQL of one backend, read from the files under storage/sql/<backend>/ that are
// compiled into the library. Journal asks for queries by name; the backend decides the text.
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
    QString m_root;
};

} // namespace tessera
