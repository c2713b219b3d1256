#pragma once

#include "EventHistory.h"
#include "JournalLocation.h"
#include "SqlConnection.h"
#include "model/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace tessera {

// The append-only event journal. Each append() is one transaction: all of its events
// are durable when it returns true, or none is written. SQLite runs in WAL mode with
// synchronous=FULL, PostgreSQL with synchronous_commit=on, so "returned true" survives
// a power cut on either.
//
// One Journal per thread: a Qt Sql connection belongs to the thread that made it.
class Journal : public EventHistory
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    // `location`: a SQLite file's path or a postgresql:// URL (see JournalLocation). Creates
    // the journal if there is none, upgrades its schema, and claims it: one writer per journal.
    static Expected<std::unique_ptr<Journal>, QString> open(const QString &location);
    // For readers beside a running server (reports): writes nothing, not even a schema
    // upgrade, so it never holds the write lock the server needs. append() then fails.
    static Expected<std::unique_ptr<Journal>, QString> openForReading(const QString &location);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Appends a group of events in one commit (group commit: one fsync for many commands).
    bool append(const QList<JournalEntry> &entries, QString *error);
    // A random id made when the journal was created: the same sequence numbers in another
    // journal (a new data directory) mean different events.
    QString journalId() const;
    int schemaVersion() const;
    // What open() was given, to open the same journal again (a reader on another thread).
    QString location() const { return m_location.text(); }
    // The location for messages and logs (no password).
    QString name() const override { return m_location.shown(); }

private:
    explicit Journal(const JournalLocation &location, bool forReading);
    // A connection of its own to the journal, configured for writing or for reading.
    static Expected<std::unique_ptr<Journal>, QString> connect(const JournalLocation &location, bool forReading);
    // Makes this connection the journal's only writer (catalog query claim_writer).
    bool claimWriter(QString *error);
    bool migrate(QString *error);
    QSqlDatabase database() const override { return m_connection.database(); }

    JournalLocation m_location;
    SqlConnection m_connection;
    std::unique_ptr<QSqlQuery> m_insert; // declared after the connection: goes before it
};

} // namespace tessera
