// The web front's bad-input and security rules, each over a real HTTPS connection to a WebFront
// on a real QueueHost: what a wrong request gets back, and that nothing else changed.
#include "TestBranch.h"
#include "host/QueueHost.h"
#include "net/StationPermissions.h"
#include "web/HttpMessage.h"
#include "web/TicketLinks.h"
#include "web/WebFront.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace tessera;
using namespace tessera::test;

namespace {

// One HTTPS connection as a browser or an attacker would hold it: raw bytes in, the answers out.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the test's own certificate
        QObject::connect(&m_socket, &QSslSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QSslSocket::disconnected, [this] { m_closed = true; });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }
    bool waitEncrypted()
    {
        return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_closed; }, 5000) && !m_closed;
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool closed() const { return m_closed; }
    bool waitClosed(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return m_closed; }, ms);
    }

    struct Answer
    {
        int status = 0;
        QByteArray head;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    // The next whole answer (by its Content-Length), or status 0 when none came in time.
    Answer next(int ms = 5000)
    {
        Answer answer;
        (void)QTest::qWaitFor([&] { return take(answer) || m_closed; }, ms);
        if (answer.status == 0)
            take(answer);
        return answer;
    }

private:
    bool take(Answer &answer)
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = m_received.left(end);
        const qsizetype at = head.toLower().indexOf("content-length: ");
        const qsizetype length = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
        if (m_received.size() < end + 4 + length)
            return false;
        answer.head = head;
        answer.status = head.mid(9, 3).toInt();
        answer.body = m_received.mid(end + 4, length);
        m_received.remove(0, end + 4 + length);
        return true;
    }

    QSslSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
}

} // namespace

