#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <string_view>

namespace tessera::cbor {

// A forward-only reader over the CBOR our own encoder writes: definite lengths, no tags.
// It reads in place (no QCborValue tree, no allocation but for the strings it hands out),
// which makes replaying a journal several times faster. Anything outside that subset
// (an indefinite length, a tag, bytes cut short) makes it fail, and the caller decodes the
// same bytes the general way (QCborValue), so what is accepted never depends on the path.
class CborCursor
{
public:
    enum class Major : quint8
    {
        Unsigned = 0,
        Negative = 1,
        Bytes = 2,
        Text = 3,
        Array = 4,
        Map = 5,
        Tag = 6,
        Simple = 7
    };

    CborCursor(const char *data, qsizetype size) : m_at(data), m_end(data + size) {}
    explicit CborCursor(const QByteArray &bytes) : CborCursor(bytes.constData(), bytes.size()) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_end; }
    const char *position() const { return m_at; }
    // Fails the read from here on; every later call returns false or nothing.
    bool fail()
    {
        m_failed = true;
        return false;
    }

    // The next item's major type, without consuming it; Tag when nothing is left.
    Major peek() const;

    bool readInteger(qint64 *out);
    bool readBool(bool *out);
    bool readDouble(double *out); // a float of any width, or an integer
    // Text and bytes point into the buffer; they stay valid as long as it does.
    bool readText(std::string_view *out);
    bool readBytes(std::string_view *out);
    // The item count of an array or map (pairs for a map); its items follow.
    bool readArrayHeader(quint64 *count);
    bool readMapHeader(quint64 *count);
    // Steps over one whole item, containers and all.
    bool skip();

private:
    // Reads an item's head: its major type and its argument (a value, length or count).
    bool readHead(Major *major, quint64 *argument);
    bool readHeadOf(Major expected, quint64 *argument);
    bool take(quint64 length, std::string_view *out);

    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

} // namespace tessera::cbor
