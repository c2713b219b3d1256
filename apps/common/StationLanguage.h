#pragma once

#include <QObject>
#include <QTranslator>
#include <memory>

namespace tessera {

// A station's language (the kiosk's customer, the teller's program). Switching it switches
// the whole program at once: the translator for the interface, the font (Chinese needs its
// own glyph forms) and the language in which the branch's own texts (service names) are
// picked.
class StationLanguage : public QObject
{
    Q_OBJECT

public:
    explicit StationLanguage(QObject *parent = nullptr);
    ~StationLanguage() override;

    QString code() const { return m_code; }
    void use(const QString &code);

    // The language's name in itself, as a speaker looks for it: "Latviešu", "简体中文".
    static QString nativeName(const QString &code);

signals:
    void changed(const QString &code);

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace tessera
