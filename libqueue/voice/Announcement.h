#pragma once

#include <QList>
#include <QString>

namespace tessera::voice {

// How the number on a ticket is said: "A 0 1 7" digit by digit, or "A seventeen".
enum class NumberReading
{
    Digits,
    Whole
};

// One spoken word. `key` names its recording in a voice pack (<language>/<key>.wav);
// `text` is what a speech synthesizer is given for it (with the punctuation that shapes
// the intonation).
struct Word
{
    QString key;
    QString text;
    bool operator==(const Word &) const = default;
};

using Utterance = QList<Word>;

// What the lobby hears when a ticket is called, per language: a phrase template with the
// ticket and the counter read by that language's rules. Built from these tables, never
// from the UI translations: "请 A017 号到 5 号窗口" is not a translation of the English.
class Announcement
{
public:
    static QStringList languages(); // en, zh_CN, zh_TW, lv, cy

    static Utterance call(const QString &language, const QString &ticketLabel, int counter, NumberReading reading,
                          bool recall = false);
    // "A017" read: its letters one by one, then its number as `reading` says.
    static Utterance ticket(const QString &language, const QString &label, NumberReading reading);
    // What a speech synthesizer is given: the words joined as the language writes them.
    static QString text(const QString &language, const Utterance &utterance);
    // Every word a voice pack needs for this language (to generate or check a pack).
    static Utterance vocabulary(const QString &language);
};

} // namespace tessera::voice
