#pragma once

namespace tessera {
class StationSetup;
}

namespace tessera::kiosk {

// The kiosk's rows of the first-run setup: which printer prints the tickets, or none.
void prepareSetup(StationSetup &setup);

} // namespace tessera::kiosk
