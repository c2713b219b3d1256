#include "LiveBranch.h"
#include "model/PasswordHash.h"
#include "net/BranchKey.h"
#include "protocol/Frame.h"
#include "protocol/MessageCodec.h"
#include "protocol/StateCodec.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTest>
#include <sys/socket.h>

using namespace tessera;
using namespace tessera::test;

namespace {

QString issue(const QString &service)
{
    return QStringLiteral("IssueTicket {\"service\":\"%1\"}").arg(service);
}

QString counterCommand(const char *type, int counter)
{
    return QStringLiteral("%1 {\"counter\":%2}").arg(QLatin1String(type)).arg(counter);
}

// A teller station logged in and open at its counter.
void openCounter(ToolStation &station, const QString &teller, int counter)
{
    QVERIFY(station.waitOnline());
    QVERIFY(station.request(QStringLiteral("login %1 pw-%1").arg(teller)).value(QStringLiteral("ok")).toBool());
    const QJsonObject login = station.request(
        QStringLiteral("LogIn {\"teller\":\"%1\",\"password\":\"pw-%1\",\"counter\":%2}").arg(teller).arg(counter));
    QVERIFY2(login.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(login).toJson()));
    QVERIFY(station.request(counterCommand("OpenCounter", counter)).value(QStringLiteral("ok")).toBool());
}

QString codeOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("code")).toString();
}

// A hand-made connection, for sending what no real station would.
class RawConnection
{
public:
    RawConnection(const ServerProcess &server, const BranchKey &key)
    {
        key.attach(&m_socket, "raw-test");
        const QStringList address = server.address().split(QLatin1Char(':'));
        m_socket.connectToHostEncrypted(address[0], address[1].toUShort());
    }
    bool encrypted()
    {
        return waitUntil([this] { return m_socket.isEncrypted(); }, 5000);
    }
    bool closedByServer()
    {
        return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    }
    void sendBytes(const QByteArray &bytes) { m_socket.write(bytes), m_socket.flush(); }
    // Gone as a station that lost power comes back to: the connection is reset (RST), not closed.
    void reset()
    {
        const linger now{1, 0};
        ::setsockopt(int(m_socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &now, sizeof now);
        m_socket.abort();
    }
    void send(const QCborMap &map) { sendBytes(frame::encode(map)); }
    void send(const Message &message) { sendBytes(MessageCodec::frame(message)); }
    // The next message of a type, skipping others (snapshots, heartbeats...).
    std::optional<Message> next(const QString &type)
    {
        std::optional<Message> found;
        waitUntil(
            [&] {
                m_reader.append(m_socket.readAll());
                QCborMap map;
                QString error;
                while (m_reader.next(&map, &error) == FrameReader::Status::Frame) {
                    auto message = MessageCodec::decode(map);
                    if (message && MessageCodec::typeOf(message.value()) == type) {
                        found = message.value();
                        return true;
                    }
                }
                return false;
            },
            5000);
        return found;
    }

private:
    QSslSocket m_socket;
    FrameReader m_reader;
};

Hello kioskHello()
{
    Hello hello;
    hello.role = StationRole::Kiosk;
    hello.stationId = QStringLiteral("raw-kiosk");
    hello.branchId = QStringLiteral("test-branch");
    return hello;
}

} // namespace

