#include "DocumentsProgram.h"
#include "ServerOptions.h"
#include "ServerRunner.h"
#include "ServerSecrets.h"
#include "SignalWatcher.h"
#include "model/BranchConfigLoader.h"
#include "model/PasswordHash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>
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

int showKey(const ServerOptions &options, bool replace)
{
    if (replace)
        QFile::remove(options.keyFile);
    if (!QDir().mkpath(QFileInfo(options.keyFile).absolutePath())) {
        std::fprintf(stderr, "tessera-server: cannot create the directory for %s\n", qPrintable(options.keyFile));
        return 1;
    }
    auto key = ServerSecrets::loadOrCreateKey(options.keyFile);
    if (!key) {
        std::fprintf(stderr, "tessera-server: %s\n", qPrintable(key.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(key.value().toText()));
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "Branch key in %1 (fingerprint %2). Enter it in each "
                                                                "station's settings; keep it secret.")
                                .arg(options.keyFile, key.value().fingerprint())));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto options = ServerOptionsParser::setUpThisProgram();
    if (!options)
        return 2;
    switch (options->action) {
    case ServerOptions::Action::CheckConfig:
        return checkConfig(options->configPath);
    case ServerOptions::Action::HashPassword:
        return hashPassword();
    case ServerOptions::Action::ShowKey:
        return showKey(*options, false);
    case ServerOptions::Action::NewKey:
        return showKey(*options, true);
    case ServerOptions::Action::Report:
    case ServerOptions::Action::Forecast:
        return DocumentsProgram::replaceThisProcess(argv);
    case ServerOptions::Action::Run:
        break;
    }

    SystemClock clock;
    auto host = ServerRunner::openHost(*options, clock);
    if (!host) {
        std::fprintf(stderr, "tessera-server: %s\n", qPrintable(host.error()));
        return 1;
    }
    ServerRunner runner(std::move(host).value(), clock);
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, &app, [&runner](int signalNumber) {
        qInfo() << "stopping on signal" << signalNumber;
        runner.stop();
        // Give the stations' "shutting down" a moment to leave; the journal is already durable.
        QTimer::singleShot(200, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    if (const auto error = runner.start(*options)) {
        std::fprintf(stderr, "tessera-server: %s\n", qPrintable(*error));
        return 1;
    }
    return app.exec();
}
