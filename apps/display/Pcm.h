#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::display::pcm {

// All the display's sound is one format: 16-bit signed mono at 22050 Hz, what espeak-ng
// writes, so recorded words, silences and the chime join by simple concatenation.
constexpr int kSampleRate = 22050;

// The samples of a WAV file in that format; empty with `error` set for anything else.
QByteArray readWav(const QString &path, QString *error = nullptr);
bool writeWav(const QString &path, const QByteArray &samples);
// Cuts the quiet before and after a word, so joined words do not drag.
QByteArray trimSilence(const QByteArray &samples, int threshold = 300);
QByteArray silence(int ms);
// Ding-dong: two bell-like tones (880 Hz, then 660 Hz), 1.1 s.
QByteArray chime();
int durationMs(const QByteArray &samples);

} // namespace tessera::display::pcm
