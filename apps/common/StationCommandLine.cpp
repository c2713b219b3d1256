#include "StationCommandLine.h"

#include "StationLanguage.h"
#include "StationSetup.h"
#include "net/StationSettingsFile.h"

#include <QFileInfo>
#include <QWidget>

namespace tessera {

StationCommandLine::StationCommandLine(const QString &program, const QString &description, bool canBeWindowed)
    : m_program(program), m_config({QStringLiteral("c"), QStringLiteral("config")},
                                   QStringLiteral("The station settings file (INI)."), QStringLiteral("file")),
      m_server(QStringLiteral("server"),
               QStringLiteral("Connect to host:port instead of finding the server on the LAN."),
               QStringLiteral("host:port")),
      m_windowed(QStringLiteral("windowed"), QStringLiteral("Run in a window of WxH pixels rather than full screen."),
                 QStringLiteral("WxH")),
      m_canBeWindowed(canBeWindowed)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_config, m_server});
    if (canBeWindowed)
        m_parser.addOption(m_windowed);
}

void StationCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

QString StationCommandLine::settingsFile(StationRole role, const std::function<void(StationSetup &)> &prepare)
{
    const QString path = m_parser.isSet(m_config) ? m_parser.value(m_config) : StationSetup::defaultPath(m_program);
    if (QFileInfo::exists(path))
        return path;
    qInfo("%s: no settings in %s yet: first-run setup", qPrintable(m_program), qPrintable(path));
    StationSetup::Entered entered{StationSetup::systemLanguage(), {}, {}, {}};
    for (;;) {
        StationLanguage language; // the setup screen's own, until the program sets the station's
        language.use(entered.language);
        StationSetup setup(role, path, entered);
        prepare(setup);
        const int result = setup.exec();
        if (result != StationSetup::kLanguageChanged)
            return result == QDialog::Accepted ? path : QString();
        entered = setup.entered();
    }
}

std::optional<QString> StationCommandLine::applyServer(StationSettings &settings) const
{
    if (!m_parser.isSet(m_server))
        return std::nullopt;
    if (const auto error = StationSettingsFile::setServer(settings, m_parser.value(m_server)))
        return QStringLiteral("--server: ") + *error;
    return std::nullopt;
}

void StationCommandLine::show(QWidget &window, QSize fallback) const
{
    if (m_canBeWindowed && m_parser.isSet(m_windowed)) {
        const QStringList size = m_parser.value(m_windowed).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : fallback.width(),
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : fallback.height());
        window.show();
    } else {
        window.setCursor(Qt::BlankCursor); // a touch screen or a TV: no pointer in the way
        window.showFullScreen();
    }
}

} // namespace tessera