class TestBranchNetwork final : public QObject
{
    Q_OBJECT

private slots:
    void ticketFlowsBetweenKioskTellersAndDisplay()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        ToolStation kiosk(server, QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        ToolStation teller1(server, QStringLiteral("teller"), QStringLiteral("teller-1"));
        ToolStation teller2(server, QStringLiteral("teller"), QStringLiteral("teller-2"));
        ToolStation display(server, QStringLiteral("display"), QStringLiteral("lobby"), true);
        openCounter(teller1, QStringLiteral("t1"), 1);
        openCounter(teller2, QStringLiteral("t2"), 2);
        QVERIFY(kiosk.waitOnline());

        const QJsonObject first = kiosk.request(issue(QStringLiteral("cash")));
        const QJsonObject second = kiosk.request(issue(QStringLiteral("cash")));
        QCOMPARE(firstEvent(first).value(QStringLiteral("label")).toString(), QStringLiteral("A001"));
        QCOMPARE(firstEvent(second).value(QStringLiteral("label")).toString(), QStringLiteral("A002"));
        // The wire leaves fields at their defaults out; the tool's JSON spells them out for scripts.
        QCOMPARE(firstEvent(first).value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
        QCOMPARE(firstEvent(first).value(QStringLiteral("appointment")).toInteger(-1), 0);
        const qint64 firstTicket = firstEvent(first).value(QStringLiteral("ticket")).toInteger();

        // Teller 1 calls A001; the lobby display shows it at counter 1.
        const QJsonObject called = teller1.request(counterCommand("CallNext", 1));
        QCOMPARE(firstEvent(called).value(QStringLiteral("ticket")).toInteger(), firstTicket);
        QVERIFY(display.waitForLine(
            [&](const QJsonObject &line) {
                const QJsonObject event = line.value(QStringLiteral("event")).toObject();
                return event.value(QStringLiteral("type")) == QStringLiteral("TicketCalled") &&
                       event.value(QStringLiteral("ticket")).toInteger() == firstTicket &&
                       event.value(QStringLiteral("counter")).toInt() == 1;
            },
            5000));

        // The customer belongs at counter 2: teller 1 sends them there, teller 2 serves them next.
        const QJsonObject transferred =
            teller1.request(QStringLiteral("TransferTicket {\"counter\":1,\"toCounter\":2,\"note\":\"card\"}"));
        QVERIFY2(transferred.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(transferred).toJson()));
        const QJsonObject calledAgain = teller2.request(counterCommand("CallNext", 2));
        QCOMPARE(firstEvent(calledAgain).value(QStringLiteral("ticket")).toInteger(), firstTicket);
        QVERIFY(teller2.request(counterCommand("StartService", 2)).value(QStringLiteral("ok")).toBool());
        const QJsonObject finished = teller2.request(counterCommand("FinishTicket", 2));
        QCOMPARE(firstEvent(finished).value(QStringLiteral("type")).toString(), QStringLiteral("TicketFinished"));

        // Every replica agrees with the server's own state (a fresh snapshot of it).
        const qint64 seq = lastSeqOf(finished);
        ToolStation fresh(server, QStringLiteral("tool"), QStringLiteral("checker"));
        const QString serverDigest = fresh.digestAt(seq);
        QVERIFY(!serverDigest.isEmpty());
        for (ToolStation *station : {&kiosk, &teller1, &teller2, &display})
            QCOMPARE(station->digestAt(seq), serverDigest);
    }

    void rolesAreEnforced()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        ToolStation kiosk(server, QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        ToolStation display(server, QStringLiteral("display"), QStringLiteral("lobby"));
        ToolStation teller1(server, QStringLiteral("teller"), QStringLiteral("teller-1"));
        ToolStation stranger(server, QStringLiteral("teller"), QStringLiteral("teller-9"));
        openCounter(teller1, QStringLiteral("t1"), 1);
        QVERIFY(kiosk.waitOnline());
        QVERIFY(display.waitOnline());
        QVERIFY(stranger.waitOnline());
        QVERIFY(kiosk.request(issue(QStringLiteral("cash"))).value(QStringLiteral("ok")).toBool());

        QCOMPARE(codeOf(kiosk.request(counterCommand("CallNext", 1))), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(display.request(issue(QStringLiteral("cash")))), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(teller1.request(counterCommand("CallNext", 2))), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(stranger.request(counterCommand("CallNext", 1))), QStringLiteral("NotAuthenticated"));
        QCOMPARE(codeOf(stranger.request(QStringLiteral("login t2 wrong-password"))), QStringLiteral("WrongPassword"));
        QCOMPARE(codeOf(teller1.request(QStringLiteral("CancelTicket {\"label\":\"A001\"}"))),
                 QStringLiteral("PermissionDenied"));

        // None of that changed anything: teller 1 still calls A001 at its own counter.
        const QJsonObject called = teller1.request(counterCommand("CallNext", 1));
        QVERIFY(called.value(QStringLiteral("ok")).toBool());
        QVERIFY(server.log().contains(QStringLiteral("refused")));
    }

