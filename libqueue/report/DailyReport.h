#pragma once

#include "model/Clock.h"
#include "model/QueueTypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tessera {

// The figures of one business day, as ReportBuilder computes them from the journal.
// Plain data: durations in milliseconds and counts, never rounded or divided here, so
// the PDF, the CSV and the supervisor's screen all round the same numbers the same way.
// The definitions are in docs/REPORT.md (and printed in the report's footer).

// A set of durations (waits or service times).
struct DurationStats
{
    int count = 0;
    qint64 totalMs = 0;
    qint64 medianMs = 0;
    qint64 p90Ms = 0; // 90th percentile, nearest rank
    qint64 maxMs = 0;

    qint64 averageMs() const { return count ? totalMs / count : 0; }
    // Sorts `samples` (which it takes by value for that).
    static DurationStats of(QList<qint64> samples);
    bool operator==(const DurationStats &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("count", s.count), f("totalMs", s.totalMs), f("medianMs", s.medianMs), f("p90Ms", s.p90Ms);
        f("maxMs", s.maxMs);
    }
};

// Customers' ratings of their visits, 1 (poor) to 5 (excellent), given on the ticket's web
// page after it finished. Counted on the day they were given, for the ticket's last service,
// counter and teller.
struct Satisfaction
{
    int ratings = 0;
    int scoreTotal = 0;

    // 0 when nobody rated: a reader shows a dash, never a "0 of 5".
    double average() const { return ratings ? double(scoreTotal) / double(ratings) : 0.0; }
    void add(int score)
    {
        ratings += 1;
        scoreTotal += score;
    }
    void add(const Satisfaction &other)
    {
        ratings += other.ratings;
        scoreTotal += other.scoreTotal;
    }
    bool operator==(const Satisfaction &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("ratings", s.ratings), f("scoreTotal", s.scoreTotal);
    }
};

struct ServiceFigures
{
    QString service; // id; empty for the branch's total row
    QString name;
    QString prefix;
    int targetWaitSeconds = 0;
    int issued = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    int transferredIn = 0;
    int transferredOut = 0;
    int waitingAtEnd = 0; // still waiting when the day ended (or when the report was made)
    DurationStats wait;
    int calledWithinTarget = 0; // of wait.count
    DurationStats serviceTime;
    Satisfaction satisfaction;

    // Adds another's counts (a service's into the total, a day's into a period); the
    // durations are not added: they are recomputed from their samples.
    void addCounts(const ServiceFigures &other)
    {
        issued += other.issued;
        served += other.served;
        noShow += other.noShow;
        cancelled += other.cancelled;
        transferredIn += other.transferredIn;
        transferredOut += other.transferredOut;
        calledWithinTarget += other.calledWithinTarget;
        satisfaction.add(other.satisfaction);
    }
    bool operator==(const ServiceFigures &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("service", s.service), f("name", s.name), f("prefix", s.prefix), f("targetWaitSeconds", s.targetWaitSeconds);
        f("issued", s.issued), f("served", s.served), f("noShow", s.noShow), f("cancelled", s.cancelled);
        f("transferredIn", s.transferredIn), f("transferredOut", s.transferredOut), f("waitingAtEnd", s.waitingAtEnd);
        f("wait", s.wait), f("calledWithinTarget", s.calledWithinTarget), f("serviceTime", s.serviceTime);
        f("satisfaction", s.satisfaction);
    }
};

// One counter, or one teller (across the counters they worked at).
struct StaffFigures
{
    QString id; // the counter's number, or the teller's login name
    QString name;
    int served = 0;
    qint64 serviceMs = 0; // summed service time of the tickets served
    qint64 openMs = 0;    // logged in and open, paused included
    qint64 pausedMs = 0;
    qint64 servingMs = 0; // with a customer being served (from start, or from the call if never started)
    Satisfaction satisfaction;

    qint64 averageServiceMs() const { return served ? serviceMs / served : 0; }
    // Serving time as a share of the open, unpaused time; -1 when the counter was never open.
    double utilisation() const
    {
        const qint64 available = openMs - pausedMs;
        return available > 0 ? double(servingMs) / double(available) : -1.0;
    }
    bool operator==(const StaffFigures &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("name", s.name), f("served", s.served), f("serviceMs", s.serviceMs), f("openMs", s.openMs);
        f("pausedMs", s.pausedMs), f("servingMs", s.servingMs), f("satisfaction", s.satisfaction);
    }
};

