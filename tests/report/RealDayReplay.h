#pragma once

// Drives real days of the Anonymous Bank log (RealDay.h) through a QueueHost, in time order:
// each call issued, called by number at its agent's counter, started and finished (or
// cancelled when the customer gave up), as the log says, second by second.
//
// How the agents staff their counters:
//  - AllDay: every agent of the day logs in a minute before the day's first customer and out a
//    minute after the last; the counters are open all day (what the report test compares).
//  - AsWorked: an agent logs in and opens at their first call of the day, pauses after a call
//    followed by more than kBreakSeconds without one, opens again at the next call, and logs
//    out after their last: the counters open when the log shows someone really working.

#include "RealDay.h"
#include "host/QueueHost.h"

#include <functional>
#include <numeric>

namespace tessera::test {

class RealDayReplay
{
public:
    enum class Staffing
    {
        AllDay,
        AsWorked
    };
    static constexpr qint64 kBreakSeconds = 10 * 60;

    // Told of each ticket as it is issued, with the state just before its second's issues.
    using IssueListener =
        std::function<void(const RealDay &, const RealCall &, const TicketIssued &, const QueueState &before)>;

    RealDayReplay(QueueHost &host, ManualClock &clock, const QStringList &agents, Staffing staffing)
        : m_host(host), m_clock(clock), m_agents(agents), m_staffing(staffing)
    {}

    void setIssueListener(IssueListener listener) { m_onIssued = std::move(listener); }

    void drive(const QList<RealDay> &days)
    {
        for (const RealDay &day : days)
            schedule(day);
        std::stable_sort(m_actions.begin(), m_actions.end(), [](const Action &a, const Action &b) {
            return std::tie(a.at, a.order) < std::tie(b.at, b.order);
        });
        qsizetype next = 0;
        while (next < m_actions.size()) {
            const TimestampMs at = m_actions[next].at;
            issueUpTo(at);
            QList<Command> group;
            for (; next < m_actions.size() && m_actions[next].at == at; ++next)
                group << m_actions[next].command(m_labels);
            submit(at, group);
        }
        issueUpTo(std::numeric_limits<TimestampMs>::max());
        m_actions.clear();
    }

private:
    struct Action
    {
        TimestampMs at = 0;
        int order = 0; // within the second: a counter's steps in the order it takes them
        std::function<Command(const QHash<const RealCall *, QString> &labels)> command;
    };
    struct Issue
    {
        const RealDay *day = nullptr;
        const RealCall *call = nullptr;
    };

    QueueHost &m_host;
    ManualClock &m_clock;
    QStringList m_agents;
    Staffing m_staffing;
    IssueListener m_onIssued;
    QList<Action> m_actions;
    QMap<TimestampMs, QList<Issue>> m_issues;
    QHash<const RealCall *, QString> m_labels;

    CounterNumber counterOf(const QString &agent) const { return CounterNumber(m_agents.indexOf(agent) + 1); }

    void add(TimestampMs at, int order, Command command)
    {
        m_actions << Action{at, order, [command](const QHash<const RealCall *, QString> &) {
                                return command;
                            }};
    }
    void addForCall(TimestampMs at, int order, const RealCall *call,
                    std::function<Command(const QString &label)> command)
    {
        m_actions << Action{at, order, [call, command](const QHash<const RealCall *, QString> &labels) {
                                return command(labels.value(call));
                            }};
    }

