#include "ReportBuilder.h"

#include "model/BranchConfigLoader.h"
#include "model/WaitEstimator.h"

#include <algorithm>
#include <cmath>

namespace tessera {

DurationStats DurationStats::of(QList<qint64> samples)
{
    DurationStats stats;
    if (samples.isEmpty())
        return stats;
    const qsizetype n = samples.size();
    stats.count = int(n);
    for (qint64 sample : samples)
        stats.totalMs += sample;
    // The median of an even count is the mean of the middle two; the 90th percentile is the
    // nearest rank: the smallest sample with at least 90 % of the samples at or below it.
    // Partial sorts (linear) rather than a whole sort: a period of a hundred branches has millions.
    const auto begin = samples.begin();
    const qsizetype middle = n / 2;
    const qsizetype p90 = qsizetype(std::ceil(0.9 * double(n))) - 1; // never before `middle`
    std::nth_element(begin, begin + middle, samples.end());
    const qint64 upperMiddle = samples[middle];
    stats.medianMs = n % 2 ? upperMiddle : (*std::max_element(begin, begin + middle) + upperMiddle) / 2;
    std::nth_element(begin + middle, begin + p90, samples.end());
    stats.p90Ms = samples[p90];
    stats.maxMs = *std::max_element(begin + p90, samples.end());
    return stats;
}

DailyReport ReportBuilder::build(const DayHistory &history)
{
    return ReportBuilder(history).finish();
}

ReportBuilder::ReportBuilder(const DayHistory &history)
{
    m_history.day = history.day;
    m_history.dayStart = history.dayStart;
    m_history.dayEnd = history.dayEnd;
    m_history.until = history.until;
    m_history.timeZone = history.timeZone;
    m_history.language = history.language;
    m_history.config = history.config;
    if (history.config)
        useConfig(*history.config);
    m_hours.resize(24);
    for (const Event &event : history.before)
        fold(event, false);
    findHourStarts();
    m_counting = true;
    m_lastHour = 0;
    m_hours[0].longestLine = m_waiting;
    for (const Event &event : history.during)
        fold(event, true);
}

void ReportBuilder::add(const Event &event)
{
    // Time is counted up to `until` (counters open, tickets at a counter): the day now runs
    // at least to this event.
    m_history.until = qMin(m_history.dayEnd, qMax(m_history.until, event.at));
    fold(event, true);
}

DailyReport ReportBuilder::reportUntil(TimestampMs until, ServiceSamples *samples) const
{
    ReportBuilder copy(*this);
    copy.m_history.until = qMin(qMax(until, m_history.until), m_history.dayEnd);
    if (samples)
        *samples = m_samples;
    return copy.finish();
}

void ReportBuilder::findHourStarts()
{
    // Once per report rather than a time-zone conversion per event: the day's local clock
    // hours, the first from the rollover (03:00, or 03:30 for a rollover at half past).
    m_hourStarts = {m_history.dayStart};
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_history.dayStart, m_history.timeZone);
    for (int i = 1; i < 24; ++i) {
        const QDateTime hour = start.addSecs(qint64(i) * 3600);
        const QDateTime onTheHour(hour.date(), QTime(hour.time().hour(), 0), m_history.timeZone);
        m_hourStarts << qMax(m_hourStarts.last(), onTheHour.toMSecsSinceEpoch());
    }
}

void ReportBuilder::fold(const Event &event, bool counting)
{
    if (counting)
        advanceHoursTo(event.at);
    std::visit([this, &event](const auto &payload) { on(payload, event); }, event.payload);
}

void ReportBuilder::useConfig(const BranchConfig &config)
{
    m_config = config;
    for (const ServiceConfig &service : config.services)
        m_serviceConfigs.insert(service.id, service);
}

// --- tickets ------------------------------------------------------------------------

ReportBuilder::TicketTrack &ReportBuilder::ticket(TicketId id)
{
    auto it = m_tickets.find(id);
    if (it == m_tickets.end()) {
        // Issued before the context the reader gave us (carried over for days): counted at
        // counters, but its service and wait are unknown.
        it = m_tickets.insert(id, TicketTrack{});
        it->known = false;
        it->status = TicketStatus::Called;
    }
    return *it;
}

