// tessera-teller: the teller's and the supervisor's workstation.
#include "CompactBar.h"
#include "CounterDesk.h"
#include "StationCommandLine.h"
#include "StationLanguage.h"
#include "SupervisorWindow.h"
#include "TellerSettings.h"
#include "TellerSetup.h"
#include "TellerWindow.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>

using namespace tessera;
using namespace tessera::teller;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-teller"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    StationCommandLine commandLine(QStringLiteral("tessera-teller"),
                                   QStringLiteral("Tessera teller workstation: call, serve and transfer customers."),
                                   false);
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption password(QStringLiteral("password-file"),
                                      QStringLiteral("Log in at once with the password in this file (demos, "
                                                     "unattended back-office PCs); otherwise the login screen asks."),
                                      QStringLiteral("file"));
    const QCommandLineOption compact(QStringLiteral("compact"), QStringLiteral("Start as the compact bar."));
    parser.addOptions({password, compact});
    commandLine.process(app);
    const QString configPath = commandLine.settingsFile(StationRole::Teller, tessera::teller::prepareSetup);
    if (configPath.isEmpty())
        return 2; // the person closed the first-run setup
    auto settings = TellerSettings::load(configPath);
    QString error = settings ? QString() : settings.error();
    if (const auto wrong = settings ? commandLine.applyServer(settings.value().station) : std::nullopt)
        error = *wrong;
    if (!error.isEmpty()) {
        qCritical("tessera-teller: %s", qPrintable(error));
        QMessageBox::critical(nullptr, QStringLiteral("Tessera"), error);
        return 2;
    }
    StationLanguage language;
    language.use(settings.value().language);

    BranchClient client(settings.value().station);
    const SystemClock clock;
    CounterDesk desk(client, clock);
    desk.setLanguage(settings.value().language);
    TellerWindow window(desk, settings.value());
    std::unique_ptr<SupervisorWindow> overview;
    auto openOverview = [&] {
        if (!overview)
            overview = std::make_unique<SupervisorWindow>(desk);
        overview->show();
        overview->raise();
    };
    QObject::connect(&window, &TellerWindow::branchOverviewRequested, &window, openOverview);
    QObject::connect(&window, &TellerWindow::dailyReportRequested, &window, [&] {
        openOverview();
        overview->showReport();
    });
    window.resize(1100, 720);
    window.setCompact(parser.isSet(compact) || settings.value().compact);
    if (!window.compactBar()->isVisible())
        window.show();

    if (parser.isSet(password)) {
        QFile file(parser.value(password));
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("tessera-teller: cannot read %s", qPrintable(file.fileName()));
            return 2;
        }
        const QString secret = QString::fromUtf8(file.readAll()).trimmed();
        const auto logInOnce = std::make_shared<QMetaObject::Connection>();
        *logInOnce = QObject::connect(&client, &BranchClient::statusChanged, &desk, [&, secret, logInOnce] {
            if (client.status() != BranchClient::Status::Online)
                return;
            QObject::disconnect(*logInOnce);
            desk.logIn(settings.value().user, secret, settings.value().station.counter);
        });
    }
    client.start();
    return app.exec();
}
