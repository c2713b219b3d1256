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

namespace {

// The same rule as branch.json's branchId: it becomes part of a role's name.
bool validName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9-]{1,48}$"));
    return valid.match(name).hasMatch();
}

} // namespace

Expected<HeadOfficeDatabase::NewRole, QString>
HeadOfficeDatabase::createRole(const QString &prefix, const QString &name, const QString &groupRole)
{
    QSqlDatabase db = m_connection.database();
    NewRole role;
    role.role = prefix + QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
    // 24 characters of 62: about 143 bits, typed once into a .pgpass.
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    for (int i = 0; i < 24; ++i)
        role.password += alphabet[int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))];
    QSqlField passwordField(QStringLiteral("password"), QMetaType(QMetaType::QString));
    passwordField.setValue(role.password);
    const QString statement = m_catalog.query(QStringLiteral("create_login_role"))
                                  .arg(db.driver()->escapeIdentifier(role.role, QSqlDriver::FieldName),
                                       db.driver()->formatValue(passwordField), groupRole);
    QSqlQuery query(db);
    if (!query.exec(statement))
        return query.lastError().text().trimmed();
    return role;
}

Expected<HeadOfficeDatabase::NewRole, QString> HeadOfficeDatabase::addBranch(const QString &branchId)
{
    if (!validName(branchId))
        return QStringLiteral(
                   "\"%1\" is not a branch id: use the branchId of the branch's branch.json (lowercase letters, digits "
                   "and dashes).")
            .arg(branchId);
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return db.lastError().text().trimmed();
    auto role = createRole(QStringLiteral("tessera_branch_"), branchId, QStringLiteral("tessera_branches"));
    QSqlQuery query(db);
    bool ok = role.hasValue();
    if (ok) {
        ok = query.prepare(m_catalog.query(QStringLiteral("add_branch")));
        query.addBindValue(branchId);
        query.addBindValue(role.value().role);
        ok = ok && query.exec();
    }
    if (!ok || !db.commit()) {
        const QString error = role ? query.lastError().text().trimmed() : role.error();
        db.rollback();
        return QStringLiteral("Cannot add the branch %1: %2").arg(branchId, error);
    }
    return role;
}

Expected<HeadOfficeDatabase::NewRole, QString> HeadOfficeDatabase::addViewer(const QString &name)
{
    if (!validName(name))
        return QStringLiteral("\"%1\" is not a viewer's name: use lowercase letters, digits and dashes.").arg(name);
    auto role = createRole(QStringLiteral("tessera_viewer_"), name, QStringLiteral("tessera_viewers"));
    if (!role)
        return QStringLiteral("Cannot add the viewer %1: %2").arg(name, role.error());
    return role;
}

} // namespace tessera
