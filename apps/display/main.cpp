// tessera-display: the lobby screen that shows and announces the calls.
#include "Announcer.h"
#include "CallBoard.h"
#include "DisplaySetup.h"
#include "DisplayWindow.h"
#include "StationCommandLine.h"
#include "StationLanguage.h"

#include <QApplication>

using namespace tessera;
using namespace tessera::display;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-display"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    StationCommandLine commandLine(QStringLiteral("tessera-display"),
                                   QStringLiteral("Tessera lobby display: shows and announces the calls."), true);
    commandLine.process(app);
    const QString configPath = commandLine.settingsFile(StationRole::Display, tessera::display::prepareSetup);
    if (configPath.isEmpty())
        return 2; // the person closed the first-run setup
    auto settings = DisplaySettings::load(configPath);
    QString error = settings ? QString() : settings.error();
    if (const auto wrong = settings ? commandLine.applyServer(settings.value().station) : std::nullopt)
        error = *wrong;
    if (!error.isEmpty()) {
        qCritical("tessera-display: %s", qPrintable(error));
        return 2;
    }
    StationLanguage language;
    language.use(settings.value().language);

    BranchClient client(settings.value().station);
    const SystemClock clock;
    CallBoard board(client, clock, settings.value());
    DisplayWindow window(client, clock, board, settings.value());
    std::unique_ptr<Announcer> announcer;
    if (settings.value().soundEnabled) {
        announcer = std::make_unique<Announcer>(client.state(), settings.value());
        board.setAnnouncing(true);
        QObject::connect(&board, &CallBoard::mainCallStarted, announcer.get(), &Announcer::announce);
        QObject::connect(announcer.get(), &Announcer::finished, &board, &CallBoard::announced);
        QObject::connect(announcer.get(), &Announcer::soundProblem, &window, &DisplayWindow::setAdminNotice);
    }
    commandLine.show(window, QSize(1920, 1080));
    client.start();
    return app.exec();
}