// The figures of a service, to count into; null for a ticket whose service is unknown.
ServiceFigures *ReportBuilder::service(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    auto it = m_services.find(id);
    if (it == m_services.end()) {
        it = m_services.insert(id, ServiceFigures{});
        it->service = id;
    }
    return &*it;
}

void ReportBuilder::on(const ConfigChanged &e, const Event &)
{
    if (auto loaded = BranchConfigLoader::fromJson(e.json.toUtf8(), QStringLiteral("journal")))
        useConfig(loaded.value());
}

void ReportBuilder::on(const TicketIssued &e, const Event &event)
{
    TicketTrack track;
    track.service = e.service;
    track.label = e.label;
    track.waitingSince = event.at;
    track.estimatedWaitSeconds = e.estimatedWaitSeconds;
    // Tickets from before ranges were printed said "about N min", N rounded up.
    track.printedWait = e.estimateHighSeconds >= 0 ? WaitEstimator::printed(e.estimateLowSeconds, e.estimateHighSeconds)
                                                   : PrintedWait{qMax(0, (e.estimatedWaitSeconds + 59) / 60 - 1),
                                                                 qMax(1, (e.estimatedWaitSeconds + 59) / 60)};
    track.issueHour = m_counting ? hourIndex(event.at) : -1;
    m_tickets.insert(e.ticket, track);
    joinLine(event.at);
    if (!m_counting)
        return;
    service(e.service)->issued += 1;
    m_hours[hourIndex(event.at)].arrivals += 1;
}

void ReportBuilder::on(const WaitModelLearned &e, const Event &)
{
    // The forecast made at the day's start, by the local clock's half hours, into the report's hours.
    if (!m_counting || e.model.day != m_history.day || e.model.forecastCentiBySlot.size() != 48)
        return;
    // Each report hour takes the half hours it spans: two, or one for the first hour of a
    // day that rolls over at half past (03:30-04:00).
    for (int i = 0; i < 24; ++i) {
        const TimestampMs start = m_hourStarts.value(i, m_history.dayStart);
        const TimestampMs end = i + 1 < m_hourStarts.size() ? m_hourStarts[i + 1] : m_history.dayEnd;
        const QTime local = QDateTime::fromMSecsSinceEpoch(start, m_history.timeZone).time();
        const int first = (local.hour() * 60 + local.minute()) / 30;
        const int halfHours = int(std::clamp<qint64>((end - start + 900000) / 1800000, 0, 4));
        int centi = 0;
        for (int slot = first; slot < first + halfHours; ++slot)
            centi += e.model.forecastCentiBySlot[slot % 48];
        m_hours[i].forecastArrivals = centi / 100.0;
    }
}

void ReportBuilder::on(const TicketCalled &e, const Event &event)
{
    TicketTrack &track = ticket(e.ticket);
    if (track.status == TicketStatus::Waiting) {
        leaveLine(track);
        const qint64 waitMs = event.at - track.waitingSince;
        ServiceFigures *figures = m_counting ? service(track.service) : nullptr;
        if (figures) {
            m_samples[track.service].waits.append(waitMs);
            m_allSamples.waits.append(waitMs);
            const auto config = m_serviceConfigs.constFind(track.service);
            if (config != m_serviceConfigs.cend() && waitMs <= qint64(config->targetWaitSeconds) * 1000)
                figures->calledWithinTarget += 1;
            HourFigures &hour = m_hours[hourIndex(event.at)];
            hour.calls += 1;
            hour.waitMs += waitMs;
            // Against what the ticket said, for its first wait only.
            if (!track.transferred && track.estimatedWaitSeconds >= 0) {
                const qint64 errorMs = waitMs - qint64(track.estimatedWaitSeconds) * 1000;
                const bool within = track.printedWait.contains(waitMs);
                m_estimates.compared += 1;
                m_estimates.errorTotalMs += errorMs;
                m_estimates.absoluteErrorTotalMs += std::abs(errorMs);
                m_estimates.waitedLonger += waitMs > track.printedWait.highMinutes * 60000LL ? 1 : 0;
                m_estimates.withinRange += within ? 1 : 0;
                if (track.issueHour >= 0) {
                    HourFigures &issued = m_hours[track.issueHour];
                    issued.estimatesCompared += 1;
                    issued.estimateAbsoluteErrorMs += std::abs(errorMs);
                    issued.estimatesWithinRange += within ? 1 : 0;
                }
            }
        }
    }
    track.status = TicketStatus::Called;
    track.calledAt = event.at;
    track.startedAt = 0;
    track.counter = e.counter;
    track.teller = e.teller;
}

