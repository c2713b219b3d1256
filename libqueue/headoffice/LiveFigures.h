#pragma once

#include "model/QueueState.h"
#include "report/DailyReport.h"

#include <QByteArray>
#include <optional>

namespace tessera {

// A branch's figures now, as the head office's live table shows them: what is in its lobby
// (from the folded QueueState) and how its day has gone so far (from today's DailyReport, so
// "served today" and "within target" mean exactly what the daily report means). Stored as
// JSON in branch_live.figures; the field names are documented in docs/HEADOFFICE.md.
struct LiveService
{
    QString id;
    QString name;
    int waiting = 0;
    TimestampMs oldestWaitingSince = 0; // the place in line of the first ticket waiting; 0: none
    int targetWaitSeconds = 0;
    bool operator==(const LiveService &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("name", s.name), f("waiting", s.waiting), f("oldestWaitingSince", s.oldestWaitingSince);
        f("targetWaitSeconds", s.targetWaitSeconds);
    }
};

struct LiveCounter
{
    CounterNumber number = 0;
    QString name;
    CounterStatus status = CounterStatus::Closed;
    QString teller; // display name of who is logged in; empty: nobody
    QString ticket; // label of the ticket called or served there; empty: none
    int servedToday = 0;
    bool operator==(const LiveCounter &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("number", s.number), f("name", s.name), f("status", s.status), f("teller", s.teller), f("ticket", s.ticket);
        f("servedToday", s.servedToday);
    }
};

struct LiveFigures
{
    QString branchName;
    QDate day;          // the branch's business day
    TimestampMs at = 0; // the last event folded in (the branch server's clock)
    QList<LiveService> services;
    QList<LiveCounter> counters;
    ServiceFigures today; // the daily report's total row, up to `at`
    int printFailuresToday = 0;
    QString lastPrintFailure; // why the latest ticket could not be printed; empty when it printed

    int waiting() const;
    TimestampMs oldestWaitingSince() const; // 0: nobody waits
    int countersOpen() const;               // open or paused, with a teller or not
    // The longest wait now past its service's target, in ms past it; 0 when none is.
    qint64 overTargetMs(TimestampMs now) const;

    // `today`: the daily report of the state's business day up to `at`, the last event's time.
    static LiveFigures of(const QueueState &state, const DailyReport &today, TimestampMs at);
    QByteArray toJson() const;
    static std::optional<LiveFigures> fromJson(const QByteArray &json);

    bool operator==(const LiveFigures &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("branchName", s.branchName), f("day", s.day), f("at", s.at), f("services", s.services);
        f("counters", s.counters), f("today", s.today), f("printFailuresToday", s.printFailuresToday);
        f("lastPrintFailure", s.lastPrintFailure);
    }
};

} // namespace tessera
