#pragma once

#include "Pcm.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace tessera::test {

// A PulseAudio of the test's own, with a null sink whose monitor records what is played:
// what the lobby would have heard, without speakers. Must start before the program's
// first sound (Qt connects to the sound server once).
class PrivateSoundServer
{
public:
    bool start()
    {
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
        qunsetenv("PULSE_SERVER");
        QProcess server;
        server.start(QStringLiteral("pulseaudio"),
                     {QStringLiteral("--daemonize=yes"), QStringLiteral("--exit-idle-time=-1"), QStringLiteral("-n"),
                      QStringLiteral("--load=module-null-sink sink_name=test_sink"),
                      QStringLiteral("--load=module-native-protocol-unix")});
        if (!server.waitForFinished(15000) || server.exitCode() != 0) {
            m_error =
                QStringLiteral("pulseaudio did not start: ") + QString::fromLocal8Bit(server.readAllStandardError());
            return false;
        }
        for (int i = 0; i < 50; ++i) {
            if (QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("info")}) == 0)
                return true;
            QThread::msleep(100);
        }
        m_error = QStringLiteral("pulseaudio does not answer");
        return false;
    }
    ~PrivateSoundServer() { QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("exit")}); }
    QString error() const { return m_error; }

    // Records the sink in the display's own format until stopRecording().
    void startRecording()
    {
        // Silence playing all along keeps the sink running: an idle null sink records nothing,
        // and the start of the first sound would be lost while it wakes.
        m_silence.start(QStringLiteral("pacat"), {QStringLiteral("--playback"), QStringLiteral("/dev/zero")});
        m_silence.waitForStarted();
        QFile::remove(path()); // the wait below must see this recording grow, not the last one
        m_recording.start(QStringLiteral("parec"),
                          {QStringLiteral("-d"), QStringLiteral("test_sink.monitor"), QStringLiteral("--rate=22050"),
                           QStringLiteral("--channels=1"), QStringLiteral("--format=s16le"),
                           QStringLiteral("--latency-msec=20"), QStringLiteral("--file-format=wav"), path()});
        m_recording.waitForStarted();
        // Recording for real (a fifth of a second of silence on file) before anything plays.
        const QFileInfo file(path());
        for (int i = 0; i < 100; ++i) {
            if (QFileInfo(file.filePath()).size() > 44 + display::pcm::kSampleRate * 2 / 5)
                return;
            QThread::msleep(50);
        }
        qWarning("the recording did not start");
    }
    QByteArray stopRecording()
    {
        QThread::msleep(300);
        m_recording.terminate();
        m_recording.waitForFinished();
        m_silence.kill();
        m_silence.waitForFinished();
        QString error;
        const QByteArray samples = display::pcm::readWav(path(), &error);
        if (samples.isEmpty())
            qWarning("recording: %s", qPrintable(error));
        return samples;
    }

private:
    QString path() const { return m_runtime.filePath(QStringLiteral("heard.wav")); }
    QTemporaryDir m_runtime;
    QProcess m_recording;
    QProcess m_silence;
    QString m_error;
};

} // namespace tessera::test