    void badInputIsRefusedAndOthersCarryOn()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        ToolStation kiosk(server, QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        QVERIFY(kiosk.waitOnline());
        auto key = BranchKey::fromFile(server.keyFile());
        QVERIFY(key);

        { // No TLS at all: plain bytes.
            QTcpSocket plain;
            plain.connectToHost(QHostAddress::LocalHost, server.address().section(QLatin1Char(':'), 1).toUShort());
            QVERIFY(plain.waitForConnected(3000));
            plain.write("GET / HTTP/1.1\r\n\r\n");
            QVERIFY(waitUntil([&] { return plain.state() == QAbstractSocket::UnconnectedState; }, 5000));
        }
        { // The wrong branch key: the handshake fails and nothing is learned.
            RawConnection wrongKey(server, BranchKey::generate());
            QVERIFY(!wrongKey.encrypted());
        }
        { // A length over the 1 MiB cap.
            RawConnection raw(server, key.value());
            QVERIFY(raw.encrypted());
            raw.sendBytes(QByteArray::fromHex("7fffffff") + QByteArray(64, 'x'));
            QVERIFY(raw.closedByServer());
        }
        { // An empty frame.
            RawConnection raw(server, key.value());
            QVERIFY(raw.encrypted());
            raw.sendBytes(QByteArray::fromHex("00000000"));
            QVERIFY(raw.closedByServer());
        }
        { // Garbage inside a frame.
            RawConnection raw(server, key.value());
            QVERIFY(raw.encrypted());
            raw.sendBytes(QByteArray::fromHex("00000004ffffffff"));
            QVERIFY(raw.closedByServer());
        }
        { // A truncated frame, then the station vanishes.
            RawConnection raw(server, key.value());
            QVERIFY(raw.encrypted());
            raw.sendBytes(QByteArray::fromHex("00000064") + QByteArray(10, 'x'));
        }
        { // Well-framed nonsense is answered, and the connection stays usable.
            RawConnection raw(server, key.value());
            QVERIFY(raw.encrypted());
            raw.send(kioskHello());
            QVERIFY(raw.next(QStringLiteral("Welcome")));
            // The snapshot carries the configuration, but never the tellers' password hashes.
            const auto snapshot = raw.next(QStringLiteral("Snapshot"));
            QVERIFY(snapshot);
            const auto state = StateCodec::decode(std::get<SnapshotPart>(*snapshot).data);
            QVERIFY(state && state->config().teller(QStringLiteral("t1")));
            QCOMPARE(state->config().teller(QStringLiteral("t1"))->passwordHash, PasswordHash::redacted());
            raw.send(QCborMap{{QStringLiteral("msg"), QStringLiteral("Teleport")}});
            auto unknown = raw.next(QStringLiteral("Error"));
            QVERIFY(unknown);
            QCOMPARE(std::get<ProtocolError>(*unknown).code, QStringLiteral("UnknownMessage"));
            raw.send(QCborMap{{QStringLiteral("msg"), QStringLiteral("Command")},
                              {QStringLiteral("id"), 42},
                              {QStringLiteral("command"), QStringLiteral("IssueTicket")}});
            auto malformed = raw.next(QStringLiteral("Error"));
            QVERIFY(malformed);
            QCOMPARE(std::get<ProtocolError>(*malformed).code, QStringLiteral("MalformedMessage"));
            QVERIFY(std::get<ProtocolError>(*malformed).text.contains(QStringLiteral("id")));
            raw.send(MessageCodec::request(QStringLiteral("raw-1"), IssueTicket{QStringLiteral("cash"), {}, {}}));
            auto result = raw.next(QStringLiteral("Result"));
            QVERIFY(result);
            QVERIFY(std::get<CommandReply>(*result).ok);
        }

        // The real kiosk never noticed.
        QVERIFY(kiosk.request(issue(QStringLiteral("cash"))).value(QStringLiteral("ok")).toBool());
        const QString log = server.log();
        QVERIFY2(log.contains(QStringLiteral("TLS handshake failed")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("a frame of 2147483647 bytes")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("an empty frame")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("not CBOR")), qPrintable(log));
    }

