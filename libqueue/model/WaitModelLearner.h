#pragma once

#include "BranchConfig.h"
#include "Events.h"
#include "WaitModel.h"

#include <QHash>
#include <QMap>

namespace tessera {

// Learns a WaitModel from the events of past business days, fed in journal order:
//  - service times (service started, or called, to finished or transferred) per service and local
//    hour; absurd ones (over kLongestServiceSeconds: a ticket left open for hours) left out;
//  - how many customers gave up before being called (cancelled while waiting, the day's
//    end not counted) and how many priority customers arrived per hour;
//  - for each situation band (recorded on TicketIssued by the estimator of its day), the
//    real waits from issue to first call, as the low, median and high of the range.
// A pure fold: no I/O, so a test feeds it a scripted history and checks every figure.
class WaitModelLearner
{
public:
    static constexpr int kLongestServiceSeconds = 3 * 3600;
    static constexpr int kMinimumHourSamples = 30;

    explicit WaitModelLearner(const BranchConfig &config) : m_config(config) {}

    void add(const Event &event);
    // The model for `day`, from every event added (the caller gives only earlier days).
    WaitModel model(const QDate &day) const;

private:
    struct TicketTrack
    {
        QString service;
        bool ranked = false;
        bool learnable = false; // issued with a band by an estimator that knew the model
        int band = 0;
        TimestampMs issuedAt = 0;
        TimestampMs calledAt = 0; // at the counter serving it now
        TimestampMs startedAt = 0;
        bool called = false; // ever: only the first call ends the wait learned from
    };
    struct ServiceTally
    {
        QList<int> serviceSeconds;
        QMap<int, QList<int>> serviceSecondsByHour;
        QList<int> rankedArrivalsByHour = QList<int>(24, 0);
        int issued = 0;
        int abandoned = 0;
    };

    void onIssued(const TicketIssued &issued, const Event &event);
    void endService(TicketTrack &track, TimestampMs at);

    BranchConfig m_config;
    QHash<TicketId, TicketTrack> m_tickets;
    QMap<QString, ServiceTally> m_services;
    QMap<std::pair<int, int>, QList<int>> m_waits; // (band, group) -> real waits in seconds
    QMap<QDate, bool> m_days;                      // business days with customers
};

} // namespace tessera
