#pragma once

#include "engine/Commands.h"
#include "engine/EngineError.h"
#include "model/QueueState.h"
#include "protocol/Messages.h"

#include <QCoreApplication>
#include <optional>

namespace tessera {

// Who is at a station: what the station is, and who (if anyone) logged in on it.
struct StationIdentity
{
    StationRole role = StationRole::Display;
    QString user; // empty until Authenticate succeeds
    TellerRole userRole = TellerRole::Teller;
};

// What each station may ask of the queue. The engine checks the rules of the queue;
// this checks the people: a display never commands, a kiosk only issues and checks in,
// a teller acts only for the counter they are logged in at, a supervisor may do anything.
class StationPermissions
{
    Q_DECLARE_TR_FUNCTIONS(StationPermissions)

public:
    // nullopt when allowed, else the refusal to send back.
    static std::optional<EngineError> check(const StationIdentity &station, const Command &command,
                                            const QueueState &state);
};

} // namespace tessera
