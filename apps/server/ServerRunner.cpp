#include "ServerRunner.h"

#include "ServerSecrets.h"
#include "host/WaitModelReader.h"
#include "model/BranchConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace tessera;

namespace {

// The calling thread gives way when the machine is short of CPU: the web front's, so that a
// flood from phones slows the phones, not the tellers and the lobby screens. Linux keeps a nice
// value per thread: ten below the server's own, well above idle, so the pages still get their share.
void yieldToStations()
{
#ifdef Q_OS_LINUX
    constexpr int kBelowStations = 10;
    const id_t thread = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if ((nice == -1 && errno != 0) || setpriority(PRIO_PROCESS, thread, qMin(19, nice + kBelowStations)) != 0)
        qWarning("could not lower the web front's priority: the stations share the CPU with it evenly");
#endif
}

} // namespace

ServerRunner::ServerRunner(std::unique_ptr<QueueHost> host, const Clock &clock, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ServerRunner::housekeeping);
}

Expected<std::unique_ptr<QueueHost>, QString> ServerRunner::openHost(const ServerOptions &options, const Clock &clock)
{
    const QString &configPath = options.configPath;
    const QString &dataDir = options.dataDir;
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ServerRunner", "Cannot read the configuration %1: %2")
            .arg(configPath, file.errorString());
    const QByteArray json = file.readAll();
    const auto loaded = BranchConfigLoader::fromJson(json, configPath);
    if (!loaded)
        return loaded.error().message();

    const QFileInfo dir(dataDir);
    if (!dir.exists() && !QDir().mkpath(dataDir))
        return QCoreApplication::translate("ServerRunner", "Cannot create the data directory %1.").arg(dataDir);
    if (!QFileInfo(dataDir).isWritable())
        return QCoreApplication::translate("ServerRunner", "The data directory %1 is not writable by this user.")
            .arg(dataDir);

    auto host = QueueHost::open(options.journal, clock);
    if (!host)
        return host.error();
    // The journal carries the configuration, so a replay or a report always knows the
    // services as they were; a changed file becomes a ConfigChanged event.
    if (!host.value()->state().hasConfig() || !(host.value()->state().config() == loaded.value())) {
        const CommandResult result = host.value()->submit(ChangeConfig{QString::fromUtf8(json)});
        if (!result)
            return result.error().message;
        qInfo().noquote() << "configuration" << configPath << "adopted";
    }
    return host;
}

ServerRunner::~ServerRunner()
{
    m_webThread.quit();
    m_webThread.wait();
    m_headOfficeThread.quit();
    m_headOfficeThread.wait();
    m_server.reset(); // before the host it listens to
}

std::optional<QString> ServerRunner::start(const ServerOptions &options)
{
    bool created = false;
    auto key = ServerSecrets::loadOrCreateKey(options.keyFile, &created);
    if (!key)
        return key.error();
    if (created)
        qInfo().noquote() << "made a new branch key in" << options.keyFile
                          << "- give it to each station (tessera-server key shows it)";
    auto secret = ServerSecrets::loadOrCreateSessionSecret(options.dataDir);
    if (!secret)
        return secret.error();

    const QueueState &state = m_host->state();
    BranchServerSettings settings;
    settings.key = key.value();
    settings.serverId = QSysInfo::machineHostName();
    settings.sessionSecret = secret.value();
    m_server = std::make_unique<BranchServer>(*m_host, settings, m_clock);
    if (auto error = m_server->listen(QHostAddress(options.listenAddress), options.port))
        return error;
    if (options.discovery) {
        Announcement announcement;
        announcement.protocol = kProtocolVersion;
        announcement.branchId = state.config().branchId;
        announcement.serverId = settings.serverId;
        announcement.tcpPort = m_server->port();
        announcement.name = state.config().branchName.text(state.config().defaultLanguage);
        m_announcer = std::make_unique<DiscoveryAnnouncer>(key.value(), announcement, options.discoveryPort);
        m_announcer->start();
    }

    if (!options.headOffice.isEmpty()) {
        HeadOfficeLink::Settings link;
        link.headOffice = options.headOffice;
        link.branchId = state.config().branchId;
        link.journal = m_host->journal().location();
        m_headOffice = new HeadOfficeLink(link);
        m_headOffice->moveToThread(&m_headOfficeThread);
        connect(&m_headOfficeThread, &QThread::started, m_headOffice, &HeadOfficeLink::start);
        connect(&m_headOfficeThread, &QThread::finished, m_headOffice, &QObject::deleteLater);
        connect(m_server.get(), &BranchServer::journalGrew, m_headOffice, &HeadOfficeLink::journalGrew);
        connect(m_server.get(), &BranchServer::stationPresence, m_headOffice, &HeadOfficeLink::stationPresence);
        m_headOfficeThread.setObjectName(QStringLiteral("head office link"));
        m_headOfficeThread.start();
    }

    if (!options.webCertificate.isEmpty()) {
        if (auto error = startWebFront(options, key.value()))
            return error;
    }

    housekeeping();
    m_tick.start();
    qInfo().noquote() << QStringLiteral("branch %1 (%2): business day %3, %4 live tickets, journal at event %5")
                             .arg(state.config().branchId,
                                  state.config().branchName.text(state.config().defaultLanguage),
                                  state.businessDay().toString(Qt::ISODate))
                             .arg(std::count_if(state.tickets().begin(), state.tickets().end(),
                                                [](const auto &entry) { return isLive(entry.second.status); }))
                             .arg(state.lastSeq());
    qInfo().noquote() << QStringLiteral("stations connect on port %1 with branch key %2 (fingerprint %3)%4")
                             .arg(m_server->port())
                             .arg(options.keyFile, key.value().fingerprint(),
                                  options.discovery
                                      ? QStringLiteral(", announced on UDP port %1").arg(options.discoveryPort)
                                      : QString());
    return std::nullopt;
}

