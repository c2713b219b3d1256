#include "TestBranch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestBranchConfig final : public QObject
{
    Q_OBJECT

private slots:
    void sampleConfigLoads()
    {
        const QString path =
            qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/resources/branch-sample.json");
        const auto loaded = BranchConfigLoader::fromFile(path);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message()));
        const BranchConfig &config = loaded.value();
        QCOMPARE(config.services.size(), 4);
        QCOMPARE(config.counters.size(), 6);
        QCOMPARE(config.service(QStringLiteral("cash"))->labelFor(17), QStringLiteral("A017"));
        QCOMPARE(config.branchName.text(QStringLiteral("zh_CN")), QStringLiteral("北岸银行 里加中心支行"));
        QVERIFY(PasswordHash::verify(QStringLiteral("demo-anna"), config.teller(QStringLiteral("anna"))->passwordHash));
        // Loans close for lunch on weekdays and all weekend.
        const ServiceConfig *loans = config.service(QStringLiteral("loans"));
        QVERIFY(loans->hours.isOpenAt(QDateTime(QDate(2026, 11, 23), QTime(10, 0), riga())));
        QVERIFY(!loans->hours.isOpenAt(QDateTime(QDate(2026, 11, 23), QTime(13, 30), riga())));
        QVERIFY(!loans->hours.isOpenAt(QDateTime(QDate(2026, 11, 28), QTime(11, 0), riga())));
        // Announced in Latvian, then English by speech synthesis, then Simplified Chinese.
        QCOMPARE(config.announcementVoices.size(), 3);
        QCOMPARE(config.announcementVoices[0], (AnnouncementVoice{QStringLiteral("lv"), false, {}, false}));
        QCOMPARE(config.announcementVoices[1],
                 (AnnouncementVoice{QStringLiteral("en"), true, QStringLiteral("flite"), false}));
        QCOMPARE(config.announcementVoices[2].language, QStringLiteral("zh_CN"));
    }

    void withoutAnnouncementsEveryBranchLanguageIsSpokenFromTheVoicePack()
    {
        const auto loaded = BranchConfigLoader::fromJson(QJsonDocument(baseConfig()).toJson(), QStringLiteral("b"));
        QVERIFY(loaded);
        QCOMPARE(loaded.value().announcementVoices,
                 QList<AnnouncementVoice>({{QStringLiteral("en"), false, {}, false}}));
    }

    void badConfigIsRefusedWithKeyAndReason_data()
    {
        QTest::addColumn<QString>("pointer"); // where to change the base config: "key" or "list/index/key"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedKey");
        QTest::addColumn<QString>("expectedReason");

        QTest::newRow("missing services") << "services" << QJsonValue(QJsonValue::Undefined) << "services"
                                          << "is required";
        QTest::newRow("empty services") << "services" << QJsonValue(QJsonArray()) << "services"
                                        << "at least one service";
        QTest::newRow("bad prefix") << "services/0/prefix" << QJsonValue(QStringLiteral("a1")) << "services[0].prefix"
                                    << "capital letters";
        QTest::newRow("duplicate prefix")
            << "services/1/prefix" << QJsonValue(QStringLiteral("A")) << "services[1].prefix"
            << "used by another service";
        QTest::newRow("negative target") << "services/0/targetWaitMinutes" << QJsonValue(-5)
                                         << "services[0].targetWaitMinutes"
                                         << "whole number from 1";
        QTest::newRow("target not a number")
            << "services/0/targetWaitMinutes" << QJsonValue(QStringLiteral("ten")) << "services[0].targetWaitMinutes"
            << "whole number";
        QTest::newRow("typo key") << "services/0/prefx" << QJsonValue(QStringLiteral("A")) << "services[0].prefx"
                                  << "unknown key";
        QTest::newRow("bad hours") << "services/0/openingHours"
                                   << QJsonValue(QJsonObject{
                                          {QStringLiteral("mon"), QJsonArray{QStringLiteral("18:00-09:00")}}})
                                   << "services[0].openingHours.mon"
                                   << "time span";
        QTest::newRow("bad weekday") << "services/0/openingHours"
                                     << QJsonValue(QJsonObject{
                                            {QStringLiteral("monday"), QJsonArray{QStringLiteral("09:00-17:00")}}})
                                     << "services[0].openingHours.monday"
                                     << "weekday";
        QTest::newRow("counter unknown service")
            << "counters/0/services" << QJsonValue(QJsonObject{{QStringLiteral("mortgages"), 1}})
            << "counters[0].services.mortgages"
            << "not a service id";
        QTest::newRow("zero weight") << "counters/0/services" << QJsonValue(QJsonObject{{QStringLiteral("cash"), 0}})
                                     << "counters[0].services.cash"
                                     << "whole number from 1";
        QTest::newRow("duplicate counter") << "counters/1/number" << QJsonValue(1) << "counters[1].number"
                                           << "listed twice";
        QTest::newRow("service nobody serves")
            << "counters/2/services" << QJsonValue(QJsonObject{{QStringLiteral("cash"), 1}}) << "services[2]"
            << "no counter serves";
        QTest::newRow("announcement language without phrases")
            << "announcements/voices"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("fr")}}})
            << "announcements.voices[0].language"
            << "has no announcement phrases";
        QTest::newRow("announcement voice unknown")
            << "announcements/voices"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                                                 {QStringLiteral("voice"), QStringLiteral("robot")}}})
            << "announcements.voices[0].voice"
            << "\"recorded\" or \"speech\"";
        QTest::newRow("bad time zone") << "branch/timeZone" << QJsonValue(QStringLiteral("Mars/Olympus"))
                                       << "branch.timeZone"
                                       << "not a known time zone";
        QTest::newRow("bad rollover") << "businessDay/rolloverTime" << QJsonValue(QStringLiteral("3am"))
                                      << "businessDay.rolloverTime"
                                      << "time such as";
        QTest::newRow("bad policy") << "businessDay/waitingAtRollover" << QJsonValue(QStringLiteral("keep"))
                                    << "businessDay.waitingAtRollover"
                                    << "carryOver";
        QTest::newRow("bad priority order")
            << "calling/priorityOrder" << QJsonValue(QJsonArray{QStringLiteral("normal")}) << "calling.priorityOrder"
            << "appointment, vip or priority";
        QTest::newRow("plain password") << "tellers/0/passwordHash" << QJsonValue(QStringLiteral("secret"))
                                        << "tellers[0].passwordHash"
                                        << "hash-password";
        QTest::newRow("bad role") << "tellers/0/role" << QJsonValue(QStringLiteral("boss")) << "tellers[0].role"
                                  << "supervisor";
    }

    void badConfigIsRefusedWithKeyAndReason()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedKey);
        QFETCH(QString, expectedReason);

        const QJsonObject config = withChange(baseConfig(), pointer.split(QLatin1Char('/')), value);
        const auto loaded = BranchConfigLoader::fromJson(QJsonDocument(config).toJson(), QStringLiteral("branch.json"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().file, QStringLiteral("branch.json"));
        QCOMPARE(loaded.error().key, expectedKey);
        QVERIFY2(loaded.error().reason.contains(expectedReason), qPrintable(loaded.error().message()));
        QVERIFY(loaded.error().message().startsWith(QStringLiteral("branch.json: ") + expectedKey));
    }

    void brokenJsonNamesTheLine()
    {
        const QByteArray json = "{\n  \"branch\": {\n    \"id\": \"x\",,\n  }\n}\n";
        const auto loaded = BranchConfigLoader::fromJson(json, QStringLiteral("branch.json"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().line, 3);
        QVERIFY(loaded.error().message().startsWith(QStringLiteral("branch.json:3: not valid JSON")));
    }

    void missingFileSaysSo()
    {
        QTemporaryDir dir;
        const auto loaded = BranchConfigLoader::fromFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message().contains(QStringLiteral("cannot read the file")));
    }

private:
    static QJsonObject withChange(QJsonObject object, QStringList path, const QJsonValue &value)
    {
        const QString key = path.takeFirst();
        if (path.isEmpty()) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
            return object;
        }
        const QJsonValue child = object.value(key);
        if (child.isArray()) {
            QJsonArray array = child.toArray();
            const int index = path.takeFirst().toInt();
            if (path.isEmpty())
                array[index] = value;
            else
                array[index] = withChange(array[index].toObject(), path, value);
            object.insert(key, array);
        } else {
            object.insert(key, withChange(child.toObject(), path, value));
        }
        return object;
    }
};

QTEST_GUILESS_MAIN(TestBranchConfig)
#include "TestBranchConfig.moc"
