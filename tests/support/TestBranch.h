#pragma once

// Shared by the unit tests: a small branch configuration and an in-memory branch that
// decides and applies commands exactly as the server does, without a journal.

#include "engine/QueueEngine.h"
#include "model/BranchConfigLoader.h"
#include "model/PasswordHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

// Readable QCOMPARE failures for the engine's enums.
namespace QTest {
template<> inline char *toString(const tessera::ErrorCode &value)
{
    return qstrdup(qPrintable(tessera::wireName(value)));
}
template<> inline char *toString(const tessera::TicketStatus &value)
{
    return qstrdup(qPrintable(tessera::wireName(value)));
}
template<> inline char *toString(const tessera::CounterStatus &value)
{
    return qstrdup(qPrintable(tessera::wireName(value)));
}
template<> inline char *toString(const tessera::PriorityClass &value)
{
    return qstrdup(qPrintable(tessera::wireName(value)));
}
} // namespace QTest

namespace tessera::test {

inline const QTimeZone &riga()
{
    static const QTimeZone zone("Europe/Riga");
    return zone;
}

// Milliseconds for a local wall-clock time in the test branch's zone.
inline TimestampMs localMs(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), riga()).toMSecsSinceEpoch();
}

// Monday 23 November 2026, 10:00 in Riga: a normal open day.
inline TimestampMs mondayMorning()
{
    return localMs(2026, 11, 23, 10, 0);
}

inline QString testPasswordHash(const QString &password)
{
    // Few iterations: tests log in often, and the scheme is what is under test, not its cost.
    return PasswordHash::create(password, QByteArrayLiteral("test-salt-16byte"), 1000);
}

// cash (A, target 10 min, 4 min service), accounts (B, 15 min, 8 min), loans (C, 20 min, 20 min, weekdays 09-17).
// Counter 1: cash 3 + accounts 1, priority first. Counter 2: cash 1 + accounts 1, no priority.
// Counter 3: loans only. Tellers t1..t4 with password "pw-<name>".
inline QJsonObject baseConfig()
{
    auto service = [](const char *id, const char *prefix, int target, int serviceMinutes) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("prefix"), QLatin1String(prefix)},
                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QLatin1String(id)}}},
                           {QStringLiteral("targetWaitMinutes"), target},
                           {QStringLiteral("serviceTimeMinutes"), serviceMinutes}};
    };
    QJsonObject loans = service("loans", "C", 20, 20);
    loans.insert(QStringLiteral("openingHours"),
                 QJsonObject{{QStringLiteral("mon-fri"), QJsonArray{QStringLiteral("09:00-17:00")}}});
    auto counter = [](int number, QJsonObject services, bool priorityFirst) {
        return QJsonObject{{QStringLiteral("number"), number},
                           {QStringLiteral("services"), services},
                           {QStringLiteral("priorityFirst"), priorityFirst}};
    };
    QJsonArray tellers;
    for (const char *name : {"t1", "t2", "t3", "t4"}) {
        tellers.append(QJsonObject{
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("passwordHash"), testPasswordHash(QStringLiteral("pw-") + QLatin1String(name))}});
    }
    return QJsonObject{
        {QStringLiteral("branch"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("test-branch")},
                     {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Test Branch")}}},
                     {QStringLiteral("timeZone"), QStringLiteral("Europe/Riga")},
                     {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}}}},
        {QStringLiteral("businessDay"), QJsonObject{{QStringLiteral("rolloverTime"), QStringLiteral("03:00")}}},
        {QStringLiteral("calling"), QJsonObject{{QStringLiteral("autoNoShowAfterRecalls"), 2}}},
        {QStringLiteral("services"), QJsonArray{service("cash", "A", 10, 4), service("accounts", "B", 15, 8), loans}},
        {QStringLiteral("counters"),
         QJsonArray{counter(1, {{QStringLiteral("cash"), 3}, {QStringLiteral("accounts"), 1}}, true),
                    counter(2, {{QStringLiteral("cash"), 1}, {QStringLiteral("accounts"), 1}}, false),
                    counter(3, {{QStringLiteral("loans"), 1}}, false)}},
        {QStringLiteral("tellers"), tellers},
    };
}

// The same configuration with every service numbering up to `last` (for long, busy runs).
inline QJsonObject withNumbersUpTo(QJsonObject config, int last)
{
    QJsonArray services = config.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject service = services[i].toObject();
        service.insert(QStringLiteral("numbers"),
                       QJsonObject{{QStringLiteral("first"), 1}, {QStringLiteral("last"), last}});
        services[i] = service;
    }
    config.insert(QStringLiteral("services"), services);
    return config;
}

inline QString toJson(const QJsonObject &config)
{
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
}

// A branch held in memory: the same housekeeping, decide and apply as QueueHost, no disk.
class InMemoryBranch
{
public:
    explicit InMemoryBranch(const QJsonObject &config = baseConfig(), TimestampMs start = mondayMorning()) : now(start)
    {
        const Decision configured = run(ChangeConfig{toJson(config)});
        if (!configured)
            qFatal("test configuration refused: %s", qPrintable(configured.error().message));
        settle();
    }

    // What the server's housekeeping tick does: roll the day over, expire appointments.
    void settle()
    {
        for (const EventPayload &payload : QueueEngine::housekeeping(state, now))
            apply(payload);
    }

    Decision run(const Command &command)
    {
        settle();
        // No secret: check-in codes made here are the unkeyed mix, the same on every run.
        Decision decision = QueueEngine::decide(state, command, now, {});
        if (decision) {
            for (const EventPayload &payload : decision.value())
                apply(payload);
        }
        return decision;
    }

    // Helpers that must succeed; they abort the test run with the engine's message if not.
    TicketId issue(const QString &service, PriorityClass priority = PriorityClass::Normal)
    {
        const Decision decision = must(IssueTicket{service, priority, {}});
        return std::get<TicketIssued>(decision.value().first()).ticket;
    }
    void staff(CounterNumber counter)
    {
        const QString teller = QStringLiteral("t%1").arg(counter);
        must(LogIn{teller, QStringLiteral("pw-") + teller, counter});
        must(OpenCounter{counter});
    }
    QString callNext(CounterNumber counter)
    {
        const Decision decision = must(CallNext{counter});
        return state.ticket(std::get<TicketCalled>(decision.value().last()).ticket)->label;
    }
    Decision must(const Command &command)
    {
        Decision decision = run(command);
        if (!decision)
            qFatal("command refused: %s", qPrintable(decision.error().message));
        return decision;
    }
    QString label(TicketId id) const { return state.ticket(id) ? state.ticket(id)->label : QString(); }
    void advanceMinutes(int minutes) { now += qint64(minutes) * 60 * 1000; }

    QueueState state;
    TimestampMs now;
    QList<Event> history;

private:
    void apply(const EventPayload &payload)
    {
        Event event{state.lastSeq() + 1, now, payload};
        state.apply(event);
        history.append(event);
    }
};

} // namespace tessera::test
