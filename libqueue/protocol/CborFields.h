#pragma once

#include "model/QueueTypes.h"

#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <type_traits>

namespace tessera::cbor {

// Field-by-field CBOR for the plain structs of events and commands: each struct
// lists its fields once (fields()), and these overloads say how each type is written.

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
inline bool fromValue(const QCborValue &value, QDate &out)
{
    if (!value.isString())
        return false;
    out = QDate::fromString(value.toString(), Qt::ISODate);
    return out.isValid();
}
template<typename Enum>
requires std::is_enum_v<Enum>
bool fromValue(const QCborValue &value, Enum &out)
{
    return value.isString() && parseEnum(value.toString(), out);
}

template<typename T> QCborMap encodeFields(const T &record)
{
    QCborMap map;
    T::fields(record, [&map](const char *key, const auto &field) { map.insert(QLatin1String(key), toValue(field)); });
    return map;
}

// Missing fields keep their defaults (a newer peer may have added fields; an older one
// may not know them). A present field of the wrong type makes the whole record invalid;
// `badField` then names it.
template<typename T> bool decodeFields(const QCborMap &map, T &record, QString *badField = nullptr)
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
