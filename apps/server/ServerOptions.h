#pragma once

#include "model/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the command line asked tessera-server to do.
struct ServerOptions
{
    enum class Action
    {
        Run,
        CheckConfig,
        HashPassword
    };

    Action action = Action::Run;
    QString configPath;
    QString dataDir;
};

class ServerOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptionsParser)

public:
    // An error text (with usage) when the arguments make no sense; --help and --version exit.
    static tessera::Expected<ServerOptions, QString> parse(const QStringList &arguments);
};
