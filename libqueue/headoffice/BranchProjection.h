#pragma once

#include "LiveFigures.h"
#include "report/ReportBuilder.h"
#include "storage/EventHistory.h"

#include <memory>

namespace tessera {

// One branch's read models, folded event by event as its events reach the head office: the
// branch's state now (the same QueueState::apply its stations run) and its business day's
// report so far (the same ReportBuilder its own daily report runs). No SQL of its own: a
// new business day reads its context (what the day goes on from) through `history`.
class BranchProjection
{
public:
    // From the branch's first event, or from a state saved after some event.
    explicit BranchProjection(QueueState state = {});
    ~BranchProjection();
    BranchProjection(BranchProjection &&) noexcept;
    BranchProjection &operator=(BranchProjection &&) noexcept;

    // Folds the branch's next event; `history` must already hold it. False with `error` when
    // the day's context cannot be read (the event is not folded; try again later).
    bool add(const JournalEntry &entry, const EventHistory &history, QString *error);

    struct DayFigures
    {
        DailyReport report;
        ServiceSamples samples;
    };
    // The days whose end the events added since the last call passed, with their final figures.
    QList<DayFigures> takeEndedDays();
    // The day running, up to its last event; nullopt before the branch's first business day.
    std::optional<DayFigures> currentDay() const;
    // What the live table shows; empty figures before the first business day.
    LiveFigures live() const;

    const QueueState &state() const { return m_state; }
    Seq lastSeq() const { return m_state.lastSeq(); }

private:
    // The report of `day` from the journal, folded up to and with the event `upTo`.
    bool startDay(const QDate &day, Seq upTo, const EventHistory &history, QString *error);

    QueueState m_state;
    std::unique_ptr<ReportBuilder> m_day; // the business day running, once it is known
    TimestampMs m_lastAt = 0;
    QList<DayFigures> m_ended;
};

} // namespace tessera
