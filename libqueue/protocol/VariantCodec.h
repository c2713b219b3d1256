#pragma once

#include "CborStream.h"

#include <QHash>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <variant>

namespace tessera {

// CBOR for a std::variant of records that each name themselves (kType): events, commands,
// messages. The type name travels beside the fields; decoding finds the alternative by it.
template<typename Variant> class VariantCodec
{
public:
    static QString typeOf(const Variant &value)
    {
        return std::visit([](const auto &record) { return QString::fromLatin1(record.kType); }, value);
    }
    // The record's fields, after what `start` holds.
    static QCborMap fieldsOf(const Variant &value, QCborMap start = {})
    {
        return std::visit([&start](const auto &record) { return cbor::encodeFields(record, std::move(start)); }, value);
    }
    // Only those that differ from their defaults (cbor::encodeChangedFields).
    static QCborMap changedFieldsOf(const Variant &value)
    {
        return std::visit([](const auto &record) { return cbor::encodeChangedFields(record); }, value);
    }
    static bool knows(const QString &type) { return decoders().contains(type); }
    // nullopt for an unknown type, or for a field of the wrong type (then named in `badField`).
    static std::optional<Variant> decode(const QString &type, const QCborMap &map, QString *badField = nullptr)
    {
        const auto decoder = decoders().constFind(type);
        if (decoder == decoders().cend())
            return std::nullopt;
        return decoder->fromMap(map, badField);
    }
    // The same from encoded bytes: read in place where they are as our encoder writes them,
    // and through QCborValue otherwise (which then has the last word).
    static std::optional<Variant> decode(std::string_view type, std::string_view bytes)
    {
        const Decoder *decoder = find(type);
        if (!decoder)
            return std::nullopt;
        if (auto fast = decoder->fromBytes(bytes))
            return fast;
        return decodeGeneral(type, bytes);
    }
    // Each way alone: in place (nullopt also where it cannot tell), and through QCborValue.
    static std::optional<Variant> decodeInPlace(std::string_view type, std::string_view bytes)
    {
        const Decoder *decoder = find(type);
        return decoder ? decoder->fromBytes(bytes) : std::nullopt;
    }
    static std::optional<Variant> decodeGeneral(std::string_view type, std::string_view bytes)
    {
        const Decoder *decoder = find(type);
        if (!decoder)
            return std::nullopt;
        QCborParserError error;
        const QCborValue value =
            QCborValue::fromCbor(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), &error);
        if (error.error != QCborError::NoError || !value.isMap())
            return std::nullopt;
        return decoder->fromMap(value.toMap(), nullptr);
    }

private:
    struct Decoder
    {
        std::optional<Variant> (*fromMap)(const QCborMap &, QString *);
        std::optional<Variant> (*fromBytes)(std::string_view);
    };

    template<typename T> static std::optional<Variant> decodeAs(const QCborMap &map, QString *badField)
    {
        T record{}; // as encodeChangedFields makes the defaults it leaves out
        if (!cbor::decodeFields(map, record, badField))
            return std::nullopt;
        return Variant(std::move(record));
    }
    template<typename T> static std::optional<Variant> readAs(std::string_view bytes)
    {
        cbor::CborCursor cursor(bytes.data(), qsizetype(bytes.size()));
        T record{};
        if (!cbor::readFields(cursor, record) || !cursor.atEnd())
            return std::nullopt;
        return Variant(std::move(record));
    }

    // Every alternative's decoders by its type name (kType, in static storage).
    using Table = std::unordered_map<std::string_view, Decoder>;
    template<std::size_t... I> static Table buildTable(std::index_sequence<I...>)
    {
        Table table;
        ((table.emplace(std::variant_alternative_t<I, Variant>::kType,
                        Decoder{&decodeAs<std::variant_alternative_t<I, Variant>>,
                                &readAs<std::variant_alternative_t<I, Variant>>})),
         ...);
        return table;
    }
    static const Table &table()
    {
        static const Table table = buildTable(std::make_index_sequence<std::variant_size_v<Variant>>{});
        return table;
    }
    // The same by QString, as messages carry type names.
    static const QHash<QString, Decoder> &decoders()
    {
        static const auto byString = [] {
            QHash<QString, Decoder> hash;
            for (const auto &[name, decoder] : table())
                hash.insert(QString::fromLatin1(name.data(), qsizetype(name.size())), decoder);
            return hash;
        }();
        return byString;
    }
    // By a type name in UTF-8, as the journal holds it: no QString made per event.
    static const Decoder *find(std::string_view type)
    {
        const auto found = table().find(type);
        return found == table().end() ? nullptr : &found->second;
    }
};

} // namespace tessera
