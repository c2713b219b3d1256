// What the lobby hears: the real Announcer playing into a private PulseAudio whose output
// is recorded and compared with the sounds that should be in it, in order.
#include "Announcer.h"
#include "Pcm.h"
#include "PrivateSoundServer.h"
#include "SoundAnalysis.h"
#include "TestBranch.h"

#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::display;
using namespace tessera::test;

namespace {

QJsonObject withVoices(const QJsonArray &voices)
{
    QJsonObject config = baseConfig();
    config.insert(QStringLiteral("announcements"), QJsonObject{{QStringLiteral("voices"), voices}});
    return config;
}

QJsonObject recorded(const char *language)
{
    return {{QStringLiteral("language"), QLatin1String(language)},
            {QStringLiteral("voice"), QStringLiteral("recorded")}};
}

Call call(quint64 id, const QString &label, CounterNumber counter)
{
    return Call{id, TicketId(id), label, QStringLiteral("cash"), counter, false, 0};
}

constexpr int kTensOfMs = 100; // envelope steps per second

} // namespace

class TestAnnouncer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCallIsAChimeThenEachLanguageInTheConfiguredOrder();
    void speechSynthesisSpeaksWhereTheBranchChoseIt();
    void aBurstOfTenCallsIsTenAnnouncementsInOrderNeverOverlapping();

private:
    DisplaySettings settings() const;
    QByteArray recordingOf(Announcer &announcer, const QList<Call> &calls);

    PrivateSoundServer m_sound;
};

void TestAnnouncer::initTestCase()
{
    QVERIFY2(m_sound.start(), qPrintable(m_sound.error()));
    QVERIFY2(!VoicePack::findDefault().isEmpty(), "the default voice pack was not built (target voicepack)");
}

DisplaySettings TestAnnouncer::settings() const
{
    DisplaySettings settings;
    settings.volume = 100;
    settings.gapMs = 400;
    return settings;
}

QByteArray TestAnnouncer::recordingOf(Announcer &announcer, const QList<Call> &calls)
{
    QSignalSpy finished(&announcer, &Announcer::finished);
    m_sound.startRecording();
    for (const Call &call : calls)
        announcer.announce(call);
    if (!QTest::qWaitFor([&] { return finished.size() == calls.size(); }, 20000 * int(calls.size())))
        qWarning("only %lld of %lld announcements finished", qlonglong(finished.size()), qlonglong(calls.size()));
    return m_sound.stopRecording();
}

void TestAnnouncer::aCallIsAChimeThenEachLanguageInTheConfiguredOrder()
{
    InMemoryBranch branch(withVoices({recorded("zh_CN"), recorded("en")}));
    const DisplaySettings display = settings();
    Announcer announcer(branch.state, display);
    QSignalSpy problems(&announcer, &Announcer::soundProblem);
    const QList<double> heard = envelope(recordingOf(announcer, {call(1, QStringLiteral("A017"), 5)}));
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));

    const auto say = [&](const char *language) {
        return envelope(announcer.voicePack().say(
            QLatin1String(language), voice::Announcement::call(QLatin1String(language), QStringLiteral("A017"), 5,
                                                               voice::NumberReading::Digits)));
    };
    const QList<double> chime = envelope(pcm::chime()), chinese = say("zh_CN"), english = say("en");
    const Match chimeAt = locate(heard, chime);
    QVERIFY2(chimeAt.score > 0.9, qPrintable(QString::number(chimeAt.score)));
    const int afterChime = chimeAt.at + int(chime.size());
    const Match chineseAt = locate(heard, chinese, afterChime);
    const Match englishAt = locate(heard, english, afterChime);
    qInfo("chime at %.2f s (fit %.2f), Chinese at %.2f s (fit %.2f), English at %.2f s (fit %.2f)",
          chimeAt.at / double(kTensOfMs), chimeAt.score, chineseAt.at / double(kTensOfMs), chineseAt.score,
          englishAt.at / double(kTensOfMs), englishAt.score);
    QVERIFY(chineseAt.score > 0.9);
    QVERIFY(englishAt.score > 0.9);
    // Chinese right after the chime (half a gap of silence), then English after Chinese.
    QVERIFY(qAbs(chineseAt.at - afterChime - display.gapMs / 20) <= 15);
    QVERIFY(englishAt.at >= chineseAt.at + chinese.size());
    QVERIFY(qAbs(englishAt.at - (chineseAt.at + int(chinese.size())) - display.gapMs / 20) <= 15);
}

