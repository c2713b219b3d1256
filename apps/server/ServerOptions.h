#pragma once

#include "model/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

constexpr quint16 kDefaultWebPort = 8443;
constexpr quint16 kDefaultWebHttpPort = 8080;

// What the command line asked tessera-server to do.
struct ServerOptions
{
    enum class Action
    {
        Run,
        CheckConfig,
        HashPassword,
        ShowKey, // print the branch key (making one if there is none) for setting up stations
        NewKey,  // replace the branch key: every station must then be given the new one
        Report,  // write a day's report from the journal (PDF and/or CSV), for cron
        Forecast // write a day's staffing plan from the journal (PDF, CSV, or CSV on stdout)
    };

    Action action = Action::Run;
    QString configPath;
    QString dataDir;
    QString keyFile; // default: branch.key in the data directory
    QString journal; // a SQLite file or a postgresql:// URL; default: journal.sqlite in the data directory
    bool journalGiven = false;
    QString headOffice; // postgresql:// URL of the head office database; empty: none
    QString listenAddress;
    quint16 port = 0;
    quint16 discoveryPort = 0;
    bool discovery = true;
    // The customers' web pages (docs/WEB.md); none without a certificate.
    QString webCertificate;
    QString webKey;
    quint16 webPort = 0;
    quint16 webHttpPort = 0;

    // report and forecast
    QDate reportDay;       // invalid: counted back from the branch's business day today
    int reportDaysAgo = 1; // "yesterday" (the forecast's default is -1: tomorrow)
    QString pdfPath;
    QString csvDir;
    QString language; // empty: the branch's default language
};

class ServerOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptionsParser)

public:
    // An error text (with usage) when the arguments make no sense; --help and --version exit.
    static tessera::Expected<ServerOptions, QString> parse(const QStringList &arguments);
    // Names the running program tessera-server (for --version and its settings) and parses its
    // arguments; on an error says so on stderr and returns nothing (exit with code 2).
    static std::optional<ServerOptions> setUpThisProgram();
};
