// Prints the lobby display's figures, one "name: value" per line. Not a pass/fail test.
// A real display window (offscreen, 1920x1080) with its Announcer playing into a private
// PulseAudio, against a real tessera-server; a teller station calls, one call at a time.
//   display_call_to_screen_p50_ms / _p99_ms  from the server's TicketCalled event (its
//                                            timestamp) to the display having painted the number
//   display_call_to_chime_p50_ms / _p99_ms   from the same event to the chime being handed to
//                                            the audio output
//   display_audio_buffer_ms                  the output's buffer, which the chime then plays through
//   display_rss_mb                           the display's peak resident memory (VmHWM)
// Usage: tessera-bench-display [calls]; TESSERA_SERVER and TESSERA_TOOL name the binaries.

#include "Announcer.h"
#include "DisplayHarness.h"
#include "GuiBench.h"
#include "Pcm.h"
#include "PeakMemory.h"
#include "PrivateSoundServer.h"

#include <QApplication>

using namespace tessera;
using namespace tessera::test;
using tessera::bench::PaintWatch;
using tessera::bench::percentile;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int calls = argc > 1 ? std::atoi(argv[1]) : 10; // each waits out its announcement (~8 s)
    PrivateSoundServer sound;
    if (!sound.start())
        qFatal("%s", qPrintable(sound.error()));

    // Announced in English, from the recorded voice pack.
    QJsonObject config = withNumbersUpTo(kioskConfig(), 9999);
    config.insert(QStringLiteral("announcements"),
                  QJsonObject{{QStringLiteral("voices"),
                               QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}}}}});
    ServerProcess server(config);
    if (!server.start())
        qFatal("the server did not start: %s", qPrintable(server.log()));
    ToolStation kiosk(server, QStringLiteral("kiosk"), QStringLiteral("kiosk-entrance"));
    ToolStation teller(server, QStringLiteral("teller"), QStringLiteral("counter-1"));
    if (!kiosk.waitOnline() || !teller.waitOnline())
        qFatal("the stations did not join");
    teller.request(QStringLiteral("login t1 pw-t1"));
    teller.request(QStringLiteral("LogIn {\"teller\":\"t1\",\"password\":\"pw-t1\",\"counter\":1}"));
    teller.request(QStringLiteral("OpenCounter {\"counter\":1}"));
    for (int i = 0; i < calls + 2; ++i)
        kiosk.send(QStringLiteral("IssueTicket {\"service\":\"cash\"}"));

    const SystemClock clock;
    DisplaySettings settings;
    settings.callSeconds = 1;
    DisplayStation lobby(server, QStringLiteral("lobby"), clock, settings);
    display::Announcer announcer(lobby.client->state(), lobby.settings);
    lobby.board->setAnnouncing(true);
    QObject::connect(lobby.board.get(), &CallBoard::mainCallStarted, &announcer, &display::Announcer::announce);
    QObject::connect(&announcer, &display::Announcer::finished, lobby.board.get(), &CallBoard::announced);
    if (!waitUntil([&] { return lobby.client->status() == BranchClient::Status::Online; }, 10000))
        qFatal("the display did not join");

    PaintWatch watch(lobby.window->findChild<QWidget *>(QStringLiteral("mainNumber")));
    TimestampMs eventAt = 0;
    QString label;
    QObject::connect(lobby.client.get(), &BranchClient::eventApplied, [&](const Event &event) {
        if (const auto *called = std::get_if<TicketCalled>(&event.payload)) {
            eventAt = event.at;
            label = lobby.client->state().ticket(called->ticket)->label;
        }
    });
    TimestampMs chimeAt = 0;
    QObject::connect(&announcer, &display::Announcer::chimeStarted,
                     [&] { chimeAt = QDateTime::currentMSecsSinceEpoch(); });

    QList<double> toScreen, toChime;
    for (int i = 0; i < calls + 2; ++i) {
        watch.painted = false;
        chimeAt = 0;
        const QString before = label;
        teller.send(QStringLiteral("StartService {\"counter\":1}"));
        teller.send(QStringLiteral("CallNext {\"counter\":1}"));
        if (!waitUntil([&] { return label != before && lobby.mainNumber() == label && watch.painted; }, 10000))
            qFatal("call %d did not reach the screen (label %s, shown %s, painted %d, pending %d)", i + 1,
                   qPrintable(label), qPrintable(lobby.mainNumber()), int(watch.painted), lobby.board->pending());
        const TimestampMs paintedAt = QDateTime::currentMSecsSinceEpoch();
        if (!waitUntil([&] { return chimeAt != 0; }, 10000))
            qFatal("call %d was not announced", i + 1);
        if (i >= 2) { // the first calls load the voice pack and warm up
            toScreen << double(paintedAt - eventAt);
            toChime << double(chimeAt - eventAt);
        }
        waitUntil([&] { return !announcer.isBusy() && lobby.board->pending() == 0; }, 60000);
    }
    std::printf("display_calls: %d\n", calls);
    std::printf("display_call_to_screen_p50_ms: %.0f\n", percentile(toScreen, 0.5));
    std::printf("display_call_to_screen_p99_ms: %.0f\n", percentile(toScreen, 0.99));
    std::printf("display_call_to_chime_p50_ms: %.0f\n", percentile(toChime, 0.5));
    std::printf("display_call_to_chime_p99_ms: %.0f\n", percentile(toChime, 0.99));
    std::printf("display_audio_buffer_ms: %d\n", announcer.outputBufferMs());
    std::printf("display_rss_mb: %.1f\n", peakRssMb());
    return 0;
}
