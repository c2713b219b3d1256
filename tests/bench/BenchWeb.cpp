// tessera-bench-web: the customers' web pages under load, against a real tessera-server.
//
// - web_event_to_page_p99_ms: 1,000 ticket pages hold their event streams open; a teller calls
//   the tickets one by one, and each call is timed from the teller's command to the called
//   ticket's own page receiving "called" (every other page hears its new place meanwhile).
// - web_status_requests_per_s: ticket status requests on 20 kept-alive connections.
// - web_booking_per_s: bookings on 20 connections, each a new customer and slot.
//   Both loads run in a child process at the web front's priority (nice 10), as ServerRunner
//   puts the web front below the stations.
// - web_server_rss_mb: the server's memory with the 1,000 pages open.
// - station_command_quiet_p50_ms / _p99_ms, then station_command_web_load_p50_ms / _p99_ms: a
//   kiosk's IssueTicket, acknowledged after commit, one after another, first with no web page
//   open, then with the 1,000 pages open while the status requests flood in: whether the
//   stations slow down when the customers' phones are busy.
// Pages come from 127.0.0.1 to 127.0.0.10, as phones come from many addresses.
#include "LiveBranch.h"
#include "PeakMemory.h"
#include "Percentile.h"
#include "net/BranchClient.h"
#include "web/TicketLinks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslSocket>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace tessera;
using namespace tessera::test;
using tessera::bench::percentile;

namespace {

constexpr int kPages = 1000;
constexpr int kCalls = 200;
constexpr int kAddresses = 10;

// One browser connection: requests out, answers (or a stream's events) in.
struct Page
{
    std::unique_ptr<QSslSocket> socket = std::make_unique<QSslSocket>();
    QByteArray received;
    QString label;
    bool calledSeen = false;
    bool streaming = false; // its first status event came
    int answers = 0;

    void open(quint16 port, int index)
    {
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(1 + index % kAddresses)));
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }
};

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: bench\r\n\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: bench\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

// How many whole answers (by Content-Length) `bytes` holds; they are removed.
int takeAnswers(QByteArray &bytes, int *created = nullptr)
{
    int count = 0;
    for (;;) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return count;
        const qsizetype at = bytes.indexOf("Content-Length: ");
        const qsizetype length = bytes.mid(at + 16, bytes.indexOf('\r', at) - at - 16).toLongLong();
        if (bytes.size() < end + 4 + length)
            return count;
        if (created && bytes.startsWith("HTTP/1.1 201"))
            ++*created;
        bytes.remove(0, end + 4 + length);
        ++count;
    }
}

QJsonObject webConfig()
{
    QJsonObject config = baseConfig();
    QJsonArray services = config.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject service = services[i].toObject();
        service.insert(QStringLiteral("webJoin"), true);
        service.insert(QStringLiteral("webBooking"), true);
        service.insert(QStringLiteral("numbers"),
                       QJsonObject{{QStringLiteral("first"), 1}, {QStringLiteral("last"), 9999}});
        service.remove(QStringLiteral("openingHours"));
        services[i] = service;
    }
    config.insert(QStringLiteral("services"), services);
    config.insert(QStringLiteral("appointments"), QJsonObject{{QStringLiteral("perCounter"), 0}});
    config.insert(QStringLiteral("web"), QJsonObject{{QStringLiteral("publicUrl"), QStringLiteral("https://127.0.0.1")},
                                                     {QStringLiteral("bookingsPerAddressPerDay"), 1000},
                                                     {QStringLiteral("bookingsPerPhonePerDay"), 50}});
    return config;
}

// Runs the event loop until `done` holds, looking after every event that woke it (LiveBranch's
// waitUntil looks every 5 ms, which would round the latencies measured here up to its poll).
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QTimer tick; // wakes the loop to look at the clock when nothing else comes
    tick.start(qBound(1, timeoutMs, 50));
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Runs `command` for a station and waits for its answer; fatal if it is refused.
CommandResult must(BranchClient &station, const Command &command)
{
    std::optional<CommandResult> answer;
    station.send(command, [&](const CommandResult &result) { answer = result; });
    if (!runUntil([&] { return answer.has_value(); }, 15000) || !*answer)
        qFatal("a station's command failed: %s", answer ? qPrintable(answer->error().message) : "no answer");
    return *answer;
}

// Closed-loop requests on `connections` kept-alive connections for `seconds`; answers per second
// (and how many of them were 201 Created, in `created`).
double closedLoop(quint16 port, int connections, double seconds, const std::function<QByteArray(int)> &request,
                  int *created = nullptr, const std::function<void()> &started = {})
{
    std::vector<Page> pages(connections);
    for (int i = 0; i < connections; ++i)
        pages[i].open(port, i);
    if (!waitUntil(
            [&] {
                return std::all_of(pages.begin(), pages.end(), [](const Page &p) { return p.socket->isEncrypted(); });
            },
            10000))
        qFatal("the load connections did not open");
    if (started)
        started();
    int sent = 0;
    int answered = 0;
    QElapsedTimer timer;
    timer.start();
    bool running = true;
    for (Page &page : pages) {
        QObject::connect(page.socket.get(), &QSslSocket::readyRead, [&, p = &page] {
            p->received += p->socket->readAll();
            const int got = takeAnswers(p->received, created);
            answered += got;
            for (int i = 0; i < got && running; ++i)
                p->socket->write(request(sent++));
        });
        page.socket->write(request(sent++));
    }
    waitUntil([&] { return timer.elapsed() >= seconds * 1000; }, int(seconds * 1000) + 1000);
    running = false;
    const double elapsed = timer.nsecsElapsed() / 1e9;
    return answered / elapsed;
}

