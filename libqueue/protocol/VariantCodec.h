#pragma once

#include "CborFields.h"

#include <QHash>
#include <optional>
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
    static QCborMap fieldsOf(const Variant &value)
    {
        return std::visit([](const auto &record) { return cbor::encodeFields(record); }, value);
    }
    static bool knows(const QString &type) { return decoders().contains(type); }
    // nullopt for an unknown type, or for a field of the wrong type (then named in `badField`).
    static std::optional<Variant> decode(const QString &type, const QCborMap &map, QString *badField = nullptr)
    {
        const auto decoder = decoders().constFind(type);
        if (decoder == decoders().cend())
            return std::nullopt;
        return (*decoder)(map, badField);
    }

private:
    using Decoder = std::optional<Variant> (*)(const QCborMap &, QString *);

    template<typename T> static std::optional<Variant> decodeAs(const QCborMap &map, QString *badField)
    {
        T record;
        if (!cbor::decodeFields(map, record, badField))
            return std::nullopt;
        return Variant(std::move(record));
    }

    template<std::size_t... I> static QHash<QString, Decoder> buildDecoders(std::index_sequence<I...>)
    {
        QHash<QString, Decoder> table;
        ((table.insert(QLatin1String(std::variant_alternative_t<I, Variant>::kType),
                       &decodeAs<std::variant_alternative_t<I, Variant>>)),
         ...);
        return table;
    }

    static const QHash<QString, Decoder> &decoders()
    {
        static const auto table = buildDecoders(std::make_index_sequence<std::variant_size_v<Variant>>{});
        return table;
    }
};

} // namespace tessera
