#include "CborCursor.h"

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>

namespace tessera::cbor {

namespace {

// Containers nest this deep at most in anything we write (a state's maps of lists of
// records); deeper input is refused before recursion could exhaust the stack.
constexpr int kMaxDepth = 32;

double halfToDouble(quint16 half)
{
    // RFC 8949, appendix D.
    const int exponent = (half >> 10) & 0x1f;
    const int mantissa = half & 0x3ff;
    double value;
    if (exponent == 0)
        value = std::ldexp(mantissa, -24);
    else if (exponent != 31)
        value = std::ldexp(mantissa + 1024, exponent - 25);
    else
        value = mantissa == 0 ? std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
    return (half & 0x8000) ? -value : value;
}

bool isValidUtf8(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size())).isValidUtf8();
}

} // namespace

CborCursor::Major CborCursor::peek() const
{
    if (m_failed || m_at >= m_end)
        return Major::Tag;
    return Major(quint8(*m_at) >> 5);
}

bool CborCursor::readHead(Major *major, quint64 *argument)
{
    if (m_failed || m_at >= m_end)
        return fail();
    const quint8 initial = quint8(*m_at++);
    *major = Major(initial >> 5);
    const quint8 info = initial & 0x1f;
    if (info < 24) {
        *argument = info;
        return true;
    }
    if (info > 27) // 28-30 reserved, 31 indefinite length or "break": not ours
        return fail();
    if (*major == Major::Simple && info == 24) // a one-byte simple value: never ours, often invalid
        return fail();
    const int width = 1 << (info - 24);
    if (m_end - m_at < width)
        return fail();
    switch (width) {
    case 1:
        *argument = quint8(*m_at);
        break;
    case 2:
        *argument = qFromBigEndian<quint16>(m_at);
        break;
    case 4:
        *argument = qFromBigEndian<quint32>(m_at);
        break;
    default:
        *argument = qFromBigEndian<quint64>(m_at);
        break;
    }
    m_at += width;
    return true;
}

bool CborCursor::readHeadOf(Major expected, quint64 *argument)
{
    Major major;
    if (!readHead(&major, argument))
        return false;
    return major == expected || fail();
}

bool CborCursor::take(quint64 length, std::string_view *out)
{
    if (quint64(m_end - m_at) < length)
        return fail();
    *out = std::string_view(m_at, length);
    m_at += length;
    return true;
}

bool CborCursor::readInteger(qint64 *out)
{
    Major major;
    quint64 argument;
    if (!readHead(&major, &argument))
        return false;
    if ((major != Major::Unsigned && major != Major::Negative) ||
        argument > quint64(std::numeric_limits<qint64>::max()))
        return fail();
    *out = major == Major::Unsigned ? qint64(argument) : -1 - qint64(argument);
    return true;
}

bool CborCursor::readBool(bool *out)
{
    Major major;
    quint64 argument;
    if (!readHead(&major, &argument))
        return false;
    if (major != Major::Simple || (argument != 20 && argument != 21))
        return fail();
    *out = argument == 21;
    return true;
}

bool CborCursor::readDouble(double *out)
{
    if (m_failed || m_at >= m_end)
        return fail();
    const quint8 initial = quint8(*m_at);
    if (Major(initial >> 5) == Major::Unsigned || Major(initial >> 5) == Major::Negative) {
        qint64 integer;
        if (!readInteger(&integer))
            return false;
        *out = double(integer);
        return true;
    }
    Major major;
    quint64 bits;
    if (!readHead(&major, &bits) || major != Major::Simple)
        return fail();
    switch (initial & 0x1f) {
    case 25:
        *out = halfToDouble(quint16(bits));
        break;
    case 26: {
        const quint32 word = quint32(bits);
        float single;
        std::memcpy(&single, &word, sizeof single);
        *out = single;
        break;
    }
    case 27:
        std::memcpy(out, &bits, sizeof *out);
        break;
    default:
        return fail();
    }
    // No field of ours is ever NaN, and NaN equals nothing: a message holding one could not
    // be told from another (the general decoder refuses it too).
    return !std::isnan(*out) || fail();
}

bool CborCursor::readText(std::string_view *out)
{
    quint64 length;
    return readHeadOf(Major::Text, &length) && take(length, out) && (isValidUtf8(*out) || fail());
}

bool CborCursor::readBytes(std::string_view *out)
{
    quint64 length;
    return readHeadOf(Major::Bytes, &length) && take(length, out);
}

bool CborCursor::readArrayHeader(quint64 *count)
{
    // Each item takes at least a byte: a count beyond what is left is a lie.
    return readHeadOf(Major::Array, count) && (*count <= quint64(m_end - m_at) || fail());
}

bool CborCursor::readMapHeader(quint64 *count)
{
    return readHeadOf(Major::Map, count) && (*count <= quint64(m_end - m_at) / 2 || fail());
}

bool CborCursor::skip()
{
    // Items still to step over at each open level; iterative, so hostile nesting cannot recurse.
    quint64 pending[kMaxDepth];
    int depth = 0;
    pending[0] = 1;
    while (true) {
        while (pending[depth] == 0) {
            if (depth == 0)
                return true;
            --depth;
        }
        --pending[depth];
        Major major;
        quint64 argument;
        if (!readHead(&major, &argument))
            return false;
        std::string_view ignored;
        switch (major) {
        case Major::Bytes:
            if (!take(argument, &ignored))
                return false;
            break;
        case Major::Text: // checked, as QCborValue checks even what nobody reads
            if (!take(argument, &ignored) || !isValidUtf8(ignored))
                return fail();
            break;
        case Major::Array:
        case Major::Map:
            if (depth + 1 >= kMaxDepth || argument > quint64(m_end - m_at))
                return fail();
            pending[++depth] = major == Major::Map ? argument * 2 : argument;
            break;
        case Major::Tag:
            return fail();
        default:
            break; // integers and simple values are all head
        }
    }
}

} // namespace tessera::cbor
