#pragma once

#include "SqlCatalog.h"
#include "model/Events.h"
#include "model/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <limits>
#include <memory>

namespace tessera {

struct JournalEntry
{
    Event event;
    QDate businessDay; // the business day the event belongs to, for reports by date
    QString commandId; // the station's id of the command that caused it; empty for housekeeping
};

// The append-only event journal. Each append() is one transaction: all of its events
// are durable when it returns true, or none is written. SQLite runs in WAL mode with
// synchronous=FULL, so "returned true" survives a power cut.
//
// One Journal per thread: a Qt Sql connection belongs to the thread that made it.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    static Expected<std::unique_ptr<Journal>, QString> openSqlite(const QString &path);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Appends a group of events in one commit (group commit: one fsync for many commands).
    bool append(const QList<JournalEntry> &entries, QString *error);
    // Calls `sink` for every event after `after` (up to `until`), in order. False with `error`
    // set when an event cannot be read back (corruption): replay must stop rather than guess.
    bool read(Seq after, const std::function<void(JournalEntry &&)> &sink, QString *error,
              Seq until = std::numeric_limits<Seq>::max()) const;
    Seq lastSeq() const;
    // A random id made when the journal was created: the same sequence numbers in another
    // journal (a new data directory) mean different events.
    QString journalId() const;
    int schemaVersion() const;
    QString path() const { return m_path; }

private:
    Journal(QString connectionName, QString path, SqlCatalog catalog);
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_path;
    SqlCatalog m_catalog;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace tessera
