#include "ServerRunner.h"

#include "model/BranchConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace tessera;

ServerRunner::ServerRunner(std::unique_ptr<QueueHost> host, QObject *parent) : QObject(parent), m_host(std::move(host))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ServerRunner::housekeeping);
}

Expected<std::unique_ptr<QueueHost>, QString> ServerRunner::openHost(const QString &configPath, const QString &dataDir,
                                                                     const Clock &clock)
{
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

    auto host = QueueHost::open(QDir(dataDir).filePath(QStringLiteral("journal.sqlite")), clock);
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

void ServerRunner::start()
{
    housekeeping();
    m_tick.start();
    const QueueState &state = m_host->state();
    qInfo().noquote() << QStringLiteral("branch %1 (%2): business day %3, %4 live tickets, journal at event %5")
                             .arg(state.config().branchId,
                                  state.config().branchName.text(state.config().defaultLanguage),
                                  state.businessDay().toString(Qt::ISODate))
                             .arg(std::count_if(state.tickets().begin(), state.tickets().end(),
                                                [](const auto &entry) { return isLive(entry.second.status); }))
                             .arg(state.lastSeq());
}

void ServerRunner::housekeeping()
{
    if (const auto error = m_host->tick())
        qCritical().noquote() << "housekeeping could not be journaled:" << *error;
}
