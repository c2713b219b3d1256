#pragma once

#include "model/QueueTypes.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <type_traits>
#include <vector>

namespace tessera::cbor {

// Field-by-field CBOR for plain structs (events, commands, messages, the state snapshot):
// each struct lists its fields once (fields()), and these overloads say how each type is
// written. Structs nest as maps; lists and sets as arrays; maps as arrays of [key, value].

template<typename T>
concept Record = requires(T &record)
{
    T::fields(record, [](const char *, auto &) {});
};

// Declared first so that containers of records and records of containers find each other.
template<Record T> QCborMap encodeFields(const T &record, QCborMap map = {});
template<Record T> QCborMap encodeChangedFields(const T &record);
template<Record T> bool decodeFields(const QCborMap &map, T &record, QString *badField = nullptr);
template<Record T> QCborValue toValue(const T &record);
template<Record T> bool fromValue(const QCborValue &value, T &out);
template<typename T> QCborValue toValue(const QList<T> &list);
template<typename T> bool fromValue(const QCborValue &value, QList<T> &out);
template<typename T> QCborValue toValue(const std::set<T> &set);
template<typename T> bool fromValue(const QCborValue &value, std::set<T> &out);
template<typename T> QCborValue toValue(const QSet<T> &set);
template<typename T> bool fromValue(const QCborValue &value, QSet<T> &out);
template<typename K, typename V> QCborValue toValue(const std::map<K, V> &map);
template<typename K, typename V> bool fromValue(const QCborValue &value, std::map<K, V> &out);
template<typename K, typename V> QCborValue toValue(const QMap<K, V> &map);
template<typename K, typename V> bool fromValue(const QCborValue &value, QMap<K, V> &out);

inline QCborValue toValue(qint64 value)
{
    return QCborValue(value);
}
inline QCborValue toValue(int value)
{
    return QCborValue(qint64(value));
}
inline QCborValue toValue(bool value)
{
    return QCborValue(value);
}
inline QCborValue toValue(const QString &value)
{
    return QCborValue(value);
}
inline QCborValue toValue(const QByteArray &value)
{
    return QCborValue(value);
}
inline QCborValue toValue(const QCborMap &value)
{
    return QCborValue(value);
}
// Doubles only in messages (the staffing plan's figures); journaled events stay integers.
inline QCborValue toValue(double value)
{
    return QCborValue(value);
}
inline QCborValue toValue(const QDate &value)
{
    return QCborValue(value.toString(Qt::ISODate));
}
template<typename Enum>
requires std::is_enum_v<Enum> QCborValue toValue(Enum value)
{
    return QCborValue(wireName(value));
}

inline bool fromValue(const QCborValue &value, qint64 &out)
{
    if (!value.isInteger())
        return false;
    out = value.toInteger();
    return true;
}
inline bool fromValue(const QCborValue &value, int &out)
{
    if (!value.isInteger() || value.toInteger() < INT_MIN || value.toInteger() > INT_MAX)
        return false;
    out = int(value.toInteger());
    return true;
}
inline bool fromValue(const QCborValue &value, bool &out)
{
    if (!value.isBool())
        return false;
    out = value.toBool();
    return true;
}
inline bool fromValue(const QCborValue &value, QString &out)
{
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}
inline bool fromValue(const QCborValue &value, QByteArray &out)
{
    if (!value.isByteArray())
        return false;
    out = value.toByteArray();
    return true;
}
inline bool fromValue(const QCborValue &value, QCborMap &out)
{
    if (!value.isMap())
        return false;
    out = value.toMap();
    return true;
}
inline bool fromValue(const QCborValue &value, double &out)
{
    if (!value.isDouble() && !value.isInteger())
        return false;
    out = value.toDouble();
    return !std::isnan(out); // no field of ours is NaN (CborCursor::readDouble refuses it alike)
}
// No date (a state before its first business day) travels as "", as toValue writes it.
inline bool fromValue(const QCborValue &value, QDate &out)
{
    if (!value.isString())
        return false;
    out = QDate::fromString(value.toString(), Qt::ISODate);
    return out.isValid() || value.toString().isEmpty();
}
template<typename Enum>
requires std::is_enum_v<Enum>
bool fromValue(const QCborValue &value, Enum &out)
{
    return value.isString() && parseEnum(value.toString(), out);
}

template<typename Range> QCborValue arrayOf(const Range &range)
{
    QCborArray array;
    for (const auto &item : range)
        array.append(toValue(item));
    return array;
}

// Reads an array item by item; `add` stores each decoded item.
template<typename T, typename Add> bool readArray(const QCborValue &value, Add &&add)
{
    if (!value.isArray())
        return false;
    const QCborArray array = value.toArray();
    for (const QCborValue &item : array) {
        T decoded{};
        if (!fromValue(item, decoded))
            return false;
        add(std::move(decoded));
    }
    return true;
}

template<typename Map> QCborValue pairsOf(const Map &map)
{
    QCborArray array;
    for (auto it = map.begin(); it != map.end(); ++it)
        array.append(QCborArray{toValue(it->first), toValue(it->second)});
    return array;
}

template<typename K, typename V, typename Add> bool readPairs(const QCborValue &value, Add &&add)
{
    if (!value.isArray())
        return false;
    const QCborArray array = value.toArray();
    for (const QCborValue &item : array) {
        K key{};
        V mapped{};
        if (!item.isArray() || item.toArray().size() != 2 || !fromValue(item.toArray().at(0), key) ||
            !fromValue(item.toArray().at(1), mapped))
            return false;
        add(std::move(key), std::move(mapped));
    }
    return true;
}

template<typename T> QCborValue toValue(const QList<T> &list)
{
    return arrayOf(list);
}
template<typename T> bool fromValue(const QCborValue &value, QList<T> &out)
{
    out.clear();
    return readArray<T>(value, [&out](T &&item) { out.append(std::move(item)); });
}
template<typename T> QCborValue toValue(const std::set<T> &set)
{
    return arrayOf(set);
}
template<typename T> bool fromValue(const QCborValue &value, std::set<T> &out)
{
    out.clear();
    return readArray<T>(value, [&out](T &&item) { out.insert(std::move(item)); });
}
template<typename T> QCborValue toValue(const QSet<T> &set)
{
    // In order: a set's iteration order depends on the process's hash seed, and equal
    // states must encode to equal bytes (stations compare digests of them).
    QList<T> sorted(set.cbegin(), set.cend());
    std::sort(sorted.begin(), sorted.end());
    return arrayOf(sorted);
}
template<typename T> bool fromValue(const QCborValue &value, QSet<T> &out)
{
    out.clear();
    return readArray<T>(value, [&out](T &&item) { out.insert(std::move(item)); });
}
template<typename K, typename V> QCborValue toValue(const std::map<K, V> &map)
{
    return pairsOf(map);
}
template<typename K, typename V> bool fromValue(const QCborValue &value, std::map<K, V> &out)
{
    out.clear();
    return readPairs<K, V>(value,
                           [&out](K &&key, V &&mapped) { out.insert_or_assign(std::move(key), std::move(mapped)); });
}
template<typename K, typename V> QCborValue toValue(const QMap<K, V> &map)
{
    return pairsOf(map.toStdMap());
}
template<typename K, typename V> bool fromValue(const QCborValue &value, QMap<K, V> &out)
{
    out.clear();
    return readPairs<K, V>(value, [&out](K &&key, V &&mapped) { out.insert(std::move(key), std::move(mapped)); });
}

template<Record T> QCborValue toValue(const T &record)
{
    return encodeFields(record);
}
template<Record T> bool fromValue(const QCborValue &value, T &out)
{
    return value.isMap() && decodeFields(value.toMap(), out);
}

// The record's fields after what `map` already holds (a message's type, say).
template<Record T> QCborMap encodeFields(const T &record, QCborMap map)
{
    T::fields(record, [&map](const char *key, const auto &field) { map.insert(QLatin1String(key), toValue(field)); });
    return map;
}

// Only the fields whose value differs from a default-made record's. Events are written so, on
// the wire and in the journal: a missing field has its default (decodeFields), so nothing is
// lost, and a ticket's event no longer spells out a normal priority, an empty reason and no
// appointment to every station (about a fifth of its bytes).
template<Record T> QCborMap encodeChangedFields(const T &record)
{
    // Compared as the fields' own types: making a QCborValue of each only to compare it would
    // allocate for every text field of every event.
    static const T defaults{};
    static const std::vector<const void *> defaultFields = [] {
        std::vector<const void *> fields;
        T::fields(defaults, [&fields](const char *, const auto &field) { fields.push_back(&field); });
        return fields;
    }();
    QCborMap map;
    size_t index = 0;
    T::fields(record, [&](const char *key, const auto &field) {
        using Field = std::decay_t<decltype(field)>;
        if (!(field == *static_cast<const Field *>(defaultFields[index++])))
            map.insert(QLatin1String(key), toValue(field));
    });
    return map;
}

// Missing fields keep their defaults (a newer peer may have added fields; an older one
// may not know them). A present field of the wrong type makes the whole record invalid;
// `badField` then names it.
template<Record T> bool decodeFields(const QCborMap &map, T &record, QString *badField)
{
    bool ok = true;
    T::fields(record, [&](const char *key, auto &field) {
        const QCborValue value = map.value(QLatin1String(key));
        if (!ok || value.isUndefined())
            return;
        if (!fromValue(value, field)) {
            ok = false;
            if (badField)
                *badField = QLatin1String(key);
        }
    });
    return ok;
}

} // namespace tessera::cbor