    void schedule(const RealDay &day)
    {
        QList<const RealCall *> served;
        for (const RealCall &call : day.calls) {
            m_issues[realDayMs(day, call.issuedAt)] << Issue{&day, &call};
            if (call.served)
                served << &call;
            else
                addForCall(realDayMs(day, call.calledAt), 0, &call, [](const QString &label) {
                    return CancelTicket{label, QStringLiteral("customer")};
                });
        }
        std::stable_sort(served.begin(), served.end(),
                         [](const RealCall *a, const RealCall *b) { return a->calledAt < b->calledAt; });
        QHash<QString, QList<const RealCall *>> byAgent;
        for (const RealCall *call : std::as_const(served))
            byAgent[call->agent] << call;
        const qint64 firstSecond = day.calls.first().issuedAt - 60;
        const qint64 lastSecond =
            std::accumulate(day.calls.cbegin(), day.calls.cend(), firstSecond,
                            [](qint64 last, const RealCall &call) { return qMax(last, call.finishedAt); }) +
            60;
        for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it)
            scheduleAgent(day, it.key(), it.value(), firstSecond, lastSecond);
    }

    void scheduleAgent(const RealDay &day, const QString &agent, const QList<const RealCall *> &calls,
                       qint64 firstSecond, qint64 lastSecond)
    {
        const CounterNumber counter = counterOf(agent);
        const QString teller = agent.toLower();
        const bool asWorked = m_staffing == Staffing::AsWorked;
        int order = 0;
        const qint64 logIn = asWorked ? calls.first()->calledAt : firstSecond;
        add(realDayMs(day, logIn), order++, LogIn{teller, QStringLiteral("pw-") + teller, counter});
        add(realDayMs(day, logIn), order++, OpenCounter{counter});
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const RealCall *call = calls[i];
            addForCall(realDayMs(day, call->calledAt), order++, call, [counter](const QString &label) {
                return CallTicket{counter, label};
            });
            add(realDayMs(day, call->startedAt), order++, StartService{counter});
            add(realDayMs(day, call->finishedAt), order++, FinishTicket{counter, {}, {}});
            const bool onBreak = i + 1 < calls.size() && calls[i + 1]->calledAt - call->finishedAt > kBreakSeconds;
            if (asWorked && onBreak) {
                add(realDayMs(day, call->finishedAt), order++, PauseCounter{counter});
                add(realDayMs(day, calls[i + 1]->calledAt), order++, OpenCounter{counter});
            }
        }
        const qint64 logOut = asWorked ? calls.last()->finishedAt : lastSecond;
        add(realDayMs(day, logOut), order++, LogOut{counter});
    }

    void submit(TimestampMs at, const QList<Command> &commands, QList<CommandResult> *results = nullptr)
    {
        if (commands.isEmpty())
            return;
        m_clock.set(at);
        const QList<CommandResult> done = m_host.submit(commands);
        for (const CommandResult &result : done)
            if (!result)
                qFatal("refused at %s: %s", qPrintable(QDateTime::fromMSecsSinceEpoch(at).toString(Qt::ISODate)),
                       qPrintable(result.error().message));
        if (results)
            *results = done;
    }

    static TicketIssued issuedBy(const QList<Event> &events)
    {
        for (const Event &event : events)
            if (const auto *issued = std::get_if<TicketIssued>(&event.payload))
                return *issued;
        qFatal("an issue without a ticket");
    }

    void issueUpTo(TimestampMs at)
    {
        for (auto it = m_issues.begin(); it != m_issues.end() && it.key() <= at; it = m_issues.erase(it)) {
            QList<Command> issues;
            for (const Issue &issue : std::as_const(it.value())) {
                const bool priority = issue.call->priority;
                issues << IssueTicket{issue.call->service, priority ? PriorityClass::Priority : PriorityClass::Normal,
                                      priority ? QStringLiteral("high-priority customer") : QString()};
            }
            const QueueState before = m_onIssued ? m_host.state() : QueueState();
            QList<CommandResult> issued;
            submit(it.key(), issues, &issued);
            for (qsizetype n = 0; n < issued.size(); ++n) {
                const Issue &issue = it.value()[n];
                const TicketIssued ticket = issuedBy(issued[n].value());
                m_labels.insert(issue.call, ticket.label);
                if (m_onIssued)
                    m_onIssued(*issue.day, *issue.call, ticket, before);
            }
        }
    }
};

} // namespace tessera::test
