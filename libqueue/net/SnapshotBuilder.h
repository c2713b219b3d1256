#pragma once

#include "model/QueueState.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace tessera {

// The snapshot a joining station receives, encoded and framed on a worker thread: the state
// of a busy day is megabytes of CBOR, and encoding it must not hold up the engine, the
// heartbeats or the other stations. The engine thread only copies the state.
class SnapshotBuilder : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotBuilder(int partBytes, QObject *parent = nullptr);
    ~SnapshotBuilder() override;

    bool busy() const { return m_watcher.isRunning(); }
    // Starts encoding `state`; built() follows, in this object's thread. The caller checks busy()
    // first: the copy it passes in is the one cost the engine thread bears.
    void build(QueueState state);

signals:
    // The state at `seq` as SnapshotPart frames, in order.
    void built(tessera::Seq seq, const QList<QByteArray> &frames);

private:
    struct Result
    {
        Seq seq = 0;
        QList<QByteArray> frames;
    };
    int m_partBytes;
    QFutureWatcher<Result> m_watcher;
};

} // namespace tessera
