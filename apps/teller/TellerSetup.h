#pragma once

namespace tessera {
class StationSetup;
}

namespace tessera::teller {

// The workstation's rows of the first-run setup: the counter this PC sits at (or let the
// teller choose it at login), and whether it is the supervisor's PC.
void prepareSetup(StationSetup &setup);

} // namespace tessera::teller
