#pragma once

#include "ServerOptions.h"
#include "headoffice/HeadOfficeLink.h"
#include "host/QueueHost.h"
#include "net/BranchServer.h"
#include "net/Discovery.h"
#include "web/WebFront.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

// The running server: the hosted queue, the network face, the LAN announcer and the
// housekeeping tick.
class ServerRunner : public QObject
{
    Q_OBJECT

public:
    ServerRunner(std::unique_ptr<tessera::QueueHost> host, const tessera::Clock &clock, QObject *parent = nullptr);
    ~ServerRunner() override;

    // Opens the journal in `dataDir` and brings it to the configuration in `configPath`.
    static tessera::Expected<std::unique_ptr<tessera::QueueHost>, QString> openHost(const ServerOptions &options,
                                                                                    const tessera::Clock &clock);

    // Starts listening and announcing; an error sentence if it cannot.
    std::optional<QString> start(const ServerOptions &options);
    // Tells the stations, then stops taking commands.
    void stop();

private:
    void housekeeping();
    // At each business day's start: the wait model learned from the journal's past weeks on a
    // worker thread with its own reading connection, then journaled (QueueHost::adoptWaitModel).
    void learnWaitModel();
    // The customers' web pages, on a thread of their own with their own replica of the queue.
    std::optional<QString> startWebFront(const ServerOptions &options, const tessera::BranchKey &key);

    std::unique_ptr<tessera::QueueHost> m_host;
    const tessera::Clock &m_clock;
    std::unique_ptr<tessera::BranchServer> m_server;
    std::unique_ptr<tessera::DiscoveryAnnouncer> m_announcer;
    // The head office link works on a thread of its own: the queue never waits for the WAN.
    QThread m_headOfficeThread;
    tessera::HeadOfficeLink *m_headOffice = nullptr; // lives on m_headOfficeThread
    QThread m_webThread;
    tessera::WebFront *m_web = nullptr; // lives on m_webThread
    QTimer m_tick;
    bool m_learning = false; // a worker is reading the journal for the wait model
};
