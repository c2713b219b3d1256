#pragma once

#include "host/QueueHost.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <memory>

// The running server: the hosted queue plus the housekeeping tick. The network
// side (BranchServer, discovery) plugs in here.
class ServerRunner : public QObject
{
    Q_OBJECT

public:
    ServerRunner(std::unique_ptr<tessera::QueueHost> host, QObject *parent = nullptr);

    // Opens the journal in `dataDir` and brings it to the configuration in `configPath`.
    static tessera::Expected<std::unique_ptr<tessera::QueueHost>, QString>
    openHost(const QString &configPath, const QString &dataDir, const tessera::Clock &clock);

    void start();

private:
    void housekeeping();

    std::unique_ptr<tessera::QueueHost> m_host;
    QTimer m_tick;
};