void ReportBuilder::on(const ServiceStarted &e, const Event &event)
{
    TicketTrack &track = ticket(e.ticket);
    track.status = TicketStatus::Serving;
    track.startedAt = event.at;
}

void ReportBuilder::on(const TicketFinished &e, const Event &event)
{
    TicketTrack &track = ticket(e.ticket);
    // As the live figures do: a ticket finished straight from "called" was served from its call.
    // (A ticket called before the context we have has no known start: served, without a time.)
    const TimestampMs serviceStart = track.startedAt ? track.startedAt : track.calledAt;
    const qint64 serviceMs = serviceStart ? qMax<qint64>(0, event.at - serviceStart) : 0;
    if (m_counting) {
        // A ticket whose service is unknown counts at its counter only, so that the services,
        // the hours and the branch's total always add up to the same.
        if (ServiceFigures *figures = service(track.service)) {
            figures->served += 1;
            m_hours[hourIndex(event.at)].served += 1;
            if (serviceStart) {
                m_samples[track.service].serviceTimes.append(serviceMs);
                m_allSamples.serviceTimes.append(serviceMs);
            }
        }
        for (StaffFigures *staff : {&counterFigures(e.counter), &tellerFigures(track.teller)}) {
            staff->served += 1;
            staff->serviceMs += serviceMs;
        }
    }
    endServing(track, event.at);
    track.status = TicketStatus::Finished;
}

void ReportBuilder::on(const TicketNoShow &e, const Event &)
{
    TicketTrack &track = ticket(e.ticket);
    if (ServiceFigures *figures = m_counting ? service(track.service) : nullptr)
        figures->noShow += 1;
    track.status = TicketStatus::NoShow; // calling a customer who never came is not serving time
}

void ReportBuilder::on(const TicketTransferred &e, const Event &event)
{
    TicketTrack &track = ticket(e.ticket);
    if (m_counting && track.known) {
        service(track.service)->transferredOut += 1;
        service(e.toService)->transferredIn += 1;
    }
    if (track.status == TicketStatus::Waiting)
        leaveLine(track);
    else
        endServing(track, event.at);
    // The second wait runs from the transfer, whatever place in line the ticket kept.
    track.service = e.toService;
    track.status = TicketStatus::Waiting;
    track.waitingSince = event.at;
    track.calledAt = track.startedAt = 0;
    track.transferred = true;
    track.known = true;
    joinLine(event.at);
}

void ReportBuilder::on(const TicketCancelled &e, const Event &event)
{
    TicketTrack &track = ticket(e.ticket);
    if (ServiceFigures *figures = m_counting ? service(track.service) : nullptr)
        figures->cancelled += 1;
    if (track.status == TicketStatus::Waiting)
        leaveLine(track);
    else
        endServing(track, event.at); // a supervisor may cancel a ticket at a counter
    track.status = TicketStatus::Cancelled;
}

void ReportBuilder::joinLine(TimestampMs at)
{
    m_waiting += 1;
    if (m_counting) {
        HourFigures &hour = m_hours[hourIndex(at)];
        hour.longestLine = qMax(hour.longestLine, m_waiting);
    }
}

void ReportBuilder::leaveLine(const TicketTrack &track)
{
    if (track.known)
        m_waiting = qMax(0, m_waiting - 1);
}

void ReportBuilder::advanceHoursTo(TimestampMs at)
{
    const int index = hourIndex(at);
    for (int hour = m_lastHour + 1; hour <= index; ++hour)
        m_hours[hour].longestLine = qMax(m_hours[hour].longestLine, m_waiting);
    m_lastHour = qMax(m_lastHour, index);
}

void ReportBuilder::on(const FeedbackGiven &e, const Event &event)
{
    const auto found = m_tickets.constFind(e.ticket);
    if (!m_counting || found == m_tickets.cend() || !found->known)
        return; // a visit issued before the history we were given: its service is not known
    // The visit as it ended: its last service, and the counter and teller that finished it.
    const TicketTrack &track = *found;
    if (ServiceFigures *figures = service(track.service))
        figures->satisfaction.add(e.score);
    if (track.counter != 0)
        counterFigures(track.counter).satisfaction.add(e.score);
    if (!track.teller.isEmpty())
        tellerFigures(track.teller).satisfaction.add(e.score);
    if (!e.comment.isEmpty())
        m_comments.append({event.at, track.label, track.service, track.counter, track.teller, e.score, e.comment});
}

