#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

class QTranslator;

namespace tessera {

// The words of the customer's web pages, in every language of the stations. They live in the
// same translation files as the stations' (context "tessera::web::Page"), so one check keeps
// every language complete; the page asks for its language's table (/api/strings) by key.
// Use from one thread (the web front's).
class WebStrings
{
public:
    WebStrings();
    ~WebStrings();

    // key -> text in `language` (English where a text has no translation).
    QJsonObject table(const QString &language);
    QString text(const QString &key, const QString &language);
    // The language to answer in: `asked` if the branch speaks it, else the first of the
    // browser's Accept-Language the branch speaks, else the branch's default.
    static QString pick(const QString &asked, const QByteArray &acceptLanguage, const QStringList &branchLanguages,
                        const QString &fallback);

private:
    QTranslator *translator(const QString &language);

    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
    std::map<QString, QJsonObject> m_tables;
};

} // namespace tessera
