#include "ProtocolSamples.h"
#include "TestBranch.h"
#include "protocol/CborFields.h"
#include "protocol/Frame.h"
#include "protocol/MessageCodec.h"

#include <QCborArray>
#include <QSet>
#include <QTest>
#include <limits>

using namespace tessera;
using namespace tessera::test;

Q_DECLARE_METATYPE(tessera::Message)
Q_DECLARE_METATYPE(tessera::Command)
Q_DECLARE_METATYPE(tessera::CommandRequest)
Q_DECLARE_METATYPE(tessera::ErrorCode)

namespace QTest {
// A failing comparison shows the messages as CBOR diagnostic notation.
template<> inline char *toString(const Message &message)
{
    return qstrdup(qPrintable(MessageCodec::encode(message).toCborValue().toDiagnosticNotation()));
}
} // namespace QTest

namespace {

template<typename Variant> QSet<std::size_t> alternativesIn(const QList<Variant> &values)
{
    QSet<std::size_t> seen;
    for (const Variant &value : values)
        seen.insert(value.index());
    return seen;
}

// What a peer gets from these bytes: the single frame in them, decoded.
Expected<Message, EngineError> receive(const QByteArray &bytes)
{
    FrameReader reader;
    reader.append(bytes);
    QCborMap map;
    QString error;
    if (reader.next(&map, &error) != FrameReader::Status::Frame)
        return EngineError{ErrorCode::MalformedMessage, error};
    return MessageCodec::decode(map);
}

QCborMap withField(QCborMap map, const QString &key, const QCborValue &value)
{
    map.insert(key, value);
    return map;
}

} // namespace

class TestMessageCodec final : public QObject
{
    Q_OBJECT

private slots:
    void theSamplesCoverEveryType()
    {
        QCOMPARE(alternativesIn(sampleMessages()).size(), qsizetype(std::variant_size_v<Message>));
        QCOMPARE(alternativesIn(sampleCommands()).size(), qsizetype(std::variant_size_v<Command>));
    }

    void everyMessageSurvivesTheRoundTrip_data()
    {
        QTest::addColumn<Message>("message");
        for (const Message &message : sampleMessages())
            QTest::newRow(qPrintable(MessageCodec::typeOf(message))) << message;
    }

    void everyMessageSurvivesTheRoundTrip()
    {
        QFETCH(Message, message);
        const QCborMap map = MessageCodec::encode(message);
        QCOMPARE(map.value(QLatin1String("msg")).toString(), QString::fromLatin1(QTest::currentDataTag()));
        // The type comes first, so a reader can dispatch before reading the rest (PROTOCOL.md 5).
        QCOMPARE(map.begin().key().toString(), QStringLiteral("msg"));

        const auto decoded = MessageCodec::decode(map);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded.value(), message);

