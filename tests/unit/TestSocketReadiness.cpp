#include "net/SocketReadiness.h"

#include <QTest>
#include <fcntl.h>
#include <sys/resource.h>
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

void watch(
    SocketReadiness &readiness, int descriptor, SocketReadiness::Handler onReadable,
    SocketReadiness::Handler onWritable = [] {})
{
    QString error;
    QVERIFY2(readiness.watch(descriptor, std::move(onReadable), std::move(onWritable), &error), qPrintable(error));
}

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
        watch(*readiness, pair.ends[0], [&] { ++readable; });
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
        watch(*readiness, first.ends[0], [&] { ++firstCalls, readiness->unwatch(second.ends[0]); });
        watch(*readiness, second.ends[0], [&] { ++secondCalls, readiness->unwatch(first.ends[0]); });
        first.sendByte();
        second.sendByte();
        QTRY_VERIFY(firstCalls + secondCalls > 0);
        QTest::qWait(20);
        QCOMPARE(firstCalls * secondCalls, 0);
        readiness->unwatch(first.ends[0]);
        readiness->unwatch(second.ends[0]);
    }

    void aNoticeForAClosedSocketNeverReachesTheNextOneWithItsNumber()
    {
        // Both are ready in one turn. Whichever is told first closes the other and opens a new
        // socket, which gets the closed one's number (the lowest free): the closed one's notice,
        // if still to come in this turn, must not reach the new socket, which has nothing to read.
        auto first = std::make_unique<SocketPair>(), second = std::make_unique<SocketPair>();
        const auto readiness = SocketReadiness::forThisThread();
        std::unique_ptr<SocketPair> successor;
        int successorCalls = 0;
        const auto replace = [&](std::unique_ptr<SocketPair> &closing) {
            if (successor)
                return;
            const int number = closing->ends[0];
            readiness->unwatch(number);
            ::close(std::exchange(closing->ends[0], -1));
            successor = std::make_unique<SocketPair>();
            QCOMPARE(successor->ends[0], number);
            watch(*readiness, successor->ends[0], [&] { ++successorCalls; });
        };
        watch(*readiness, first->ends[0], [&] { replace(second); });
        watch(*readiness, second->ends[0], [&] { replace(first); });
        first->sendByte();
        second->sendByte();
        QTRY_VERIFY(successor);
        QTest::qWait(20);
        QCOMPARE(successorCalls, 0);
        for (const auto *pair : {first.get(), second.get(), successor.get()})
            readiness->unwatch(pair->ends[0]);
    }

    void aPeerThatHangsUpIsToldAsReadable()
    {
        SocketPair pair;
        const auto readiness = SocketReadiness::forThisThread();
        int readable = 0;
        watch(*readiness, pair.ends[0], [&] { ++readable; });
        ::close(std::exchange(pair.ends[1], -1)); // nothing sent: the read finds the end
        QTRY_VERIFY(readable > 0);
        readiness->unwatch(pair.ends[0]);
    }

    void withNoDescriptorLeftThereIsNoSetRatherThanACrash()
    {
        const int lowestFree = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        QVERIFY(lowestFree >= 0);
        ::close(lowestFree);
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
        const rlimit saved = limit;
        limit.rlim_cur = rlim_t(lowestFree); // every descriptor it could take is in use
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);
        const auto readiness = SocketReadiness::forThisThread();
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY(!readiness);
        QVERIFY(SocketReadiness::forThisThread()); // and one once there are descriptors again
    }

    void writableIsToldOnlyWhileWanted()
    {
        SocketPair pair;
        const auto readiness = SocketReadiness::forThisThread();
        int writable = 0;
        watch(
            *readiness, pair.ends[0], [] {}, [&] { ++writable; });
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
