#include "Announcer.h"

#include "Pcm.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcSound, "tessera.sound")

namespace tessera::display {

namespace {

QAudioFormat pcmFormat()
{
    QAudioFormat format;
    format.setSampleRate(pcm::kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

} // namespace

Announcer::Announcer(const QueueState &state, const DisplaySettings &settings, QObject *parent)
    : QObject(parent), m_state(state), m_settings(settings),
      m_pack(settings.voicePack.isEmpty() ? VoicePack::findDefault() : settings.voicePack)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        m_progress.stop();
        problem(tr("Sound: a part of the announcement did not finish playing; check the speakers."));
        stepDone();
    });
    m_progress.setInterval(10);
    connect(&m_progress, &QTimer::timeout, this, &Announcer::checkProgress);
    QTimer::singleShot(0, this, &Announcer::openOutput);
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &Announcer::stepDone);
}

Announcer::~Announcer()
{
    if (m_sink)
        m_sink->stop();
}

int Announcer::outputBufferMs() const
{
    return m_sink ? int(m_sink->bufferSize() * 1000 / (pcm::kSampleRate * 2)) : 0;
}

void Announcer::announce(const Call &call)
{
    m_queue.push_back(call);
    if (!m_playing)
        startNext();
}

std::deque<Announcer::Step> Announcer::stepsFor(const Call &call)
{
    std::deque<Step> steps;
    const BranchConfig &config = m_state.config();
    for (int round = 0; round < m_settings.repeat; ++round) {
        if (round > 0)
            steps.push_back({Step::Kind::Pause, {}, {}, {}, {}, m_settings.gapMs});
        steps.push_back({Step::Kind::Sound, pcm::chime(), {}, {}, {}, 0});
        for (const AnnouncementVoice &voice : config.announcementVoices) {
            steps.push_back({Step::Kind::Pause, {}, {}, {}, {}, m_settings.gapMs / 2});
            const auto reading = voice.wholeNumbers ? voice::NumberReading::Whole : voice::NumberReading::Digits;
            const voice::Utterance words =
                voice::Announcement::call(voice.language, call.label, call.counter, reading, call.recall);
            if (voice.speech) {
                steps.push_back({Step::Kind::Speech,
                                 {},
                                 voice::Announcement::text(voice.language, words),
                                 voice.language,
                                 voice.engine,
                                 0});
                continue;
            }
            QStringList missing;
            const QByteArray samples = m_pack.say(voice.language, words, &missing);
            if (!missing.isEmpty())
                problem(tr("Voice pack %1 has no recording for: %2")
                            .arg(m_pack.directory(), missing.join(QStringLiteral(", "))));
            if (!samples.isEmpty())
                steps.push_back({Step::Kind::Sound, samples, {}, voice.language, {}, 0});
        }
    }
    // Sounds and the pauses between them go out as one piece: the gaps are then exact, and
    // the output is only waited for where a synthesizer has to speak.
    std::deque<Step> merged;
    for (Step &step : steps) {
        if (step.kind == Step::Kind::Pause)
            step = {Step::Kind::Sound, pcm::silence(step.ms), {}, {}, {}, 0};
        if (step.kind == Step::Kind::Sound && !merged.empty() && merged.back().kind == Step::Kind::Sound)
            merged.back().samples += step.samples;
        else
            merged.push_back(std::move(step));
    }
    return merged;
}

void Announcer::startNext()
{
    if (m_queue.empty()) {
        m_playing.reset();
        return;
    }
    m_playing = m_queue.front();
    m_queue.pop_front();
    m_steps = stepsFor(*m_playing);
    m_chimed = false;
    runStep();
}

void Announcer::runStep()
{
    if (m_steps.empty()) {
        const quint64 id = m_playing->id;
        m_playing.reset();
        emit finished(id);
        return startNext();
    }
    const Step &step = m_steps.front();
    switch (step.kind) {
    case Step::Kind::Sound:
        if (!m_chimed) {
            m_chimed = true;
            emit chimeStarted(m_playing->id);
        }
        return playSound(step.samples);
    case Step::Kind::Speech:
        return speak(step);
    case Step::Kind::Pause:
        m_pause.start(step.ms);
        return;
    }
}

void Announcer::stepDone()
{
    m_watchdog.stop();
    if (!m_steps.empty())
        m_steps.pop_front();
    // Steps end from signal handlers of the sink and the synthesizer: go on from the loop.
    QMetaObject::invokeMethod(this, &Announcer::runStep, Qt::QueuedConnection);
}

// The output starts at once and plays silence until there is something to say: the first
// call then does not wait for the sound system to wake, nor lose its first moment.
void Announcer::openOutput()
{
    if (m_sink)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        problem(tr("Sound: there is no audio output; calls are shown but not announced."));
        return;
    }
    m_sink = std::make_unique<QAudioSink>(device, pcmFormat());
    m_sink->setVolume(m_settings.volume / 100.0);
    m_sink->setBufferSize(pcm::kSampleRate * 2 / 10); // 100 ms: the chime starts promptly, no gaps seen
    m_sink->start(&m_stream);
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        problem(tr("Sound: the audio output could not be opened (error %1).").arg(int(m_sink->error())));
        m_sink.reset();
    }
}

void Announcer::playSound(const QByteArray &samples)
{
    openOutput();
    if (!m_sink)
        return stepDone();
    m_soundEnd = m_stream.enqueue(samples);
    m_watchdog.start(pcm::durationMs(samples) + 3000);
    m_progress.start();
}

// The sound has gone out once the output has read past its end and through its own buffer.
void Announcer::checkProgress()
{
    if (m_steps.empty() || m_steps.front().kind != Step::Kind::Sound) {
        m_progress.stop();
        return;
    }
    if (m_stream.position() >= m_soundEnd + m_sink->bufferSize()) {
        m_progress.stop();
        if (m_problem.startsWith(tr("Sound:")))
            problem({}); // it works again
        stepDone();
    }
}

void Announcer::speak(const Step &step)
{
    QTextToSpeech *&speaker = m_speakers[step.engine];
    if (!speaker) {
        speaker = new QTextToSpeech(step.engine, this);
        connect(speaker, &QTextToSpeech::stateChanged, this, [this, speaker](QTextToSpeech::State state) {
            if (m_steps.empty() || m_steps.front().kind != Step::Kind::Speech)
                return;
            if (state == QTextToSpeech::Ready) {
                stepDone();
            } else if (state == QTextToSpeech::Error) {
                problem(tr("Speech: the \"%1\" synthesizer failed: %2")
                            .arg(m_steps.front().engine, speaker->errorString()));
                stepDone();
            }
        });
    }
    if (speaker->state() == QTextToSpeech::Error) {
        problem(tr("Speech: the \"%1\" synthesizer is not working: %2").arg(step.engine, speaker->errorString()));
        return stepDone();
    }
    speaker->setLocale(QLocale(step.language));
    speaker->setVolume(m_settings.volume / 100.0);
    // About 15 characters a second, and some: a synthesizer that never says "done" is cut off.
    m_watchdog.start(4000 + int(step.text.size()) * 150);
    speaker->say(step.text);
}

void Announcer::problem(const QString &text)
{
    if (text == m_problem)
        return;
    m_problem = text;
    if (!text.isEmpty())
        qCWarning(lcSound).noquote() << text;
    emit soundProblem(text);
}

} // namespace tessera::display
