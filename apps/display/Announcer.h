#pragma once

#include "CallBoard.h"
#include "PcmStream.h"
#include "VoicePack.h"

#include <QTimer>
#include <deque>
#include <memory>

class QAudioSink;
class QTextToSpeech;

namespace tessera::display {

// Says each call: a chime, then the announcement in each of the branch's languages in
// order, from the recorded voice pack or a speech synthesizer as the branch chose. One
// call at a time, in the order they come, none dropped, none overlapping. When there is no
// sound (no audio device, a synthesizer that fails) it says so through soundProblem(), lets
// the call go on silently and keeps going: the screen never waits on a broken speaker.
class Announcer : public QObject
{
    Q_OBJECT

public:
    Announcer(const QueueState &state, const DisplaySettings &settings, QObject *parent = nullptr);
    ~Announcer() override;

    VoicePack &voicePack() { return m_pack; }
    bool isBusy() const { return m_playing.has_value(); }
    // How far behind the output plays what it is handed (0 before the first sound).
    int outputBufferMs() const;

public slots:
    void announce(const tessera::display::Call &call);

signals:
    void chimeStarted(quint64 callId);
    void finished(quint64 callId);          // everything for this call has been said (or could not be)
    void soundProblem(const QString &text); // for the admin overlay; empty when sound works again

private:
    struct Step
    {
        enum class Kind
        {
            Sound,
            Speech,
            Pause
        } kind;
        QByteArray samples;
        QString text;
        QString language;
        QString engine;
        int ms = 0;
    };

    std::deque<Step> stepsFor(const Call &call);
    void startNext();
    void runStep();
    void stepDone();
    void openOutput();
    void playSound(const QByteArray &samples);
    void checkProgress();
    void speak(const Step &step);
    void problem(const QString &text);

    const QueueState &m_state; // the branch configuration says which voices speak
    const DisplaySettings &m_settings;
    VoicePack m_pack;
    std::deque<Call> m_queue;
    std::optional<Call> m_playing;
    std::deque<Step> m_steps;
    bool m_chimed = false;
    PcmStream m_stream;
    qint64 m_soundEnd = 0; // where in the stream the sound being played ends
    std::unique_ptr<QAudioSink> m_sink;
    QTimer m_progress;                          // checks how far the output has played
    QHash<QString, QTextToSpeech *> m_speakers; // by engine
    QTimer m_watchdog;                          // a step that never reports its end ends anyway
    QTimer m_pause;
    QString m_problem;
};

} // namespace tessera::display
