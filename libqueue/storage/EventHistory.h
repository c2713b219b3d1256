#pragma once

#include "SqlCatalog.h"
#include "model/Events.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>
#include <functional>
#include <limits>
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

// The events of one branch journal, as readers see them: in order, by business day, by type.
// The branch's own journal is one (Journal); the head office's copy of a branch's events is
// another (BranchHistory). Both run the same named queries from a SqlCatalog; a copy that
// holds many journals puts its `scope` (which branch, which journal) before every query's
// own bind values, so reports and replays read either without knowing which it is.
class EventHistory
{
    Q_DECLARE_TR_FUNCTIONS(tessera::EventHistory)

public:
    virtual ~EventHistory() = default;

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
    // The first and last business days held (invalid dates when there is no event).
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
    // For messages and logs (no password).
    virtual QString name() const = 0;

protected:
    EventHistory(const QString &catalog, QVariantList scope = {});
    virtual QSqlDatabase database() const = 0;

    SqlCatalog m_catalog;
    sqlite3 *m_nativeSqlite = nullptr; // for reading rows fast (JournalRows); null: through QSqlQuery

private:
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
    // The first value of the first row of a query, or an invalid QVariant.
    QVariantList firstRow(const QString &queryName, const QVariantList &binds) const;

    QVariantList m_scope;
};

} // namespace tessera
