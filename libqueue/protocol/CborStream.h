#pragma once

#include "CborCursor.h"
#include "CborFields.h"

namespace tessera::cbor {

// Decoding straight from the bytes into a record's fields: the fast twin of fromValue() in
// CborFields.h, with the same rules (missing fields keep their defaults, unknown keys are
// skipped, a field of the wrong type fails the record). It reads only what CborCursor
// reads; on false the caller falls back to QCborValue and fromValue(), which decide.

template<Record T> bool readFields(CborCursor &cursor, T &record);
template<Record T> bool read(CborCursor &cursor, T &out);
template<typename T> bool read(CborCursor &cursor, QList<T> &out);
template<typename T> bool read(CborCursor &cursor, std::set<T> &out);
template<typename T> bool read(CborCursor &cursor, QSet<T> &out);
template<typename K, typename V> bool read(CborCursor &cursor, std::map<K, V> &out);
template<typename K, typename V> bool read(CborCursor &cursor, QMap<K, V> &out);

inline bool read(CborCursor &cursor, qint64 &out)
{
    return cursor.readInteger(&out);
}
inline bool read(CborCursor &cursor, int &out)
{
    qint64 value;
    if (!cursor.readInteger(&value) || value < INT_MIN || value > INT_MAX)
        return cursor.fail();
    out = int(value);
    return true;
}
inline bool read(CborCursor &cursor, bool &out)
{
    return cursor.readBool(&out);
}
inline bool read(CborCursor &cursor, double &out)
{
    return cursor.readDouble(&out);
}
inline bool read(CborCursor &cursor, QString &out)
{
    std::string_view text;
    if (!cursor.readText(&text))
        return false;
    out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return true;
}
inline bool read(CborCursor &cursor, QByteArray &out)
{
    std::string_view bytes;
    if (!cursor.readBytes(&bytes))
        return false;
    out = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return true;
}
// Free-form maps (rare, never on a hot path) go through QCborValue.
inline bool read(CborCursor &cursor, QCborMap &out)
{
    const char *start = cursor.position();
    if (cursor.peek() != CborCursor::Major::Map || !cursor.skip())
        return cursor.fail();
    const QCborValue value = QCborValue::fromCbor(QByteArray::fromRawData(start, cursor.position() - start));
    out = value.toMap();
    return value.isMap() || cursor.fail();
}
inline bool read(CborCursor &cursor, QDate &out)
{
    QString text;
    if (!read(cursor, text))
        return false;
    out = QDate::fromString(text, Qt::ISODate);
    return out.isValid() || text.isEmpty() || cursor.fail();
}
template<typename Enum>
requires std::is_enum_v<Enum>
bool read(CborCursor &cursor, Enum &out)
{
    QString text;
    return read(cursor, text) && (parseEnum(text, out) || cursor.fail());
}

template<typename T, typename Add> bool readItems(CborCursor &cursor, Add &&add)
{
    quint64 count;
    if (!cursor.readArrayHeader(&count))
        return false;
    for (quint64 i = 0; i < count; ++i) {
        T item{};
        if (!read(cursor, item))
            return false;
        add(std::move(item));
    }
    return true;
}

template<typename K, typename V, typename Add> bool readPairItems(CborCursor &cursor, Add &&add)
{
    quint64 count, width;
    if (!cursor.readArrayHeader(&count))
        return false;
    for (quint64 i = 0; i < count; ++i) {
        K key{};
        V mapped{};
        if (!cursor.readArrayHeader(&width) || width != 2 || !read(cursor, key) || !read(cursor, mapped))
            return cursor.fail();
        add(std::move(key), std::move(mapped));
    }
    return true;
}

template<typename T> bool read(CborCursor &cursor, QList<T> &out)
{
    out.clear();
    return readItems<T>(cursor, [&out](T &&item) { out.append(std::move(item)); });
}
template<typename T> bool read(CborCursor &cursor, std::set<T> &out)
{
    out.clear();
    return readItems<T>(cursor, [&out](T &&item) { out.insert(std::move(item)); });
}
template<typename T> bool read(CborCursor &cursor, QSet<T> &out)
{
    out.clear();
    return readItems<T>(cursor, [&out](T &&item) { out.insert(std::move(item)); });
}
template<typename K, typename V> bool read(CborCursor &cursor, std::map<K, V> &out)
{
    out.clear();
    return readPairItems<K, V>(
        cursor, [&out](K &&key, V &&mapped) { out.insert_or_assign(std::move(key), std::move(mapped)); });
}
template<typename K, typename V> bool read(CborCursor &cursor, QMap<K, V> &out)
{
    out.clear();
    return readPairItems<K, V>(cursor, [&out](K &&key, V &&mapped) { out.insert(std::move(key), std::move(mapped)); });
}
template<Record T> bool read(CborCursor &cursor, T &out)
{
    return readFields(cursor, out);
}

template<Record T> bool readFields(CborCursor &cursor, T &record)
{
    quint64 pairs;
    if (!cursor.readMapHeader(&pairs))
        return false;
    quint64 seen = 0; // the fields read so far, by their place in fields()
    for (quint64 i = 0; i < pairs; ++i) {
        // A key that is not text names no field of ours: step over it and its value.
        if (cursor.peek() != CborCursor::Major::Text) {
            if (!cursor.skip() || !cursor.skip())
                return false;
            continue;
        }
        std::string_view key;
        if (!cursor.readText(&key))
            return false;
        int index = 0;
        bool known = false;
        T::fields(record, [&](const char *name, auto &field) {
            if (!known && key == name) {
                known = true;
                // A field given twice: QCborMap takes the first, which only the general way does.
                if (index >= 64 || (seen & (quint64(1) << index)) || !read(cursor, field))
                    cursor.fail();
                seen |= quint64(1) << (index & 63);
            }
            ++index;
        });
        if (!known)
            cursor.skip();
        if (cursor.failed())
            return false;
    }
    return true;
}

} // namespace tessera::cbor
