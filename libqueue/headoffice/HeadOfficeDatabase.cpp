#include "HeadOfficeDatabase.h"

#include "storage/JournalLocation.h"
#include "storage/SchemaUpgrade.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace tessera {

HeadOfficeDatabase::~HeadOfficeDatabase() = default;

Expected<std::unique_ptr<HeadOfficeDatabase>, QString> HeadOfficeDatabase::openAsAdministrator(const QString &url)
{
    const auto location = JournalLocation::parse(url);
    if (!location)
        return location.error();
    if (location.value().backend() != JournalLocation::Backend::Postgresql)
        return QStringLiteral(
            "The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.");
    std::unique_ptr<HeadOfficeDatabase> database(new HeadOfficeDatabase(location.value()));
    QString error;
    if (!database->m_connection.open(&error))
        return QStringLiteral("Cannot open the head office database %1: %2").arg(location.value().shown(), error);
    if (!database->m_connection.run(database->m_catalog.statements(QStringLiteral("open")), &error))
        return QStringLiteral("Cannot use the head office database %1: %2").arg(location.value().shown(), error);
    if (!SchemaUpgrade::run(database->m_connection.database(), database->m_catalog,
                            QStringLiteral("head office database ") + location.value().shown(), &error))
        return QStringLiteral("Cannot upgrade the head office database %1: %2").arg(location.value().shown(), error);
    return database;
}

bool HeadOfficeDatabase::acceptJournal(const QString &branchId, const QString &journalId, QString *said)
{
    QSqlQuery query(m_connection.database());
    query.prepare(m_catalog.query(QStringLiteral("accept_journal")));
    query.addBindValue(branchId);
    query.addBindValue(journalId);
    if (!query.exec() || !query.next()) {
        *said = query.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        return false;
    }
    *said = query.value(0).toString();
    return true;
}

int HeadOfficeDatabase::schemaVersion() const
{
    return SchemaUpgrade::currentVersion(m_connection.database(), m_catalog);
}

Expected<HeadOfficeDatabase::NewBranch, QString> HeadOfficeDatabase::addBranch(const QString &branchId)
{
    // The same rule as branch.json's branchId: it becomes part of a role's name.
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9-]{1,48}$"));
    if (!validId.match(branchId).hasMatch())
        return QStringLiteral(
                   "\"%1\" is not a branch id: use the branchId of the branch's branch.json (lowercase letters, digits "
                   "and dashes).")
            .arg(branchId);
    QSqlDatabase db = m_connection.database();
    NewBranch branch;
    branch.role = QStringLiteral("tessera_branch_") + QString(branchId).replace(QLatin1Char('-'), QLatin1Char('_'));
    // 24 characters of 62: about 143 bits, typed once into the branch's .pgpass.
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    for (int i = 0; i < 24; ++i)
        branch.password += alphabet[int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))];

    QSqlField passwordField(QStringLiteral("password"), QMetaType(QMetaType::QString));
    passwordField.setValue(branch.password);
    const QString createRole = m_catalog.query(QStringLiteral("create_branch_role"))
                                   .arg(db.driver()->escapeIdentifier(branch.role, QSqlDriver::FieldName),
                                        db.driver()->formatValue(passwordField));
    if (!db.transaction())
        return db.lastError().text().trimmed();
    QSqlQuery query(db);
    bool ok = query.exec(createRole);
    if (ok) {
        ok = query.prepare(m_catalog.query(QStringLiteral("add_branch")));
        query.addBindValue(branchId);
        query.addBindValue(branch.role);
        ok = ok && query.exec();
    }
    if (!ok || !db.commit()) {
        const QString error = query.lastError().text().trimmed();
        db.rollback();
        return QStringLiteral("Cannot add the branch %1: %2").arg(branchId, error);
    }
    return branch;
}

} // namespace tessera
