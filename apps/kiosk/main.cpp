// tessera-kiosk: the touch kiosk where customers take tickets and check in.
#include "KioskSettings.h"
#include "KioskSetup.h"
#include "KioskStyle.h"
#include "KioskWindow.h"
#include "NoticeScreen.h"
#include "StationCommandLine.h"
#include "TicketPrinter.h"

#include <QApplication>
#include <QScreen>

using namespace tessera;
using namespace tessera::kiosk;

namespace {

// A kiosk usually starts unattended, with nobody reading its terminal: a settings mistake
// stays on its screen (and nothing else is offered to customers) until it is fixed.
int refuseToStart(const QString &error, const StationCommandLine &commandLine)
{
    qCritical("tessera-kiosk: %s", qPrintable(error));
    NoticeScreen notice;
    notice.setStyleSheet(style::sheet());
    notice.show(
        QCoreApplication::translate("tessera-kiosk", "This kiosk is not set up"),
        QCoreApplication::translate("tessera-kiosk", "%1\n\nFix the settings and restart the kiosk.").arg(error),
        false);
    commandLine.show(notice, QSize(1080, 1920));
    QApplication::exec();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    StationCommandLine commandLine(QStringLiteral("tessera-kiosk"),
                                   QStringLiteral("Tessera touch kiosk: customers take tickets and check in."), true);
    commandLine.process(app);
    const QString configPath = commandLine.settingsFile(StationRole::Kiosk, tessera::kiosk::prepareSetup);
    if (configPath.isEmpty())
        return 2; // the person closed the first-run setup
    auto settings = KioskSettings::load(configPath);
    if (!settings)
        return refuseToStart(settings.error(), commandLine);
    if (const auto error = commandLine.applyServer(settings.value().station))
        return refuseToStart(*error, commandLine);

    BranchClient client(settings.value().station);
    const SystemClock clock;
    std::unique_ptr<TicketPrinter> printer;
    if (!settings.value().screenOnly)
        printer = std::make_unique<TicketPrinter>(settings.value().printer, settings.value().paperWidthMm,
                                                  settings.value().footer);
    KioskWindow window(client, clock, settings.value(), printer.get());
    commandLine.show(window, QSize(1080, 1920));
    client.start();
    return app.exec();
}
