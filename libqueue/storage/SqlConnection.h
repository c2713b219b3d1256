#pragma once

#include "JournalLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace tessera {

// One Qt Sql connection of its own, configured from a location and removed again when this
// goes: Qt keeps connections by name for the whole process, so each owner needs a unique
// name and must close and remove it itself. Belongs to the thread that made it.
class SqlConnection
{
public:
    SqlConnection(const JournalLocation &location, bool forReading);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    // Opens the connection; false with `error` set when the database cannot be reached.
    bool open(QString *error);
    // Runs `statements` in order; false with `error` set at the first that fails.
    bool run(const QStringList &statements, QString *error);
    // The database's own sentence for `error`, without its frame ("ERROR:", context lines);
    // Qt's when the database said nothing, and a lost connection when neither did.
    static QString errorText(const QSqlError &error);

private:
    QString m_name;
};

} // namespace tessera
