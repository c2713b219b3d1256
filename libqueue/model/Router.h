#pragma once

#include "QueueState.h"

#include <optional>

namespace tessera {

// Which ticket a counter gets when its teller presses "call next".
//
// The policy, in order (each step only looks further if the one before found nothing):
//  1. Transferred here: tickets transferred to this counter by name, oldest place in line first.
//  2. Priority class: if the counter takes priority customers first, only the highest-ranked
//     class (BranchConfig::priorityOrder) that has someone waiting in the counter's services
//     is considered. A counter with priorityFirst=false treats every class alike.
//  3. Ageing: among the counter's services, the one whose first-in-line has waited longest
//     past the service's target wait (measured as waited / target, from 1.0 up) goes first,
//     so a low-weight service never starves past its service level.
//  4. Weighted share: otherwise the service with the smallest (recent calls here + 1) / weight,
//     over the counter's last few calls (see QueueState::shareWindow), so weights 3:1 give
//     about three calls to one; ties go to the service whose first-in-line arrived earliest.
//  5. Within the chosen service, first come, first served (place in line, then issue order).
//
// Tickets transferred to another named counter are never offered here. The choice is
// a function of the state and "now" alone, so the server and a test always agree.
class Router
{
public:
    enum class Reason
    {
        Transferred,
        Overdue,
        Share
    };

    struct Choice
    {
        TicketId ticket = 0;
        Reason reason = Reason::Share;
    };

    static std::optional<Choice> next(const QueueState &state, CounterNumber counter, TimestampMs now);
};

} // namespace tessera
