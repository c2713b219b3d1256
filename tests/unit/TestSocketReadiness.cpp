#include "net/SocketReadiness.h"

#include <QTest>
#include <sys/socket.h>
#include <unistd.h>

using namespace tessera;

namespace {

// Both ends of a local stream socket, closed at the end of the test.
struct SocketPair
{
    int ends[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, ends); }
    ~SocketPair()
    {
        ::close(ends[0]);
        ::close(ends[1]);
    }
    void sendByte() const { QCOMPARE(::write(ends[1], "x", 1), 1); }
};

} // namespace

class TestSocketReadiness : public QObject
{
    Q_OBJECT

private slots:
    void aSocketWithBytesIsReportedReadableUntilUnwatched()
    {
        SocketPair pair;
        const auto readiness = SocketReadiness::forThisThread();
        int readable = 0;
        readiness->watch(
            pair.ends[0], [&] { ++readable; }, [] {});
        QTest::qWait(20);
        QCOMPARE(readable, 0);
        pair.sendByte();
        QTRY_VERIFY(readable > 0);
        readiness->unwatch(pair.ends[0]);
        const int before = readable;
        QTest::qWait(20);
        QCOMPARE(readable, before); // level-triggered, but no longer watched
    }

    void aSocketUnwatchedByAnothersHandlerHearsNothingMore()
    {
        // Both are ready in the same turn; whichever is told first unwatches the other, as a
        // station dropped while the server handles another one's message.
        SocketPair first, second;
        const auto readiness = SocketReadiness::forThisThread();
        int firstCalls = 0, secondCalls = 0;
        readiness->watch(
            first.ends[0], [&] { ++firstCalls, readiness->unwatch(second.ends[0]); }, [] {});
        readiness->watch(
            second.ends[0], [&] { ++secondCalls, readiness->unwatch(first.ends[0]); }, [] {});
        first.sendByte();
        second.sendByte();
        QTRY_VERIFY(firstCalls + secondCalls > 0);
        QTest::qWait(20);
        QCOMPARE(firstCalls * secondCalls, 0);
        readiness->unwatch(first.ends[0]);
        readiness->unwatch(second.ends[0]);
    }

    void writableIsToldOnlyWhileWanted()
    {
        SocketPair pair;
        const auto readiness = SocketReadiness::forThisThread();
        int writable = 0;
        readiness->watch(
            pair.ends[0], [] {}, [&] { ++writable; });
        QTest::qWait(20);
        QCOMPARE(writable, 0); // the socket could take bytes all along
        readiness->setWantsWritable(pair.ends[0], true);
        QTRY_VERIFY(writable > 0);
        readiness->setWantsWritable(pair.ends[0], false);
        const int before = writable;
        QTest::qWait(20);
        QCOMPARE(writable, before);
        readiness->unwatch(pair.ends[0]);
    }
};

QTEST_GUILESS_MAIN(TestSocketReadiness)
#include "TestSocketReadiness.moc"
