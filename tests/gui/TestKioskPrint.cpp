// Printing, end to end: the real kiosk prints through a real CUPS queue that writes PDFs
// (scripts/pdf-printer.sh), the same path a thermal printer's CUPS driver takes. What is
// on the paper must be what the server recorded, and the QR code must scan.
#include "KioskHarness.h"
#include "TicketPrinter.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace tessera;
using namespace tessera::kiosk;
using namespace tessera::test;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qWarning().noquote() << program << arguments.join(QLatin1Char(' '))
                             << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// cups-pdf names each PDF after the job's title, which the kiosk sets to "ticket <label>".
// The file appears before it is written; it is ready once a PDF reader can open it.
QString waitForPdf(const QDir &dir, const QStringList &before, const QString &label)
{
    QString found;
    waitUntil(
        [&] {
            for (const QString &name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
                if (before.contains(name) || !name.contains(label))
                    continue;
                QProcess info;
                info.start(QStringLiteral("pdfinfo"), {dir.filePath(name)});
                if (info.waitForFinished(10000) && info.exitCode() == 0)
                    found = dir.filePath(name);
            }
            return !found.isEmpty();
        },
        30000);
    return found;
}

} // namespace

class TestKioskPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void thePrintedTicketSaysWhatTheServerRecorded_data();
    void thePrintedTicketSaysWhatTheServerRecorded();
    void aTicketThatCannotBePrintedStaysValidAndStaffAreTold_data();
    void aTicketThatCannotBePrintedStaysValidAndStaffAreTold();

private:
    // Takes a cash ticket at a kiosk printing to `printerName`; returns the server's event.
    QJsonObject takeTicket(KioskWindow &kiosk, const QString &language);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ToolStation> m_teller;
    std::unique_ptr<ToolStation> m_observer; // sees every event as the server journaled it
    std::unique_ptr<BranchClient> m_client;
    SystemClock m_clock;
    QDir m_pdfDir = QDir(QDir::home().filePath(QStringLiteral("PDF")));
};

