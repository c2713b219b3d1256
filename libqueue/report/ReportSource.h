#pragma once

#include "ReportBuilder.h"
#include "model/Expected.h"
#include "storage/EventHistory.h"

#include <QCoreApplication>

namespace tessera {

// Reads what a daily report needs from the journal, and nothing more: the day's events
// (by the business day each was filed under), the counter and appointment events before
// them (a few dozen a day; found by type), the configuration in force, and the previous
// business day only when the day goes on with its tickets. So a report on a year-old
// journal reads little more than one on a fresh one.
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReportSource)

public:
    // `now` bounds a day still running. Errors say what is wrong: a day before the journal
    // starts, a day that has not begun, a past day the server did not run (a running server
    // journals the start of every business day), no configuration, a corrupt event.
    // `language`: of the names in the report (empty: the branch's default language).
    // `wholePreviousDay`: read the previous business day as context even when the day's events
    // so far do not need it (a day followed as it runs: its later events may).
    static Expected<DayHistory, QString> history(const EventHistory &journal, const QDate &day, TimestampMs now,
                                                 const QString &language = {}, bool wholePreviousDay = false);
    // The branch's business day at `now` (before the rollover time, that is yesterday's date).
    static Expected<QDate, QString> businessDay(const EventHistory &journal, TimestampMs now);
    // The configuration in force at `seq`.
    static Expected<BranchConfig, QString> configAt(const EventHistory &journal, Seq seq);
    static Expected<DailyReport, QString> report(const EventHistory &journal, const QDate &day, TimestampMs now,
                                                 const QString &language = {});
};

} // namespace tessera
