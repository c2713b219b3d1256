#include "NumberWords.h"

namespace tessera::voice {

namespace {

// English: "one hundred and five", "two thousand and seventeen".
QStringList english(int n)
{
    static const QStringList small{
        QStringLiteral("zero"),    QStringLiteral("one"),       QStringLiteral("two"),      QStringLiteral("three"),
        QStringLiteral("four"),    QStringLiteral("five"),      QStringLiteral("six"),      QStringLiteral("seven"),
        QStringLiteral("eight"),   QStringLiteral("nine"),      QStringLiteral("ten"),      QStringLiteral("eleven"),
        QStringLiteral("twelve"),  QStringLiteral("thirteen"),  QStringLiteral("fourteen"), QStringLiteral("fifteen"),
        QStringLiteral("sixteen"), QStringLiteral("seventeen"), QStringLiteral("eighteen"), QStringLiteral("nineteen")};
    static const QStringList tens{{},
                                  {},
                                  QStringLiteral("twenty"),
                                  QStringLiteral("thirty"),
                                  QStringLiteral("forty"),
                                  QStringLiteral("fifty"),
                                  QStringLiteral("sixty"),
                                  QStringLiteral("seventy"),
                                  QStringLiteral("eighty"),
                                  QStringLiteral("ninety")};
    if (n < 20)
        return {small[n]};
    if (n < 100)
        return n % 10 ? QStringList{tens[n / 10], small[n % 10]} : QStringList{tens[n / 10]};
    const bool thousands = n >= 1000;
    const int unit = thousands ? 1000 : 100;
    QStringList words = english(n / unit);
    words << (thousands ? QStringLiteral("thousand") : QStringLiteral("hundred"));
    if (const int rest = n % unit) {
        if (rest < 100)
            words << QStringLiteral("and");
        words << english(rest);
    }
    return words;
}

// Chinese: 十七, 二十五, 一百零五, 一百一十, 一千零一十. The same characters in both scripts.
QStringList chinese(int n)
{
    static const QStringList digits{
        QStringLiteral("零"), QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
        QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九")};
    if (n < 10)
        return {digits[n]};
    if (n < 20) // 十七, not 一十七
        return n % 10 ? QStringList{QStringLiteral("十"), digits[n % 10]} : QStringList{QStringLiteral("十")};
    const QStringList units{QStringLiteral("千"), QStringLiteral("百"), QStringLiteral("十"), QString()};
    QStringList words;
    bool zeroPending = false;
    int divisor = 1000;
    for (const QString &unit : units) {
        const int d = (n / divisor) % 10;
        divisor /= 10;
        if (d == 0) {
            zeroPending = !words.isEmpty(); // one 零 stands for any run of zeros inside the number
            continue;
        }
        if (zeroPending)
            words << digits[0];
        zeroPending = false;
        words << digits[d];
        if (!unit.isEmpty())
            words << unit;
    }
    return words;
}

// Latvian: septiņpadsmit, divdesmit pieci, simts pieci, divsimt.
QStringList latvian(int n)
{
    static const QStringList small{
        QStringLiteral("nulle"),        QStringLiteral("viens"),       QStringLiteral("divi"),
        QStringLiteral("trīs"),         QStringLiteral("četri"),       QStringLiteral("pieci"),
        QStringLiteral("seši"),         QStringLiteral("septiņi"),     QStringLiteral("astoņi"),
        QStringLiteral("deviņi"),       QStringLiteral("desmit"),      QStringLiteral("vienpadsmit"),
        QStringLiteral("divpadsmit"),   QStringLiteral("trīspadsmit"), QStringLiteral("četrpadsmit"),
        QStringLiteral("piecpadsmit"),  QStringLiteral("sešpadsmit"),  QStringLiteral("septiņpadsmit"),
        QStringLiteral("astoņpadsmit"), QStringLiteral("deviņpadsmit")};
    // Stems for "-desmit" and "-simt": div-, trīs-, četr-, piec-, seš-, septiņ-, astoņ-, deviņ-.
    static const QStringList stems{{},
                                   {},
                                   QStringLiteral("div"),
                                   QStringLiteral("trīs"),
                                   QStringLiteral("četr"),
                                   QStringLiteral("piec"),
                                   QStringLiteral("seš"),
                                   QStringLiteral("septiņ"),
                                   QStringLiteral("astoņ"),
                                   QStringLiteral("deviņ")};
    if (n < 20)
        return {small[n]};
    QStringList words;
    if (n >= 1000) {
        words << (n / 1000 == 1 ? QStringList{QStringLiteral("tūkstotis")}
                                : latvian(n / 1000) << QStringLiteral("tūkstoši"));
        n %= 1000;
        if (n == 0)
            return words;
    }
    if (n >= 100) {
        words << (n / 100 == 1 ? QStringLiteral("simts") : stems[n / 100] + QStringLiteral("simt"));
        n %= 100;
        if (n == 0)
            return words;
    }
    if (n < 20)
        return words << small[n];
    words << stems[n / 10] + QStringLiteral("desmit");
    if (n % 10)
        words << small[n % 10];
    return words;
}

// Welsh, the decimal system taught in schools: un deg saith, dau ddeg pump, cant a phump.
QStringList welsh(int n)
{
    static const QStringList small{QStringLiteral("dim"),    QStringLiteral("un"),     QStringLiteral("dau"),
                                   QStringLiteral("tri"),    QStringLiteral("pedwar"), QStringLiteral("pump"),
                                   QStringLiteral("chwech"), QStringLiteral("saith"),  QStringLiteral("wyth"),
                                   QStringLiteral("naw")};
    // Before "deg" and "cant" some numbers shorten or mutate: pum deg, chwe deg, dau ddeg, dau gant.
    static const QStringList beforeTen{{},
                                       {},
                                       QStringLiteral("dau ddeg"),
                                       QStringLiteral("tri deg"),
                                       QStringLiteral("pedwar deg"),
                                       QStringLiteral("pum deg"),
                                       QStringLiteral("chwe deg"),
                                       QStringLiteral("saith deg"),
                                       QStringLiteral("wyth deg"),
                                       QStringLiteral("naw deg")};
    static const QStringList hundreds{{},
                                      QStringLiteral("cant"),
                                      QStringLiteral("dau gant"),
                                      QStringLiteral("tri chant"),
                                      QStringLiteral("pedwar cant"),
                                      QStringLiteral("pum cant"),
                                      QStringLiteral("chwe chant"),
                                      QStringLiteral("saith cant"),
                                      QStringLiteral("wyth cant"),
                                      QStringLiteral("naw cant")};
    const auto split = [](const QString &words) {
        return words.split(QLatin1Char(' '));
    };
    if (n < 10)
        return {small[n]};
    if (n < 100) {
        QStringList words =
            n / 10 == 1 ? QStringList{QStringLiteral("un"), QStringLiteral("deg")} : split(beforeTen[n / 10]);
        if (n % 10)
            words << small[n % 10];
        return words;
    }
    QStringList words;
    if (n >= 1000) {
        words << (n / 1000 == 1 ? QStringList{QStringLiteral("mil")} : welsh(n / 1000) << QStringLiteral("mil"));
        n %= 1000;
    }
    if (n >= 100) {
        words << split(hundreds[n / 100]);
        n %= 100;
    }
    if (n == 0)
        return words;
    // "a" before the last part, which takes the aspirate mutation: a phump, a thri, a chwech.
    QStringList rest = welsh(n);
    if (rest.size() == 1) {
        QString &word = rest.first();
        if (word.startsWith(QLatin1Char('p')))
            word = QStringLiteral("ph") + word.mid(1);
        else if (word.startsWith(QLatin1Char('t')))
            word = QStringLiteral("th") + word.mid(1);
        words << QStringLiteral("a");
    }
    return words << rest;
}

} // namespace

bool NumberWords::supports(const QString &language)
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                       QStringLiteral("lv"), QStringLiteral("cy")};
    return languages.contains(language);
}

QStringList NumberWords::whole(const QString &language, int number)
{
    number = qBound(0, number, 9999);
    if (language.startsWith(QLatin1String("zh")))
        return chinese(number);
    if (language == QLatin1String("lv"))
        return latvian(number);
    if (language == QLatin1String("cy"))
        return welsh(number);
    return english(number);
}

QString NumberWords::digit(const QString &language, int digit)
{
    return whole(language, qBound(0, digit, 9)).first();
}

} // namespace tessera::voice
