#include "PeriodReport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QtEndian>
#include <algorithm>
#include <limits>

namespace tessera {

namespace {

void addStaff(StaffFigures &into, const StaffFigures &day)
{
    into.id = day.id;
    into.name = day.name;
    into.served += day.served;
    into.serviceMs += day.serviceMs;
    into.openMs += day.openMs;
    into.pausedMs += day.pausedMs;
    into.servingMs += day.servingMs;
    into.satisfaction.add(day.satisfaction);
}

void addSamples(DurationSamples &into, const DurationSamples &more)
{
    into.waits += more.waits;
    into.serviceTimes += more.serviceTimes;
}

void setDurations(ServiceFigures &figures, const DurationSamples &samples)
{
    figures.wait = DurationStats::of(samples.waits);
    figures.serviceTime = DurationStats::of(samples.serviceTimes);
}

QByteArray packDurations(const QList<qint64> &durations)
{
    QByteArray bytes(durations.size() * qsizetype(sizeof(qint32)), Qt::Uninitialized);
    char *out = bytes.data();
    for (qint64 ms : durations) {
        qToLittleEndian<qint32>(qint32(std::clamp<qint64>(ms, 0, std::numeric_limits<qint32>::max())), out);
        out += sizeof(qint32);
    }
    return bytes;
}

std::optional<QList<qint64>> unpackDurations(const QByteArray &bytes)
{
    if (bytes.size() % qsizetype(sizeof(qint32)))
        return std::nullopt;
    QList<qint64> durations;
    durations.reserve(bytes.size() / qsizetype(sizeof(qint32)));
    for (const char *in = bytes.constData(); in < bytes.constData() + bytes.size(); in += sizeof(qint32))
        durations.append(qFromLittleEndian<qint32>(in));
    return durations;
}

} // namespace

void PeriodReportBuilder::add(const DailyReport &day, const ServiceSamples &samples)
{
    Branch &branch = m_branches[day.branchId];
    BranchPeriod &period = branch.period;
    period.branchId = day.branchId;
    period.days += 1;
    period.complete = period.complete && day.complete();
    // Names as the latest day has them.
    const bool latest = !branch.lastDay.isValid() || day.day > branch.lastDay;
    if (latest) {
        branch.lastDay = day.day;
        period.branchName = day.branchName;
        period.total.waitingAtEnd = day.total.waitingAtEnd;
    }
    period.total.addCounts(day.total);
    for (const ServiceFigures &service : day.services) {
        if (!branch.serviceOrder.contains(service.service))
            branch.serviceOrder << service.service;
        ServiceFigures &into = branch.services[service.service];
        if (latest || into.service.isEmpty()) {
            into.service = service.service;
            into.name = service.name;
            into.prefix = service.prefix;
            into.targetWaitSeconds = service.targetWaitSeconds;
            into.waitingAtEnd = service.waitingAtEnd;
        }
        into.addCounts(service);
    }
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        addSamples(branch.samples[it.key()], it.value());
    for (const StaffFigures &teller : day.tellers)
        addStaff(branch.tellers[teller.id], teller);
}

PeriodReport PeriodReportBuilder::finish(const QDate &from, const QDate &to)
{
    PeriodReport report;
    report.from = from;
    report.to = to;
    DurationSamples everything;
    for (Branch &branch : m_branches) {
        BranchPeriod &period = branch.period;
        DurationSamples all;
        for (const QString &id : std::as_const(branch.serviceOrder)) {
            ServiceFigures figures = branch.services.value(id);
            const DurationSamples samples = branch.samples.value(id);
            setDurations(figures, samples);
            addSamples(all, samples);
            period.services.append(figures);
        }
        setDurations(period.total, all);
        period.tellers = branch.tellers.values();
        report.total.addCounts(period.total);
        report.total.waitingAtEnd += period.total.waitingAtEnd;
        addSamples(everything, all);
        report.branches.append(period);
    }
    setDurations(report.total, everything);
    m_branches.clear();
    return report;
}

QByteArray PeriodReportBuilder::packSamples(const ServiceSamples &samples)
{
    QCborMap map;
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        map.insert(it.key(), QCborArray{packDurations(it->waits), packDurations(it->serviceTimes)});
    return map.toCborValue().toCbor();
}

std::optional<ServiceSamples> PeriodReportBuilder::unpackSamples(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    ServiceSamples samples;
    for (const auto &[key, entry] : value.toMap()) {
        const QCborArray pair = entry.toArray();
        auto waits = unpackDurations(pair.at(0).toByteArray());
        auto serviceTimes = unpackDurations(pair.at(1).toByteArray());
        if (!key.isString() || pair.size() != 2 || !waits || !serviceTimes)
            return std::nullopt;
        samples.insert(key.toString(), DurationSamples{std::move(*waits), std::move(*serviceTimes)});
    }
    return samples;
}

} // namespace tessera
