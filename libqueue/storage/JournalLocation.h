#pragma once

#include "model/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tessera {

// Where a journal lives: a SQLite file, given as its path, or a PostgreSQL database, given
// as a libpq URL:
//
//     postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=...]
//
// The query's parameters are libpq's connection keywords; `host=/some/dir` reaches a server
// by its Unix socket. Without a password in the URL, libpq looks in ~/.pgpass, which keeps
// it out of process lists and logs.
class JournalLocation
{
    Q_DECLARE_TR_FUNCTIONS(JournalLocation)

public:
    enum class Backend
    {
        Sqlite,
        Postgresql
    };

    static Expected<JournalLocation, QString> parse(const QString &text);

    Backend backend() const { return m_backend; }
    // As given: parsing it again reaches the same journal (a reader on another thread does).
    const QString &text() const { return m_text; }
    // For messages and logs: the URL without its password.
    QString shown() const;
    // The Qt Sql driver and the directory of per-backend SQL (storage/sql/<name>).
    QString driver() const;
    QString catalog() const;

    // A libpq keyword's value as given (PostgreSQL only; empty when not given).
    QString option(const QString &key) const;
    // Adds a libpq keyword unless the URL gave it.
    void setOptionIfUnset(const QString &key, const QString &value);
    bool isUnixSocket() const { return m_host.startsWith(QLatin1Char('/')); }

    // Sets `db`'s connection settings. `forReading`: a connection that only reads, beside a
    // server that writes (SQLite opens the file read-only and waits for the writer's lock).
    void configure(QSqlDatabase &db, bool forReading) const;

private:
    struct Option
    {
        QString key;
        QString value;
    };

    Backend m_backend = Backend::Sqlite;
    QString m_text;
    // PostgreSQL only.
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_database;
    QList<Option> m_options; // libpq keywords other than the ones above
};

} // namespace tessera
