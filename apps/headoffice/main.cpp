// tessera-headoffice: every branch live, and reports over any period, for the head office.
#include "HeadOfficeWindow.h"
#include "StationLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMessageBox>

using namespace tessera;
using namespace tessera::headoffice;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-headoffice"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tessera head office: every branch live, and reports over any period (docs/HEADOFFICE.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("url"), QStringLiteral("the head office database as a viewer, e.g. "
                                              "'postgresql://tessera_viewer_anna@ho.bank.lv/tessera_headoffice?sslmode="
                                              "verify-full' (default: $TESSERA_HEADOFFICE)"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("en, lv, cy, zh_CN or zh_TW (default: the system's)"),
                                            QStringLiteral("code"));
    parser.addOption(languageOption);
    parser.process(app);

    StationLanguage language;
    const QString system = QLocale::system().name();
    language.use(parser.isSet(languageOption)                ? parser.value(languageOption)
                 : system.startsWith(QLatin1String("zh_TW")) ? QStringLiteral("zh_TW")
                 : system.startsWith(QLatin1String("zh"))    ? QStringLiteral("zh_CN")
                 : system.startsWith(QLatin1String("lv"))    ? QStringLiteral("lv")
                 : system.startsWith(QLatin1String("cy"))    ? QStringLiteral("cy")
                                                             : QStringLiteral("en"));
    const QString url = parser.positionalArguments().value(0, qEnvironmentVariable("TESSERA_HEADOFFICE"));
    if (url.isEmpty()) {
        const QString how = QApplication::translate(
            "tessera::headoffice::HeadOfficeWindow",
            "Say which head office database to watch: tessera-headoffice 'postgresql://...' (the administrator's "
            "tessera-headoffice-admin add-viewer prints it).");
        qCritical("tessera-headoffice: %s", qPrintable(how));
        QMessageBox::critical(nullptr, QStringLiteral("Tessera"), how);
        return 2;
    }
    const auto connect = [url] {
        return HeadOfficeView::open(url);
    };
    auto view = connect();
    if (!view) {
        qCritical("tessera-headoffice: %s", qPrintable(view.error()));
        QMessageBox::critical(nullptr, QStringLiteral("Tessera"), view.error());
        return 2;
    }
    HeadOfficeWindow window(std::move(view).value(), connect, language,
                            [] { return QDateTime::currentMSecsSinceEpoch(); });
    window.show();
    return QApplication::exec();
}
