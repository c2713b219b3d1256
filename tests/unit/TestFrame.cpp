#include "protocol/Frame.h"

#include <QCborArray>
#include <QTest>
#include <QtEndian>

using namespace tessera;

namespace {

// A frame header claiming `length` bytes, followed by `payload` (which may be shorter or longer).
QByteArray framed(const QByteArray &payload, quint32 length)
{
    QByteArray bytes(frame::kHeaderBytes, Qt::Uninitialized);
    qToBigEndian(length, bytes.data());
    return bytes + payload;
}

QByteArray framed(const QByteArray &payload)
{
    return framed(payload, quint32(payload.size()));
}

QCborMap sampleMap(int n)
{
    QCborMap map;
    map.insert(QLatin1String("msg"), QStringLiteral("Heartbeat"));
    map.insert(QLatin1String("at"), qint64(1795349428843) + n);
    map.insert(QLatin1String("text"), QStringLiteral("ūdens 水 %1").arg(n));
    return map;
}

// A map whose CBOR is exactly `payloadBytes` long: {"b": h'00..'} is 8 bytes plus the
// byte string once the string needs a 4-byte length (65536 bytes and more).
QCborMap mapOfPayloadSize(qsizetype payloadBytes)
{
    QCborMap map;
    map.insert(QLatin1String("b"), QByteArray(payloadBytes - 8, '\0'));
    return map;
}

// Everything the reader hands out until it stops, and how it stopped.
struct Drained
{
    QList<QCborMap> frames;
    FrameReader::Status stop = FrameReader::Status::NeedMore;
    QString error;
};

Drained drain(FrameReader &reader)
{
    Drained drained;
    for (;;) {
        QCborMap map;
        const FrameReader::Status status = reader.next(&map, &drained.error);
        if (status != FrameReader::Status::Frame) {
            drained.stop = status;
            return drained;
        }
        drained.frames.append(map);
    }
}

} // namespace

Q_DECLARE_METATYPE(tessera::FrameReader::Status)

namespace QTest {
template<> inline char *toString(const FrameReader::Status &status)
{
    switch (status) {
    case FrameReader::Status::NeedMore:
        return qstrdup("NeedMore");
    case FrameReader::Status::Frame:
        return qstrdup("Frame");
    case FrameReader::Status::Error:
        return qstrdup("Error");
    }
    return qstrdup("?");
}
} // namespace QTest

