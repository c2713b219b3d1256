#pragma once

// For integration tests: the real tessera-server and tessera-tool processes on loopback.
// The executables come from the environment (TESSERA_SERVER, TESSERA_TOOL), set by CTest.

#include "TestBranch.h"
#include "net/StationSettingsFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <sys/prctl.h>

namespace tessera::test {

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Waits, running the event loop, until `done` or the time is up.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

class ServerProcess
{
public:
    // A data directory of its own, the test branch configuration (open around the clock).
    explicit ServerProcess(QJsonObject config = baseConfig()) : m_port(freeLoopbackPort())
    {
        QFile file(configPath());
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(config).toJson());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // A test or benchmark that dies (a failed check is qFatal in a benchmark) takes its
        // server along, rather than leaving it listening.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("branch.json")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("data/branch.key")); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString log() { return m_log += QString::fromUtf8(m_process.readAll()); }
    qint64 pid() const { return m_process.processId(); }
    bool announce = false;
    QStringList extraArguments; // more of tessera-server's options, such as the web front's

    // Starts it and waits until it listens. It announces itself on the LAN only when
    // `announce` is set (on the default discovery port, so one such test at a time).
    bool start()
    {
        QStringList arguments{QStringLiteral("--config"), configPath(),
                              QStringLiteral("--data"),   dataDir(),
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"),   QString::number(m_port)};
        if (!announce)
            arguments << QStringLiteral("--no-discovery");
        arguments << extraArguments;
        m_process.start(QString::fromLocal8Bit(qgetenv("TESSERA_SERVER")), arguments);
        const int logged = int(log().size());
        return waitUntil([&] { return log().indexOf(QStringLiteral("stations connect on port"), logged) >= 0; }, 15000);
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    void killHard()
    {
        signal(SIGKILL);
        m_process.waitForFinished();
    }
    int stop()
    {
        m_process.terminate();
        m_process.waitForFinished();
        log();
        return m_process.exitCode();
    }

private:
    QTemporaryDir m_dir;
    quint16 m_port;
    QProcess m_process;
    QString m_log;
};

// The settings of a station of the test branch that reaches `server` directly.
inline StationSettings stationSettings(const ServerProcess &server, const QString &id,
                                       StationRole role = StationRole::Kiosk)
{
    StationSettings settings;
    settings.role = role;
    settings.stationId = id;
    settings.name = id;
    settings.branchId = QStringLiteral("test-branch");
    settings.key = BranchKey::fromFile(server.keyFile()).value();
    StationSettingsFile::setServer(settings, server.address());
    return settings;
}

// One station: tessera-tool in script mode. Requests are lines; answers are JSON objects
// carrying the request's number; events and status changes arrive as lines of their own.
class ToolStation
{
public:
    ToolStation(const ServerProcess &server, const QString &role, const QString &stationId, bool events = false)
    {
        QStringList arguments{QStringLiteral("--key-file"),   server.keyFile(),
                              QStringLiteral("--server"),     server.address(),
                              QStringLiteral("--branch"),     QStringLiteral("test-branch"),
                              QStringLiteral("--role"),       role,
                              QStringLiteral("--station-id"), stationId};
        if (events)
            arguments << QStringLiteral("--events");
        arguments << QStringLiteral("script");
        m_process.start(QString::fromLocal8Bit(qgetenv("TESSERA_TOOL")), arguments);
        m_process.waitForStarted();
    }
    ~ToolStation()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
    }

    // Sends a request line; returns its number for await().
    int send(const QString &line)
    {
        m_process.write(line.toUtf8() + '\n');
        return ++m_sent;
    }
    QJsonObject await(int n, int timeoutMs = 15000)
    {
        QJsonObject found;
        waitUntil(
            [&] {
                pump();
                for (const QJsonObject &line : std::as_const(m_lines)) {
                    if (line.value(QStringLiteral("n")).toInt() == n) {
                        found = line;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    QJsonObject request(const QString &line) { return await(send(line)); }
    // True once the station is connected and its replica in sync.
    bool waitOnline() { return request(QStringLiteral("wait-online")).contains(QStringLiteral("state")); }

    // Every line printed so far (answers, events, status changes).
    const QList<QJsonObject> &lines()
    {
        pump();
        return m_lines;
    }
    bool waitForLine(const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
    {
        return waitUntil(
            [&] {
                pump();
                return std::any_of(m_lines.begin(), m_lines.end(), match);
            },
            timeoutMs);
    }
    QString digestAt(qint64 seq)
    {
        return request(QStringLiteral("wait-seq %1").arg(seq))
            .value(QStringLiteral("state"))
            .toObject()
            .value(QStringLiteral("digest"))
            .toString();
    }

private:
    void pump()
    {
        while (m_process.canReadLine())
            m_lines.append(QJsonDocument::fromJson(m_process.readLine()).object());
    }

    QProcess m_process;
    int m_sent = 0;
    QList<QJsonObject> m_lines;
};

inline QJsonObject firstEvent(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("events")).toArray().first().toObject();
}

inline qint64 lastSeqOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("events")).toArray().last().toObject().value(QStringLiteral("seq")).toInteger();
}

} // namespace tessera::test
