#pragma once

#include "net/BranchClient.h"

#include <QCommandLineParser>
#include <QSize>

class QWidget;

namespace tessera {

// The command line the station programs share:
//   --config FILE        the station settings (INI)
//   --server host:port   a fixed server instead of discovery
//   --windowed WxH       a window instead of full screen (kiosk and display)
class StationCommandLine
{
public:
    StationCommandLine(const QString &program, const QString &description, bool canBeWindowed);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the arguments (exits on --help); the settings path, or empty after saying it is missing.
    QString process(const QCoreApplication &app);
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
