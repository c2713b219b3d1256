#include "ServerOptions.h"
#include "ServerRunner.h"
#include "SignalWatcher.h"
#include "model/BranchConfigLoader.h"
#include "model/PasswordHash.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace tessera;

namespace {

int checkConfig(const QString &path)
{
    auto loaded = BranchConfigLoader::fromFile(path);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message()));
        return 1;
    }
    std::printf("%s: valid (%d services, %d counters, %d tellers)\n", qPrintable(path),
                int(loaded.value().services.size()), int(loaded.value().counters.size()),
                int(loaded.value().tellers.size()));
    return 0;
}

int hashPassword()
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Type the password on standard input.")));
        return 1;
    }
    std::printf("%s\n", qPrintable(PasswordHash::create(password)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    auto options = ServerOptionsParser::parse(app.arguments());
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error()));
        return 2;
    }
    switch (options.value().action) {
    case ServerOptions::Action::CheckConfig:
        return checkConfig(options.value().configPath);
    case ServerOptions::Action::HashPassword:
        return hashPassword();
    case ServerOptions::Action::Run:
        break;
    }

    SystemClock clock;
    auto host = ServerRunner::openHost(options.value().configPath, options.value().dataDir, clock);
    if (!host) {
        std::fprintf(stderr, "tessera-server: %s\n", qPrintable(host.error()));
        return 1;
    }
    ServerRunner runner(std::move(host).value());
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, &app, [](int signalNumber) {
        qInfo() << "stopping on signal" << signalNumber;
        QCoreApplication::quit();
    });
    runner.start();
    return app.exec();
}
