#pragma once

#include "JournalLocation.h"
#include "SqlCatalog.h"
#include "SqlConnection.h"
#include "model/Events.h"
#include "model/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

struct sqlite3;

namespace tessera {

struct JournalRow;

struct JournalEntry
{
    Event event;
    QDate businessDay; // the business day the event belongs to, for reports by date
    QString commandId; // the station's id of the command that caused it; empty for housekeeping
};

// The append-only event journal. Each append() is one transaction: all of its events
// are durable when it returns true, or none is written. SQLite runs in WAL mode with
// synchronous=FULL, PostgreSQL with synchronous_commit=on, so "returned true" survives
// a power cut on either.
//
// One Journal per thread: a Qt Sql connection belongs to the thread that made it.
class Journal
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
    // Calls `sink` for every event after `after` (up to `until`), in order. False with `error`
    // set when an event cannot be read back (corruption): replay must stop rather than guess.
    bool read(Seq after, const std::function<void(JournalEntry &&)> &sink, QString *error,
              Seq until = std::numeric_limits<Seq>::max()) const;
    Seq lastSeq() const;

    // For reports, which read one business day and what led up to it.
    struct SeqSpan
    {
        Seq first = 0; // 0 and 0: no event
        Seq last = 0;
    };
    SeqSpan daySpan(const QDate &day) const;
    // The first and last business days the journal holds (invalid dates when it is empty).
    std::pair<QDate, QDate> days() const;
    // The last event filed under a business day before `day` (0 when none).
    Seq lastSeqBefore(const QDate &day) const;
    // The latest business day before `day` that has events (invalid when none).
    QDate dayBefore(const QDate &day) const;
    // Events of one type in (after, until], in order; same error contract as read().
    bool readOfType(const QString &type, Seq after, Seq until, const std::function<void(JournalEntry &&)> &sink,
                    QString *error) const;
    // The latest event of a type at or before `until`, if any.
    std::optional<JournalEntry> latestOfType(const QString &type, Seq until, QString *error) const;
    // A random id made when the journal was created: the same sequence numbers in another
    // journal (a new data directory) mean different events.
    QString journalId() const;
    int schemaVersion() const;
    // What open() was given, to open the same journal again (a reader on another thread).
    QString location() const { return m_location.text(); }
    // The location for messages and logs (no password).
    QString name() const { return m_location.shown(); }

private:
    explicit Journal(const JournalLocation &location, bool forReading);
    // A connection of its own to the journal, configured for writing or for reading.
    static Expected<std::unique_ptr<Journal>, QString> connect(const JournalLocation &location, bool forReading);
    // Makes this connection the journal's only writer (catalog query claim_writer).
    bool claimWriter(QString *error);
    bool migrate(QString *error);
    // Turns one row of a read query (seq, at, day, type, payload, command) into an entry.
    // Consecutive rows almost always share a business day: `dayCache` parses each day's text once.
    struct DayCache
    {
        QByteArray text;
        QDate day;
    };
    static bool readRow(const JournalRow &row, DayCache &dayCache, JournalEntry *entry, QString *error);
    // Runs the catalog's query `queryName` and hands each row to `sink` as an entry.
    bool runRead(const QString &queryName, const QVariantList &binds, bool gapless, Seq after,
                 const std::function<void(JournalEntry &&)> &sink, QString *error) const;

    QSqlDatabase database() const { return m_connection.database(); }

    JournalLocation m_location;
    SqlCatalog m_catalog;
    SqlConnection m_connection;
    std::unique_ptr<QSqlQuery> m_insert; // declared after the connection: goes before it
    sqlite3 *m_nativeSqlite = nullptr;   // for reading rows fast (JournalRows); null: through QSqlQuery
};

} // namespace tessera
