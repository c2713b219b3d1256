#include "JournalLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tessera {

namespace {

bool isPostgresqlUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

// libpq's quoting for a keyword's value: Qt's driver joins the options with spaces as they are.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

Expected<JournalLocation, QString> JournalLocation::parse(const QString &text)
{
    JournalLocation location;
    location.m_text = text;
    if (text.trimmed().isEmpty())
        return tr("No journal was given: give a file path or a postgresql:// URL.");
    if (!isPostgresqlUrl(text)) {
        location.m_backend = Backend::Sqlite;
        return location;
    }

    location.m_backend = Backend::Postgresql;
    const QUrl url(text, QUrl::StrictMode);
    // QUrl's own error repeats the URL, password and all: it is not shown.
    if (!url.isValid())
        return tr("The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, "
                  "@, : or / in the password percent-encoded.");
    location.m_host = url.host();
    location.m_port = url.port(-1);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!keyword.match(key).hasMatch())
            return tr("\"%1\" in the journal URL is not a PostgreSQL connection setting.").arg(key);
        if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("password"))
            location.m_password = value;
        else if (key == QLatin1String("dbname"))
            location.m_database = value;
        else
            location.m_options.append({key, value});
    }
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return tr("The journal URL %1 names no database: end it with /DATABASE, as in "
                  "postgresql://tessera@localhost/tessera_journal.")
            .arg(location.shown());
    // A database that does not answer must not hold the server's start for libpq's default of forever.
    location.setOptionIfUnset(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    location.setOptionIfUnset(QStringLiteral("application_name"), QStringLiteral("tessera"));
    return location;
}

QString JournalLocation::option(const QString &key) const
{
    for (const Option &option : m_options) {
        if (option.key == key)
            return option.value;
    }
    return {};
}

void JournalLocation::setOptionIfUnset(const QString &key, const QString &value)
{
    if (std::none_of(m_options.begin(), m_options.end(), [&key](const Option &option) { return option.key == key; }))
        m_options.append({key, value});
}

QString JournalLocation::shown() const
{
    if (m_backend == Backend::Sqlite)
        return m_text;
    QUrl url(m_text);
    url.setPassword(QString());
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString();
}

QString JournalLocation::driver() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString JournalLocation::catalog() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

void JournalLocation::configure(QSqlDatabase &db, bool forReading) const
{
    if (m_backend == Backend::Sqlite) {
        db.setDatabaseName(m_text);
        if (forReading)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        return;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_database);
    QStringList options;
    for (const Option &option : m_options)
        options << option.key + QLatin1Char('=') + quoted(option.value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace tessera
