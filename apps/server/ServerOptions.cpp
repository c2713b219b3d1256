#include "ServerOptions.h"

#include "headoffice/HeadOfficeLink.h"
#include "net/Discovery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>
#include <cstdio>

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
           "  new-key            replace the branch key; stations with the old one can no longer connect\n"
           "  report             write a day's report: --date, then --pdf and/or --csv\n"
           "  forecast           write a day's staffing plan: --date (default tomorrow), --pdf and/or --csv, "
           "or neither for the table on standard output"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("run, check-config, hash-password, key, new-key, report or forecast"),
                                 QStringLiteral("[command]"));
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    tr("The branch configuration (JSON)."), tr("file"),
                                    QStringLiteral("/etc/tessera/branch.json"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")},
                                  tr("Where the journal and the branch key live."), tr("directory"),
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption keyFile(
        QStringLiteral("key-file"), tr("The branch key file (default: branch.key in the data directory)."), tr("file"));
    const QCommandLineOption journal(
        QStringLiteral("journal"),
        tr("The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE "
           "(default: journal.sqlite in the data directory)."),
        tr("file or URL"));
    const QCommandLineOption headOffice(
        QStringLiteral("head-office"),
        tr("Forward every journal event to the head office database, given as "
           "postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md)."),
        tr("URL"));
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
    const QCommandLineOption date(
        QStringLiteral("date"),
        tr("report and forecast: the business day, as YYYY-MM-DD, \"today\", \"yesterday\" (the "
           "report's default) or \"tomorrow\" (the forecast's)."),
        tr("day"), QStringLiteral("yesterday"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("report: write the printable report to this PDF file."),
                                 tr("file"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("report: write the CSV tables into this directory."),
                                 tr("directory"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("report: the PDF's language (en, zh_CN, zh_TW, lv, cy; default: the "
                                         "branch's)."),
                                      tr("code"));
    const QCommandLineOption webCertificate(
        QStringLiteral("web-certificate"),
        tr("Serve the customers' web pages over HTTPS with this certificate (PEM, then any intermediates; see "
           "docs/WEB.md). Without it there are no web pages."),
        tr("file"));
    const QCommandLineOption webKey(QStringLiteral("web-key"),
                                    tr("The web certificate's private key (PEM, unencrypted)."), tr("file"));
    const QCommandLineOption webPort(QStringLiteral("web-port"),
                                     tr("HTTPS port of the web pages (default %1).").arg(kDefaultWebPort), tr("port"),
                                     QString::number(kDefaultWebPort));
    const QCommandLineOption webHttpPort(
        QStringLiteral("web-http-port"),
        tr("Plain HTTP port that only redirects to HTTPS (default %1; 0: none).").arg(kDefaultWebHttpPort), tr("port"),
        QString::number(kDefaultWebHttpPort));
    parser.addOptions({config, data, keyFile, journal, headOffice, port, listen, discoveryPort, noDiscovery,
                       webCertificate, webKey, webPort, webHttpPort, date, pdf, csv, language});
    parser.process(arguments);

    ServerOptions options;
    options.configPath = parser.value(config);
    options.dataDir = parser.value(data);
    options.keyFile =
        parser.isSet(keyFile) ? parser.value(keyFile) : QDir(options.dataDir).filePath(QStringLiteral("branch.key"));
    options.journalGiven = parser.isSet(journal);
    options.journal =
        options.journalGiven ? parser.value(journal) : QDir(options.dataDir).filePath(QStringLiteral("journal.sqlite"));
    options.headOffice = parser.value(headOffice);
    if (!options.headOffice.isEmpty()) {
        if (const auto wrong = tessera::HeadOfficeLink::checkUrl(options.headOffice, true))
            return *wrong;
    }
    options.listenAddress = parser.value(listen);
    options.discovery = !parser.isSet(noDiscovery);
    const auto tcpPort = portValue(parser.value(port));
    const auto udpPort = portValue(parser.value(discoveryPort));
    if (!tcpPort || !udpPort)
        return tr("A port is a number from 1 to 65535.\n\n%1").arg(parser.helpText());
    options.port = *tcpPort;
    options.discoveryPort = *udpPort;
    options.webCertificate = parser.value(webCertificate);
    options.webKey = parser.value(webKey);
    if (options.webCertificate.isEmpty() != options.webKey.isEmpty())
        return tr("Give the web certificate and its key together: --web-certificate FILE --web-key FILE.");
    const auto httpsPort = portValue(parser.value(webPort));
    bool httpPortOk = false;
    const uint httpPort = parser.value(webHttpPort).toUInt(&httpPortOk);
    if (!httpsPort || !httpPortOk || httpPort > 65535)
        return tr("A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).\n\n%1")
            .arg(parser.helpText());
    options.webPort = *httpsPort;
    options.webHttpPort = quint16(httpPort);
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
    if (command == QLatin1String("report") || command == QLatin1String("forecast")) {
        const bool forecast = command == QLatin1String("forecast");
        options.action = forecast ? ServerOptions::Action::Forecast : ServerOptions::Action::Report;
        const QString day = forecast && !parser.isSet(date) ? QStringLiteral("tomorrow") : parser.value(date);
        static const QMap<QString, int> kDaysAgo{
            {QStringLiteral("tomorrow"), -1}, {QStringLiteral("today"), 0}, {QStringLiteral("yesterday"), 1}};
        if (kDaysAgo.contains(day)) {
            options.reportDaysAgo = kDaysAgo.value(day);
        } else {
            options.reportDay = QDate::fromString(day, Qt::ISODate);
            if (!options.reportDay.isValid())
                return tr("\"%1\" is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.")
                    .arg(day, QDate::currentDate().toString(Qt::ISODate));
        }
        options.pdfPath = parser.value(pdf);
        options.csvDir = parser.value(csv);
        options.language = parser.value(language);
        if (!forecast && options.pdfPath.isEmpty() && options.csvDir.isEmpty())
            return tr("Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.");
        return options;
    }
    return tr("Unknown command \"%1\".\n\n%2").arg(command, parser.helpText());
}

std::optional<ServerOptions> ServerOptionsParser::setUpThisProgram()
{
    QCoreApplication::setApplicationName(QStringLiteral("tessera-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    auto options = parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error()));
        return std::nullopt;
    }
    return options.value();
}
