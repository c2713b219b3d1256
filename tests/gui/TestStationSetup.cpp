// The first run of each station: the setup screen against a real server, offscreen. A wrong
// key and a counter or service the branch does not have are explained; what is saved is
// a settings file the program then starts from.

#include "DisplaySettings.h"
#include "DisplaySetup.h"
#include "GuiHarness.h"
#include "KioskSettings.h"
#include "KioskSetup.h"
#include "StationCommandLine.h"
#include "StationLanguage.h"
#include "StationSetup.h"
#include "TellerSettings.h"
#include "TellerSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tessera;
using namespace tessera::test;

class TestStationSetup final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;

    QString keyText() const { return BranchKey::fromFile(m_server->keyFile()).value().toText(); }
    // Fills the key and the server's address, presses Check and save, and waits for the answer.
    static bool checkAndSave(StationSetup &setup, const QString &key, const QString &address)
    {
        find<QLineEdit>(&setup, QStringLiteral("branchKey"))->setText(key);
        find<QLineEdit>(&setup, QStringLiteral("serverAddress"))->setText(address);
        QTest::mouseClick(find(&setup, QStringLiteral("checkAndSave")), Qt::LeftButton);
        return waitUntil(
            [&] {
                return setup.result() == QDialog::Accepted || find(&setup, QStringLiteral("checkAndSave"))->isEnabled();
            },
            12000);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(kioskConfig());
        m_server->announce = true; // for the first-run screen to find it on the LAN
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void aWrongKeyIsExplainedAndNothingIsSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong-key.ini"));
        StationSetup setup(StationRole::Teller, path);
        teller::prepareSetup(setup);
        setup.show();
        QVERIFY(checkAndSave(setup, BranchKey::generate().toText(), m_server->address()));
        QCOMPARE(setup.result(), int(QDialog::Rejected));
        const QString said = textOf(&setup, QStringLiteral("setupMessage"));
        QVERIFY2(said.startsWith(QStringLiteral("The server did not accept this station within 8 s: check the key")),
                 qPrintable(said));
        QVERIFY(!QFile::exists(path));

        find<QLineEdit>(&setup, QStringLiteral("branchKey"))->setText(QStringLiteral("12 34"));
        QTest::mouseClick(find(&setup, QStringLiteral("checkAndSave")), Qt::LeftButton);
        QVERIFY2(
            textOf(&setup, QStringLiteral("setupMessage")).startsWith(QStringLiteral("The branch key is not right")),
            qPrintable(textOf(&setup, QStringLiteral("setupMessage"))));
    }

    void aTellerPcIsSetUpForACounterTheBranchHas()
    {
        const QString path = m_dir.filePath(QStringLiteral("teller.ini"));
        StationSetup setup(StationRole::Teller, path, {QStringLiteral("lv"), {}, {}, {}});
        teller::prepareSetup(setup);
        setup.resize(760, 480);
        setup.show();
        find<QSpinBox>(&setup, QStringLiteral("counter"))->setValue(9);
        QVERIFY(checkAndSave(setup, keyText(), m_server->address()));
        QCOMPARE(textOf(&setup, QStringLiteral("setupMessage")),
                 QStringLiteral("The branch has no counter 9; its counters are 1, 2, 3."));
        QVERIFY(!QFile::exists(path));
        screenshot(&setup, QStringLiteral("setup-teller-unknown-counter"));

        find<QSpinBox>(&setup, QStringLiteral("counter"))->setValue(2);
        QVERIFY(checkAndSave(setup, keyText(), m_server->address()));
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const auto settings = teller::TellerSettings::load(path);
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error()));
        QCOMPARE(settings.value().station.counter, 2);
        QCOMPARE(settings.value().station.branchId, QStringLiteral("test-branch"));
        QCOMPARE(settings.value().station.role, StationRole::Teller);
        QCOMPARE(settings.value().language, QStringLiteral("lv"));
        QVERIFY(!settings.value().chooseCounter);
    }

    void aDisplayIsSetUpForItsZone()
    {
        const QString path = m_dir.filePath(QStringLiteral("display.ini"));
        StationSetup setup(StationRole::Display, path);
        display::prepareSetup(setup);
        setup.resize(760, 480);
        setup.show();
        find<QLineEdit>(&setup, QStringLiteral("zoneCounters"))->setText(QStringLiteral("1, 2"));
        find<QLineEdit>(&setup, QStringLiteral("zoneServices"))->setText(QStringLiteral("cash, nope"));
        QVERIFY(checkAndSave(setup, keyText(), m_server->address()));
        QCOMPARE(textOf(&setup, QStringLiteral("setupMessage")), QStringLiteral("The branch has no service \"nope\"."));
        find<QLineEdit>(&setup, QStringLiteral("zoneServices"))->setText(QStringLiteral("cash"));
        screenshot(&setup, QStringLiteral("setup-display"));
        QVERIFY(checkAndSave(setup, keyText(), m_server->address()));
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        const auto settings = display::DisplaySettings::load(path);
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error()));
        QCOMPARE(settings.value().counters, (QSet<CounterNumber>{1, 2}));
        QCOMPARE(settings.value().services, (QSet<QString>{QStringLiteral("cash")}));
    }

    void aKioskWithoutAPrinterShowsTheNumberOnScreen()
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk.ini"));
        StationSetup setup(StationRole::Kiosk, path);
        kiosk::prepareSetup(setup);
        setup.resize(760, 440);
        setup.show();
        auto *printer = find<QComboBox>(&setup, QStringLiteral("printer"));
        printer->setCurrentIndex(printer->findData(QStringLiteral("none")));
        screenshot(&setup, QStringLiteral("setup-kiosk"));
        QVERIFY(checkAndSave(setup, keyText(), m_server->address()));
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        const auto settings = kiosk::KioskSettings::load(path);
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error()));
        QVERIFY(settings.value().screenOnly);
        QCOMPARE(settings.value().station.host, QStringLiteral("127.0.0.1"));
    }

    void theBranchServerFoundOnTheLanIsOfferedAndUsed()
    {
        const QString path = m_dir.filePath(QStringLiteral("found.ini"));
        StationSetup setup(StationRole::Display, path);
        display::prepareSetup(setup);
        setup.resize(760, 480);
        setup.show();
        find<QLineEdit>(&setup, QStringLiteral("branchKey"))->setText(keyText());
        auto *servers = find<QListWidget>(&setup, QStringLiteral("servers"));
        QTRY_COMPARE_WITH_TIMEOUT(servers->count(), 1, 5000); // the server announces itself every second
        QVERIFY2(servers->item(0)->text().contains(QStringLiteral("(test-branch) at ")),
                 qPrintable(servers->item(0)->text()));
        QCOMPARE(servers->currentRow(), 0);
        screenshot(&setup, QStringLiteral("setup-display-found"));
        QVERIFY(checkAndSave(setup, keyText(), QString()));
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        const auto settings = display::DisplaySettings::load(path);
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error()));
        QCOMPARE(settings.value().station.branchId, QStringLiteral("test-branch"));
        QVERIFY(settings.value().station.host.isEmpty()); // it finds the server by itself from now on
    }

    // The first run as the program starts it: in the PC's language (English here), and again in
    // the language the person picks; closing it writes nothing.
    void theFirstRunScreenSpeaksTheLanguageChosen()
    {
        if (StationSetup::systemLanguage() != QLatin1String("en"))
            QSKIP("the PC's language is not English; the first screen would not be either");
        const QString path = m_dir.filePath(QStringLiteral("first-run.ini"));
        StationCommandLine commandLine(QStringLiteral("tessera-teller"), QString(), false);
        QVERIFY(commandLine.parser().parse({QStringLiteral("tessera-teller"), QStringLiteral("--config"), path}));
        QStringList buttons;
        std::function<void()> act = [&] {
            auto *setup = qobject_cast<StationSetup *>(QApplication::activeModalWidget());
            if (!setup || setup->property("seen").toBool()) {
                QTimer::singleShot(50, act);
                return;
            }
            setup->setProperty("seen", true);
            buttons << find(setup, QStringLiteral("checkAndSave"))->text();
            if (buttons.size() == 1) {
                auto *language = find<QComboBox>(setup, QStringLiteral("language"));
                language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
                QTimer::singleShot(50, act);
            } else {
                setup->resize(760, 480);
                screenshot(setup, QStringLiteral("setup-teller-zh_CN"));
                setup->reject();
            }
        };
        QTimer::singleShot(50, act);
        QCOMPARE(commandLine.settingsFile(StationRole::Teller, teller::prepareSetup), QString());
        QCOMPARE(buttons, (QStringList{QStringLiteral("Check and save"), QStringLiteral("检查并保存")}));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestStationSetup)
#include "TestStationSetup.moc"
