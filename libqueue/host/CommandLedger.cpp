#include "CommandLedger.h"

namespace tessera {

void CommandLedger::record(const QString &commandId, Seq seq)
{
    if (commandId.isEmpty())
        return;
    auto it = m_ranges.find(commandId);
    if (it != m_ranges.end() && it->first + it->count == seq) {
        ++it->count;
        return;
    }
    // An id seen again later is a new use of it: only the newest counts, and it queues anew.
    if (it != m_ranges.end())
        m_order.removeOne(commandId);
    m_ranges.insert(commandId, Range{seq, 1});
    m_order.enqueue(commandId);
    while (m_order.size() > m_capacity)
        m_ranges.remove(m_order.dequeue());
}

std::optional<CommandLedger::Range> CommandLedger::find(const QString &commandId) const
{
    const auto it = m_ranges.constFind(commandId);
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
