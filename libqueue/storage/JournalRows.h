#pragma once

#include "model/Clock.h"
#include "model/QueueTypes.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <memory>
#include <string_view>

struct sqlite3;

namespace tessera {

// One row of a read query (seq, at, business day, type, payload, command id), as views
// into the row: valid until the next call to next().
struct JournalRow
{
    Seq seq = 0;
    TimestampMs at = 0;
    std::string_view businessDay; // ISO date
    std::string_view type;
    std::string_view payload;   // CBOR
    std::string_view commandId; // empty for housekeeping
};

// The rows of one read query, in order. Reading a busy day means tens of thousands of rows:
// on SQLite they come straight from the library (no QVariant per column, no UTF-16 copy of
// every text), on other backends through QSqlQuery.
class JournalRows
{
public:
    // SQLite's own connection under `db`, when `db` is Qt's SQLite driver on the very library we
    // link (Debian's Qt is; a Qt with SQLite built in is not, and its handle must not meet another
    // library's functions); null otherwise. Ask once per connection: it runs a query.
    static sqlite3 *nativeSqlite(const QSqlDatabase &db);
    // Runs `sql` with `binds` (integers or strings, in order) on `db`: through `native` when given
    // (nativeSqlite(db)), through QSqlQuery otherwise.
    static std::unique_ptr<JournalRows> run(const QSqlDatabase &db, sqlite3 *native, const QString &sql,
                                            const QVariantList &binds);
    virtual ~JournalRows() = default;

    // False at the end or on an error (then error() says which).
    virtual bool next(JournalRow *row) = 0;
    virtual QString error() const = 0;
};

} // namespace tessera
