#pragma once

#include "model/QueueState.h"

#include <QByteArray>
#include <optional>

namespace tessera {

// The whole live state as CBOR bytes: what a station receives when it joins (or falls
// too far behind) before the ordered events. A decoded state equals the encoded one,
// so a station's replica continues exactly as the server's state does.
class StateCodec
{
public:
    static QByteArray encode(const QueueState &state);
    // What the server sends stations: the same, with the password hashes in the
    // configuration replaced (BranchConfigLoader::withoutSecrets). Takes its own copy: pass
    // one in with std::move where the caller's is no longer needed.
    static QByteArray encodeForStations(QueueState state);
    // nullopt for bytes that are not a state this version understands.
    static std::optional<QueueState> decode(const QByteArray &bytes);
};

} // namespace tessera
