#pragma once

#include "DisplaySettings.h"
#include "model/Clock.h"

#include <QObject>
#include <QTimer>
#include <deque>

namespace tessera::display {

// One call as the lobby sees it: a number, the counter to go to, and whether it is a recall.
struct Call
{
    quint64 id = 0; // order of arrival on this display
    TicketId ticket = 0;
    QString label;
    QString service;
    CounterNumber counter = 0;
    bool recall = false;
    TimestampMs at = 0;
};

// What the lobby display shows and says, in order. Calls for this display's zone queue
// up; each becomes the main call in turn and stays so for at least the minimum time and
// until its announcement has been spoken, so that in a burst none flashes past unseen or
// goes unsaid. Earlier calls go to the list of recent calls.
class CallBoard : public QObject
{
    Q_OBJECT

public:
    CallBoard(BranchClient &client, const Clock &clock, const DisplaySettings &settings, QObject *parent = nullptr);

    const Call *current() const { return m_current ? &*m_current : nullptr; }
    const std::deque<Call> &recent() const { return m_recent; } // most recent first
    int pending() const { return int(m_pending.size()); }
    // With an announcer, each main call waits for announced(); without one it does not.
    void setAnnouncing(bool announcing) { m_announcing = announcing; }

public slots:
    void announced(quint64 callId);

signals:
    void changed();                                           // redraw
    void mainCallStarted(const tessera::display::Call &call); // show large, highlight, announce

private:
    void onEvent(const Event &event);
    void rebuildFromState();
    void advance();
    bool isOver(const Call &call) const;
    static constexpr qint64 kOverAfterMs = 20 * 1000; // see isOver()
    static constexpr qint64 kStaleAfterMs = 5 * 60 * 1000;

    BranchClient &m_client;
    const Clock &m_clock;
    const DisplaySettings &m_settings;
    std::optional<Call> m_current;
    std::deque<Call> m_pending;
    std::deque<Call> m_recent;
    quint64 m_nextId = 1;
    bool m_announcing = false;
    bool m_held = false;     // the current call's minimum time is running
    bool m_speaking = false; // the current call's announcement is running
    QTimer m_hold;
};

} // namespace tessera::display
