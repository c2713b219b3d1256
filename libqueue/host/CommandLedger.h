#pragma once

#include "model/QueueTypes.h"

#include <QHash>
#include <QQueue>
#include <QString>
#include <optional>

namespace tessera {

// The ids of recently applied station commands and the events each caused.
//
// Stations make a unique id for every command and resend it, unchanged, when they are
// not sure it arrived (a dropped link, a restarted server). The ledger lets the host
// answer such a retry with what the first attempt did instead of acting twice. It is
// rebuilt from the journal on start, so it survives a crash. Refused commands are not
// recorded: they changed nothing, so deciding them again is safe.
class CommandLedger
{
public:
    struct Range
    {
        Seq first = 0; // the command's events are consecutive: first .. first + count - 1
        int count = 0;
    };

    // Enough for every command of a busy day; the oldest ids are forgotten first.
    static constexpr int kDefaultCapacity = 100000;
    explicit CommandLedger(int capacity = kDefaultCapacity) : m_capacity(capacity) {}

    void record(const QString &commandId, Seq seq);
    std::optional<Range> find(const QString &commandId) const;
    // Forgets everything after `seq` (a group commit that failed).
    void truncate(Seq lastKept);
    int size() const { return int(m_ranges.size()); }

private:
    int m_capacity;
    QHash<QString, Range> m_ranges;
    QQueue<QString> m_order;
};

} // namespace tessera
