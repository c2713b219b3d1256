#include "WaitModelLearner.h"

#include <algorithm>
#include <numeric>

namespace tessera {

namespace {

// The value below which a share `p` of the sorted values lie (nearest rank).
int quantile(const QList<int> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

int mean(const QList<int> &values)
{
    if (values.isEmpty())
        return 0;
    return int(std::lround(std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size())));
}

} // namespace

void WaitModelLearner::add(const Event &event)
{
    if (const auto *issued = std::get_if<TicketIssued>(&event.payload)) {
        onIssued(*issued, event);
        return;
    }
    std::visit(
        [this, &event](const auto &payload) {
            using T = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<T, TicketCalled>) {
                auto it = m_tickets.find(payload.ticket);
                if (it == m_tickets.end() || it->called)
                    return;
                it->called = true;
                it->calledAt = event.at;
                if (it->learnable) {
                    const int group = it->ranked ? WaitCalibration::Ranked : WaitCalibration::Normal;
                    const int waited = int(qMax<qint64>(0, event.at - it->issuedAt) / 1000);
                    m_waits[{it->band, group}].append(waited);
                    m_waits[{it->band, int(WaitCalibration::Anyone)}].append(waited);
                }
            } else if constexpr (std::is_same_v<T, ServiceStarted>) {
                if (auto it = m_tickets.find(payload.ticket); it != m_tickets.end())
                    it->startedAt = event.at;
            } else if constexpr (std::is_same_v<T, TicketFinished> || std::is_same_v<T, TicketTransferred>) {
                if (auto it = m_tickets.find(payload.ticket); it != m_tickets.end())
                    endService(*it, event.at);
                if constexpr (std::is_same_v<T, TicketTransferred>) {
                    // Waiting again, in another line: that second wait is not a new customer's.
                    if (auto it = m_tickets.find(payload.ticket); it != m_tickets.end()) {
                        it->service = payload.toService;
                        it->learnable = false;
                    }
                } else {
                    m_tickets.remove(payload.ticket);
                }
            } else if constexpr (std::is_same_v<T, TicketCancelled>) {
                auto it = m_tickets.find(payload.ticket);
                if (it == m_tickets.end())
                    return;
                if (!it->called && payload.reason != QLatin1String("dayEnded"))
                    m_services[it->service].abandoned += 1;
                m_tickets.erase(it);
            } else if constexpr (std::is_same_v<T, TicketNoShow>) {
                m_tickets.remove(payload.ticket);
            }
        },
        event.payload);
}

void WaitModelLearner::onIssued(const TicketIssued &issued, const Event &event)
{
    TicketTrack track;
    track.service = issued.service;
    track.ranked = m_config.priorityRank(issued.priority) > 0;
    // A ticket issued with no counter open had no band: it cannot teach what a band means.
    track.learnable = issued.modelWaitSeconds >= 0;
    track.band = issued.waitBand;
    track.issuedAt = event.at;
    m_tickets.insert(issued.ticket, track);
    ServiceTally &tally = m_services[issued.service];
    tally.issued += 1;
    if (track.ranked)
        tally.rankedArrivalsByHour[m_config.toLocal(event.at).time().hour()] += 1;
    m_days.insert(m_config.businessDayAt(event.at), true);
}

void WaitModelLearner::endService(TicketTrack &track, TimestampMs at)
{
    // As the live figures and the report do: finished straight from the call, served from the call.
    const TimestampMs start = track.startedAt ? track.startedAt : track.calledAt;
    if (!start)
        return;
    const qint64 seconds = (at - start) / 1000;
    if (seconds >= 0 && seconds <= kLongestServiceSeconds) {
        ServiceTally &tally = m_services[track.service];
        tally.serviceSeconds.append(int(seconds));
        tally.serviceSecondsByHour[m_config.toLocal(start).time().hour()].append(int(seconds));
    }
    track.startedAt = 0;
    track.calledAt = 0;
}

WaitModel WaitModelLearner::model(const QDate &day) const
{
    WaitModel model;
    model.day = day;
    model.daysLearned = int(m_days.size());
    if (!m_days.isEmpty()) {
        model.firstDay = m_days.firstKey();
        model.lastDay = m_days.lastKey();
    }
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        const ServiceTally &tally = it.value();
        ServiceProfile profile;
        profile.service = it.key();
        profile.issued = tally.issued;
        profile.abandonPermille = tally.issued ? int(std::lround(1000.0 * tally.abandoned / tally.issued)) : 0;
        profile.rankedArrivalsByHour = tally.rankedArrivalsByHour;
        QList<int> sorted = tally.serviceSeconds;
        std::sort(sorted.begin(), sorted.end());
        profile.samples = int(sorted.size());
        profile.meanSeconds = mean(sorted);
        if (!sorted.isEmpty()) {
            for (int i = 1; i <= ServiceProfile::kQuantiles; ++i)
                profile.quantileSeconds.append(quantile(sorted, i / 20.0));
        }
        profile.meanSecondsByHour = QList<int>(24, -1);
        for (auto hour = tally.serviceSecondsByHour.cbegin(); hour != tally.serviceSecondsByHour.cend(); ++hour) {
            if (hour.value().size() >= kMinimumHourSamples)
                profile.meanSecondsByHour[hour.key()] = mean(hour.value());
        }
        model.services.append(profile);
    }
    for (auto it = m_waits.cbegin(); it != m_waits.cend(); ++it) {
        QList<int> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        model.calibration.append({it.key().first, it.key().second, int(sorted.size()), quantile(sorted, 0.075),
                                  quantile(sorted, 0.5), quantile(sorted, 0.925)});
    }
    return model;
}

} // namespace tessera
