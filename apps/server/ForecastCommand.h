#pragma once

#include "ServerOptions.h"

// `tessera-server forecast`: a day's staffing plan (forecast arrivals and counters advised per
// half hour) from the journal in the data directory, as a PDF and/or a CSV file, or the CSV
// table on standard output when neither is asked for. For cron, like `report`.
int runForecastCommand(const ServerOptions &options);
