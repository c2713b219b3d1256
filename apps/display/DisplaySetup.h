#pragma once

namespace tessera {
class StationSetup;
}

namespace tessera::display {

// The lobby display's rows of the first-run setup: its zone (the counters and services it
// shows; all when empty).
void prepareSetup(StationSetup &setup);

} // namespace tessera::display
