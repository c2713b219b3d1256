#include "net/MessageLink.h"
#include "protocol/MessageCodec.h"

#include <QTest>

using namespace tessera;

namespace {

// A channel that takes what the test lets it, and keeps every offer.
class ScriptedChannel : public Channel
{
public:
    QList<QByteArray> offers;
    QByteArray taken;
    qint64 takesAtMost = -1; // per write; -1: everything, 0: nothing (the socket is full)
    bool closedAfterWriting = false;

    qint64 write(const char *data, qint64 size) override
    {
        offers.append(QByteArray(data, size));
        const qint64 count = takesAtMost < 0 ? size : qMin(size, takesAtMost);
        taken.append(data, count);
        return count;
    }
    QByteArray readAll() override { return {}; }
    qint64 unsentBytes() const override { return 0; }
    void closeAfterWriting() override { closedAfterWriting = true; }
    void abort() override {}
    QString peerName() const override { return QStringLiteral("scripted"); }
    void becomeWritable(qint64 takes)
    {
        takesAtMost = takes;
        emit writable();
    }
};

QByteArray heartbeat(qint64 at)
{
    return MessageCodec::frame(Heartbeat{at});
}

} // namespace

// How a link hands its outbox to the channel: together, in order, whole.
class TestMessageLink : public QObject
{
    Q_OBJECT

private slots:
    void framesQueuedTogetherLeaveInOneWrite()
    {
        auto *channel = new ScriptedChannel;
        MessageLink link(channel, {});
        const QByteArray frames[] = {heartbeat(1), heartbeat(2), heartbeat(3)};
        for (const QByteArray &frame : frames)
            QVERIFY(link.sendFramed(frame, MessageLink::Flush::Later));
        link.flushQueued();
        QCOMPARE(channel->offers.size(), 1);
        QCOMPARE(channel->taken, frames[0] + frames[1] + frames[2]);
    }

    void anOfferNotTakenComesAgainWithTheSameBytesFirst()
    {
        // OpenSSL may hold part of a record cut at the socket: the next offer must begin with it.
        auto *channel = new ScriptedChannel;
        channel->takesAtMost = 0;
        MessageLink link(channel, {});
        QVERIFY(link.sendFramed(heartbeat(1)));
        QVERIFY(link.sendFramed(heartbeat(2)));
        QVERIFY(link.sendFramed(heartbeat(3)));
        QVERIFY(channel->taken.isEmpty());
        const qsizetype refused = channel->offers.size();
        const QByteArray lastRefused = channel->offers.last();
        channel->becomeWritable(7); // then a few bytes at a time
        QVERIFY(channel->offers.size() > refused);
        QVERIFY(channel->offers.at(refused).startsWith(lastRefused));
        QCOMPARE(channel->taken, heartbeat(1) + heartbeat(2) + heartbeat(3));
    }

    void closingKeepsTheFramesAlreadyOfferedAndDropsTheRestOfASnapshot()
    {
        auto *channel = new ScriptedChannel;
        channel->takesAtMost = 0;
        MessageLink link(channel, {});
        const QByteArray small1 = heartbeat(1), small2 = heartbeat(2);
        const QByteArray large(20 * 1024, 's'); // beyond one offer: not offered with the two
        link.sendShared({small1, small2, large});
        QCOMPARE(channel->offers.last(), small1 + small2);
        link.closeAfterSending(QStringLiteral("test"));
        channel->becomeWritable(-1);
        QCOMPARE(channel->taken, small1 + small2); // whole frames, the snapshot's rest dropped
        QVERIFY(channel->closedAfterWriting);
    }
};

QTEST_GUILESS_MAIN(TestMessageLink)
#include "TestMessageLink.moc"
