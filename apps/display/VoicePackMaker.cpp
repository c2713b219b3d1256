// tessera-voicepack: makes the default recorded voice pack with espeak-ng, one WAV per word
// of every announcement (voice::Announcement::vocabulary), trimmed, in the display's format.
//   tessera-voicepack OUTPUT_DIR [language...]
#include "Pcm.h"
#include "voice/Announcement.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace tessera;

namespace {

// espeak-ng's voice for each of our languages (Mandarin reads both scripts).
QString espeakVoice(const QString &language)
{
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("cmn");
    if (language == QLatin1String("en"))
        return QStringLiteral("en-gb");
    return language;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: tessera-voicepack OUTPUT_DIR [language...]\n");
        return 2;
    }
    const QDir out(arguments[1]);
    const QStringList languages = arguments.size() > 2 ? arguments.mid(2) : voice::Announcement::languages();
    QTemporaryDir scratch;
    int words = 0;
    for (const QString &language : languages) {
        if (!voice::Announcement::languages().contains(language)) {
            std::fprintf(stderr, "tessera-voicepack: no announcements in \"%s\"\n", qPrintable(language));
            return 2;
        }
        out.mkpath(language);
        for (const voice::Word &word : voice::Announcement::vocabulary(language)) {
            const QString raw = scratch.filePath(QStringLiteral("word.wav"));
            QProcess espeak;
            espeak.start(QStringLiteral("espeak-ng"),
                         {QStringLiteral("-v"), espeakVoice(language), QStringLiteral("-s"), QStringLiteral("150"),
                          QStringLiteral("-w"), raw, word.text});
            if (!espeak.waitForFinished(20000) || espeak.exitCode() != 0) {
                std::fprintf(stderr, "tessera-voicepack: espeak-ng failed on \"%s\" (%s): %s\n", qPrintable(word.text),
                             qPrintable(language),
                             qPrintable(espeak.errorString() + QString::fromLocal8Bit(espeak.readAllStandardError())));
                return 1;
            }
            QString error;
            const QByteArray samples = display::pcm::readWav(raw, &error);
            if (samples.isEmpty() ||
                !display::pcm::writeWav(out.filePath(language + QLatin1Char('/') + word.key + QStringLiteral(".wav")),
                                        display::pcm::trimSilence(samples))) {
                std::fprintf(stderr, "tessera-voicepack: %s\n", qPrintable(error.isEmpty() ? word.key : error));
                return 1;
            }
            ++words;
        }
    }
    std::printf("tessera-voicepack: %d words in %s\n", words, qPrintable(out.path()));
    return 0;
}
