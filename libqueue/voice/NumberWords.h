#pragma once

#include <QStringList>

namespace tessera::voice {

// How numbers are said, per language: the words, in order, that a listener expects.
// Languages: "en", "zh_CN", "zh_TW", "lv", "cy". Numbers 0 to 9999, the range of ticket
// and counter numbers.
class NumberWords
{
public:
    static bool supports(const QString &language);
    // 17 -> {"seventeen"}, {"十", "七"}, {"septiņpadsmit"}, {"un", "deg", "saith"}.
    static QStringList whole(const QString &language, int number);
    // One digit: 0 -> "zero", "零", "nulle", "dim".
    static QString digit(const QString &language, int digit);
};

} // namespace tessera::voice
