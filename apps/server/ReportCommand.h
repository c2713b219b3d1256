#pragma once

#include "ServerOptions.h"

// `tessera-server report`: a day's figures from the journal in the data directory, as a PDF
// and/or CSV tables, without a running server (cron runs it; the server may be running too:
// the journal is only read). Returns the process's exit code; errors go to stderr.
int runReportCommand(const ServerOptions &options);