struct HourFigures
{
    int hour = 0; // local clock hour, 0-23
    int arrivals = 0;
    int served = 0;
    int calls = 0;       // first calls in this hour: the waits averaged
    qint64 waitMs = 0;   // their summed waits
    int longestLine = 0; // most tickets waiting at once, branch-wide
    // The estimates of the tickets issued in this hour, against their waits (see EstimateFigures).
    int estimatesCompared = 0;
    qint64 estimateAbsoluteErrorMs = 0;
    int estimatesWithinRange = 0;
    double forecastArrivals = -1; // what the day's forecast expected in this hour; -1: no forecast

    qint64 averageWaitMs() const { return calls ? waitMs / calls : 0; }
    qint64 estimateMeanAbsoluteErrorMs() const
    {
        return estimatesCompared ? estimateAbsoluteErrorMs / estimatesCompared : 0;
    }
    bool operator==(const HourFigures &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("hour", s.hour), f("arrivals", s.arrivals), f("served", s.served), f("calls", s.calls);
        f("waitMs", s.waitMs), f("longestLine", s.longestLine), f("estimatesCompared", s.estimatesCompared);
        f("estimateAbsoluteErrorMs", s.estimateAbsoluteErrorMs), f("estimatesWithinRange", s.estimatesWithinRange);
        f("forecastArrivals", s.forecastArrivals);
    }
};

// Appointments whose slot is on the day, whenever they were booked.
struct AppointmentFigures
{
    int booked = 0;
    int checkedIn = 0;
    int expired = 0;
    int cancelled = 0;
    bool operator==(const AppointmentFigures &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("booked", s.booked), f("checkedIn", s.checkedIn), f("expired", s.expired), f("cancelled", s.cancelled);
    }
};

// The wait estimate of a ticket against the wait that followed, for tickets issued with one:
// the error of its figure (unrounded), and whether the wait fell in the range it printed.
struct EstimateFigures
{
    int compared = 0;
    qint64 errorTotalMs = 0;         // sum of (actual - estimate): positive means waits ran longer
    qint64 absoluteErrorTotalMs = 0; // sum of |actual - estimate|
    int waitedLonger = 0;            // actual wait ran past the top of the printed range
    int withinRange = 0;             // actual wait inside the printed range

    qint64 meanErrorMs() const { return compared ? errorTotalMs / compared : 0; }
    qint64 meanAbsoluteErrorMs() const { return compared ? absoluteErrorTotalMs / compared : 0; }
    bool operator==(const EstimateFigures &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("compared", s.compared), f("errorTotalMs", s.errorTotalMs), f("absoluteErrorTotalMs", s.absoluteErrorTotalMs);
        f("waitedLonger", s.waitedLonger), f("withinRange", s.withinRange);
    }
};

// What a customer wrote with a rating, as typed: every reader shows it as plain text.
struct FeedbackComment
{
    TimestampMs at = 0;
    QString ticketLabel;
    QString service; // id
    CounterNumber counter = 0;
    QString teller;
    int score = 0;
    QString comment;
    bool operator==(const FeedbackComment &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("at", s.at), f("ticketLabel", s.ticketLabel), f("service", s.service), f("counter", s.counter);
        f("teller", s.teller), f("score", s.score), f("comment", s.comment);
    }
};

struct DailyReport
{
    QString branchId;
    QString branchName;
    QString timeZone; // IANA id, in which the hours are given
    QDate day;
    TimestampMs dayStart = 0; // the business day's bounds (rollover to rollover)
    TimestampMs dayEnd = 0;
    TimestampMs until = 0; // figures run up to here: dayEnd, or the moment of a report on today
    QList<ServiceFigures> services;
    ServiceFigures total;
    QList<StaffFigures> counters;
    QList<StaffFigures> tellers;
    QList<HourFigures> hours; // the day's hours in order, from the rollover hour
    AppointmentFigures appointments;
    EstimateFigures estimates;
    QList<FeedbackComment> comments; // in the order given; ratings without words are not listed

    bool complete() const { return until >= dayEnd; }
    bool operator==(const DailyReport &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("branchId", s.branchId), f("branchName", s.branchName), f("timeZone", s.timeZone), f("day", s.day);
        f("dayStart", s.dayStart), f("dayEnd", s.dayEnd), f("until", s.until), f("services", s.services);
        f("total", s.total), f("counters", s.counters), f("tellers", s.tellers), f("hours", s.hours);
        f("appointments", s.appointments), f("estimates", s.estimates), f("comments", s.comments);
    }
};

} // namespace tessera
