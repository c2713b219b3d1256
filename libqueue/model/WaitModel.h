#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tessera {

// What a branch's own history says about waiting: learned from the journal's past business
// days by WaitModelLearner, journaled as WaitModelLearned at the start of each day, and
// folded into QueueState, so the server and every station estimate from the same figures.
// Integers only (seconds, per-mille), as every journaled field is.

// How long a service takes at a counter, and how its customers behave while waiting.
struct ServiceProfile
{
    static constexpr int kQuantiles = 19; // 5 %, 10 %, ... 95 %

    QString service;
    int samples = 0;            // service times learned from (0: none yet)
    int meanSeconds = 0;        // of the service times, the absurd ones left out
    QList<int> quantileSeconds; // kQuantiles values, ascending, when samples > 0
    // Mean service time per local hour (24 values); -1 where the hour had too few samples.
    QList<int> meanSecondsByHour;
    int issued = 0;          // tickets issued on the days learned
    int abandonPermille = 0; // of them, per mille that gave up before being called
    // Tickets of a class called before normal ones (priority, VIP, appointments), per local
    // hour, summed over the days learned: they overtake a normal customer already waiting.
    QList<int> rankedArrivalsByHour;

    // The mean service time at `hour`, from that hour when it had enough samples.
    int meanSecondsAt(int hour) const;
    // Expected time still to go for a customer whose service has lasted `elapsedSeconds`:
    // the mean of the learned service times longer than that, less what has passed.
    double residualSeconds(double elapsedSeconds) const;

    bool operator==(const ServiceProfile &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("service", s.service), f("samples", s.samples), f("meanSeconds", s.meanSeconds);
        f("quantileSeconds", s.quantileSeconds), f("meanSecondsByHour", s.meanSecondsByHour);
        f("issued", s.issued), f("abandonPermille", s.abandonPermille);
        f("rankedArrivalsByHour", s.rankedArrivalsByHour);
    }
};

// The real waits of past customers who met the same situation (see WaitEstimator::situation).
struct WaitCalibration
{
    enum Group
    {
        Normal = 0, // customers of the normal class
        Ranked = 1, // customers of a class called first
        Anyone = 2  // both together, when one group alone has too few
    };

    int band = 0; // WaitEstimator's situation band
    int group = Normal;
    int samples = 0;
    int lowSeconds = 0;    // 7.5 % of the real waits were shorter
    int medianSeconds = 0; // the middle real wait
    int highSeconds = 0;   // 7.5 % were longer

    bool operator==(const WaitCalibration &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("band", s.band), f("group", s.group), f("samples", s.samples), f("lowSeconds", s.lowSeconds);
        f("medianSeconds", s.medianSeconds), f("highSeconds", s.highSeconds);
    }
};

struct WaitModel
{
    QDate day;      // the business day it was learned for (from the days before it)
    QDate firstDay; // the history it was learned from
    QDate lastDay;
    int daysLearned = 0; // business days in that span that had customers
    QList<ServiceProfile> services;
    QList<WaitCalibration> calibration;
    // Customers expected on the day per half hour of the local clock (ArrivalForecast, all
    // services), in hundredths; empty when the history could not say. The report sets what
    // came beside it.
    QList<int> forecastCentiBySlot;

    bool isEmpty() const { return daysLearned == 0; }
    const ServiceProfile *service(const QString &id) const;
    // The calibration for a band, in the customer's group or failing that for anyone,
    // when it has at least `minimumSamples` waits behind it.
    const WaitCalibration *calibrationFor(int band, bool ranked, int minimumSamples) const;

    bool operator==(const WaitModel &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("day", s.day), f("firstDay", s.firstDay), f("lastDay", s.lastDay), f("daysLearned", s.daysLearned);
        f("services", s.services), f("calibration", s.calibration), f("forecastCentiBySlot", s.forecastCentiBySlot);
    }
};

} // namespace tessera