// --- appointments --------------------------------------------------------------------

void ReportBuilder::on(const AppointmentBooked &e, const Event &)
{
    m_appointments.insert(e.appointment, {e.slotStart, AppointmentStatus::Booked});
}

void ReportBuilder::on(const AppointmentCheckedIn &e, const Event &)
{
    if (auto it = m_appointments.find(e.appointment); it != m_appointments.end())
        it->status = AppointmentStatus::CheckedIn;
}

void ReportBuilder::on(const AppointmentExpired &e, const Event &)
{
    if (auto it = m_appointments.find(e.appointment); it != m_appointments.end())
        it->status = AppointmentStatus::Expired;
}

void ReportBuilder::on(const AppointmentCancelled &e, const Event &)
{
    if (auto it = m_appointments.find(e.appointment); it != m_appointments.end())
        it->status = AppointmentStatus::Cancelled;
}

// --- counters and tellers ------------------------------------------------------------

StaffFigures &ReportBuilder::counterFigures(CounterNumber number)
{
    auto it = m_counters.find(number);
    if (it == m_counters.end()) {
        it = m_counters.insert(number, StaffFigures{});
        it->id = QString::number(number);
    }
    return *it;
}

StaffFigures &ReportBuilder::tellerFigures(const QString &name)
{
    auto it = m_tellers.find(name);
    if (it == m_tellers.end()) {
        it = m_tellers.insert(name, StaffFigures{});
        it->id = name;
    }
    return *it;
}

qint64 ReportBuilder::countedMs(TimestampMs from, TimestampMs to) const
{
    return qMax<qint64>(0, qMin(to, m_history.until) - qMax(from, m_history.dayStart));
}

int ReportBuilder::hourIndex(TimestampMs at) const
{
    const auto next = std::upper_bound(m_hourStarts.cbegin(), m_hourStarts.cend(), at);
    return int(qMax<qsizetype>(0, next - m_hourStarts.cbegin() - 1));
}

void ReportBuilder::accrueCounter(CounterNumber number, TimestampMs at)
{
    CounterTrack &track = m_counterTracks[number];
    const qint64 ms = countedMs(track.since, at);
    if (ms > 0 && track.status != CounterStatus::Closed) {
        const bool paused = track.status == CounterStatus::Paused;
        StaffFigures &counter = counterFigures(number);
        counter.openMs += ms;
        counter.pausedMs += paused ? ms : 0;
        if (!track.teller.isEmpty()) {
            StaffFigures &teller = tellerFigures(track.teller);
            teller.openMs += ms;
            teller.pausedMs += paused ? ms : 0;
        }
    }
    track.since = at;
}

void ReportBuilder::setCounterStatus(CounterNumber number, CounterStatus status, TimestampMs at)
{
    accrueCounter(number, at);
    m_counterTracks[number].status = status;
}

void ReportBuilder::endServing(const TicketTrack &track, TimestampMs at)
{
    const TimestampMs from = track.startedAt ? track.startedAt : track.calledAt;
    if (track.counter == 0 || from == 0)
        return;
    const qint64 ms = countedMs(from, at);
    if (ms <= 0)
        return;
    counterFigures(track.counter).servingMs += ms;
    if (!track.teller.isEmpty())
        tellerFigures(track.teller).servingMs += ms;
}

void ReportBuilder::on(const CounterOpened &e, const Event &event)
{
    setCounterStatus(e.counter, CounterStatus::Open, event.at);
}

void ReportBuilder::on(const CounterPaused &e, const Event &event)
{
    setCounterStatus(e.counter, CounterStatus::Paused, event.at);
}

void ReportBuilder::on(const CounterClosed &e, const Event &event)
{
    setCounterStatus(e.counter, CounterStatus::Closed, event.at);
}

void ReportBuilder::on(const TellerLoggedIn &e, const Event &event)
{
    accrueCounter(e.counter, event.at);
    m_counterTracks[e.counter].teller = e.teller;
}

void ReportBuilder::on(const TellerLoggedOut &e, const Event &event)
{
    accrueCounter(e.counter, event.at);
    m_counterTracks[e.counter].teller.clear();
}