    void stationsResettingMidBroadcastDoNotStopTheServer()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        ToolStation kiosk(server, QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        QVERIFY(kiosk.waitOnline());
        auto key = BranchKey::fromFile(server.keyFile());
        QVERIFY(key);
        // Writing to a reset connection raises SIGPIPE, which would end the server: it must
        // ignore it (bit 13 of SigIgn), as its writes go through OpenSSL's plain write(). This
        // is checked directly: whether a write meets a reset before the server has read it is a
        // race the server mostly wins, so the vanishing stations below seldom provoke it.
        QFile status(QStringLiteral("/proc/%1/status").arg(server.pid()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        QByteArray ignored;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("SigIgn:"))
                ignored = line.mid(7).trimmed();
        }
        QVERIFY2(ignored.toULongLong(nullptr, 16) & (1ull << (SIGPIPE - 1)), ignored.constData());

        // Twenty displays vanish one by one while tickets are issued, each broadcast going out
        // as the resets arrive; the server answers on.
        for (int i = 0; i < 20; ++i) {
            RawConnection display(server, key.value());
            QVERIFY(display.encrypted());
            Hello hello = kioskHello();
            hello.role = StationRole::Display;
            hello.stationId = QStringLiteral("vanishing-%1").arg(i);
            display.send(hello);
            QVERIFY(display.next(QStringLiteral("Welcome")));
            kiosk.send(issue(QStringLiteral("cash")));
            display.reset();
        }
        QVERIFY(kiosk.request(issue(QStringLiteral("cash"))).value(QStringLiteral("ok")).toBool());
    }