class TestWebFront : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{mondayMorning() + 60 * 60 * 1000}; // Monday 10:00 Riga
    std::unique_ptr<QueueHost> m_host;
    BranchKey m_key = BranchKey::generate();
    std::shared_ptr<const ServerTlsContext> m_tls;
    std::unique_ptr<WebFront> m_web;
    WebFront::Settings m_settings;
    // Commands reach the engine at once, unless held (to fill the web front's in-flight limit).
    bool m_hold = false;
    QList<std::function<void()>> m_held;

    void startWeb()
    {
        m_web.reset();
        m_web = std::make_unique<WebFront>(
            m_host->state(), m_key, m_tls, m_settings, m_clock,
            [this](const QString &id, const Command &command, std::function<void(const CommandResult &)> answer) {
                auto run = [this, id, command, answer] {
                    // As BranchServer does it: the web role's permissions, then the engine.
                    const auto asCustomer = [command](qsizetype, const QueueState &state) {
                        return StationPermissions::check(StationIdentity{StationRole::Web, {}, {}}, command, state);
                    };
                    answer(m_host->submit({command}, QStringList{id}, asCustomer).first());
                };
                if (m_hold)
                    m_held.append(run);
                else
                    QMetaObject::invokeMethod(m_web.get(), run, Qt::QueuedConnection);
            });
        m_host->setCommitListener([this](const QList<Event> &events) { m_web->apply(events); });
        QVERIFY(!m_web->listen(QHostAddress::LocalHost, 0));
    }

    Seq lastSeq() const { return m_host->state().lastSeq(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString cert = m_dir.filePath(QStringLiteral("web.crt"));
        const QString key = m_dir.filePath(QStringLiteral("web.key"));
        QCOMPARE(
            QProcess::execute(QStringLiteral("openssl"),
                              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                               QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                               QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}),
            0);
        QString error;
        m_tls = ServerTlsContext::forCertificate(cert, key, &error);
        QVERIFY2(m_tls, qPrintable(error));
        QVERIFY(!ServerTlsContext::forCertificate(key, cert, &error));
        QVERIFY2(error.contains(QStringLiteral("web certificate")), qPrintable(error));

        QJsonObject config = baseConfig();
        QJsonArray services = config.value(QStringLiteral("services")).toArray();
        QJsonObject cash = services[0].toObject();
        cash.insert(QStringLiteral("webJoin"), true); // accounts and loans: kiosk only
        cash.insert(QStringLiteral("webBooking"), true);
        services[0] = cash;
        QJsonObject loans = services[2].toObject(); // weekdays 09-17
        loans.insert(QStringLiteral("webBooking"), true);
        services[2] = loans;
        config.insert(QStringLiteral("services"), services);
        config.insert(QStringLiteral("web"), QJsonObject{{QStringLiteral("bookingsPerPhonePerDay"), 1},
                                                         {QStringLiteral("bookingsPerAddressPerDay"), 3}});
        auto host = QueueHost::open(m_dir.filePath(QStringLiteral("journal.sqlite")), m_clock);
        QVERIFY(host);
        m_host = std::move(host).value();
        m_host->setLearning(QueueHost::Learning::Inline);
        QVERIFY(m_host->submit(ChangeConfig{toJson(config)}));
    }

    void init()
    {
        m_settings = {};
        m_settings.server.limits.requestTimeoutMs = 400;
        m_settings.server.limits.idleTimeoutMs = 400;
        m_hold = false;
        m_held.clear();
        startWeb();
    }

    // Takes a cash ticket through the API; its token.
    QString takeTicket(RawClient &client)
    {
        client.send(post("/api/tickets", R"({"service":"cash"})"));
        const RawClient::Answer answer = client.next();
        [&] {
            QCOMPARE(answer.status, 201);
        }();
        return answer.json().value(QStringLiteral("token")).toString();
    }

    void aTicketTakenOnTheWebIsAnOrdinaryTicket()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        const TicketId before = m_host->state().lastTicketId();
        const QString token = takeTicket(client);
        QCOMPARE(m_host->state().lastTicketId(), before + 1);
        const Ticket *ticket = m_host->state().ticket(before + 1);
        QVERIFY(ticket);
        QCOMPARE(ticket->priority, PriorityClass::Normal);
        const auto link = TicketLinks(m_key, QStringLiteral("test-branch")).read(token);
        QVERIFY(link);
        QCOMPARE(link->ticket, ticket->id);
        client.send(get("/api/tickets/" + token.toLatin1()));
        const RawClient::Answer status = client.next();
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(QStringLiteral("label")).toString(), ticket->label);
        QVERIFY(status.head.contains("Cache-Control: no-store"));
        QVERIFY(status.head.contains("Referrer-Policy: no-referrer"));
    }

    void aTicketPageLeaksNothingOfOtherCustomers()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        // Someone else's ticket, and a teller serving them.
        QVERIFY(m_host->submit(LogIn{QStringLiteral("t1"), QStringLiteral("pw-t1"), 1}));
        QVERIFY(m_host->submit(OpenCounter{1}));
        const auto other = m_host->submit(IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}});
        QVERIFY(other);
        const QString token = takeTicket(client);
        QVERIFY(m_host->submit(CallNext{1}));
        const QString otherLabel = m_host->state().ticket(m_host->state().counter(1)->current)->label;
        QTest::qWait(20);
        client.send(get("/api/tickets/" + token.toLatin1()));
        const RawClient::Answer answer = client.next();
        QCOMPARE(answer.status, 200);
        const QStringList keys = answer.json().keys();
        for (const QString &key : keys)
            QVERIFY2(QStringList({QStringLiteral("label"), QStringLiteral("service"), QStringLiteral("status"),
                                  QStringLiteral("day"), QStringLiteral("canLeave"), QStringLiteral("peopleAhead"),
                                  QStringLiteral("wait")})
                         .contains(key),
                     qPrintable(key));
        QVERIFY(!answer.body.contains(otherLabel.toUtf8()));
        QVERIFY(!answer.body.contains("t1"));
        // The page itself is the same static file for every ticket: nothing of anyone in it.
        client.send(get("/t/" + token.toLatin1()));
        const RawClient::Answer page = client.next();
        QCOMPARE(page.status, 200);
        QVERIFY(page.head.contains("text/html"));
        QVERIFY(page.head.contains("Content-Security-Policy: default-src 'self'"));
        QVERIFY(!page.body.contains(otherLabel.toUtf8()));
        QVERIFY(!page.body.contains(token.toLatin1()));
        QVERIFY(m_host->submit(FinishTicket{1, {}, {}}));
        QVERIFY(m_host->submit(CloseCounter{1}));
    }

    void badJsonAndWrongRequestsGetClearErrorsAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("malformed JSON") << post("/api/tickets", "{\"service\": ") << 400 << "not JSON";
        QTest::newRow("JSON not an object") << post("/api/tickets", "[1,2]") << 400 << "one JSON object";
        QTest::newRow("no service") << post("/api/tickets", "{}") << 422 << "Say which service";
        QTest::newRow("unknown service") << post("/api/tickets", R"({"service":"nope"})") << 404 << "no service";
        QTest::newRow("kiosk-only service")
            << post("/api/tickets", R"({"service":"accounts"})") << 403 << "does not take tickets on the web";
        QTest::newRow("bad request id") << post("/api/tickets", R"({"service":"cash","request":"<script>"})") << 422
                                        << "request";
        QTest::newRow("unknown API route") << get("/api/nothing") << 404 << "There is no";
        QTest::newRow("wrong method") << get("/api/tickets") << 405 << "Use POST";
        QTest::newRow("guessed token") << get("/api/tickets/AAAAAAAAAAAAAAAAAAAAAAAAAAA") << 404 << "not valid";
        QTest::newRow("path escape") << get("/static/../../etc/passwd") << 404 << "";
    }

    void badJsonAndWrongRequestsGetClearErrorsAndChangeNothing()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, says);
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        const Seq before = lastSeq();
        client.send(request);
        const RawClient::Answer answer = client.next();
        QCOMPARE(answer.status, status);
        QVERIFY2(QString::fromUtf8(answer.body).contains(says), answer.body.constData());
        QCOMPARE(lastSeq(), before);
        // The connection goes on serving.
        client.send(get("/api/branch"));
        QCOMPARE(client.next().status, 200);
    }

    void hugeAndChunkedBodiesAreRefusedBeforeTheyAreRead()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        const Seq before = lastSeq();
        client.send("POST /api/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n{");
        const RawClient::Answer answer = client.next();
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.body.contains("at most"));
        QVERIFY(client.waitClosed());

        RawClient chunked(m_web->port());
        QVERIFY(chunked.waitEncrypted());
        chunked.send("POST /api/tickets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{}");
        QCOMPARE(chunked.next().status, 411);

        RawClient headers(m_web->port());
        QVERIFY(headers.waitEncrypted());
        headers.send("GET / HTTP/1.1\r\nX-Junk: " + QByteArray(20000, 'a'));
        QCOMPARE(headers.next().status, 431);
        QCOMPARE(lastSeq(), before);
    }

    void slowClientsAreTimedOutAndTheirNumberIsBounded()
    {
        m_settings.server.maxConnectionsPerAddress = 3;
        startWeb();
        // A request that never finishes: 408, then closed.
        RawClient slow(m_web->port());
        QVERIFY(slow.waitEncrypted());
        slow.send("GET /api/branch HTTP/1.1\r\nHo");
        QCOMPARE(slow.next(3000).status, 408);
        QVERIFY(slow.waitClosed());
        // Idle connections hold a place only until their timeout.
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<RawClient>(m_web->port()));
            QVERIFY(idle.back()->waitEncrypted());
        }
        RawClient oneTooMany(m_web->port());
        QVERIFY(!oneTooMany.waitEncrypted());
        for (auto &client : idle)
            QVERIFY(client->waitClosed(3000));
        RawClient later(m_web->port());
        QVERIFY(later.waitEncrypted());
        later.send(get("/api/branch"));
        QCOMPARE(later.next().status, 200);
    }

    void aRequestSentByDripsGetsNoMoreTime()
    {
        RawClient slow(m_web->port());
        QVERIFY(slow.waitEncrypted());
        QElapsedTimer timer;
        timer.start();
        const QByteArray request = get("/api/branch");
        int sent = 0;
        // A byte every 150 ms against a 400 ms limit: the limit counts from the first byte.
        while (!slow.closed() && sent < request.size() - 1 && timer.elapsed() < 5000) {
            slow.send(request.mid(sent++, 1));
            QTest::qWait(150);
        }
        QVERIFY(slow.waitClosed(3000));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void leavingAfterTheCallIsRefused()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        QVERIFY(m_host->submit(LogIn{QStringLiteral("t2"), QStringLiteral("pw-t2"), 2}));
        QVERIFY(m_host->submit(OpenCounter{2}));
        while (m_host->state().service(QStringLiteral("cash")) &&
               !m_host->state().service(QStringLiteral("cash"))->waiting.empty())
            QVERIFY(m_host->submit(CancelTicket{
                m_host->state().ticket(m_host->state().service(QStringLiteral("cash"))->waiting.begin()->ticket)->label,
                {}}));
        const QString token = takeTicket(client);
        QVERIFY(m_host->submit(CallNext{2}));
        // Whatever the page last showed, the engine's state at that moment decides.
        client.send(post("/api/tickets/" + token.toLatin1() + "/leave", {}));
        QCOMPARE(client.next().status, 409);
        const TicketId id = TicketLinks(m_key, QStringLiteral("test-branch")).read(token)->ticket;
        QCOMPARE(m_host->state().ticket(id)->status, TicketStatus::Called);
        QVERIFY(m_host->submit(StartService{2}));
        QVERIFY(m_host->submit(FinishTicket{2, {}, {}}));
        QVERIFY(m_host->submit(CloseCounter{2}));
    }

    void aHandshakeThatNeverComesIsCut()
    {
        m_settings.server.handshakeTimeoutMs = 300;
        startWeb();
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, m_web->port());
        QVERIFY(plain.waitForConnected(2000));
        plain.write("GET / HTTP/1.1\r\n\r\n"); // HTTP on the HTTPS port: no TLS ever comes
        QVERIFY(QTest::qWaitFor([&] { return plain.state() == QAbstractSocket::UnconnectedState; }, 3000));
    }

    void theHttpPortOnlyRedirects()
    {
        m_web.reset();
        m_web = std::make_unique<WebFront>(m_host->state(), m_key, m_tls, m_settings, m_clock, WebFront::Submit{});
        QTcpServer probe; // a free port for the redirects
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 httpPort = probe.serverPort();
        probe.close();
        QVERIFY(!m_web->listen(QHostAddress::LocalHost, 0, httpPort));
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, httpPort);
        QVERIFY(plain.waitForConnected(2000));
        plain.write("POST /api/tickets HTTP/1.1\r\nHost: evil.example\"><x:1\r\nContent-Length: 2\r\n\r\n{}");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += plain.readAll();
                return answer.contains("\r\n\r\n");
            },
            3000));
        QVERIFY2(answer.startsWith("HTTP/1.1 301"), answer.constData());
        QVERIFY2(
            answer.contains(QStringLiteral("Location: https://localhost:%1/api/tickets").arg(m_web->port()).toLatin1()),
            answer.constData());
        startWeb();
    }

    void expiredAndForeignTokensAreRefused()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        const QString token = takeTicket(client);
        // Another branch's token for the same ticket id and day: not ours.
        const TicketLinks::Link link = *TicketLinks(m_key, QStringLiteral("test-branch")).read(token);
        const QString foreign =
            TicketLinks(BranchKey::generate(), QStringLiteral("test-branch")).tokenFor(link.ticket, link.businessDay);
        const QString otherBranch =
            TicketLinks(m_key, QStringLiteral("other-branch")).tokenFor(link.ticket, link.businessDay);
        for (const QString &bad : {foreign, otherBranch}) {
            client.send(get("/api/tickets/" + bad.toLatin1()));
            QCOMPARE(client.next().status, 404);
        }
        // The business day ends: yesterday's link is gone.
        m_clock.advanceMs(24 * 60 * 60 * 1000);
        QVERIFY(!m_host->tick());
        QTest::qWait(20);
        client.send(get("/api/tickets/" + token.toLatin1()));
        const RawClient::Answer answer = client.next();
        QCOMPARE(answer.status, 410);
        QVERIFY(answer.body.contains("earlier day"));
    }

    void aFloodIsToldToComeBackAndNeverQueuesAtTheEngine()
    {
        m_settings.maxCommandsInFlight = 2;
        startWeb();
        m_hold = true;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<RawClient>(m_web->port()));
            QVERIFY(clients.back()->waitEncrypted());
            clients.back()->send(post("/api/tickets", R"({"service":"cash"})"));
        }
        const RawClient::Answer busy = clients[2]->next();
        QCOMPARE(busy.status, 503);
        QVERIFY(busy.head.contains("Retry-After: 2"));
        QCOMPARE(m_held.size(), 2); // only two went on to the engine
        m_hold = false;
        for (const auto &run : std::as_const(m_held))
            run();
        QCOMPARE(clients[0]->next().status, 201);
        QCOMPARE(clients[1]->next().status, 201);
    }

    void oneAddressTakesOnlySoManyTicketsADay()
    {
        m_settings.ticketsPerAddressPerDay = 2;
        startWeb();
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        takeTicket(client);
        takeTicket(client);
        const Seq before = lastSeq();
        client.send(post("/api/tickets", R"({"service":"cash"})"));
        QCOMPARE(client.next().status, 429);
        QCOMPARE(lastSeq(), before);
    }

    void leavingCancelsOnlyAWaitingTicketOfItsOwn()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        const QString token = takeTicket(client);
        const TicketId id = TicketLinks(m_key, QStringLiteral("test-branch")).read(token)->ticket;
        client.send(post("/api/tickets/" + token.toLatin1() + "/leave", {}));
        const RawClient::Answer answer = client.next();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_host->state().ticket(id)->status, TicketStatus::Cancelled);
        client.send(post("/api/tickets/" + token.toLatin1() + "/leave", {}));
        QCOMPARE(client.next().status, 409); // already over: the engine refuses, nothing changes
    }

    void bookingsAreCheckedAndOneAddressMakesOnlySoManyADay()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        const TimestampMs tomorrowTen = mondayMorning() + 25 * 60 * 60 * 1000; // Tuesday 10:00 Riga
        auto booking = [&](const QString &name, const QString &phone, TimestampMs start) {
            return post("/api/appointments",
                        QJsonDocument(QJsonObject{{QStringLiteral("service"), QStringLiteral("accounts")},
                                                  {QStringLiteral("start"), start},
                                                  {QStringLiteral("name"), name},
                                                  {QStringLiteral("phone"), phone}})
                            .toJson(QJsonDocument::Compact));
        };
        const Seq before = lastSeq();
        // The shape of what a page sends is checked before anything is asked of the engine.
        client.send(booking(QString(81, QLatin1Char('x')), QStringLiteral("+371 2000 0000"), tomorrowTen));
        QCOMPARE(client.next().status, 422);
        client.send(booking(QStringLiteral("Ilze"), QStringLiteral("call me"), tomorrowTen));
        QCOMPARE(client.next().status, 422);
        // accounts is not bookable on the web in this branch: the web role is refused.
        client.send(booking(QStringLiteral("Ilze"), QStringLiteral("+371 2000 0000"), tomorrowTen));
        QCOMPARE(client.next().status, 403);
        QCOMPARE(lastSeq(), before);

        // A wrong code-and-phone pair is counted: guessing is cut off.
        m_settings.lookupsPerAddressPerDay = 3;
        startWeb();
        RawClient guesser(m_web->port());
        QVERIFY(guesser.waitEncrypted());
        for (int i = 0; i < 3; ++i) {
            guesser.send(post("/api/appointments/find", R"({"code":"123456","phone":"+371 2000 0000"})"));
            QCOMPARE(guesser.next().status, 404);
        }
        guesser.send(post("/api/appointments/find", R"({"code":"123457","phone":"+371 2000 0000"})"));
        QCOMPARE(guesser.next().status, 429);
    }

    void theBookingPageOffersOnlyTheDaysAServiceIsOpen()
    {
        RawClient client(m_web->port());
        QVERIFY(client.waitEncrypted());
        client.send(get("/api/branch"));
        const RawClient::Answer answer = client.next();
        QCOMPARE(answer.status, 200);
        QHash<QString, QJsonObject> services;
        for (const QJsonValue &service : answer.json().value(QStringLiteral("services")).toArray())
            services.insert(service[QStringLiteral("id")].toString(), service.toObject());
        QVERIFY(!services.value(QStringLiteral("accounts")).contains(QStringLiteral("bookingDays"))); // not bookable
        // Loans opens on weekdays; it is Monday 10:00, and the page books 14 days ahead: two
        // working weeks, today first (its afternoon is still to come).
        QStringList days;
        for (const QJsonValue &day : services.value(QStringLiteral("loans"))[QStringLiteral("bookingDays")].toArray())
            days.append(day.toString());
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone("Europe/Riga")).date();
        QCOMPARE(days.size(), 10);
        QCOMPARE(days.first(), today.toString(Qt::ISODate));
        for (const QString &day : days)
            QVERIFY2(QDate::fromString(day, Qt::ISODate).dayOfWeek() <= 5, qPrintable(day));
    }

    // "This number already has its bookings" tells that a number holds bookings: asking it
    // costs from the address's bookings, so nobody learns it of many numbers.
    void probingPhoneNumbersForBookingsIsBounded()
    {
        // 10:00 the day after the clock's (an earlier test moved it a day on); cash is open all day.
        const QDate next = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone("Europe/Riga")).date().addDays(1);
        const TimestampMs tomorrowTen = localMs(next.year(), next.month(), next.day(), 10, 0);
        const TimestampMs quarter = 15 * 60 * 1000;
        QStringList phones;
        for (int i = 0; i < 4; ++i) {
            phones << QStringLiteral("+371 2900 00%1").arg(i, 2, 10, QLatin1Char('0'));
            const CommandResult booked =
                m_host->submit(BookAppointment{QStringLiteral("cash"), tomorrowTen + i * quarter,
                                               QStringLiteral("Customer %1").arg(i), phones.last()});
            QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
        }
        const Seq before = lastSeq();
        RawClient prober(m_web->port());
        QVERIFY(prober.waitEncrypted());
        for (int i = 0; i < 4; ++i) {
            prober.send(post("/api/appointments",
                             QJsonDocument(QJsonObject{{QStringLiteral("service"), QStringLiteral("cash")},
                                                       {QStringLiteral("start"), tomorrowTen + 8 * quarter},
                                                       {QStringLiteral("name"), QStringLiteral("Prober")},
                                                       {QStringLiteral("phone"), phones[i]}})
                                 .toJson(QJsonDocument::Compact)));
            const RawClient::Answer answer = prober.next();
            QCOMPARE(answer.status, 429);
            // The phone's limit three times; then the address's three bookings of the day are spent.
            QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                     i < 3 ? QStringLiteral("BookingLimit") : QStringLiteral("too-many"));
        }
        QCOMPARE(lastSeq(), before);
    }

    void anIpv6CustomerCountsAsOneAddress()
    {
        QCOMPARE(WebFront::allowanceKey(QStringLiteral("2001:db8:1:2::5")),
                 WebFront::allowanceKey(QStringLiteral("2001:db8:1:2:aaaa:bbbb:cccc:dddd")));
        QVERIFY(WebFront::allowanceKey(QStringLiteral("2001:db8:1:3::5")) !=
                WebFront::allowanceKey(QStringLiteral("2001:db8:1:2::5")));
        QCOMPARE(WebFront::allowanceKey(QStringLiteral("192.0.2.7")), QStringLiteral("192.0.2.7"));
        QCOMPARE(WebFront::allowanceKey(QStringLiteral("::ffff:192.0.2.7")), QStringLiteral("192.0.2.7"));
    }

    void theWebRoleCanDoOnlyWhatACustomerMay()
    {
        const StationIdentity web{StationRole::Web, {}, {}};
        const QueueState &state = m_host->state();
        QVERIFY(StationPermissions::check(web, CallNext{1}, state));
        QVERIFY(StationPermissions::check(web, OpenCounter{1}, state));
        QVERIFY(StationPermissions::check(web, ChangeConfig{}, state));
        QVERIFY(StationPermissions::check(web, IssueTicket{QStringLiteral("cash"), PriorityClass::Vip, {}}, state));
        QVERIFY(StationPermissions::check(web, IssueTicket{QStringLiteral("loans"), PriorityClass::Normal, {}}, state));
        QVERIFY(!StationPermissions::check(web, IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}}, state));
        // An appointment only with the phone it was booked with.
        QVERIFY(StationPermissions::check(web, CancelAppointment{QStringLiteral("123456"), {}}, state));
        QVERIFY(StationPermissions::check(web, CancelAppointment{QStringLiteral("123456"), QStringLiteral("+371")},
                                          state)); // too few digits to name anyone
        QVERIFY(!StationPermissions::check(
            web, CancelAppointment{QStringLiteral("123456"), QStringLiteral("+371 2000 0000")}, state));
    }
};

QTEST_GUILESS_MAIN(TestWebFront)
#include "TestWebFront.moc"
