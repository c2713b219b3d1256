#include "TestBranch.h"
#include "protocol/EventCodec.h"

#include <QTest>

using namespace tessera;

Q_DECLARE_METATYPE(tessera::EventPayload)

class TestEventCodec final : public QObject
{
    Q_OBJECT

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
        const auto decoded = EventCodec::fromBytes(type, EventCodec::toBytes(event));
        QVERIFY(decoded.has_value());
        QVERIFY(*decoded == event);
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
};

QTEST_GUILESS_MAIN(TestEventCodec)
#include "TestEventCodec.moc"
