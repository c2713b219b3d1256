#include "StateCodec.h"

#include "CborFields.h"
#include "model/BranchConfigLoader.h"

#include <QCborStreamReader>

namespace tessera {

QByteArray StateCodec::encode(const QueueState &state)
{
    QCborMap map;
    QueueState::fields(
        state, [&map](const char *key, const auto &field) { map.insert(QLatin1String(key), cbor::toValue(field)); });
    return map.toCborValue().toCbor();
}

QByteArray StateCodec::encodeForStations(QueueState state)
{
    if (state.m_hasConfig)
        state.m_configJson = BranchConfigLoader::withoutSecrets(state.m_configJson);
    return encode(state);
}

std::optional<QueueState> StateCodec::decode(const QByteArray &bytes)
{
    // The whole of the bytes is one map: anything after it means the parts were joined wrongly.
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || reader.currentOffset() != bytes.size() || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    QueueState state;
    bool ok = true;
    QueueState::fields(state, [&](const char *key, auto &field) {
        const QCborValue item = map.value(QLatin1String(key));
        if (ok && !item.isUndefined())
            ok = cbor::fromValue(item, field);
    });
    if (!ok)
        return std::nullopt;
    if (state.m_hasConfig) {
        auto loaded = BranchConfigLoader::fromJson(state.m_configJson.toUtf8(), QStringLiteral("snapshot"));
        if (!loaded)
            return std::nullopt;
        state.m_config = std::move(loaded).value();
    }
    return state;
}

} // namespace tessera
