#include "Announcement.h"

#include "NumberWords.h"

#include <QHash>
#include <QSet>

namespace tessera::voice {

namespace {

struct Phrases
{
    // Words separated by spaces; {ticket} and {counter} stand for the read numbers.
    QString call;
    QString recall;
    bool spaced; // written with spaces between words (not Chinese)
};

const QHash<QString, Phrases> &phrasebook()
{
    static const QHash<QString, Phrases> phrases{
        {QStringLiteral("en"),
         {QStringLiteral("Ticket {ticket}, please go to counter {counter}."),
          QStringLiteral("Once again, ticket {ticket}, please go to counter {counter}."), true}},
        {QStringLiteral("zh_CN"),
         {QStringLiteral("请 {ticket} 号 到 {counter} 号 窗口"),
          QStringLiteral("再次 请 {ticket} 号 到 {counter} 号 窗口"), false}},
        {QStringLiteral("zh_TW"),
         {QStringLiteral("請 {ticket} 號 到 {counter} 號 櫃檯"),
          QStringLiteral("再次 請 {ticket} 號 到 {counter} 號 櫃檯"), false}},
        {QStringLiteral("lv"),
         {QStringLiteral("Numurs {ticket}, lūdzu, pie lodziņa numur {counter}."),
          QStringLiteral("Atkārtoti: numurs {ticket}, lūdzu, pie lodziņa numur {counter}."), true}},
        {QStringLiteral("cy"),
         {QStringLiteral("Rhif {ticket}, ewch i gownter {counter} os gwelwch yn dda."),
          QStringLiteral("Unwaith eto, rhif {ticket}, ewch i gownter {counter} os gwelwch yn dda."), true}},
    };
    return phrases;
}

const Phrases &phrasesFor(const QString &language)
{
    const auto &book = phrasebook();
    auto found = book.constFind(language);
    if (found == book.cend())
        found = book.constFind(QStringLiteral("en"));
    return *found;
}

// A word of a template: the key drops the punctuation and the case ("Ticket," -> "ticket").
Word templateWord(const QString &written)
{
    QString key;
    for (const QChar c : written) {
        if (!c.isPunct())
            key += c.toLower();
    }
    return {key, written};
}

Utterance numberWords(const QStringList &words)
{
    Utterance utterance;
    for (const QString &word : words)
        utterance.append({word, word});
    return utterance;
}

} // namespace

QStringList Announcement::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("lv"),
            QStringLiteral("cy")};
}

Utterance Announcement::ticket(const QString &language, const QString &label, NumberReading reading)
{
    Utterance words;
    qsizetype i = 0;
    for (; i < label.size() && !label[i].isDigit(); ++i)
        words.append({QStringLiteral("letter-") + label[i].toLower(), label[i].toUpper()});
    const QString digits = label.mid(i);
    if (reading == NumberReading::Digits) {
        for (const QChar d : digits)
            words.append(numberWords({NumberWords::digit(language, d.digitValue())}));
    } else if (!digits.isEmpty()) {
        words.append(numberWords(NumberWords::whole(language, digits.toInt())));
    }
    return words;
}

Utterance Announcement::call(const QString &language, const QString &ticketLabel, int counter, NumberReading reading,
                             bool recall)
{
    const Phrases &phrases = phrasesFor(language);
    Utterance words;
    for (const QString &written : (recall ? phrases.recall : phrases.call).split(QLatin1Char(' '))) {
        const qsizetype ticketAt = written.indexOf(QLatin1String("{ticket}"));
        const qsizetype counterAt = written.indexOf(QLatin1String("{counter}"));
        if (ticketAt < 0 && counterAt < 0) {
            words.append(templateWord(written));
            continue;
        }
        Utterance read =
            ticketAt >= 0 ? ticket(language, ticketLabel, reading) : numberWords(NumberWords::whole(language, counter));
        // Punctuation after the placeholder ("{ticket},") stays with the last word's text.
        const QString tail = written.mid((ticketAt >= 0 ? ticketAt + 8 : counterAt + 9));
        if (!read.isEmpty())
            read.last().text += tail;
        words.append(read);
    }
    return words;
}

QString Announcement::text(const QString &language, const Utterance &utterance)
{
    QStringList texts;
    for (const Word &word : utterance)
        texts << word.text;
    return texts.join(phrasesFor(language).spaced ? QStringLiteral(" ") : QString());
}

Utterance Announcement::vocabulary(const QString &language)
{
    Utterance words;
    QSet<QString> seen;
    const auto add = [&](const Utterance &more) {
        for (const Word &word : more) {
            if (!seen.contains(word.key)) {
                seen.insert(word.key);
                words.append(word);
            }
        }
    };
    add(call(language, QStringLiteral("A0"), 0, NumberReading::Digits));
    add(call(language, QStringLiteral("A0"), 0, NumberReading::Digits, true));
    for (char letter = 'A'; letter <= 'Z'; ++letter)
        add(ticket(language, QString(QLatin1Char(letter)), NumberReading::Digits));
    // Every word any number up to 9999 is made of: 0 to 1100 has every form below a
    // thousand (with the mutations after "a" in Welsh), and the thousands the rest.
    for (int n = 0; n <= 1100; ++n)
        add(numberWords(NumberWords::whole(language, n)));
    for (int n = 1000; n <= 9000; n += 1000)
        add(numberWords(NumberWords::whole(language, n)));
    return words;
}

} // namespace tessera::voice
