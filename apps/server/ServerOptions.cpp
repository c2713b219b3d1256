#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QStandardPaths>

tessera::Expected<ServerOptions, QString> ServerOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tessera branch server: owns the queue, keeps the journal and serves the branch's stations.\n\n"
           "Commands:\n"
           "  run (default)      start the server\n"
           "  check-config       validate the configuration file and exit\n"
           "  hash-password      read a password on standard input and print its hash for the config"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("run, check-config or hash-password"),
                                 QStringLiteral("[command]"));
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    tr("The branch configuration (JSON)."), tr("file"),
                                    QStringLiteral("/etc/tessera/branch.json"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")}, tr("Where the journal lives."),
                                  tr("directory"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    parser.addOption(config);
    parser.addOption(data);
    parser.process(arguments);

    ServerOptions options;
    options.configPath = parser.value(config);
    options.dataDir = parser.value(data);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("run"));
    if (positional.size() > 1)
        return tr("Too many arguments: %1\n\n%2").arg(positional.join(QLatin1Char(' ')), parser.helpText());
    if (command == QStringLiteral("run"))
        options.action = ServerOptions::Action::Run;
    else if (command == QStringLiteral("check-config"))
        options.action = ServerOptions::Action::CheckConfig;
    else if (command == QStringLiteral("hash-password"))
        options.action = ServerOptions::Action::HashPassword;
    else
        return tr("Unknown command \"%1\".\n\n%2").arg(command, parser.helpText());
    return options;
}
