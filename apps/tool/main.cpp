#include "ToolScript.h"
#include "net/StationSettingsFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>

using namespace tessera;

namespace {

int fail(const QString &text)
{
    std::fprintf(stderr, "tessera-tool: %s\n", qPrintable(text));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-tool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A station on the command line, for checks, scripts and tests.\n\n"
                "Commands:\n"
                "  status   connect, print the queue's state as JSON, exit (1 if the server is not reached)\n"
                "  watch    print every event as JSON lines until stopped\n"
                "  script   read requests from standard input (see ToolScript.h; e.g. 'IssueTicket "
                "{\"service\":\"cash\"}')"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("status, watch or script"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"), QStringLiteral("Station settings (INI)."),
                                          QStringLiteral("file"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address; default: discover."),
                                    QStringLiteral("host:port"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QStringLiteral("The branch key file."),
                                     QStringLiteral("file"));
    const QCommandLineOption branch(QStringLiteral("branch"), QStringLiteral("The branch id."), QStringLiteral("id"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("kiosk, teller, display, supervisor, tool."),
                                  QStringLiteral("role"), QStringLiteral("tool"));
    const QCommandLineOption stationId(QStringLiteral("station-id"), QStringLiteral("This station's id."),
                                       QStringLiteral("id"), QStringLiteral("tool"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("In script mode, also print events."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("status: give up after ms."),
                                     QStringLiteral("ms"), QStringLiteral("5000"));
    parser.addOptions({settingsFile, server, keyFile, branch, role, stationId, events, timeout});
    parser.process(app);

    StationSettings settings;
    if (parser.isSet(settingsFile)) {
        auto loaded = StationSettingsFile::load(parser.value(settingsFile));
        if (!loaded)
            return fail(loaded.error());
        settings = loaded.value();
    }
    if (parser.isSet(keyFile)) {
        auto key = BranchKey::fromFile(parser.value(keyFile));
        if (!key)
            return fail(key.error());
        settings.key = key.value();
    }
    if (!settings.key.isValid())
        return fail(QStringLiteral("no branch key: give --key-file or --settings."));
    if (parser.isSet(server)) {
        if (const auto error = StationSettingsFile::setServer(settings, parser.value(server)))
            return fail(*error);
    }
    if (parser.isSet(branch) || settings.branchId.isEmpty())
        settings.branchId = parser.value(branch);
    if (parser.isSet(role) || !parser.isSet(settingsFile)) {
        if (!parseEnum(parser.value(role), settings.role))
            return fail(QStringLiteral("unknown role %1").arg(parser.value(role)));
    }
    if (parser.isSet(stationId) || settings.stationId.isEmpty())
        settings.stationId = parser.value(stationId);
    if (settings.name.isEmpty())
        settings.name = settings.stationId;

    const QString command = parser.positionalArguments().value(0, QStringLiteral("status"));
    BranchClient client(settings);
    if (command == QLatin1String("status")) {
        QObject::connect(&client, &BranchClient::statusChanged, &app, [&client](BranchClient::Status status) {
            if (status != BranchClient::Status::Online)
                return;
            std::printf("%s\n", QJsonDocument(ToolScript::describe(client)).toJson(QJsonDocument::Compact).constData());
            QCoreApplication::exit(0);
        });
        QTimer::singleShot(parser.value(timeout).toInt(), &app, [&client] {
            std::fprintf(stderr, "tessera-tool: %s\n", qPrintable(client.statusText()));
            QCoreApplication::exit(1);
        });
        client.start();
        return app.exec();
    }
    if (command != QLatin1String("watch") && command != QLatin1String("script"))
        return fail(QStringLiteral("unknown command %1 (status, watch or script)").arg(command));
    ToolScript script(client, command == QLatin1String("watch") || parser.isSet(events));
    client.start();
    script.start();
    return app.exec();
}