// A kiosk's IssueTicket (loans: no counter the benchmark's teller works at calls them), one after
// another with a customer's pause between, for `seconds`: the round trips in milliseconds.
QList<double> stationRoundTrips(BranchClient &kiosk, double seconds)
{
    QList<double> millis;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < seconds * 1000) {
        QElapsedTimer timer;
        timer.start();
        must(kiosk, IssueTicket{QStringLiteral("loans"), PriorityClass::Normal, {}});
        millis.append(timer.nsecsElapsed() / 1e6);
        runUntil([] { return false; }, 5);
    }
    return millis;
}

// A flood of status requests, or of bookings, in a process of its own (phones are not in the
// server's process either), run at the web front's own lower priority so that neither is favoured
// for the CPU they share here: "started" once its connections are open, then its figures.
int webLoad(const QByteArray &kind, quint16 port, const QByteArray &statusPath, double seconds)
{
    const auto started = [] {
        std::printf("started\n");
        std::fflush(stdout);
    };
    if (kind == "status") {
        std::printf("%.0f\n", closedLoop(
                                  port, 20, seconds, [&](int) { return get(statusPath); }, nullptr, started));
        return 0;
    }
    const TimestampMs firstSlot = (QDateTime::currentMSecsSinceEpoch() / 3600000 + 48) * 3600000;
    int booked = 0;
    const double perSecond = closedLoop(
        port, 20, seconds,
        [&](int n) {
            const QJsonObject body{
                {QStringLiteral("service"), QStringLiteral("accounts")},
                {QStringLiteral("start"), firstSlot + qint64(n % 500) * 15 * 60000},
                {QStringLiteral("name"), QStringLiteral("Customer %1").arg(n)},
                {QStringLiteral("phone"), QStringLiteral("+371 2%1").arg(n, 7, 10, QLatin1Char('0'))}};
            return post("/api/appointments", QJsonDocument(body).toJson(QJsonDocument::Compact));
        },
        &booked, started);
    std::printf("%.0f (%d booked)\n", perSecond, booked);
    return 0;
}

// Starts webLoad() in a child process; returns once its connections are open.
void startWebLoad(QProcess &load, const QString &kind, quint16 port, const QByteArray &statusPath, int seconds)
{
    load.start(QStringLiteral("nice"),
               {QStringLiteral("-n"), QStringLiteral("10"), QCoreApplication::applicationFilePath(),
                QStringLiteral("--web-load"), kind, QString::number(port), QString::fromLatin1(statusPath),
                QString::number(seconds)});
    if (!runUntil([&] { return load.canReadLine() || load.state() == QProcess::NotRunning; }, 20000) ||
        load.readLine().trimmed() != "started")
        qFatal("the %s load did not start: %s", qPrintable(kind), load.readAllStandardError().constData());
}

