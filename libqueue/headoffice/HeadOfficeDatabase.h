#pragma once

#include "model/Expected.h"
#include "storage/SqlCatalog.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

namespace tessera {

// The head office database as its administrator sees it: made and upgraded to the schema of
// storage/sql/headoffice, and told which branches it takes events from. Its messages are for
// the head office's database administrator, in English, as PostgreSQL's own are.
class HeadOfficeDatabase
{
public:
    // Connects as an administrator (a role that may create roles) and upgrades the schema.
    static Expected<std::unique_ptr<HeadOfficeDatabase>, QString> openAsAdministrator(const QString &url);
    ~HeadOfficeDatabase();

    struct NewRole
    {
        QString role;
        QString password;
    };
    // Makes the branch's login role (tessera_branch_<id>) with a new random password and
    // registers the branch, in one transaction.
    Expected<NewRole, QString> addBranch(const QString &branchId);
    // Makes a login role for one person at the head office (tessera_viewer_<name>): it reads
    // the tables and listens for their changes, and can change nothing.
    Expected<NewRole, QString> addViewer(const QString &name);
    // Follows the branch's journal `journalId` from now on (the branch was refused as replaced
    // or restored from a backup). `said`: what became of the events already held, or why not.
    bool acceptJournal(const QString &branchId, const QString &journalId, QString *said);
    int schemaVersion() const;

private:
    // A login role `prefix` + `name` (dashes made underscores) in `groupRole`, with a new
    // random password.
    Expected<NewRole, QString> createRole(const QString &prefix, const QString &name, const QString &groupRole);
    explicit HeadOfficeDatabase(const JournalLocation &location) : m_connection(location, false) {}

    SqlConnection m_connection;
    SqlCatalog m_catalog{QStringLiteral("headoffice")};
};

} // namespace tessera
