#include "Pcm.h"

#include <QFile>
#include <QtEndian>
#include <cmath>

namespace tessera::display::pcm {

namespace {

const qint16 *samplesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const qint16 *>(bytes.constData());
}

void appendTone(QByteArray &out, double frequency, double seconds, double volume)
{
    const int count = int(seconds * kSampleRate);
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / kSampleRate;
        // A struck bell: a fast attack, a long decay, a quiet octave above for colour.
        // (and a 20 ms fade at the end, so the second tone does not start with a click).
        const double fade = std::min(1.0, (seconds - t) * 50);
        const double envelope = std::min(1.0, t * 200) * std::exp(-3.5 * t) * fade;
        const double wave = std::sin(2 * M_PI * frequency * t) + 0.25 * std::sin(4 * M_PI * frequency * t);
        const qint16 sample = qint16(std::lround(volume * 32767 * envelope * wave / 1.25));
        out.append(reinterpret_cast<const char *>(&sample), 2);
    }
}

} // namespace

QByteArray readWav(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return QByteArray();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray data = file.readAll();
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE")
        return fail(QStringLiteral("not a WAV file"));
    qsizetype at = 12;
    bool formatOk = false;
    while (at + 8 <= data.size()) {
        const QByteArray id = data.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + at + 4);
        const qsizetype body = at + 8;
        if (body + qint64(size) > data.size() && id != "data")
            return fail(QStringLiteral("the file is cut short"));
        if (id == "fmt " && size >= 16) {
            const quint16 format = qFromLittleEndian<quint16>(data.constData() + body);
            const quint16 channels = qFromLittleEndian<quint16>(data.constData() + body + 2);
            const quint32 rate = qFromLittleEndian<quint32>(data.constData() + body + 4);
            const quint16 bits = qFromLittleEndian<quint16>(data.constData() + body + 14);
            formatOk = format == 1 && channels == 1 && rate == kSampleRate && bits == 16;
            if (!formatOk)
                return fail(QStringLiteral("must be 16-bit PCM, mono, %1 Hz").arg(kSampleRate));
        } else if (id == "data") {
            if (!formatOk)
                return fail(QStringLiteral("the data comes before the format"));
            // espeak-ng writes 0x7ffff... as the size when it streams; take what is there.
            return data.mid(body, qMin<qsizetype>(size, data.size() - body) & ~qsizetype(1));
        }
        at = body + size + (size & 1);
    }
    return fail(QStringLiteral("no sound data"));
}

bool writeWav(const QString &path, const QByteArray &samples)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header(44, '\0');
    char *h = header.data();
    const auto put32 = [&](int at, quint32 value) {
        qToLittleEndian(value, h + at);
    };
    const auto put16 = [&](int at, quint16 value) {
        qToLittleEndian(value, h + at);
    };
    memcpy(h, "RIFF", 4);
    put32(4, quint32(36 + samples.size()));
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1);
    put16(22, 1);
    put32(24, kSampleRate);
    put32(28, kSampleRate * 2);
    put16(32, 2);
    put16(34, 16);
    memcpy(h + 36, "data", 4);
    put32(40, quint32(samples.size()));
    return file.write(header) == header.size() && file.write(samples) == samples.size();
}

QByteArray trimSilence(const QByteArray &samples, int threshold)
{
    const qint16 *s = samplesOf(samples);
    const qsizetype count = samples.size() / 2;
    qsizetype first = 0, last = count;
    while (first < count && std::abs(s[first]) < threshold)
        ++first;
    while (last > first && std::abs(s[last - 1]) < threshold)
        --last;
    // Keep 20 ms either side so the word does not start or end with a click.
    const qsizetype margin = kSampleRate / 50;
    first = qMax<qsizetype>(0, first - margin);
    last = qMin(count, last + margin);
    return samples.mid(first * 2, (last - first) * 2);
}

QByteArray silence(int ms)
{
    return QByteArray(qsizetype(ms) * kSampleRate / 1000 * 2, '\0');
}

QByteArray chime()
{
    QByteArray out;
    appendTone(out, 880, 0.45, 0.6);
    appendTone(out, 660, 0.65, 0.6);
    return out;
}

int durationMs(const QByteArray &samples)
{
    return int(samples.size() / 2 * 1000 / kSampleRate);
}

} // namespace tessera::display::pcm