std::optional<QString> ServerRunner::startWebFront(const ServerOptions &options, const BranchKey &key)
{
    QString error;
    auto tls = ServerTlsContext::forCertificate(options.webCertificate, options.webKey, &error);
    if (!tls)
        return error;
    WebFront::Settings settings;
    const QUrl publicUrl(m_host->state().config().web.publicUrl);
    settings.server.publicHost = publicUrl.host();
    settings.server.publicPort = publicUrl.isEmpty() ? 0 : publicUrl.port(443);
    BranchServer *server = m_server.get();
    // A customer's command crosses to the engine's thread, and its answer comes back to the web's.
    auto submit = [server, this](const QString &id, const Command &command,
                                 std::function<void(const CommandResult &)> answer) {
        QMetaObject::invokeMethod(
            server,
            [server, web = m_web, id, command, answer = std::move(answer)] {
                server->submitForCustomer(id, command, [web, answer](const CommandResult &result) {
                    QMetaObject::invokeMethod(
                        web, [answer, result] { answer(result); }, Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    };
    // The replica starts from the state now and takes every commit from here on, in order.
    m_web = new WebFront(m_host->state(), key, tls, settings, m_clock, submit);
    connect(server, &BranchServer::eventsCommitted, m_web, &WebFront::apply);
    m_web->moveToThread(&m_webThread);
    connect(&m_webThread, &QThread::finished, m_web, &QObject::deleteLater);
    m_webThread.setObjectName(QStringLiteral("web front"));
    m_webThread.start();
    std::optional<QString> listening;
    QMetaObject::invokeMethod(
        m_web,
        [&] {
            yieldToStations();
            listening = m_web->listen(QHostAddress(options.listenAddress), options.webPort, options.webHttpPort);
        },
        Qt::BlockingQueuedConnection);
    if (listening)
        return listening;
    qInfo().noquote() << QStringLiteral("customers' web pages on https port %1%2")
                             .arg(options.webPort)
                             .arg(options.webHttpPort
                                      ? QStringLiteral(" (http port %1 redirects)").arg(options.webHttpPort)
                                      : QString());
    return std::nullopt;
}

void ServerRunner::stop()
{
    m_tick.stop();
    m_announcer.reset();
    if (m_server)
        m_server->shutdown();
}

void ServerRunner::housekeeping()
{
    if (const auto error = m_host->tick())
        qCritical().noquote() << "housekeeping could not be journaled:" << *error;
    learnWaitModel();
}

void ServerRunner::learnWaitModel()
{
    const std::optional<QDate> day = m_host->waitModelWanted();
    if (!day || m_learning)
        return;
    m_learning = true;
    const QString path = m_host->journal().location();
    const BranchConfig config = m_host->state().config();
    auto *watcher = new QFutureWatcher<Expected<WaitModel, QString>>(this);
    connect(watcher, &QFutureWatcher<Expected<WaitModel, QString>>::finished, this, [this, watcher, day] {
        watcher->deleteLater();
        m_learning = false;
        Expected<WaitModel, QString> model = watcher->result();
        if (!model) {
            // Said once; the day goes on with estimates from the queue alone.
            qWarning().noquote() << "wait estimates not learned from the journal:" << model.error();
            WaitModel none;
            none.day = *day;
            model = none;
        }
        qInfo().noquote() << QStringLiteral("wait model for %1: %2 days of history")
                                 .arg(day->toString(Qt::ISODate))
                                 .arg(model.value().daysLearned);
        if (const auto error = m_host->adoptWaitModel(std::move(model).value()))
            qCritical().noquote() << "the wait model could not be journaled:" << *error;
    });
    watcher->setFuture(QtConcurrent::run([path, config, day]() -> Expected<WaitModel, QString> {
        auto journal = Journal::openForReading(path);
        if (!journal)
            return journal.error();
        return WaitModelReader::learn(*journal.value(), config, *day);
    }));
}
