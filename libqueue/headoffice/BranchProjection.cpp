#include "BranchProjection.h"

#include "report/ReportSource.h"

#include <limits>

namespace tessera {

BranchProjection::BranchProjection(QueueState state) : m_state(std::move(state)) {}
BranchProjection::~BranchProjection() = default;
BranchProjection::BranchProjection(BranchProjection &&) noexcept = default;
BranchProjection &BranchProjection::operator=(BranchProjection &&) noexcept = default;

bool BranchProjection::add(const JournalEntry &entry, const EventHistory &history, QString *error)
{
    // Going on from a saved state: its day's report is taken up from the journal first.
    if (!m_day && m_state.lastSeq() > 0 && m_state.businessDay().isValid() &&
        !startDay(m_state.businessDay(), m_state.lastSeq(), history, error))
        return false;
    const bool sameDay = m_day && m_day->day().day == entry.businessDay;
    if (sameDay) {
        m_day->add(entry.event);
    } else {
        // The day's report starts from the journal, up to and with this event; the report of
        // the day that ended is final (or, after a restart, the day is taken up again).
        std::unique_ptr<ReportBuilder> ended = std::move(m_day);
        if (!startDay(entry.businessDay, entry.event.seq, history, error)) {
            m_day = std::move(ended);
            return false;
        }
        if (ended) {
            DayFigures figures;
            figures.report = ended->reportUntil(ended->day().dayEnd, &figures.samples);
            m_ended.append(std::move(figures));
        }
    }
    m_state.apply(entry.event);
    m_lastAt = qMax(m_lastAt, entry.event.at);
    return true;
}

bool BranchProjection::startDay(const QDate &day, Seq upTo, const EventHistory &history, QString *error)
{
    // A day followed as it runs reads the whole previous day: its later events may go on with
    // tickets of that day, which a report made afterwards would find there too.
    auto dayHistory = ReportSource::history(history, day, std::numeric_limits<TimestampMs>::max() / 2, {}, true);
    if (!dayHistory) {
        *error = dayHistory.error();
        return false;
    }
    DayHistory &context = dayHistory.value();
    while (!context.during.isEmpty() && context.during.last().seq > upTo)
        context.during.removeLast();
    const TimestampMs lastAt = context.during.isEmpty() ? context.dayStart : context.during.last().at;
    context.until = qBound(context.dayStart, lastAt, context.dayEnd);
    m_day = std::make_unique<ReportBuilder>(context);
    return true;
}

QList<BranchProjection::DayFigures> BranchProjection::takeEndedDays()
{
    return std::exchange(m_ended, {});
}

std::optional<BranchProjection::DayFigures> BranchProjection::currentDay() const
{
    if (!m_day)
        return std::nullopt;
    DayFigures figures;
    figures.report = m_day->reportUntil(m_lastAt, &figures.samples);
    return figures;
}

LiveFigures BranchProjection::live() const
{
    if (!m_day)
        return {};
    return LiveFigures::of(m_state, m_day->reportUntil(m_lastAt), m_lastAt);
}

} // namespace tessera
