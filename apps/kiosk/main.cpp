// tessera-kiosk: the touch kiosk where customers take tickets and check in.
#include "KioskSettings.h"
#include "KioskStyle.h"
#include "KioskWindow.h"
#include "NoticeScreen.h"
#include "TicketPrinter.h"
#include "net/StationSettingsFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>

using namespace tessera;
using namespace tessera::kiosk;

namespace {

void showOnScreen(QWidget &window, const QCommandLineParser &parser, const QCommandLineOption &windowed)
{
    if (parser.isSet(windowed)) {
        const QStringList size = parser.value(windowed).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1080,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 1920);
        window.show();
    } else {
        window.setCursor(Qt::BlankCursor); // a touch screen: no pointer in the customer's way
        window.showFullScreen();
    }
}

// A kiosk usually starts unattended, with nobody reading its terminal: a settings mistake
// stays on its screen (and nothing else is offered to customers) until it is fixed.
int refuseToStart(const QString &error, const QCommandLineParser &parser, const QCommandLineOption &windowed)
{
    qCritical("tessera-kiosk: %s", qPrintable(error));
    NoticeScreen notice;
    notice.setStyleSheet(style::sheet());
    notice.show(
        QCoreApplication::translate("tessera-kiosk", "This kiosk is not set up"),
        QCoreApplication::translate("tessera-kiosk", "%1\n\nFix the settings and restart the kiosk.").arg(error),
        false);
    showOnScreen(notice, parser, windowed);
    QApplication::exec();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera touch kiosk: customers take tickets and check in."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    QStringLiteral("The station settings file (INI) with [station] and [kiosk]."),
                                    QStringLiteral("file"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Connect to host:port instead of finding the server on the LAN."),
                                    QStringLiteral("host:port"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QStringLiteral("Run in a window of WxH pixels rather than full screen."),
                                      QStringLiteral("WxH"));
    parser.addOptions({config, server, windowed});
    parser.process(app);
    if (!parser.isSet(config)) {
        qCritical("tessera-kiosk: give the station settings with --config FILE (see --help).");
        return 2;
    }
    auto settings = KioskSettings::load(parser.value(config));
    if (!settings)
        return refuseToStart(settings.error(), parser, windowed);
    if (parser.isSet(server)) {
        if (const auto error = StationSettingsFile::setServer(settings.value().station, parser.value(server)))
            return refuseToStart(QStringLiteral("--server: ") + *error, parser, windowed);
    }

    BranchClient client(settings.value().station);
    const SystemClock clock;
    std::unique_ptr<TicketPrinter> printer;
    if (!settings.value().screenOnly)
        printer = std::make_unique<TicketPrinter>(settings.value().printer, settings.value().paperWidthMm,
                                                  settings.value().footer);
    KioskWindow window(client, clock, settings.value(), printer.get());
    showOnScreen(window, parser, windowed);
    client.start();
    return app.exec();
}