// --- the result ----------------------------------------------------------------------

DailyReport ReportBuilder::finish()
{
    const TimestampMs until = m_history.until;
    advanceHoursTo(qMin(until, m_history.dayEnd - 1));
    for (auto it = m_counterTracks.begin(); it != m_counterTracks.end(); ++it)
        accrueCounter(it.key(), until);
    for (const TicketTrack &track : std::as_const(m_tickets)) {
        if (track.status == TicketStatus::Called || track.status == TicketStatus::Serving) {
            endServing(track, until);
        } else if (track.status == TicketStatus::Waiting) {
            if (ServiceFigures *figures = service(track.service))
                figures->waitingAtEnd += 1;
        }
    }

    DailyReport report;
    report.day = m_history.day;
    report.dayStart = m_history.dayStart;
    report.dayEnd = m_history.dayEnd;
    report.until = until;
    const QString fallback = m_config ? m_config->defaultLanguage : QStringLiteral("en");
    const QString language = m_history.language.isEmpty() ? fallback : m_history.language;
    if (m_config) {
        report.branchId = m_config->branchId;
        report.branchName = m_config->branchName.text(language, fallback);
    }

    // Services in the order the branch lists them, then any the day saw that it no longer lists.
    QStringList order;
    if (m_config)
        for (const ServiceConfig &service : m_config->services)
            order << service.id;
    for (const QString &id : m_services.keys())
        if (!order.contains(id))
            order << id;
    ServiceFigures &total = report.total;
    for (const QString &id : std::as_const(order)) {
        ServiceFigures figures = m_services.value(id);
        figures.service = id;
        if (const auto config = m_serviceConfigs.constFind(id); config != m_serviceConfigs.cend()) {
            figures.name = config->names.text(language, fallback);
            figures.prefix = config->prefix;
            figures.targetWaitSeconds = config->targetWaitSeconds;
        }
        figures.wait = DurationStats::of(m_samples.value(id).waits);
        figures.serviceTime = DurationStats::of(m_samples.value(id).serviceTimes);
        total.addCounts(figures);
        total.waitingAtEnd += figures.waitingAtEnd;
        report.services.append(figures);
    }
    total.wait = DurationStats::of(m_allSamples.waits);
    total.serviceTime = DurationStats::of(m_allSamples.serviceTimes);

    if (m_config)
        for (const CounterConfig &counter : m_config->counters)
            counterFigures(counter.number);
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it) {
        const CounterConfig *config = m_config ? m_config->counter(it.key()) : nullptr;
        it->name = config ? config->label : QString();
        report.counters.append(*it);
    }
    m_tellers.remove(QString()); // time at a counter nobody was logged in at
    for (auto it = m_tellers.begin(); it != m_tellers.end(); ++it) {
        const TellerConfig *config = m_config ? m_config->teller(it.key()) : nullptr;
        it->name = config && !config->displayName.isEmpty() ? config->displayName : it.key();
        report.tellers.append(*it);
    }

    report.timeZone = QString::fromUtf8(m_history.timeZone.id());
    for (int i = 0; i < 24; ++i)
        m_hours[i].hour =
            QDateTime::fromMSecsSinceEpoch(m_hourStarts.value(i, m_history.dayStart), m_history.timeZone).time().hour();
    report.hours = m_hours;

    // One not checked in by the end of its grace has expired, even if the server journaled
    // that only later (it may have been off then), and so on another day.
    const qint64 graceMs = m_config ? qint64(m_config->checkInLateMinutes) * 60000 : 0;
    for (const AppointmentTrack &appointment : std::as_const(m_appointments)) {
        if (appointment.slotStart < m_history.dayStart || appointment.slotStart >= m_history.dayEnd)
            continue;
        const bool lapsed =
            appointment.status == AppointmentStatus::Booked && appointment.slotStart + graceMs < m_history.until;
        AppointmentFigures &figures = report.appointments;
        figures.booked += 1;
        figures.checkedIn += appointment.status == AppointmentStatus::CheckedIn ? 1 : 0;
        figures.expired += appointment.status == AppointmentStatus::Expired || lapsed ? 1 : 0;
        figures.cancelled += appointment.status == AppointmentStatus::Cancelled ? 1 : 0;
    }
    report.estimates = m_estimates;
    report.comments = m_comments;
    return report;
}

} // namespace tessera
