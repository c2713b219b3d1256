#pragma once

#include <QIODevice>
#include <deque>

namespace tessera::display {

// The endless sound the audio output plays: whatever has been queued, and silence in
// between. The output starts once and never runs dry, so no restart can lose the end of
// a word; how far it has read tells when a queued sound has gone out.
class PcmStream : public QIODevice
{
    Q_OBJECT

public:
    explicit PcmStream(QObject *parent = nullptr);

    // Queues samples; returns the stream position at which they end.
    qint64 enqueue(const QByteArray &samples);
    qint64 position() const { return m_served; } // bytes handed to the output so far
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 20; } // never at an end

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::deque<QByteArray> m_queue;
    qsizetype m_headOffset = 0;
    qint64 m_served = 0;
    qint64 m_queuedEnd = 0; // where the last queued sound ends
};

} // namespace tessera::display
