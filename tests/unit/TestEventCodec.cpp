#include "TestBranch.h"
#include "protocol/EventCodec.h"
#include "protocol/VariantCodec.h"

#include <QTest>

using namespace tessera;

Q_DECLARE_METATYPE(tessera::EventPayload)

class TestEventCodec final : public QObject
{
    Q_OBJECT

    using Codec = VariantCodec<EventPayload>;
    static std::string_view view(const QByteArray &bytes) { return {bytes.constData(), size_t(bytes.size())}; }

private slots:
    void everyEventSurvivesTheRoundTrip_data()
    {
        QTest::addColumn<EventPayload>("event");
        QTest::newRow("ConfigChanged") << EventPayload(ConfigChanged{QStringLiteral("{\"branch\":{}}")});
        QTest::newRow("DayRolledOver") << EventPayload(DayRolledOver{QDate(2026, 11, 23)});
        QTest::newRow("TicketIssued") << EventPayload(
            TicketIssued{7, QStringLiteral("cash"), 17, QStringLiteral("A017"), PriorityClass::Vip,
                         QStringLiteral("elderly"), 3, 420, 5, 300, 720, 455, 9});
        QTest::newRow("TicketCalled") << EventPayload(TicketCalled{7, 4, QStringLiteral("anna"), true});
        QTest::newRow("TicketRecalled") << EventPayload(TicketRecalled{7, 4, 2});
        QTest::newRow("ServiceStarted") << EventPayload(ServiceStarted{7, 4});
        QTest::newRow("TicketFinished") << EventPayload(
            TicketFinished{7, 4, QStringLiteral("served"), QStringLiteral("ūdens 水"), true});
        QTest::newRow("TicketNoShow") << EventPayload(TicketNoShow{7, 4, true});
        QTest::newRow("TicketTransferred")
            << EventPayload(TicketTransferred{7, 4, QStringLiteral("loans"), 5, QStringLiteral("n"), false});
        QTest::newRow("TicketCancelled") << EventPayload(TicketCancelled{7, QStringLiteral("dayEnded")});
        QTest::newRow("AppointmentBooked")
            << EventPayload(AppointmentBooked{2, QStringLiteral("cash"), 1795349428843, QStringLiteral("Ilze"),
                                              QStringLiteral("+371"), QStringLiteral("123456")});
        QTest::newRow("AppointmentCheckedIn") << EventPayload(AppointmentCheckedIn{2, 9});
        QTest::newRow("AppointmentExpired") << EventPayload(AppointmentExpired{2});
        QTest::newRow("AppointmentCancelled") << EventPayload(AppointmentCancelled{2});
        QTest::newRow("CounterOpened") << EventPayload(CounterOpened{3, QStringLiteral("li")});
        QTest::newRow("CounterPaused") << EventPayload(CounterPaused{3, QStringLiteral("li")});
        QTest::newRow("CounterClosed") << EventPayload(CounterClosed{3, QStringLiteral("li")});
        QTest::newRow("TellerLoggedIn") << EventPayload(TellerLoggedIn{3, QStringLiteral("li")});
        QTest::newRow("TellerLoggedOut") << EventPayload(TellerLoggedOut{3, QStringLiteral("li")});
        QTest::newRow("FeedbackGiven") << EventPayload(FeedbackGiven{7, 5});
        QTest::newRow("TicketPrintFailed") << EventPayload(TicketPrintFailed{7, QStringLiteral("out of paper")});
        QTest::newRow("WaitModelLearned") << EventPayload(WaitModelLearned{learnedModel()});
    }

    static WaitModel learnedModel()
    {
        ServiceProfile cash{QStringLiteral("cash"), 812, 174, {}, QList<int>(24, -1), 950, 48, QList<int>(24, 0)};
        for (int i = 1; i <= ServiceProfile::kQuantiles; ++i)
            cash.quantileSeconds << 20 * i;
        cash.meanSecondsByHour[10] = 181;
        cash.rankedArrivalsByHour[10] = 6;
        return WaitModel{QDate(2026, 11, 23),
                         QDate(2026, 10, 26),
                         QDate(2026, 11, 22),
                         24,
                         {cash},
                         {WaitCalibration{12, WaitCalibration::Ranked, 64, 30, 240, 610}}};
    }

    void everyEventSurvivesTheRoundTrip()
    {
        QFETCH(EventPayload, event);
        const QString type = QString::fromLatin1(typeName(event));
        QCOMPARE(type, QString::fromLatin1(QTest::currentDataTag()));
        const QByteArray bytes = EventCodec::toBytes(event);
        const auto decoded = EventCodec::fromBytes(type, bytes);
        QVERIFY(decoded.has_value());
        QVERIFY(*decoded == event);
        // What we write is read in place (the fast way a journal replays), not by the fallback.
        const auto inPlace = Codec::decodeInPlace(typeName(event), view(bytes));
        QVERIFY(inPlace.has_value());
        QVERIFY(*inPlace == event);
    }

