#pragma once

#include "storage/JournalLocation.h"
#include "storage/SqlConnection.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace tessera::test {

// Which database the journal tests run on: SQLite unless TESSERA_TEST_JOURNAL=postgresql,
// then a new database in the throwaway cluster that tests/postgres/cluster.sh started
// (its directory in TESSERA_TEST_POSTGRES; CTest's `postgres` fixture sets both).
inline bool journalTestsOnPostgresql()
{
    return qEnvironmentVariable("TESSERA_TEST_JOURNAL") == QLatin1String("postgresql");
}

// The administrator's URL of the tests' PostgreSQL cluster, or an empty string with `error` set.
inline QString testClusterUrl(QString *error)
{
    const QString dir = qEnvironmentVariable("TESSERA_TEST_POSTGRES");
    QFile file(dir + QStringLiteral("/url"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no PostgreSQL for the test: run it through CTest (its postgres fixture starts "
                                "one), or set TESSERA_TEST_POSTGRES to a directory made by "
                                "tests/postgres/cluster.sh start");
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Runs SQL as the cluster's administrator, in the database `database` of `adminUrl`'s server.
inline bool runAsAdmin(const QString &adminUrl, const QString &database, const QStringList &statements, QString *error)
{
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + database);
    SqlConnection connection(JournalLocation::parse(url.toString(QUrl::FullyEncoded)).value(), false);
    return connection.open(error) && connection.run(statements, error);
}

// A new, empty place for a journal: a file in a temporary directory, or a new database in
// the tests' PostgreSQL cluster, dropped again when the test is done. A test that cannot have
// one stops at once, saying why: it must not pass on a journal it did not test.
class FreshJournal
{
public:
    enum class On
    {
        TestRunsChoice, // SQLite unless the run says PostgreSQL
        Postgresql      // a database in the tests' cluster (a head office, say), always
    };
    explicit FreshJournal(On on = On::TestRunsChoice)
    {
        if (on == On::TestRunsChoice && !journalTestsOnPostgresql()) {
            m_location = m_dir.filePath(QStringLiteral("journal.sqlite"));
            return;
        }
        QString error;
        m_adminUrl = testClusterUrl(&error);
        if (m_adminUrl.isEmpty())
            qFatal("%s", qPrintable(error));
        m_database = QStringLiteral("journal_") + QUuid::createUuid().toString(QUuid::Id128);
        if (!runAsAdmin(m_adminUrl, QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE ") + m_database},
                        &error))
            qFatal("cannot make a database for the test: %s", qPrintable(error));
        QUrl url(m_adminUrl);
        url.setPath(QLatin1Char('/') + m_database);
        m_location = url.toString(QUrl::FullyEncoded);
    }
    ~FreshJournal()
    {
        QString ignored;
        if (!m_database.isEmpty())
            runAsAdmin(m_adminUrl, QStringLiteral("postgres"),
                       {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)}, &ignored);
    }
    FreshJournal(const FreshJournal &) = delete;
    FreshJournal &operator=(const FreshJournal &) = delete;

    const QString &location() const { return m_location; }
    // PostgreSQL only: the database's URL as `role` with `password`, over TLS checked
    // against the cluster's CA (verify-full), as a branch reaches its head office.
    QString urlAs(const QString &role, const QString &password) const
    {
        QUrl url(m_location);
        url.setUserName(role);
        url.setPassword(password);
        url.setQuery(QStringLiteral("sslmode=verify-full&sslrootcert=%1/ca.crt")
                         .arg(qEnvironmentVariable("TESSERA_TEST_POSTGRES")));
        return url.toString(QUrl::FullyEncoded);
    }
    bool onPostgresql() const { return !m_database.isEmpty(); }

    // Runs SQL on the journal's database behind the journal's back (to damage it, say).
    bool poke(const QString &sql, const QVariantList &binds = {}) const
    {
        SqlConnection connection(JournalLocation::parse(m_location).value(), false);
        QString error;
        QSqlQuery query(connection.database());
        bool ok = connection.open(&error) && query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        return ok && query.exec();
    }

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_adminUrl;
    QString m_database;
};

} // namespace tessera::test
