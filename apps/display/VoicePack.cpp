#include "VoicePack.h"

#include "Pcm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tessera::display {

VoicePack::VoicePack(QString directory) : m_directory(std::move(directory)) {}

QByteArray VoicePack::say(const QString &language, const voice::Utterance &words, QStringList *missing)
{
    QByteArray joined;
    for (const voice::Word &word : words) {
        const QString key = language + QLatin1Char('/') + word.key;
        auto cached = m_cache.constFind(key);
        if (cached == m_cache.cend())
            cached = m_cache.insert(key, pcm::readWav(QDir(m_directory).filePath(key + QStringLiteral(".wav"))));
        if (cached->isEmpty()) {
            if (missing)
                missing->append(key);
            continue;
        }
        if (!joined.isEmpty())
            joined += pcm::silence(60);
        joined += *cached;
    }
    return joined;
}

QString VoicePack::findDefault()
{
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {app + QStringLiteral("/../../voice"), app + QStringLiteral("/../share/tessera/voice"),
          QStringLiteral("/usr/share/tessera/voice")}) {
        if (QFileInfo(candidate + QStringLiteral("/en")).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

} // namespace tessera::display
