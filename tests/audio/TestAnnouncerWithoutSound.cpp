// A display whose PC has no sound server (a TV without speakers, a broken audio setup):
// every call still finishes, and the problem is reported for the admin overlay.
#include "Announcer.h"
#include "TestBranch.h"

#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::display;
using namespace tessera::test;

class TestAnnouncerWithoutSound : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Before the first sound: Qt connects to the sound server once.
        qputenv("PULSE_SERVER", "unix:/nonexistent/pulse/native");
    }

    void callsGoOnAndTheProblemIsReported()
    {
        QJsonObject config = baseConfig();
        config.insert(QStringLiteral("announcements"),
                      QJsonObject{{QStringLiteral("voices"),
                                   QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}},
                                              QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                                                          {QStringLiteral("voice"), QStringLiteral("speech")},
                                                          {QStringLiteral("engine"), QStringLiteral("flite")}}}}});
        InMemoryBranch branch(config);
        DisplaySettings settings;
        Announcer announcer(branch.state, settings);
        QSignalSpy finished(&announcer, &Announcer::finished);
        QSignalSpy problems(&announcer, &Announcer::soundProblem);
        QElapsedTimer took;
        took.start();
        for (quint64 id = 1; id <= 3; ++id)
            announcer.announce(Call{id, TicketId(id), QStringLiteral("A00%1").arg(id), QStringLiteral("cash"), 1});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        qInfo("three calls finished without sound in %lld ms", took.elapsed());
        QVERIFY(!problems.isEmpty());
        qInfo("reported: %s", qPrintable(problems.first().first().toString()));
        QVERIFY(problems.first().first().toString().startsWith(QStringLiteral("Sound:")) ||
                problems.first().first().toString().startsWith(QStringLiteral("Speech:")));
    }
};

QTEST_MAIN(TestAnnouncerWithoutSound)
#include "TestAnnouncerWithoutSound.moc"
