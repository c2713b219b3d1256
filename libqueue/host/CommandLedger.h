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
//
// Ids are kept as a 128-bit digest rather than as text: a station's id is some 30 characters
// (about 100 bytes as a QString), and a busy day records 100,000 of them. The digest is two
// qHash values seeded with random keys of this process. The chance that two of a day's 100,000
// ids share a digest is about 1 in 10^28. qHash is no cryptographic hash, but choosing ids that
// collide would take the keys, which never leave the process, and only authenticated stations
// and the server's own web front send commands.
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
    explicit CommandLedger(int capacity = kDefaultCapacity);

    void record(const QString &commandId, Seq seq);
    std::optional<Range> find(const QString &commandId) const;
    // Forgets everything after `seq` (a group commit that failed).
    void truncate(Seq lastKept);
    int size() const { return int(m_ranges.size()); }

private:
    struct Digest
    {
        quint64 first = 0;
        quint64 second = 0;
        bool operator==(const Digest &) const = default;
        friend size_t qHash(const Digest &digest, size_t seed) { return size_t(digest.first) ^ seed; }
    };

    Digest digestOf(const QString &commandId) const;

    int m_capacity;
    size_t m_keys[2];
    QHash<Digest, Range> m_ranges;
    QQueue<Digest> m_order;
};

} // namespace tessera
