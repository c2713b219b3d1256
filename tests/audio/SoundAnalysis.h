#pragma once

#include <QByteArray>
#include <QList>
#include <cmath>

namespace tessera::test {

// Loudness every 10 ms: enough to find where a known sound sits in a recording.
inline QList<double> envelope(const QByteArray &samples)
{
    const auto *s = reinterpret_cast<const qint16 *>(samples.constData());
    const qsizetype count = samples.size() / 2;
    const int window = 220; // 10 ms at 22050 Hz
    QList<double> loudness;
    for (qsizetype start = 0; start + window <= count; start += window) {
        double sum = 0;
        for (int i = 0; i < window; ++i)
            sum += double(s[start + i]) * s[start + i];
        loudness.append(std::sqrt(sum / window));
    }
    return loudness;
}

struct Match
{
    int at = -1;      // in 10 ms steps
    double score = 0; // normalized correlation, 1 is a perfect fit
};

// Where `known` fits `heard` best, starting at `from` up to `within` steps later (-1: anywhere
// after), by the shape of their loudness.
inline Match locate(const QList<double> &heard, const QList<double> &known, int from = 0, int within = -1)
{
    Match best;
    const auto norm = [](const double *x, qsizetype n) {
        double mean = 0;
        for (qsizetype i = 0; i < n; ++i)
            mean += x[i];
        return mean / double(n);
    };
    const qsizetype n = known.size();
    const double knownMean = norm(known.constData(), n);
    const qsizetype last = within < 0 ? heard.size() : std::min<qsizetype>(heard.size(), from + within + n);
    for (qsizetype at = from; at + n <= last; ++at) {
        const double heardMean = norm(heard.constData() + at, n);
        double dot = 0, a2 = 0, b2 = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double a = heard[at + i] - heardMean, b = known[i] - knownMean;
            dot += a * b;
            a2 += a * a;
            b2 += b * b;
        }
        const double score = a2 > 0 && b2 > 0 ? dot / std::sqrt(a2 * b2) : 0;
        if (score > best.score)
            best = {int(at), score};
    }
    return best;
}

} // namespace tessera::test