void TestAnnouncer::speechSynthesisSpeaksWhereTheBranchChoseIt()
{
    InMemoryBranch branch(
        withVoices({recorded("zh_CN"), QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                                                   {QStringLiteral("voice"), QStringLiteral("speech")},
                                                   {QStringLiteral("engine"), QStringLiteral("flite")}}}));
    Announcer announcer(branch.state, settings());
    QSignalSpy problems(&announcer, &Announcer::soundProblem);
    QElapsedTimer took;
    took.start();
    const QList<double> heard = envelope(recordingOf(announcer, {call(1, QStringLiteral("A017"), 5)}));
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));
    const QList<double> chinese = envelope(announcer.voicePack().say(
        QStringLiteral("zh_CN"),
        voice::Announcement::call(QStringLiteral("zh_CN"), QStringLiteral("A017"), 5, voice::NumberReading::Digits)));
    const Match chineseAt = locate(heard, chinese);
    QVERIFY(chineseAt.score > 0.9);
    // After the recorded Chinese, the synthesizer's English: at least a second of speech.
    int loud = 0;
    for (qsizetype i = chineseAt.at + chinese.size(); i < heard.size(); ++i)
        loud += heard[i] > 500 ? 1 : 0;
    qInfo("speech after the recorded Chinese: %.2f s of sound; the announcement took %lld ms", loud / double(kTensOfMs),
          took.elapsed());
    QVERIFY2(loud >= kTensOfMs, qPrintable(QStringLiteral("only %1 ms of speech").arg(loud * 10)));
}

void TestAnnouncer::aBurstOfTenCallsIsTenAnnouncementsInOrderNeverOverlapping()
{
    InMemoryBranch branch(withVoices({recorded("en")}));
    DisplaySettings display = settings();
    display.gapMs = 200;
    Announcer announcer(branch.state, display);
    QStringList log;
    connect(&announcer, &Announcer::chimeStarted, this, [&](quint64 id) { log << QStringLiteral("start %1").arg(id); });
    connect(&announcer, &Announcer::finished, this, [&](quint64 id) { log << QStringLiteral("end %1").arg(id); });
    QList<Call> burst;
    for (int i = 1; i <= 10; ++i)
        burst << call(i, QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0')), 1 + i % 3);
    const QList<double> heard = envelope(recordingOf(announcer, burst));
    QStringList expected;
    for (int i = 1; i <= 10; ++i)
        expected << QStringLiteral("start %1").arg(i) << QStringLiteral("end %1").arg(i);
    QCOMPARE(log, expected); // one at a time, in the order called

    // Ten chimes in the recording, each followed by its own number.
    const QList<double> chime = envelope(pcm::chime());
    int from = 0;
    for (const Call &called : std::as_const(burst)) {
        const Match chimeAt = locate(heard, chime, from, 3 * kTensOfMs); // each within 3 s of the last
        QVERIFY2(chimeAt.score > 0.9,
                 qPrintable(QStringLiteral("chime for %1: fit %2").arg(called.label).arg(chimeAt.score)));
        const QList<double> words = envelope(announcer.voicePack().say(
            QStringLiteral("en"), voice::Announcement::call(QStringLiteral("en"), called.label, called.counter,
                                                            voice::NumberReading::Digits)));
        const Match wordsAt = locate(heard, words, chimeAt.at + int(chime.size()), kTensOfMs);
        QVERIFY2(wordsAt.score > 0.9, qPrintable(QStringLiteral("%1: fit %2").arg(called.label).arg(wordsAt.score)));
        from = wordsAt.at + int(words.size());
    }
}

QTEST_MAIN(TestAnnouncer)
#include "TestAnnouncer.moc"