void TestKioskPrint::initTestCase()
{
    QProcess setup;
    setup.setProcessChannelMode(QProcess::ForwardedChannels);
    setup.start(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/scripts/pdf-printer.sh"), {});
    QVERIFY(setup.waitForFinished(60000));
    if (setup.exitCode() == 77)
        QSKIP("no CUPS queue that writes PDFs on this machine (see scripts/pdf-printer.sh)");
    QCOMPARE(setup.exitCode(), 0);

    m_server = std::make_unique<ServerProcess>(kioskConfig());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    // An open counter, so that the ticket carries a real estimate to check.
    m_teller = std::make_unique<ToolStation>(*m_server, QStringLiteral("teller"), QStringLiteral("counter-1"));
    QVERIFY(m_teller->waitOnline());
    QVERIFY(m_teller->request(QStringLiteral("login t1 pw-t1")).value(QStringLiteral("ok")).toBool());
    QVERIFY(m_teller->request(QStringLiteral("LogIn {\"teller\":\"t1\",\"password\":\"pw-t1\",\"counter\":1}"))
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(m_teller->request(QStringLiteral("OpenCounter {\"counter\":1}")).value(QStringLiteral("ok")).toBool());
    // Three customers came before: one at the counter, two waiting.
    ToolStation entrance(*m_server, QStringLiteral("kiosk"), QStringLiteral("kiosk-entrance"));
    QVERIFY(entrance.waitOnline());
    for (int i = 0; i < 3; ++i)
        QVERIFY(entrance.request(QStringLiteral("IssueTicket {\"service\":\"cash\"}"))
                    .value(QStringLiteral("ok"))
                    .toBool());
    QVERIFY(m_teller->request(QStringLiteral("CallNext {\"counter\":1}")).value(QStringLiteral("ok")).toBool());
    m_observer = std::make_unique<ToolStation>(*m_server, QStringLiteral("display"), QStringLiteral("observer"), true);
    QVERIFY(m_observer->waitOnline());
    m_client = std::make_unique<BranchClient>(stationSettings(*m_server, QStringLiteral("kiosk-print")));
    m_client->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->status(), BranchClient::Status::Online, 10000);
}

void TestKioskPrint::cleanupTestCase()
{
    m_client.reset();
    m_observer.reset();
    m_teller.reset();
}

QJsonObject TestKioskPrint::takeTicket(KioskWindow &kiosk, const QString &language)
{
    if (!waitUntil([&] { return kiosk.currentScreen()->objectName() == QLatin1String("startScreen"); }, 5000))
        return {};
    QTest::mouseClick(find(&kiosk, QStringLiteral("language-") + language), Qt::LeftButton);
    QSignalSpy shown(&kiosk, &KioskWindow::ticketShown);
    QTest::mouseClick(find(&kiosk, QStringLiteral("service-cash")), Qt::LeftButton);
    QTest::mouseClick(find(&kiosk, QStringLiteral("priority-none")), Qt::LeftButton);
    if (!shown.wait(15000))
        return {};
    const auto ticket = shown.first().first().value<TicketIssued>();
    QJsonObject recorded;
    m_observer->waitForLine(
        [&](const QJsonObject &line) {
            const QJsonObject event = line.value(QStringLiteral("event")).toObject();
            if (event.value(QStringLiteral("type")) != QLatin1String("TicketIssued") ||
                event.value(QStringLiteral("ticket")).toInteger() != ticket.ticket)
                return false;
            recorded = event;
            return true;
        },
        5000);
    return recorded;
}

void TestKioskPrint::thePrintedTicketSaysWhatTheServerRecorded_data()
{
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("aheadPattern");
    QTest::addColumn<QString>("waitPattern");
    QTest::newRow("80mm-en") << 80 << "en"
                             << "Cash and payments"
                             << "People ahead of you: (\\d+)"
                             << "Estimated wait: (?:up to |\\d+–)(\\d+) min";
    QTest::newRow("58mm-zh_CN") << 58 << "zh_CN" << QString::fromUtf8("现金与付款")
                                << QString::fromUtf8("您前面还有 (\\d+) 人")
                                << QString::fromUtf8("预计等候：(?:最多 |\\d+–)(\\d+) 分钟");
}

void TestKioskPrint::thePrintedTicketSaysWhatTheServerRecorded()
{
    QFETCH(int, widthMm);
    QFETCH(QString, language);
    QFETCH(QString, service);
    QFETCH(QString, aheadPattern);
    QFETCH(QString, waitPattern);
    KioskSettings settings;
    TicketPrinter printer(QStringLiteral("TesseraPDF"), widthMm, QStringLiteral("Thank you for waiting"));
    KioskWindow kiosk(*m_client, m_clock, settings, &printer);
    kiosk.resize(1920, 1080);
    kiosk.show();
    const QStringList before = m_pdfDir.entryList({QStringLiteral("*.pdf")}, QDir::Files);

    const QJsonObject recorded = takeTicket(kiosk, language);
    QVERIFY2(!recorded.isEmpty(), "the server recorded no ticket for the kiosk");
    const QString label = recorded.value(QStringLiteral("label")).toString();
    if (language == QLatin1String("en"))
        QTRY_COMPARE(textOf(&kiosk, QStringLiteral("paper")), QStringLiteral("Please take your ticket below."));
    const QString pdf = waitForPdf(m_pdfDir, before, label);
    QVERIFY2(!pdf.isEmpty(), qPrintable(QStringLiteral("no PDF for %1 appeared in %2").arg(label, m_pdfDir.path())));

    // The paper is as wide as the roll: PDF points are 1/72 inch.
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QVERIFY2(qAbs(size.captured(1).toDouble() * 25.4 / 72 - widthMm) < 1, qPrintable(info));

    // NFKC: text extraction gives some ideographs as their look-alike Kangxi radicals (⾦ for 金).
    const auto plain = [](const QString &text) {
        return text.normalized(QString::NormalizationForm_KC);
    };
    const QString text = plain(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    QVERIFY2(text.contains(label), qPrintable(text));
    QVERIFY2(text.contains(plain(service)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Northbank, Riga Centre")) || language != QLatin1String("en"),
             qPrintable(text));
    const int estimate = recorded.value(QStringLiteral("estimatedWaitSeconds")).toInt();
    QVERIFY2(estimate > 0, "with customers ahead the server gives an estimate");
    const PrintedWait printed = WaitEstimator::printed(recorded.value(QStringLiteral("estimateLowSeconds")).toInt(),
                                                       recorded.value(QStringLiteral("estimateHighSeconds")).toInt());
    const auto numberAfter = [&](const QString &pattern) {
        const auto match = QRegularExpression(plain(pattern)).match(text);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    QCOMPARE(numberAfter(aheadPattern), recorded.value(QStringLiteral("peopleAhead")).toInt());
    // The top of the range the ticket printed, as the server recorded it.
    QCOMPARE(numberAfter(waitPattern), printed.highMinutes);
    QVERIFY2(text.contains(QStringLiteral("Thank you for waiting")), qPrintable(text));

    // The QR code, scanned from the page as a printer would put it on paper.
    const QString png = QDir(qEnvironmentVariable("TESSERA_SCREENSHOTS", QDir::tempPath()))
                            .filePath(QStringLiteral("printed-%1mm-%2").arg(widthMm).arg(language));
    QDir().mkpath(QFileInfo(png).path());
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("203"), QStringLiteral("-singlefile"), pdf, png});
    const QString scanned =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png + QStringLiteral(".png")})
            .trimmed();
    const QString expected = QStringLiteral("tessera:ticket?branch=test-branch&day=%1&label=%2&id=%3")
                                 .arg(m_client->state().businessDay().toString(Qt::ISODate), label)
                                 .arg(recorded.value(QStringLiteral("ticket")).toInteger());
    QCOMPARE(scanned, expected);
    QFile::remove(pdf);
}

