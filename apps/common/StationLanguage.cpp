#include "StationLanguage.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

namespace tessera {

StationLanguage::StationLanguage(QObject *parent) : QObject(parent) {}

StationLanguage::~StationLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString StationLanguage::nativeName(const QString &code)
{
    // QLocale's names for zh_CN/zh_TW ("中文（中国）") are not what a customer looks for.
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English"
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void StationLanguage::use(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // English is the source language: no translator, and none is needed.
    if (m_translator->load(QStringLiteral(":/i18n/tessera_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_translator.get());
    QFont font = QApplication::font();
    if (code == QLatin1String("zh_CN"))
        font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    else if (code == QLatin1String("zh_TW"))
        font.setFamilies({QStringLiteral("Noto Sans CJK TC"), QStringLiteral("DejaVu Sans")});
    else
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    emit changed(code);
}

} // namespace tessera
