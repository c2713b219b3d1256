#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace tessera {

// Framing on the TCP stream: a 4-byte big-endian length, then that many bytes holding
// one CBOR map. Empty frames and frames over 1 MiB are refused: a peer that sends one
// is broken or hostile, and the connection is closed.
namespace frame {
constexpr qsizetype kHeaderBytes = 4;
constexpr qsizetype kMaxPayloadBytes = 1024 * 1024;

// The framed bytes, ready for one write; empty if the map does not fit a frame.
QByteArray encode(const QCborMap &map);
} // namespace frame

// Cuts a byte stream into CBOR maps. Feed it whatever arrived; take frames until it
// says it needs more. After an error the stream cannot be trusted: close the connection.
class FrameReader
{
public:
    enum class Status
    {
        NeedMore,
        Frame,
        Error
    };

    void append(const QByteArray &bytes);
    // On Frame, `out` holds the next map; on Error, `error` says what was wrong.
    Status next(QCborMap *out, QString *error);
    qsizetype buffered() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_failed = false;
};

} // namespace tessera
