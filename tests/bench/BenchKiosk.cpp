// Prints the kiosk's figures, one "name: value" per line. Not a pass/fail test.
// Drives the real kiosk widgets (offscreen, 1920x1080) against a real tessera-server on
// loopback, the way a customer does: tap a service, tap "no priority", see the number.
//   kiosk_tap_to_ticket_p50_ms / _p99_ms  from the tap that asks for the ticket to the
//                                         confirmation screen having painted the server's
//                                         number (the server's durable commit included)
//   kiosk_print_ms                        time to hand one ticket to the print queue (CUPS),
//                                         when scripts/pdf-printer.sh's queue exists; the
//                                         kiosk does this after the number is on screen
//   kiosk_rss_mb                          the kiosk's peak resident memory (VmHWM) after
//                                         all the tickets
// Usage: tessera-bench-kiosk [tickets]; TESSERA_SERVER names the server binary.

#include "GuiBench.h"
#include "KioskHarness.h"
#include "PeakMemory.h"
#include "TicketPrinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPrinterInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tessera;
using namespace tessera::kiosk;
using namespace tessera::test;
using tessera::bench::PaintWatch;
using tessera::bench::percentile;

namespace {

// The real printer, timed.
class TimedPrinter : public TicketPrinter
{
public:
    using TicketPrinter::TicketPrinter;
    mutable QList<double> millis; // written on the print thread, read once it is idle

    std::optional<QString> print(const TicketPaper &paper) const override
    {
        QElapsedTimer timer;
        timer.start();
        auto result = TicketPrinter::print(paper);
        millis.append(timer.nsecsElapsed() / 1e6);
        return result;
    }
};

// Takes `count` tickets; returns each tap-to-number time in ms.
QList<double> takeTickets(KioskWindow &kiosk, int count)
{
    QList<double> millis;
    PaintWatch watch(kiosk.findChild<QWidget *>(QStringLiteral("number")));
    for (int i = 0; i < count; ++i) {
        QTest::mouseClick(find(&kiosk, QStringLiteral("service-cash")), Qt::LeftButton);
        QAbstractButton *standard = find(&kiosk, QStringLiteral("priority-none"));
        watch.painted = false;
        QSignalSpy shown(&kiosk, &KioskWindow::ticketShown);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(standard, Qt::LeftButton);
        if (!waitUntil([&] { return !shown.isEmpty() && watch.painted; }, 10000))
            qFatal("ticket %d was not shown", i + 1);
        millis.append(timer.nsecsElapsed() / 1e6);
        QTest::mouseClick(find(&kiosk, QStringLiteral("done")), Qt::LeftButton);
    }
    return millis;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tickets = argc > 1 ? std::atoi(argv[1]) : 300;

    ServerProcess server(kioskConfig());
    if (!server.start())
        qFatal("the server did not start: %s", qPrintable(server.log()));
    BranchClient client(stationSettings(server, QStringLiteral("kiosk-bench")));
    client.start();
    if (!waitUntil([&] { return client.status() == BranchClient::Status::Online; }, 10000))
        qFatal("the kiosk did not join the server");
    const SystemClock clock;
    KioskSettings settings;

    {
        KioskWindow kiosk(client, clock, settings, nullptr);
        kiosk.resize(1920, 1080);
        kiosk.show();
        takeTickets(kiosk, 10); // warm up: fonts, first paints
        const QList<double> millis = takeTickets(kiosk, tickets);
        std::printf("kiosk_tickets: %d\n", tickets);
        std::printf("kiosk_tap_to_ticket_p50_ms: %.2f\n", percentile(millis, 0.5));
        std::printf("kiosk_tap_to_ticket_p99_ms: %.2f\n", percentile(millis, 0.99));
    }
    if (!QPrinterInfo::printerInfo(QStringLiteral("TesseraPDF")).isNull()) {
        const QDir pdfs(QDir::home().filePath(QStringLiteral("PDF")));
        const QStringList before = pdfs.entryList({QStringLiteral("*.pdf")}, QDir::Files);
        TimedPrinter printer(QStringLiteral("TesseraPDF"), 80, QStringLiteral("Thank you for waiting"));
        QList<double> millis;
        {
            KioskWindow kiosk(client, clock, settings, &printer);
            kiosk.resize(1920, 1080);
            kiosk.show();
            millis = takeTickets(kiosk, 20);
        } // waits for the print thread
        std::printf("kiosk_tap_to_ticket_printing_p50_ms: %.2f\n", percentile(millis, 0.5));
        std::printf("kiosk_print_ms: %.2f\n", percentile(printer.millis, 0.5));
        // The paper is not the point here: clear away the PDFs once CUPS has written them.
        const auto printed = [&] {
            QStringList now = pdfs.entryList({QStringLiteral("*.pdf")}, QDir::Files);
            now.removeIf([&](const QString &name) { return before.contains(name); });
            return now;
        };
        waitUntil([&] { return printed().size() >= printer.millis.size(); }, 60000);
        QThread::msleep(500); // the last one may still be being written
        for (const QString &name : printed())
            QFile::remove(pdfs.filePath(name));
    } else {
        std::printf("kiosk_print_ms: not measured (no TesseraPDF queue; run scripts/pdf-printer.sh)\n");
    }
    std::printf("kiosk_rss_mb: %.1f\n", peakRssMb());
    return 0;
}