// What the load printed when it was done.
QByteArray finishWebLoad(QProcess &load)
{
    if (!load.waitForFinished(30000) || load.exitCode() != 0)
        qFatal("the web load did not finish: %s", load.readAllStandardError().constData());
    return load.readAllStandardOutput().trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--web-load") == 0)
        return webLoad(argv[2], quint16(QByteArray(argv[3]).toUInt()), argv[4], QByteArray(argv[5]).toDouble());
    ServerProcess server(webConfig());
    const QString dir = QFileInfo(server.configPath()).path();
    const QString cert = dir + QStringLiteral("/web.crt");
    const QString key = dir + QStringLiteral("/web.key");
    if (QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}) != 0)
        qFatal("openssl could not make the web certificate");
    const quint16 webPort = freeLoopbackPort();
    server.extraArguments = {QStringLiteral("--web-certificate"), cert,
                             QStringLiteral("--web-key"),         key,
                             QStringLiteral("--web-port"),        QString::number(webPort),
                             QStringLiteral("--web-http-port"),   QStringLiteral("0")};
    if (!server.start())
        qFatal("the server did not start: %s", qPrintable(server.log()));

    // The tickets, from a kiosk; their pages' links made as the kiosk's QR codes are.
    BranchClient kiosk(stationSettings(server, QStringLiteral("kiosk-bench"), StationRole::Kiosk));
    BranchClient teller(stationSettings(server, QStringLiteral("teller-bench"), StationRole::Teller));
    kiosk.start();
    teller.start();
    if (!waitUntil(
            [&] {
                return kiosk.status() == BranchClient::Status::Online &&
                       teller.status() == BranchClient::Status::Online;
            },
            10000))
        qFatal("the stations did not join the server");
    const QList<double> quiet = stationRoundTrips(kiosk, 3.0);
    const TicketLinks links(BranchKey::fromFile(server.keyFile()).value(), QStringLiteral("test-branch"));
    std::vector<Page> pages(kPages);
    QHash<QString, Page *> byLabel;
    QElapsedTimer opening;
    opening.start();
    for (int i = 0; i < kPages; ++i) {
        const CommandResult issued = must(kiosk, IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}});
        const auto &ticket = std::get<TicketIssued>(issued.value().first().payload);
        pages[i].label = ticket.label;
        byLabel.insert(ticket.label, &pages[i]);
        const QString token = links.tokenFor(ticket.ticket, kiosk.state().businessDay());
        pages[i].open(webPort, i);
        QObject::connect(pages[i].socket.get(), &QSslSocket::encrypted, [p = &pages[i], token] {
            p->socket->write(get("/api/tickets/" + token.toLatin1() + "/events"));
        });
    }
    int streams = 0;
    for (Page &page : pages) {
        QObject::connect(page.socket.get(), &QSslSocket::readyRead, [&, p = &page] {
            const QByteArray bytes = p->socket->readAll();
            p->received = (p->received + bytes).right(4096);
            if (!p->streaming && p->received.contains("event: status")) {
                p->streaming = true;
                ++streams;
            }
            if (!p->calledSeen && bytes.contains("\"status\":\"called\""))
                p->calledSeen = true;
        });
    }
    if (!waitUntil([&] { return streams == kPages; }, 60000)) {
        for (const Page &page : pages) {
            if (!page.received.contains("event: status"))
                std::fprintf(stderr, "%s: %s, %s\n", qPrintable(page.label), qPrintable(page.socket->errorString()),
                             page.received.left(200).constData());
        }
        qFatal("only %d of %d ticket pages opened their event streams", streams, kPages);
    }
    std::printf("web_pages_open: %d (in %.1f s, with the tickets)\n", kPages, opening.elapsed() / 1000.0);
    std::printf("web_server_rss_mb: %.1f\n", rssMb(QString::number(server.pid())));

    bool authenticated = false;
    teller.logIn(QStringLiteral("t1"), QStringLiteral("pw-t1"),
                 [&](const auto &result) { authenticated = result.hasValue(); });
    if (!waitUntil([&] { return authenticated; }, 10000))
        qFatal("the teller could not log in");
    must(teller, LogIn{QStringLiteral("t1"), QStringLiteral("pw-t1"), 1});
    must(teller, OpenCounter{1});
    QList<double> millis;
    for (int i = 0; i < kCalls; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CommandResult called = must(teller, CallNext{1});
        const auto &call = std::get<TicketCalled>(called.value().first().payload);
        const Ticket *ticket = teller.state().ticket(call.ticket);
        Page *page = ticket ? byLabel.value(ticket->label) : nullptr;
        if (!page)
            qFatal("called a ticket without a page");
        if (!runUntil([&] { return page->calledSeen; }, 10000))
            qFatal("the page of %s did not hear its call", qPrintable(page->label));
        millis.append(timer.nsecsElapsed() / 1e6);
        must(teller, FinishTicket{1, {}, {}});
    }
    std::printf("web_event_to_page_p50_ms: %.2f\n", percentile(millis, 0.5));
    std::printf("web_event_to_page_p99_ms: %.2f\n", percentile(millis, 0.99));
    std::printf("web_server_rss_after_calls_mb: %.1f\n", rssMb(QString::number(server.pid())));

    const QByteArray statusPath =
        "/api/tickets/" + links.tokenFor(teller.state().lastTicketId(), teller.state().businessDay()).toLatin1();

    // The stations beside the phones: the same kiosk, with no page open (above), then with the
    // 1,000 pages open and status requests flooding in.
    QProcess load;
    startWebLoad(load, QStringLiteral("status"), webPort, statusPath, 3);
    std::printf("web_status_requests_per_s: %s\n", finishWebLoad(load).constData());
    startWebLoad(load, QStringLiteral("status"), webPort, statusPath, 4);
    const QList<double> loaded = stationRoundTrips(kiosk, 3.0);
    std::printf("web_status_requests_per_s_beside_stations: %s\n", finishWebLoad(load).constData());
    std::printf("station_command_quiet_p50_ms: %.2f\n", percentile(quiet, 0.5));
    std::printf("station_command_quiet_p99_ms: %.2f\n", percentile(quiet, 0.99));
    std::printf("station_command_web_load_p50_ms: %.2f (%lld commands)\n", percentile(loaded, 0.5),
                qlonglong(loaded.size()));
    std::printf("station_command_web_load_p99_ms: %.2f\n", percentile(loaded, 0.99));

    startWebLoad(load, QStringLiteral("booking"), webPort, statusPath, 3);
    std::printf("web_booking_per_s: %s\n", finishWebLoad(load).constData());
    return 0;
}
