#include "SqlConnection.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tessera {

SqlConnection::SqlConnection(const JournalLocation &location, bool forReading)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("tessera-sql-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), m_name);
    location.configure(db, forReading);
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(QString *error)
{
    QSqlDatabase db = database();
    if (db.open())
        return true;
    *error = db.lastError().text().trimmed();
    if (error->isEmpty())
        *error = QStringLiteral("unknown database error");
    return false;
}

bool SqlConnection::run(const QStringList &statements, QString *error)
{
    QSqlQuery query(database());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text().trimmed();
            return false;
        }
    }
    return true;
}

QString SqlConnection::errorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression severity(QStringLiteral("^[A-Z]+:\\s+"));
    text.remove(severity);
    return text.isEmpty() ? QStringLiteral("the connection to the database is lost") : text;
}

} // namespace tessera
