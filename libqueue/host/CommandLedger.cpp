#include "CommandLedger.h"

#include <QRandomGenerator>

namespace tessera {

CommandLedger::CommandLedger(int capacity) : m_capacity(capacity)
{
    QRandomGenerator::system()->fillRange(m_keys);
}

CommandLedger::Digest CommandLedger::digestOf(const QString &commandId) const
{
    return Digest{quint64(qHash(QStringView(commandId), m_keys[0])), quint64(qHash(QStringView(commandId), m_keys[1]))};
}

void CommandLedger::record(const QString &commandId, Seq seq)
{
    if (commandId.isEmpty())
        return;
    const Digest digest = digestOf(commandId);
    auto it = m_ranges.find(digest);
    if (it != m_ranges.end() && it->first + it->count == seq) {
        ++it->count;
        return;
    }
    // An id seen again later is a new use of it: only the newest counts, and it queues anew.
    if (it != m_ranges.end())
        m_order.removeOne(digest);
    m_ranges.insert(digest, Range{seq, 1});
    m_order.enqueue(digest);
    while (m_order.size() > m_capacity)
        m_ranges.remove(m_order.dequeue());
}

std::optional<CommandLedger::Range> CommandLedger::find(const QString &commandId) const
{
    if (commandId.isEmpty())
        return std::nullopt;
    const auto it = m_ranges.constFind(digestOf(commandId));
    if (it == m_ranges.cend())
        return std::nullopt;
    return *it;
}

void CommandLedger::truncate(Seq lastKept)
{
    // Failed groups are the newest entries, so they sit at the back of the queue.
    while (!m_order.isEmpty()) {
        const auto it = m_ranges.find(m_order.last());
        if (it == m_ranges.end() || it->first <= lastKept)
            break;
        m_ranges.erase(it);
        m_order.removeLast();
    }
}

} // namespace tessera