    void stationsSayOfflineAndComeBack()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        ToolStation display(server, QStringLiteral("display"), QStringLiteral("lobby"), true);
        QVERIFY(display.waitOnline());
        auto saysStatus = [](const char *status) {
            return [status](const QJsonObject &line) {
                return line.value(QStringLiteral("status")).toString() == QLatin1String(status);
            };
        };
        // A frozen server keeps its connections open but says nothing: only silence tells.
        const qsizetype before = display.lines().size();
        QElapsedTimer silent;
        silent.start();
        server.signal(SIGSTOP);
        QVERIFY(display.waitForLine(saysStatus("Offline"), 3000));
        qInfo("offline noticed after %lld ms of silence", silent.elapsed());
        server.signal(SIGCONT);
        QVERIFY(waitUntil(
            [&] {
                const QList<QJsonObject> &lines = display.lines();
                return std::any_of(lines.begin() + before, lines.end(), saysStatus("Online"));
            },
            10000));
    }

    void killedServerLosesNoAcknowledgedTicket()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        ToolStation kiosk(server, QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        ToolStation teller(server, QStringLiteral("teller"), QStringLiteral("teller-1"));
        ToolStation display(server, QStringLiteral("display"), QStringLiteral("lobby"));
        openCounter(teller, QStringLiteral("t1"), 1);
        QVERIFY(kiosk.waitOnline());
        QVERIFY(display.waitOnline());

        // A stream of customers; the server dies in the middle of it and comes back.
        constexpr int kTickets = 400;
        QList<int> requests;
        auto sendTickets = [&](int count) {
            for (int i = 0; i < count; ++i)
                requests.append(kiosk.send(issue(i % 2 ? QStringLiteral("cash") : QStringLiteral("accounts"))));
        };
        sendTickets(200);
        QVERIFY(waitUntil([&] { return kiosk.lines().size() >= 100; }, 10000));
        // These are on their way when the server dies: sent, never answered.
        server.signal(SIGSTOP);
        sendTickets(50);
        QTest::qWait(300);
        server.killHard();
        sendTickets(50); // while there is no server: refused as Offline, or sent and retried
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(kiosk.waitOnline());
        sendTickets(kTickets - 300);

        QHash<QString, QString> acknowledged; // command id -> label
        int duplicates = 0;
        for (int n : requests) {
            const QJsonObject answer = kiosk.await(n, 30000);
            QVERIFY2(!answer.isEmpty(), "every command gets an answer");
            if (!answer.value(QStringLiteral("ok")).toBool()) {
                QVERIFY2(QStringList({QStringLiteral("Offline"), QStringLiteral("Timeout")}).contains(codeOf(answer)),
                         qPrintable(QJsonDocument(answer).toJson()));
                continue;
            }
            acknowledged.insert(answer.value(QStringLiteral("id")).toString(),
                                firstEvent(answer).value(QStringLiteral("label")).toString());
            duplicates += answer.value(QStringLiteral("duplicate")).toBool();
        }
        QVERIFY(acknowledged.size() >= 350); // all but those issued while there was no server
        qInfo("%lld of %d tickets acknowledged, %d answered from the ledger after a retry",
              qlonglong(acknowledged.size()), kTickets, duplicates);

        // A retry of a command acknowledged before the crash, as a station that never got the
        // answer would send it: answered from the journal, not issued again.
        const QString retriedId = acknowledged.cbegin().key();
        RawConnection retry(server, BranchKey::fromFile(server.keyFile()).value());
        QVERIFY(retry.encrypted());
        retry.send(kioskHello());
        retry.send(MessageCodec::request(retriedId, IssueTicket{QStringLiteral("cash"), {}, {}}));
        const auto retried = retry.next(QStringLiteral("Result"));
        QVERIFY(retried);
        QVERIFY(std::get<CommandReply>(*retried).duplicate);
        QCOMPARE(std::get<CommandReply>(*retried).events.first().data.value(QStringLiteral("label")).toString(),
                 acknowledged.value(retriedId));

        // Stations resync: the teller is still logged in (by token) and calls; all replicas agree.
        QVERIFY(teller.waitOnline());
        const QJsonObject called = teller.request(counterCommand("CallNext", 1));
        QVERIFY2(called.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(called).toJson()));
        const qint64 seq = lastSeqOf(called);
        const QString digest = display.digestAt(seq);
        QCOMPARE(kiosk.digestAt(seq), digest);
        QCOMPARE(teller.digestAt(seq), digest);
        QCOMPARE(server.stop(), 0);

        // The journal holds every acknowledged ticket exactly once, under its label.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(server.dataDir() + QStringLiteral("/journal.sqlite"));
        QVERIFY(db.open());
        QHash<QString, int> issuedPerCommand;
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT command_id, payload FROM events WHERE type = 'TicketIssued'")));
        QHash<QString, QString> journaledLabel;
        while (query.next()) {
            const QString id = query.value(0).toString();
            ++issuedPerCommand[id];
            journaledLabel.insert(
                id,
                QCborValue::fromCbor(query.value(1).toByteArray()).toMap().value(QStringLiteral("label")).toString());
        }
        for (auto it = issuedPerCommand.cbegin(); it != issuedPerCommand.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 issued %2 tickets").arg(it.key()).arg(it.value())));
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            QCOMPARE(journaledLabel.value(it.key()), it.value());
        query = QSqlQuery();
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestBranchNetwork)
#include "TestBranchNetwork.moc"
