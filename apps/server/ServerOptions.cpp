#include "ServerOptions.h"

#include "net/Discovery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace {

std::optional<quint16> portValue(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

} // namespace

tessera::Expected<ServerOptions, QString> ServerOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tessera branch server: owns the queue, keeps the journal and serves the branch's stations.\n\n"
           "Commands:\n"
           "  run (default)      start the server\n"
           "  check-config       validate the configuration file and exit\n"
           "  hash-password      read a password on standard input and print its hash for the config\n"
           "  key                print the branch key that every station needs (made on first use)\n"
           "  new-key            replace the branch key; stations with the old one can no longer connect"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("run, check-config, hash-password, key or new-key"),
                                 QStringLiteral("[command]"));
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    tr("The branch configuration (JSON)."), tr("file"),
                                    QStringLiteral("/etc/tessera/branch.json"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")},
                                  tr("Where the journal and the branch key live."), tr("directory"),
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption keyFile(
        QStringLiteral("key-file"), tr("The branch key file (default: branch.key in the data directory)."), tr("file"));
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  tr("TCP port for stations (default %1).").arg(tessera::discovery::kDefaultTcpPort),
                                  tr("port"), QString::number(tessera::discovery::kDefaultTcpPort));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Address to listen on (default: all)."), tr("address"),
                                    QStringLiteral("0.0.0.0"));
    const QCommandLineOption discoveryPort(
        QStringLiteral("discovery-port"),
        tr("UDP port for announcing the server (default %1).").arg(tessera::discovery::kDefaultUdpPort), tr("port"),
        QString::number(tessera::discovery::kDefaultUdpPort));
    const QCommandLineOption noDiscovery(QStringLiteral("no-discovery"),
                                         tr("Do not announce the server; stations then need its address."));
    parser.addOptions({config, data, keyFile, port, listen, discoveryPort, noDiscovery});
    parser.process(arguments);

    ServerOptions options;
    options.configPath = parser.value(config);
    options.dataDir = parser.value(data);
    options.keyFile =
        parser.isSet(keyFile) ? parser.value(keyFile) : QDir(options.dataDir).filePath(QStringLiteral("branch.key"));
    options.listenAddress = parser.value(listen);
    options.discovery = !parser.isSet(noDiscovery);
    const auto tcpPort = portValue(parser.value(port));
    const auto udpPort = portValue(parser.value(discoveryPort));
    if (!tcpPort || !udpPort)
        return tr("A port is a number from 1 to 65535.\n\n%1").arg(parser.helpText());
    options.port = *tcpPort;
    options.discoveryPort = *udpPort;
    if (QHostAddress(options.listenAddress).isNull())
        return tr("\"%1\" is not an IP address to listen on.").arg(options.listenAddress);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("run"));
    if (positional.size() > 1)
        return tr("Too many arguments: %1\n\n%2").arg(positional.join(QLatin1Char(' ')), parser.helpText());
    static const QList<std::pair<QString, ServerOptions::Action>> kCommands{
        {QStringLiteral("run"), ServerOptions::Action::Run},
        {QStringLiteral("check-config"), ServerOptions::Action::CheckConfig},
        {QStringLiteral("hash-password"), ServerOptions::Action::HashPassword},
        {QStringLiteral("key"), ServerOptions::Action::ShowKey},
        {QStringLiteral("new-key"), ServerOptions::Action::NewKey},
    };
    for (const auto &[name, action] : kCommands) {
        if (command == name) {
            options.action = action;
            return options;
        }
    }
    return tr("Unknown command \"%1\".\n\n%2").arg(command, parser.helpText());
}
