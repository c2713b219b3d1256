#pragma once

#include "voice/Announcement.h"

#include <QHash>
#include <QStringList>

namespace tessera::display {

// Recorded words, one short WAV per word, letter and digit: <dir>/<language>/<key>.wav
// (see voice::Word). An announcement is its words' recordings joined with a short pause.
// Tessera builds a default pack with a speech synthesizer (tessera-voicepack); a branch
// can put professional recordings in its place, word for word.
class VoicePack
{
public:
    explicit VoicePack(QString directory = {});

    QString directory() const { return m_directory; }
    // The joined recording; words without a recording are left out and named in `missing`.
    QByteArray say(const QString &language, const voice::Utterance &words, QStringList *missing = nullptr);

    // Where a pack is looked for when the settings name none: next to the program in the
    // build tree, then where the package installs it.
    static QString findDefault();

private:
    QString m_directory;
    QHash<QString, QByteArray> m_cache; // "<language>/<key>" -> samples
};

} // namespace tessera::display