class TestFrame final : public QObject
{
    Q_OBJECT

private slots:
    void aFrameArrivingByteByByteStillDecodes()
    {
        const QByteArray bytes = frame::encode(sampleMap(1));
        QVERIFY(!bytes.isEmpty());
        FrameReader reader;
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
            reader.append(bytes.mid(i, 1));
            const Drained drained = drain(reader);
            QVERIFY2(drained.frames.isEmpty(), qPrintable(QStringLiteral("a frame after %1 bytes").arg(i + 1)));
            QCOMPARE(drained.stop, FrameReader::Status::NeedMore);
        }
        reader.append(bytes.right(1));
        const Drained drained = drain(reader);
        QCOMPARE(drained.frames, QList<QCborMap>{sampleMap(1)});
        QCOMPARE(drained.stop, FrameReader::Status::NeedMore);
        QCOMPARE(reader.buffered(), 0);
    }

    void severalFramesInOneChunkComeOutInOrder()
    {
        FrameReader reader;
        QByteArray chunk;
        for (int n = 0; n < 3; ++n)
            chunk += frame::encode(sampleMap(n));
        const QByteArray nextStart = frame::encode(sampleMap(3));
        chunk += nextStart.left(5); // and the start of a fourth
        reader.append(chunk);

        Drained drained = drain(reader);
        QCOMPARE(drained.frames, (QList<QCborMap>{sampleMap(0), sampleMap(1), sampleMap(2)}));
        QCOMPARE(drained.stop, FrameReader::Status::NeedMore);
        QCOMPARE(reader.buffered(), 5);

        reader.append(nextStart.mid(5));
        drained = drain(reader);
        QCOMPARE(drained.frames, QList<QCborMap>{sampleMap(3)});
        QCOMPARE(drained.stop, FrameReader::Status::NeedMore);
    }

    void aLongConversationThroughOneReader()
    {
        // Many small writes over a connection's life: every frame arrives intact, in order.
        FrameReader reader;
        QByteArray stream;
        for (int n = 0; n < 500; ++n)
            stream += frame::encode(sampleMap(n));
        QList<QCborMap> received;
        for (qsizetype at = 0, step = 1; at < stream.size(); at += step, step = step % 97 + 13) {
            reader.append(stream.mid(at, step));
            const Drained drained = drain(reader);
            QCOMPARE(drained.stop, FrameReader::Status::NeedMore);
            received += drained.frames;
        }
        QCOMPARE(received.size(), 500);
        for (int n = 0; n < 500; ++n)
            QCOMPARE(received[n], sampleMap(n));
        QCOMPARE(reader.buffered(), 0);
    }

    void aTruncatedFrameWaitsForTheRest()
    {
        const QByteArray bytes = frame::encode(sampleMap(1));
        FrameReader reader;
        reader.append(bytes.left(bytes.size() - 1));
        for (int attempt = 0; attempt < 3; ++attempt) {
            QCborMap map;
            QString error;
            QCOMPARE(reader.next(&map, &error), FrameReader::Status::NeedMore);
            QVERIFY(map.isEmpty());
            QVERIFY(error.isEmpty());
        }
        QCOMPARE(reader.buffered(), bytes.size() - 1);
    }

    void aFrameOfExactlyTheLimitIsAccepted()
    {
        const QCborMap map = mapOfPayloadSize(frame::kMaxPayloadBytes);
        const QByteArray bytes = frame::encode(map);
        QCOMPARE(bytes.size(), frame::kHeaderBytes + frame::kMaxPayloadBytes);
        FrameReader reader;
        reader.append(bytes);
        const Drained drained = drain(reader);
        QCOMPARE(drained.frames.size(), 1);
        QVERIFY(drained.frames.first() == map);
    }

    void encodingAMapOverTheLimitGivesNothing()
    {
        QVERIFY(frame::encode(mapOfPayloadSize(frame::kMaxPayloadBytes + 1)).isEmpty());
        QVERIFY(frame::encode(mapOfPayloadSize(4 * frame::kMaxPayloadBytes)).isEmpty());
    }

    void brokenStreamsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorMentions");
        QTest::addColumn<int>("framesBefore");

        const QByteArray good = frame::encode(sampleMap(1));
        QTest::newRow("empty frame") << framed({}) << QStringLiteral("empty") << 0;
        // Only the header: the reader must not wait for a megabyte that is never accepted.
        QTest::newRow("over 1 MiB, header only")
            << framed({}, quint32(frame::kMaxPayloadBytes + 1)) << QStringLiteral("1048577 bytes") << 0;
        QTest::newRow("4 GiB length") << framed({}, 0xffffffffu) << QStringLiteral("4294967295 bytes") << 0;
        QTest::newRow("not CBOR") << framed(QByteArrayLiteral("\xff\xfe garbage")) << QStringLiteral("not CBOR") << 0;
        QTest::newRow("CBOR cut short") << framed(QByteArrayLiteral("\xa1\x61m\x65hel")) << QStringLiteral("not CBOR")
                                        << 0;
        QTest::newRow("CBOR array") << framed(QCborArray{1, 2}.toCborValue().toCbor())
                                    << QStringLiteral("not a CBOR map") << 0;
        QTest::newRow("CBOR integer") << framed(QCborValue(42).toCbor()) << QStringLiteral("not a CBOR map") << 0;
        QTest::newRow("CBOR string") << framed(QCborValue(QStringLiteral("Hello")).toCbor())
                                     << QStringLiteral("not a CBOR map") << 0;
        QTest::newRow("bytes after the map")
            << framed(sampleMap(1).toCborValue().toCbor() + QByteArrayLiteral("\x01\x02"))
            << QStringLiteral("2 bytes after") << 0;
        QTest::newRow("a second map in one frame")
            << framed(sampleMap(1).toCborValue().toCbor() + sampleMap(2).toCborValue().toCbor())
            << QStringLiteral("after its CBOR value") << 0;
        QTest::newRow("good frame, then garbage")
            << good + framed(QByteArrayLiteral("\x1c")) << QStringLiteral("CBOR") << 1;
        QTest::newRow("good frame, then an empty one") << good + framed({}) << QStringLiteral("empty") << 1;
    }

    void brokenStreamsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorMentions);
        QFETCH(int, framesBefore);

        FrameReader reader;
        reader.append(bytes);
        const Drained drained = drain(reader);
        QCOMPARE(drained.frames.size(), framesBefore);
        QCOMPARE(drained.stop, FrameReader::Status::Error);
        QVERIFY2(drained.error.contains(errorMentions), qPrintable(drained.error));

        // The stream cannot be trusted any more: even a perfect frame is refused after it.
        reader.append(frame::encode(sampleMap(2)));
        for (int attempt = 0; attempt < 2; ++attempt) {
            QCborMap map;
            QString error;
            QCOMPARE(reader.next(&map, &error), FrameReader::Status::Error);
            QVERIFY(map.isEmpty());
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "TestFrame.moc"
