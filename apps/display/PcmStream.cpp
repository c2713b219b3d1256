#include "PcmStream.h"

#include <cstring>

namespace tessera::display {

PcmStream::PcmStream(QObject *parent) : QIODevice(parent)
{
    open(QIODevice::ReadOnly);
}

qint64 PcmStream::enqueue(const QByteArray &samples)
{
    // A sound queued while the stream plays silence starts now, not where the last one ended.
    m_queuedEnd = std::max(m_queuedEnd, m_served) + samples.size();
    m_queue.push_back(samples);
    return m_queuedEnd;
}

qint64 PcmStream::readData(char *data, qint64 maxSize)
{
    maxSize &= ~qint64(1); // whole samples only
    qint64 written = 0;
    while (written < maxSize && !m_queue.empty()) {
        const QByteArray &head = m_queue.front();
        const qint64 take = std::min<qint64>(maxSize - written, head.size() - m_headOffset);
        std::memcpy(data + written, head.constData() + m_headOffset, size_t(take));
        written += take;
        m_headOffset += take;
        if (m_headOffset == head.size()) {
            m_queue.pop_front();
            m_headOffset = 0;
        }
    }
    std::memset(data + written, 0, size_t(maxSize - written)); // silence until the next sound
    m_served += maxSize;
    return maxSize;
}

} // namespace tessera::display
