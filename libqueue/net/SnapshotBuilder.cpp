#include "SnapshotBuilder.h"

#include "LogCategories.h"
#include "protocol/MessageCodec.h"
#include "protocol/StateCodec.h"

#include <QElapsedTimer>
#include <QtConcurrent>

namespace tessera {

SnapshotBuilder::SnapshotBuilder(int partBytes, QObject *parent) : QObject(parent), m_partBytes(partBytes)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher.result();
        emit built(result.seq, result.frames);
    });
}

SnapshotBuilder::~SnapshotBuilder()
{
    m_watcher.waitForFinished(); // the worker holds no pointer to us, but its result is ours
}

void SnapshotBuilder::build(QueueState state)
{
    Q_ASSERT(!busy());
    const int partBytes = m_partBytes;
    // Moved, not copied, into the task: a busy day's state is tens of thousands of tickets.
    m_watcher.setFuture(QtConcurrent::run([state = std::move(state), partBytes]() mutable {
        QElapsedTimer timer;
        timer.start();
        Result result;
        result.seq = state.lastSeq();
        const QByteArray bytes = StateCodec::encodeForStations(std::move(state));
        const int parts = int(qMax<qsizetype>(1, (bytes.size() + partBytes - 1) / partBytes));
        result.frames.reserve(parts);
        for (int part = 0; part < parts; ++part)
            result.frames.append(MessageCodec::frame(
                SnapshotPart{result.seq, part, parts, bytes.mid(qsizetype(part) * partBytes, partBytes)}));
        qCDebug(lcNet) << "snapshot at event" << result.seq << ":" << bytes.size() << "bytes in" << parts << "parts,"
                       << timer.elapsed() << "ms";
        return result;
    }));
}

} // namespace tessera
