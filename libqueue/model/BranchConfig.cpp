#include "BranchConfig.h"

namespace tessera {

QString LocalizedText::text(const QString &language, const QString &fallback) const
{
    if (auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return *it;
    if (auto it = byLanguage.constFind(fallback); it != byLanguage.cend())
        return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

int ServiceConfig::numberWidth() const
{
    return qMax(3, int(QString::number(lastNumber).size()));
}

QString ServiceConfig::labelFor(int number) const
{
    return prefix + QStringLiteral("%1").arg(number, numberWidth(), 10, QLatin1Char('0'));
}

const ServiceConfig *BranchConfig::service(const QString &id) const
{
    for (const ServiceConfig &candidate : services) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const CounterConfig *BranchConfig::counter(CounterNumber number) const
{
    for (const CounterConfig &candidate : counters) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

const TellerConfig *BranchConfig::teller(const QString &name) const
{
    for (const TellerConfig &candidate : tellers) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QDateTime BranchConfig::toLocal(TimestampMs at) const
{
    return QDateTime::fromMSecsSinceEpoch(at, timeZone);
}

QDate BranchConfig::businessDayAt(TimestampMs at) const
{
    // Compare wall-clock times rather than subtracting hours, so DST days roll over correctly.
    const QDateTime local = toLocal(at);
    return local.time() < rolloverTime ? local.date().addDays(-1) : local.date();
}

int BranchConfig::priorityRank(PriorityClass priority) const
{
    const auto index = priorityOrder.indexOf(priority);
    return index < 0 ? 0 : int(priorityOrder.size() - index);
}

} // namespace tessera
