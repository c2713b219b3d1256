#include "Frame.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace tessera {

QByteArray frame::encode(const QCborMap &map)
{
    const QByteArray payload = map.toCborValue().toCbor();
    if (payload.isEmpty() || payload.size() > kMaxPayloadBytes)
        return {};
    QByteArray bytes(kHeaderBytes, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    bytes.append(payload);
    return bytes;
}

void FrameReader::append(const QByteArray &bytes)
{
    // Drop what was consumed before growing, so a long-lived connection does not creep.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

FrameReader::Status FrameReader::next(QCborMap *out, QString *error)
{
    if (m_failed) {
        *error = QStringLiteral("the stream already failed");
        return Status::Error;
    }
    if (buffered() < frame::kHeaderBytes)
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0 || length > frame::kMaxPayloadBytes) {
        m_failed = true;
        *error = length == 0
                     ? QStringLiteral("an empty frame")
                     : QStringLiteral("a frame of %1 bytes (the limit is %2)").arg(length).arg(frame::kMaxPayloadBytes);
        return Status::Error;
    }
    if (buffered() < frame::kHeaderBytes + qsizetype(length))
        return Status::NeedMore;

    const QByteArray payload = m_buffer.mid(m_offset + frame::kHeaderBytes, length);
    m_offset += frame::kHeaderBytes + length;
    QCborStreamReader reader(payload);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        m_failed = true;
        *error = QStringLiteral("a frame that is not CBOR (%1 at byte %2)")
                     .arg(reader.lastError().toString())
                     .arg(reader.currentOffset());
        return Status::Error;
    }
    if (reader.currentOffset() != payload.size()) {
        m_failed = true;
        *error =
            QStringLiteral("a frame with %1 bytes after its CBOR value").arg(payload.size() - reader.currentOffset());
        return Status::Error;
    }
    if (!value.isMap()) {
        m_failed = true;
        *error = QStringLiteral("a frame that is not a CBOR map");
        return Status::Error;
    }
    *out = value.toMap();
    return Status::Frame;
}

} // namespace tessera