    // CBOR that another encoder might write, or that is damaged: the in-place reader either reads
    // it as QCborValue does or leaves it to QCborValue, so a journal reads the same either way.
    void theInPlaceReaderAgreesWithTheGeneralOne_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<bool>("readInPlace");
        // {"ticket": 7, "counter": 4, "teller": "anna"}, definite lengths, as we write it.
        const QByteArray ticket = QByteArray::fromHex("66") + "ticket" + QByteArray::fromHex("07");
        const QByteArray counter = QByteArray::fromHex("67") + "counter" + QByteArray::fromHex("04");
        const QByteArray teller = QByteArray::fromHex("66") + "teller" + QByteArray::fromHex("64") + "anna";
        QTest::newRow("ours") << QByteArray::fromHex("a3") + ticket + counter + teller << true << true;
        QTest::newRow("indefinite-length map")
            << QByteArray::fromHex("bf") + ticket + counter + QByteArray::fromHex("ff") << true << false;
        QTest::newRow("a key that is not text")
            << QByteArray::fromHex("a2") + ticket + QByteArray::fromHex("0102") << true << true;
        QTest::newRow("an unknown field with a nested map")
            << QByteArray::fromHex("a2") + ticket + QByteArray::fromHex("6178a1617801") << true << true;
        QTest::newRow("counter as text") << QByteArray::fromHex("a1") + QByteArray::fromHex("67") + "counter" +
                                                QByteArray::fromHex("6466") + "our"
                                         << false << false;
        QTest::newRow("teller not UTF-8")
            << QByteArray::fromHex("a1") + QByteArray::fromHex("66") + "teller" + QByteArray::fromHex("62c328") << false
            << false;
        QTest::newRow("a tagged ticket") << QByteArray::fromHex("a1") + QByteArray::fromHex("66") + "ticket" +
                                                QByteArray::fromHex("c107")
                                         << false << false;
        QTest::newRow("counter past int") << QByteArray::fromHex("a1") + QByteArray::fromHex("67") + "counter" +
                                                 QByteArray::fromHex("1b0000000100000000")
                                          << false << false;
        QTest::newRow("cut short") << (QByteArray::fromHex("a3") + ticket + counter + teller).chopped(2) << false
                                   << false;
        QTest::newRow("a map claiming more pairs than bytes")
            << QByteArray::fromHex("ba7fffffff") + ticket << false << false;
        QTest::newRow("not a map") << QByteArray::fromHex("8107") << false << false;
        QTest::newRow("true in two bytes (f8 15)")
            << QByteArray::fromHex("a1") + QByteArray::fromHex("68") + "byNumber" + QByteArray::fromHex("f815") << false
            << false;
    }

    void theInPlaceReaderAgreesWithTheGeneralOne()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, readable);
        QFETCH(bool, readInPlace);
        const std::string_view type = TicketCalled::kType;
        const auto general = Codec::decodeGeneral(type, view(bytes));
        const auto inPlace = Codec::decodeInPlace(type, view(bytes));
        const auto decoded = EventCodec::fromBytes(type, view(bytes));
        QCOMPARE(general.has_value(), readable);
        QCOMPARE(inPlace.has_value(), readInPlace);
        QCOMPARE(decoded.has_value(), readable);
        if (inPlace)
            QVERIFY(*inPlace == *general);
        if (decoded)
            QVERIFY(*decoded == *general);
    }

    void unknownTypeAndWrongFieldTypesAreRefused()
    {
        QCborMap map = EventCodec::toCbor(TicketCalled{7, 4, QStringLiteral("anna"), false});
        QVERIFY(!EventCodec::fromCbor(QStringLiteral("TicketTeleported"), map));
        map.insert(QLatin1String("counter"), QStringLiteral("four"));
        QVERIFY(!EventCodec::fromCbor(QStringLiteral("TicketCalled"), map));
        QVERIFY(!EventCodec::fromBytes(QStringLiteral("TicketCalled"), QByteArrayLiteral("\xff\x00garbage")));
    }

    void unknownFieldsAreIgnoredAndMissingOnesDefault()
    {
        // A newer server may add fields; an older journal may lack them. Both must still read.
        QCborMap map;
        map.insert(QLatin1String("ticket"), 7);
        map.insert(QLatin1String("futureField"), QStringLiteral("x"));
        const auto decoded = EventCodec::fromCbor(QStringLiteral("TicketCalled"), map);
        QVERIFY(decoded);
        QCOMPARE(std::get<TicketCalled>(*decoded).ticket, 7);
        QCOMPARE(std::get<TicketCalled>(*decoded).counter, 0);
    }
    // Every event goes to every station: the fields at their defaults stay off the wire, and
    // come back as those defaults, including defaults that are not zero (-1: no estimate).
    void fieldsAtTheirDefaultsAreLeftOutAndReadBack()
    {
        TicketIssued issued;
        issued.ticket = 42;
        issued.service = QStringLiteral("cash");
        issued.number = 7;
        issued.label = QStringLiteral("A007");
        issued.peopleAhead = 3;
        const QCborMap map = EventCodec::toCbor(issued);
        QStringList keys;
        for (const auto &[key, value] : map)
            keys << key.toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("ticket"), QStringLiteral("service"), QStringLiteral("number"),
                                    QStringLiteral("label"), QStringLiteral("peopleAhead")}));
        const QByteArray bytes = EventCodec::toBytes(issued);
        for (const auto &decoded :
             {EventCodec::fromCbor(QStringLiteral("TicketIssued"), map),
              Codec::decodeInPlace("TicketIssued", view(bytes)), Codec::decodeGeneral("TicketIssued", view(bytes))}) {
            QVERIFY(decoded);
            QCOMPARE(std::get<TicketIssued>(*decoded), issued);
            QCOMPARE(std::get<TicketIssued>(*decoded).estimatedWaitSeconds, -1);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventCodec)
#include "TestEventCodec.moc"
