// tessera-server-documents: what `tessera-server report` and `tessera-server forecast` run (see
// DocumentsProgram.h). It takes the server's own command line, so its messages and options are
// the server's.
#include "ForecastCommand.h"
#include "ReportCommand.h"
#include "ServerOptions.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    // The PDFs need fonts, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto options = ServerOptionsParser::setUpThisProgram();
    if (!options)
        return 2;
    switch (options->action) {
    case ServerOptions::Action::Report:
        return runReportCommand(*options);
    case ServerOptions::Action::Forecast:
        return runForecastCommand(*options);
    default:
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "This program makes reports and forecasts for tessera-server; run tessera-server.")));
        return 2;
    }
}
