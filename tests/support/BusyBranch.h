#pragma once

// A busy branch, for benchmarks and the tests of load: 20 counters that serve everything, a
// teller for each (b1..b20, password "pw"), and six always-open services of 9,999 numbers each,
// so that a long issuing run (or a 30,000-ticket day) does not run out of numbers.

#include "TestBranch.h"
#include "host/QueueHost.h"
#include "net/BranchClient.h"
#include "protocol/StateCodec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::test {

constexpr int kTellers = 20;

inline QJsonObject benchConfig()
{
    // Enough numbers for a long issuing run: six always-open services of 9,999 each (the
    // calls use cash and accounts; the issuing run the other four).
    QJsonObject config = baseConfig();
    QJsonArray services;
    for (const char *id : {"cash", "accounts", "deposits", "exchange", "loans", "pensions"}) {
        services.append(QJsonObject{
            {QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("prefix"), QString(QChar::fromLatin1(char(std::toupper(id[0]))))},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QLatin1String(id)}}},
            {QStringLiteral("numbers"), QJsonObject{{QStringLiteral("first"), 1}, {QStringLiteral("last"), 9999}}}});
    }
    config.insert(QStringLiteral("services"), services);
    QJsonArray counters, tellers;
    for (int i = 1; i <= kTellers; ++i) {
        counters.append(QJsonObject{{QStringLiteral("number"), i},
                                    {QStringLiteral("services"), QJsonObject{{QStringLiteral("cash"), 1},
                                                                             {QStringLiteral("accounts"), 1},
                                                                             {QStringLiteral("deposits"), 1},
                                                                             {QStringLiteral("exchange"), 1},
                                                                             {QStringLiteral("loans"), 1},
                                                                             {QStringLiteral("pensions"), 1}}}});
        tellers.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("b%1").arg(i)},
                                   {QStringLiteral("passwordHash"), testPasswordHash(QStringLiteral("pw"))}});
    }
    config.insert(QStringLiteral("counters"), counters);
    config.insert(QStringLiteral("tellers"), tellers);
    return config;
}

// A station of the test branch, for a server on loopback.
inline StationSettings loopbackStation(StationRole role, const QString &id, const BranchKey &key, quint16 port)
{
    StationSettings settings;
    settings.role = role;
    settings.stationId = id;
    settings.name = id;
    settings.branchId = QStringLiteral("test-branch");
    settings.key = key;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    return settings;
}

// Journals a day at `path` (today, by the system clock): every counter staffed, `tickets`
// issued, all but the last 1,000 served. Returns the size of the snapshot a station joining
// it receives; fails the process if the day cannot be made.
inline qsizetype journalBusyDay(const QString &path, const QJsonObject &config, int tickets)
{
    auto require = [](bool holds, const char *what) {
        if (!holds)
            qFatal("busy day: %s", what);
    };
    SystemClock clock;
    auto host = QueueHost::open(path, clock);
    require(bool(host), "cannot make the journal");
    QueueHost &queue = *host.value();
    require(bool(queue.submit(ChangeConfig{toJson(config)})), "the configuration was refused");
    QList<Command> group;
    for (int counter = 1; counter <= kTellers; ++counter)
        group << LogIn{QStringLiteral("b%1").arg(counter), QStringLiteral("pw"), counter} << OpenCounter{counter};
    queue.submit(group);
    static const QStringList services{QStringLiteral("cash"),     QStringLiteral("accounts"),
                                      QStringLiteral("deposits"), QStringLiteral("exchange"),
                                      QStringLiteral("loans"),    QStringLiteral("pensions")};
    // Served as they come, so that the line stays short (an estimate looks at the whole line).
    auto issue = [&](int count, int from) {
        for (int n = from; n < from + count; ++n)
            group << IssueTicket{services[n % services.size()], {}, {}};
    };
    for (int i = 0; i + 1000 < tickets; i += kTellers) {
        group.clear();
        issue(qMin(kTellers, tickets - 1000 - i), i);
        for (int counter = 1; counter <= kTellers; ++counter)
            group << CallNext{counter} << StartService{counter} << FinishTicket{counter, {}, {}};
        queue.submit(group);
    }
    group.clear();
    issue(qMin(1000, tickets), qMax(0, tickets - 1000));
    queue.submit(group);
    require(queue.state().lastSeq() > tickets * 3, "the day was not journaled");
    return StateCodec::encodeForStations(queue.state()).size();
}

} // namespace tessera::test