void TestKioskPrint::aTicketThatCannotBePrintedStaysValidAndStaffAreTold_data()
{
    QTest::addColumn<QString>("printerName");
    QTest::addColumn<QString>("reason");
    QTest::newRow("stopped (out of paper)") << "TesseraPDF-Stopped"
                                            << "printer \"TesseraPDF-Stopped\" is stopped or failing";
    QTest::newRow("no such printer") << "TM-T88-lobby"
                                     << "there is no printer \"TM-T88-lobby\"";
}

void TestKioskPrint::aTicketThatCannotBePrintedStaysValidAndStaffAreTold()
{
    QFETCH(QString, printerName);
    QFETCH(QString, reason);
    KioskSettings settings;
    TicketPrinter printer(printerName, 80, QString());
    KioskWindow kiosk(*m_client, m_clock, settings, &printer);
    kiosk.resize(1920, 1080);
    kiosk.show();

    const QJsonObject recorded = takeTicket(kiosk, QStringLiteral("en"));
    QVERIFY(!recorded.isEmpty());
    const QString label = recorded.value(QStringLiteral("label")).toString();
    // The customer is told, and shown the number to remember.
    QCOMPARE(kiosk.currentScreen()->objectName(), QStringLiteral("ticketScreen"));
    QCOMPARE(textOf(&kiosk, QStringLiteral("number")), label);
    // This branch has no web pages: no code to scan on the screen.
    QVERIFY(!find<QWidget>(&kiosk, QStringLiteral("ticketQr"))->isVisible());
    QTRY_COMPARE(textOf(&kiosk, QStringLiteral("paper")),
                 QStringLiteral("The ticket could not be printed. Please remember your number: %1. "
                                "Your place in the queue is kept.")
                     .arg(label));
    screenshot(&kiosk, QStringLiteral("print-failed-1920x1080-en"));
    // Staff are told why, through the server; the ticket is still in the queue.
    const TicketId id = recorded.value(QStringLiteral("ticket")).toInteger();
    QVERIFY(m_observer->waitForLine(
        [&](const QJsonObject &line) {
            const QJsonObject event = line.value(QStringLiteral("event")).toObject();
            return event.value(QStringLiteral("type")) == QLatin1String("TicketPrintFailed") &&
                   event.value(QStringLiteral("ticket")).toInteger() == id &&
                   event.value(QStringLiteral("reason")).toString() == reason;
        },
        5000));
    QTRY_COMPARE(m_client->state().ticket(id)->printFailure, reason);
    QCOMPARE(m_client->state().ticket(id)->status, TicketStatus::Waiting);
}

QTEST_MAIN(TestKioskPrint)
#include "TestKioskPrint.moc"
