#pragma once

// A seeded stream of realistic commands for a branch: mostly issue, call, start and
// finish, with transfers, recalls, no-shows, pauses, cancellations and appointments
// mixed in. Used by the replay test, the crash writer and the benchmark.

#include "engine/Commands.h"
#include "model/QueueState.h"

#include <QRandomGenerator>

namespace tessera::test {

class RandomWorkload
{
public:
    explicit RandomWorkload(quint32 seed) : m_random(seed) {}

    // Commands to log in and open every configured counter (tellers t<number>, password pw-t<number>).
    static QList<Command> staffAll(const QueueState &state)
    {
        QList<Command> commands;
        for (const CounterConfig &counter : state.config().counters) {
            const QString teller = QStringLiteral("t%1").arg(counter.number);
            commands << LogIn{teller, QStringLiteral("pw-") + teller, counter.number} << OpenCounter{counter.number};
        }
        return commands;
    }

    Command next(const QueueState &state, TimestampMs now)
    {
        const BranchConfig &config = state.config();
        const CounterNumber counter = config.counters[m_random.bounded(int(config.counters.size()))].number;
        const int roll = int(m_random.bounded(100));
        if (roll < 38) {
            const ServiceConfig &service = config.services[m_random.bounded(int(config.services.size()))];
            const PriorityClass priority = m_random.bounded(10) == 0 ? PriorityClass::Priority : PriorityClass::Normal;
            return IssueTicket{service.id, priority, {}};
        }
        if (roll < 62)
            return CallNext{counter};
        if (roll < 72)
            return StartService{counter};
        if (roll < 86)
            return FinishTicket{counter, {}, {}};
        if (roll < 89) {
            const ServiceConfig &service = config.services[m_random.bounded(int(config.services.size()))];
            return TransferTicket{counter, service.id, 0, QStringLiteral("random transfer"),
                                  ArrivalOnTransfer::BranchDefault};
        }
        if (roll < 92)
            return RecallTicket{counter};
        if (roll < 94)
            return MarkNoShow{counter};
        if (roll < 95)
            return PauseCounter{counter};
        if (roll < 97)
            return OpenCounter{counter};
        if (roll < 98) {
            for (const auto &[id, ticket] : state.tickets()) {
                if (ticket.status == TicketStatus::Waiting)
                    return CancelTicket{ticket.label, QStringLiteral("customer")};
            }
            return CallNext{counter};
        }
        if (roll < 99) {
            // A slot about an hour ahead, aligned to the branch's slot length.
            const qint64 slotMs = qint64(config.appointmentSlotMinutes) * 60000;
            const TimestampMs slot = ((now + 3600000) / slotMs + 1) * slotMs;
            return BookAppointment{
                config.services.first().id, slot, QStringLiteral("Customer %1").arg(m_random.bounded(1000)), {}};
        }
        for (const auto &[id, appointment] : state.appointments()) {
            if (appointment.status == AppointmentStatus::Booked)
                return CheckInAppointment{appointment.checkInCode};
        }
        return CallNext{counter};
    }

    // Seconds to let pass before the next command (0-20).
    int pauseSeconds() { return int(m_random.bounded(21)); }

private:
    QRandomGenerator m_random;
};

} // namespace tessera::test