        const auto received = receive(MessageCodec::frame(message));
        QVERIFY2(received, received ? "" : qPrintable(received.error().message));
        QCOMPARE(received.value(), message);
    }

    void messagesThatAreNotUnderstoodAreRefused_data()
    {
        QTest::addColumn<QCborMap>("map");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("errorMentions");

        const QCborMap hello = MessageCodec::encode(Hello{});
        QTest::newRow("unknown type") << QCborMap{{QStringLiteral("msg"), QStringLiteral("Teleport")}}
                                      << ErrorCode::UnknownMessage << QStringLiteral("\"Teleport\"");
        QTest::newRow("event name as type") << withField(hello, QStringLiteral("msg"), QStringLiteral("TicketIssued"))
                                            << ErrorCode::UnknownMessage << QStringLiteral("\"TicketIssued\"");
        QTest::newRow("type in another case") << withField(hello, QStringLiteral("msg"), QStringLiteral("hello"))
                                              << ErrorCode::UnknownMessage << QStringLiteral("\"hello\"");
        QTest::newRow("no type") << QCborMap{{QStringLiteral("protocol"), 1}} << ErrorCode::MalformedMessage
                                 << QStringLiteral("\"msg\"");
        QTest::newRow("empty map") << QCborMap{} << ErrorCode::MalformedMessage << QStringLiteral("\"msg\"");
        QTest::newRow("type not a string")
            << withField(hello, QStringLiteral("msg"), 1) << ErrorCode::MalformedMessage << QStringLiteral("\"msg\"");

        auto wrong = [](const Message &message, const char *field, const QCborValue &value, const char *what) {
            QTest::addRow("%s.%s %s", qPrintable(MessageCodec::typeOf(message)), field, what)
                << withField(MessageCodec::encode(message), QLatin1String(field), value) << ErrorCode::MalformedMessage
                << QStringLiteral("\"%1\"").arg(QLatin1String(field));
        };
        wrong(Hello{}, "protocol", QStringLiteral("1"), "as text");
        wrong(Hello{}, "protocol", 1.5, "as a fraction");
        wrong(Hello{}, "protocol", qint64(1) << 40, "too large for an int");
        wrong(Hello{}, "role", QStringLiteral("janitor"), "unknown");
        wrong(Hello{}, "features", QStringLiteral("sound"), "not a list");
        wrong(Hello{}, "features", QCborArray{QStringLiteral("sound"), 2}, "a number in the list");
        wrong(Hello{}, "lastSeq", QCborValue(QCborValue::Null), "null");
        wrong(Welcome{}, "resume", 1, "a number");
        wrong(Authenticated{}, "role", QStringLiteral("teller "), "with a space"); // wire names are exact
        wrong(CommandRequest{}, "args", QCborArray{}, "a list");
        wrong(CommandReply{}, "events", QCborMap{}, "a map");
        wrong(CommandReply{}, "events",
              QCborArray{withField(cbor::encodeFields(sampleWireEvent(1)), QStringLiteral("seq"), QStringLiteral("1"))},
              "an event's seq as text");
        wrong(SnapshotPart{}, "data", QStringLiteral("AAEC"), "base64 text");
        wrong(EventBatch{}, "events", QCborArray{1, 2, 3}, "numbers");
        wrong(Heartbeat{}, "at", false, "a bool");
        // NaN equals nothing, not even itself: no field of ours may hold it (found by the fuzzer).
        PlanReply plan;
        plan.ok = true;
        plan.plan.targetShare = 0.8;
        const QCborMap planMap = MessageCodec::encode(plan);
        const QCborMap nanShare = withField(planMap.value(QStringLiteral("plan")).toMap(),
                                            QStringLiteral("targetShare"), std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("Plan.plan.targetShare NaN") << withField(planMap, QStringLiteral("plan"), nanShare)
                                                   << ErrorCode::MalformedMessage << QStringLiteral("\"plan\"");
    }

    void messagesThatAreNotUnderstoodAreRefused()
    {
        QFETCH(QCborMap, map);
        QFETCH(ErrorCode, code);
        QFETCH(QString, errorMentions);
        const auto decoded = MessageCodec::decode(map);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, code);
        QVERIFY2(decoded.error().message.contains(errorMentions), qPrintable(decoded.error().message));
    }

    void newerPeersFieldsAreIgnoredAndMissingOnesDefault()
    {
        // A newer station may send fields this server does not know; an older one may lack some.
        const Hello hello = std::get<Hello>(sampleMessages().first());
        QCborMap map = MessageCodec::encode(hello);
        map.insert(QLatin1String("compression"), QStringLiteral("zstd"));
        map.insert(QLatin1String("screens"), QCborArray{1, 2});
        map.insert(42, QStringLiteral("an integer key"));
        auto decoded = MessageCodec::decode(map);
        QVERIFY(decoded);
        QCOMPARE(decoded.value(), Message(hello));

        decoded = MessageCodec::decode(QCborMap{{QStringLiteral("msg"), QStringLiteral("Hello")},
                                                {QStringLiteral("stationId"), QStringLiteral("kiosk-1")}});
        QVERIFY(decoded);
        Hello expected;
        expected.stationId = QStringLiteral("kiosk-1");
        QCOMPARE(decoded.value(), Message(expected));
    }

    void everyCommandSurvivesARequest_data()
    {
        QTest::addColumn<Command>("command");
        for (const Command &command : sampleCommands())
            QTest::newRow(std::visit([](const auto &c) { return c.kType; }, command)) << command;
    }

    void everyCommandSurvivesARequest()
    {
        QFETCH(Command, command);
        const CommandRequest request = MessageCodec::request(QStringLiteral("station-7/42"), command);
        QCOMPARE(request.id, QStringLiteral("station-7/42"));
        QCOMPARE(request.command, QString::fromLatin1(QTest::currentDataTag()));

        // As the server sees it: framed, read back, decoded, then the command read from it.
        const auto received = receive(MessageCodec::frame(request));
        QVERIFY(received);
        const auto *arrived = std::get_if<CommandRequest>(&received.value());
        QVERIFY(arrived);
        QCOMPARE(arrived->id, request.id);
        const auto decoded = MessageCodec::command(*arrived);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QVERIFY(decoded.value() == command);
    }

    void commandsThatAreNotUnderstoodAreRefused_data()
    {
        QTest::addColumn<CommandRequest>("request");
        QTest::addColumn<QString>("errorMentions");

        const CommandRequest callNext = MessageCodec::request(QStringLiteral("c1"), CallNext{1});
        auto named = [&callNext](const QString &name) {
            CommandRequest request = callNext;
            request.command = name;
            return request;
        };
        auto withArg = [&callNext](const QString &key, const QCborValue &value) {
            CommandRequest request = callNext;
            request.args.insert(key, value);
            return request;
        };
        QTest::newRow("unknown command") << named(QStringLiteral("Teleport")) << QStringLiteral("\"Teleport\"");
        QTest::newRow("no command") << named(QString()) << QStringLiteral("\"\"");
        QTest::newRow("an event's name") << named(QStringLiteral("TicketIssued")) << QStringLiteral("\"TicketIssued\"");
        QTest::newRow("a message's name") << named(QStringLiteral("Hello")) << QStringLiteral("\"Hello\"");
        QTest::newRow("counter as text") << withArg(QStringLiteral("counter"), QStringLiteral("1"))
                                         << QStringLiteral("\"counter\"");
        QTest::newRow("counter too large")
            << withArg(QStringLiteral("counter"), qint64(1) << 33) << QStringLiteral("\"counter\"");
        CommandRequest issue =
            MessageCodec::request(QStringLiteral("c2"), IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}});
        issue.args.insert(QLatin1String("priority"), QStringLiteral("royal"));
        QTest::newRow("unknown priority") << issue << QStringLiteral("\"priority\"");
    }

    void commandsThatAreNotUnderstoodAreRefused()
    {
        QFETCH(CommandRequest, request);
        QFETCH(QString, errorMentions);
        const auto command = MessageCodec::command(request);
        QVERIFY(!command);
        QCOMPARE(command.error().code, ErrorCode::MalformedMessage);
        QVERIFY2(command.error().message.contains(errorMentions), qPrintable(command.error().message));
    }

    void aDaysEventsSurviveTheWire()
    {
        // Every event a working day produces, as a station receives it in an EventBatch.
        InMemoryBranch branch;
        branch.staff(1);
        branch.staff(3);
        branch.issue(QStringLiteral("cash"), PriorityClass::Priority);
        branch.issue(QStringLiteral("accounts"));
        branch.callNext(1);
        branch.must(StartService{1});
        branch.must(TransferTicket{1, QStringLiteral("loans"), 0, QStringLiteral("loan"), ArrivalOnTransfer::Keep});
        branch.callNext(3);
        branch.must(FinishTicket{3, {}, QStringLiteral("done")});
        branch.callNext(1);
        branch.must(MarkNoShow{1});
        branch.must(PauseCounter{3});
        QVERIFY(branch.history.size() > 10);

        EventBatch batch;
        for (const Event &event : branch.history)
            batch.events.append(MessageCodec::toWire(event));
        const auto received = receive(MessageCodec::frame(batch));
        QVERIFY(received);
        const auto *arrived = std::get_if<EventBatch>(&received.value());
        QVERIFY(arrived);
        QCOMPARE(arrived->events.size(), branch.history.size());
        for (qsizetype i = 0; i < branch.history.size(); ++i) {
            const auto event = MessageCodec::fromWire(arrived->events[i]);
            QVERIFY2(event, qPrintable(arrived->events[i].type));
            QVERIFY2(*event == branch.history[i], qPrintable(arrived->events[i].type));
        }
    }

    void wireEventsThatAreNotUnderstoodAreRefused()
    {
        WireEvent event = sampleWireEvent(1);
        QVERIFY(MessageCodec::fromWire(event));
        event.type = QStringLiteral("TicketTeleported");
        QVERIFY(!MessageCodec::fromWire(event));
        event = sampleWireEvent(1);
        event.data.insert(QLatin1String("counter"), QStringLiteral("four"));
        QVERIFY(!MessageCodec::fromWire(event));
    }
};

QTEST_GUILESS_MAIN(TestMessageCodec)
#include "TestMessageCodec.moc"
