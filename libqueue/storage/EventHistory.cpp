#include "EventHistory.h"

#include "JournalRows.h"
#include "protocol/EventCodec.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tessera {

EventHistory::EventHistory(const QString &catalog, QVariantList scope) : m_catalog(catalog), m_scope(std::move(scope))
{}

bool EventHistory::read(Seq after, const std::function<void(JournalEntry &&)> &sink, QString *error, Seq until) const
{
    return runRead(QStringLiteral("read_events"), {after, until}, true, after, sink, error);
}

bool EventHistory::readOfType(const QString &type, Seq after, Seq until,
                              const std::function<void(JournalEntry &&)> &sink, QString *error) const
{
    return runRead(QStringLiteral("read_events_of_type"), {type, after, until}, false, after, sink, error);
}

std::optional<JournalEntry> EventHistory::latestOfType(const QString &type, Seq until, QString *error) const
{
    std::optional<JournalEntry> found;
    if (!runRead(
            QStringLiteral("latest_of_type"), {type, until}, false, 0,
            [&found](JournalEntry &&entry) { found = std::move(entry); }, error))
        return std::nullopt;
    return found;
}

bool EventHistory::runRead(const QString &queryName, const QVariantList &binds, bool gapless, Seq after,
                           const std::function<void(JournalEntry &&)> &sink, QString *error) const
{
    const auto rows = JournalRows::run(database(), m_nativeSqlite, m_catalog.query(queryName), m_scope + binds);
    Seq expected = after + 1;
    DayCache dayCache;
    JournalRow row;
    while (rows->next(&row)) {
        JournalEntry entry;
        if (!readRow(row, dayCache, &entry, error))
            return false;
        if (gapless && entry.event.seq != expected) {
            *error = tr("event %1 is missing from the journal (found %2 next)").arg(expected).arg(entry.event.seq);
            return false;
        }
        sink(std::move(entry));
        ++expected;
    }
    if (!rows->error().isEmpty()) {
        *error = rows->error();
        return false;
    }
    return true;
}

bool EventHistory::readRow(const JournalRow &row, DayCache &dayCache, JournalEntry *entry, QString *error)
{
    entry->event.seq = row.seq;
    entry->event.at = row.at;
    if (row.businessDay != std::string_view(dayCache.text.constData(), size_t(dayCache.text.size()))) {
        dayCache.text = QByteArray(row.businessDay.data(), qsizetype(row.businessDay.size()));
        dayCache.day = QDate::fromString(QString::fromLatin1(dayCache.text), Qt::ISODate);
    }
    entry->businessDay = dayCache.day;
    auto payload = EventCodec::fromBytes(row.type, row.payload);
    if (!payload) {
        *error = tr("event %1 (%2) cannot be read")
                     .arg(entry->event.seq)
                     .arg(QString::fromUtf8(row.type.data(), qsizetype(row.type.size())));
        return false;
    }
    entry->event.payload = std::move(*payload);
    if (!row.commandId.empty())
        entry->commandId = QString::fromUtf8(row.commandId.data(), qsizetype(row.commandId.size()));
    return true;
}

QVariantList EventHistory::firstRow(const QString &queryName, const QVariantList &binds) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(m_catalog.query(queryName));
    for (const QVariant &bind : m_scope + binds)
        query.addBindValue(bind);
    QVariantList values;
    if (query.exec() && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i));
    }
    return values;
}

EventHistory::SeqSpan EventHistory::daySpan(const QDate &day) const
{
    const QString text = day.toString(Qt::ISODate);
    const QVariantList row = firstRow(QStringLiteral("day_span"), {text, text}); // for the first, for the last
    return row.size() == 2 ? SeqSpan{row[0].toLongLong(), row[1].toLongLong()} : SeqSpan{};
}

std::pair<QDate, QDate> EventHistory::days() const
{
    const QVariantList row = firstRow(QStringLiteral("journal_days"), {});
    if (row.size() != 2)
        return {};
    return {QDate::fromString(row[0].toString(), Qt::ISODate), QDate::fromString(row[1].toString(), Qt::ISODate)};
}

Seq EventHistory::lastSeqBefore(const QDate &day) const
{
    const QVariantList row = firstRow(QStringLiteral("last_seq_before_day"), {day.toString(Qt::ISODate)});
    return row.isEmpty() ? 0 : row[0].toLongLong();
}

QDate EventHistory::dayBefore(const QDate &day) const
{
    const QVariantList row = firstRow(QStringLiteral("day_before"), {day.toString(Qt::ISODate)});
    return row.isEmpty() ? QDate() : QDate::fromString(row[0].toString(), Qt::ISODate);
}

Seq EventHistory::lastSeq() const
{
    const QVariantList row = firstRow(QStringLiteral("last_seq"), {});
    return row.isEmpty() ? 0 : row[0].toLongLong();
}

} // namespace tessera
