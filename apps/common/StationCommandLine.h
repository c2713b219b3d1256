#pragma once

#include "net/BranchClient.h"

#include <QCommandLineParser>
#include <QSize>
#include <functional>

class QWidget;

namespace tessera {

class StationSetup;

// The command line the station programs share:
//   --config FILE        the station settings (INI); without it, the default place, and
//                        the first-run setup when there is nothing there yet
//   --server host:port   a fixed server instead of discovery
//   --windowed WxH       a window instead of full screen (kiosk and display)
class StationCommandLine
{
public:
    StationCommandLine(const QString &program, const QString &description, bool canBeWindowed);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the arguments (exits on --help).
    void process(const QCoreApplication &app);
    // The station settings file: --config, else the user's or the PC's default
    // (StationSetup::defaultPath). When it does not exist yet, the first-run setup makes it,
    // with the rows `prepare` adds for this program. Empty when the person closed the setup.
    QString settingsFile(StationRole role, const std::function<void(StationSetup &)> &prepare);
    // Applies --server to the settings; an error sentence when it is not host:port.
    std::optional<QString> applyServer(StationSettings &settings) const;
    // Full screen without a pointer, or the window --windowed asks for (else `fallback`).
    void show(QWidget &window, QSize fallback) const;

private:
    QString m_program;
    QCommandLineParser m_parser;
    QCommandLineOption m_config;
    QCommandLineOption m_server;
    QCommandLineOption m_windowed;
    bool m_canBeWindowed;
};

} // namespace tessera
