#include "JournalRows.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace tessera {

namespace {

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

class SqlQueryRows final : public JournalRows
{
public:
    SqlQueryRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds) : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql);
        for (const QVariant &bind : binds)
            m_query.addBindValue(bind);
        m_ok = m_ok && m_query.exec();
    }

    bool next(JournalRow *row) override
    {
        if (!m_ok || !m_query.next())
            return false;
        row->seq = m_query.value(0).toLongLong();
        row->at = m_query.value(1).toLongLong();
        // Kept as members: the row's views point into them.
        m_day = m_query.value(2).toString().toUtf8();
        m_type = m_query.value(3).toString().toUtf8();
        m_payload = m_query.value(4).toByteArray();
        m_commandId = m_query.value(5).toString().toUtf8();
        row->businessDay = viewOf(m_day);
        row->type = viewOf(m_type);
        row->payload = viewOf(m_payload);
        row->commandId = viewOf(m_commandId);
        return true;
    }

    QString error() const override
    {
        return m_query.lastError().isValid() ? m_query.lastError().text().trimmed() : QString();
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    QByteArray m_day, m_type, m_payload, m_commandId;
};

class SqliteRows final : public JournalRows
{
public:
    SqliteRows(sqlite3 *db, const QString &sql, const QVariantList &binds) : m_db(db)
    {
        const QByteArray text = sql.toUtf8();
        if (!check(sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr)))
            return;
        if (!m_statement) {
            m_error = QStringLiteral("no statement in the query \"%1\"").arg(sql);
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &bind = binds.at(i);
            int result = SQLITE_OK;
            if (bind.typeId() == QMetaType::QString)
                result =
                    sqlite3_bind_text(m_statement, i + 1, bind.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
            else if (bind.typeId() == QMetaType::LongLong || bind.typeId() == QMetaType::Int)
                result = sqlite3_bind_int64(m_statement, i + 1, bind.toLongLong());
            else
                m_error = QStringLiteral("cannot bind a %1 to a journal query").arg(QLatin1String(bind.typeName()));
            if (!m_error.isEmpty() || !check(result))
                return;
        }
    }
    ~SqliteRows() override { sqlite3_finalize(m_statement); }

    bool next(JournalRow *row) override
    {
        if (!m_statement || !m_error.isEmpty() || m_done)
            return false;
        const int result = sqlite3_step(m_statement);
        if (result != SQLITE_ROW) {
            m_done = true; // stepping again would run the query anew
            check(result == SQLITE_DONE ? SQLITE_OK : result);
            return false;
        }
        row->seq = sqlite3_column_int64(m_statement, 0);
        row->at = sqlite3_column_int64(m_statement, 1);
        row->businessDay = text(2);
        row->type = text(3);
        row->payload = blob(4);
        row->commandId = text(5);
        return true;
    }

    QString error() const override { return m_error; }

private:
    bool check(int result)
    {
        if (result == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    std::string_view text(int column)
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_statement, column))) : std::string_view();
    }
    std::string_view blob(int column)
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_statement, column))) : std::string_view();
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    bool m_done = false;
};

} // namespace

sqlite3 *JournalRows::nativeSqlite(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return nullptr;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next() ||
        query.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return connection;
}

std::unique_ptr<JournalRows> JournalRows::run(const QSqlDatabase &db, sqlite3 *native, const QString &sql,
                                              const QVariantList &binds)
{
    if (native)
        return std::make_unique<SqliteRows>(native, sql, binds);
    return std::make_unique<SqlQueryRows>(db, sql, binds);
}

} // namespace tessera
