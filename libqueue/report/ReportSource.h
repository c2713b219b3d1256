#pragma once

#include "ReportBuilder.h"
#include "model/Expected.h"
#include "storage/Journal.h"

#include <QCoreApplication>

namespace tessera {

// Reads what a daily report needs from the journal, and nothing more: the day's events
// (by the business day each was filed under), the previous business day's as context,
// the counter and appointment events before that (few; found by type), and the
// configuration in force. A year-old journal costs no more than a fresh one.
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReportSource)

public:
    // `now` bounds a day still running. Errors say what to do: a day before the journal
    // starts, a day that has not begun, a journal with no configuration, a corrupt event.
    // `language`: of the names in the report (empty: the branch's default language).
    static Expected<DayHistory, QString> history(const Journal &journal, const QDate &day, TimestampMs now,
                                                 const QString &language = {});
    // The branch's business day at `now` (before the rollover time, that is yesterday's date).
    static Expected<QDate, QString> businessDay(const Journal &journal, TimestampMs now);
    // The configuration in force at `seq`.
    static Expected<BranchConfig, QString> configAt(const Journal &journal, Seq seq);
    static Expected<DailyReport, QString> report(const Journal &journal, const QDate &day, TimestampMs now,
                                                 const QString &language = {});
};

} // namespace tessera
