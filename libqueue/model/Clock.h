#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace tessera {

// Milliseconds since the Unix epoch, UTC. Every event and every rule works in this unit.
using TimestampMs = qint64;

// Where "now" comes from. The engine never reads the system clock itself, so tests
// drive time by hand and a replay sees exactly the instants that were journaled.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual TimestampMs nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    TimestampMs nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(TimestampMs start = 0) : m_now(start) {}
    TimestampMs nowMs() const override { return m_now; }
    void set(TimestampMs now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now += seconds * 1000; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    TimestampMs m_now;
};

} // namespace tessera
