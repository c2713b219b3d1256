// How announcements sound, per language: number reading and the call phrases, as tables.
#include "voice/Announcement.h"
#include "voice/NumberWords.h"

#include <QTest>

using namespace tessera::voice;

class TestVoice : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreReadAsTheLanguageReadsThem_data();
    void numbersAreReadAsTheLanguageReadsThem();
    void aCallIsAnnouncedInEachLanguage_data();
    void aCallIsAnnouncedInEachLanguage();
    void ticketNumbersReadDigitByDigitKeepTheirZeros();
    void wordsNameTheirRecordingsWithoutPunctuation();
    void aVoicePackVocabularyCoversEveryAnnouncement_data();
    void aVoicePackVocabularyCoversEveryAnnouncement();
};

void TestVoice::numbersAreReadAsTheLanguageReadsThem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("words");
    const auto row = [](const char *language, int number, const char *words) {
        QTest::addRow("%s %d", language, number) << QString::fromLatin1(language) << number << QString::fromUtf8(words);
    };
    row("en", 0, "zero");
    row("en", 7, "seven");
    row("en", 17, "seventeen");
    row("en", 40, "forty");
    row("en", 42, "forty two");
    row("en", 105, "one hundred and five");
    row("en", 250, "two hundred and fifty");
    row("en", 2017, "two thousand and seventeen");
    row("zh_CN", 7, "七");
    row("zh_CN", 10, "十");
    row("zh_CN", 17, "十 七");
    row("zh_CN", 25, "二 十 五");
    row("zh_CN", 100, "一 百");
    row("zh_CN", 105, "一 百 零 五");
    row("zh_CN", 110, "一 百 一 十");
    row("zh_CN", 1010, "一 千 零 一 十");
    row("zh_CN", 2005, "二 千 零 五");
    row("zh_TW", 17, "十 七");
    row("lv", 0, "nulle");
    row("lv", 3, "trīs");
    row("lv", 17, "septiņpadsmit");
    row("lv", 25, "divdesmit pieci");
    row("lv", 100, "simts");
    row("lv", 105, "simts pieci");
    row("lv", 250, "divsimt piecdesmit");
    row("lv", 1000, "tūkstotis");
    row("lv", 3000, "trīs tūkstoši");
    row("cy", 0, "dim");
    row("cy", 5, "pump");
    row("cy", 17, "un deg saith");
    row("cy", 25, "dau ddeg pump");
    row("cy", 56, "pum deg chwech");
    row("cy", 100, "cant");
    row("cy", 105, "cant a phump");
    row("cy", 103, "cant a thri");
    row("cy", 300, "tri chant");
    row("cy", 1000, "mil");
}

void TestVoice::numbersAreReadAsTheLanguageReadsThem()
{
    QFETCH(QString, language);
    QFETCH(int, number);
    QFETCH(QString, words);
    QCOMPARE(NumberWords::whole(language, number).join(QLatin1Char(' ')), words);
}

void TestVoice::aCallIsAnnouncedInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("reading"); // a NumberReading
    QTest::addColumn<bool>("recall");
    QTest::addColumn<QString>("spoken");
    const auto row = [](const char *name, const char *language, NumberReading reading, bool recall,
                        const char *spoken) {
        QTest::newRow(name) << QString::fromLatin1(language) << int(reading) << recall << QString::fromUtf8(spoken);
    };
    row("en digits", "en", NumberReading::Digits, false, "Ticket A zero one seven, please go to counter five.");
    row("en whole", "en", NumberReading::Whole, false, "Ticket A seventeen, please go to counter five.");
    row("en recall", "en", NumberReading::Digits, true,
        "Once again, ticket A zero one seven, please go to counter five.");
    row("zh_CN digits", "zh_CN", NumberReading::Digits, false, "请A零一七号到五号窗口");
    row("zh_CN whole", "zh_CN", NumberReading::Whole, false, "请A十七号到五号窗口");
    row("zh_CN recall", "zh_CN", NumberReading::Digits, true, "再次请A零一七号到五号窗口");
    row("zh_TW digits", "zh_TW", NumberReading::Digits, false, "請A零一七號到五號櫃檯");
    row("lv digits", "lv", NumberReading::Digits, false,
        "Numurs A nulle viens septiņi, lūdzu, pie lodziņa numur pieci.");
    row("lv whole", "lv", NumberReading::Whole, false, "Numurs A septiņpadsmit, lūdzu, pie lodziņa numur pieci.");
    row("cy digits", "cy", NumberReading::Digits, false, "Rhif A dim un saith, ewch i gownter pump os gwelwch yn dda.");
    row("cy whole", "cy", NumberReading::Whole, false, "Rhif A un deg saith, ewch i gownter pump os gwelwch yn dda.");
}

void TestVoice::aCallIsAnnouncedInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, reading);
    QFETCH(bool, recall);
    QFETCH(QString, spoken);
    const Utterance words = Announcement::call(language, QStringLiteral("A017"), 5, NumberReading(reading), recall);
    QCOMPARE(Announcement::text(language, words), spoken);
}

void TestVoice::ticketNumbersReadDigitByDigitKeepTheirZeros()
{
    const Utterance words = Announcement::ticket(QStringLiteral("en"), QStringLiteral("BC007"), NumberReading::Digits);
    QStringList keys;
    for (const Word &word : words)
        keys << word.key;
    QCOMPARE(keys, QStringList({"letter-b", "letter-c", "zero", "zero", "seven"}));
    QCOMPARE(
        Announcement::text(QStringLiteral("en"),
                           Announcement::ticket(QStringLiteral("en"), QStringLiteral("BC007"), NumberReading::Whole)),
        QStringLiteral("B C seven"));
}

void TestVoice::wordsNameTheirRecordingsWithoutPunctuation()
{
    const Utterance words = Announcement::call(QStringLiteral("en"), QStringLiteral("A1"), 12, NumberReading::Digits);
    QCOMPARE(words.first(), (Word{QStringLiteral("ticket"), QStringLiteral("Ticket")}));
    // "one," keeps its comma for the synthesizer, and its recording is "one".
    QCOMPARE(words[2], (Word{QStringLiteral("one"), QStringLiteral("one,")}));
    QCOMPARE(words.last(), (Word{QStringLiteral("twelve"), QStringLiteral("twelve.")}));
}

void TestVoice::aVoicePackVocabularyCoversEveryAnnouncement_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Announcement::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestVoice::aVoicePackVocabularyCoversEveryAnnouncement()
{
    QFETCH(QString, language);
    QSet<QString> keys;
    for (const Word &word : Announcement::vocabulary(language))
        keys.insert(word.key);
    // Every label a branch can have, every counter, both readings, call and recall.
    for (const QString &label : {QStringLiteral("A001"), QStringLiteral("Z999"), QStringLiteral("BC1234"),
                                 QStringLiteral("Q9999"), QStringLiteral("K105"), QStringLiteral("M3003")}) {
        for (int counter : {1, 9, 12, 20, 99, 100, 115}) {
            for (NumberReading reading : {NumberReading::Digits, NumberReading::Whole}) {
                for (bool recall : {false, true}) {
                    for (const Word &word : Announcement::call(language, label, counter, reading, recall))
                        QVERIFY2(keys.contains(word.key), qPrintable(word.key + QStringLiteral(" in ") + label));
                }
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestVoice)
#include "TestVoice.moc"
