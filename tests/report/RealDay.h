#pragma once

// Real days of the Anonymous Bank call-centre log (tests/data/anonymous-bank), as a
// branch's tickets: each call a ticket of its service, each agent a teller at a counter.
//
// The mapping, applied the same way to what is driven and to what is expected:
//  - PHANTOM records, and those served by "NO_SERVER", are not customers of a counter: left out.
//  - A queued call's ticket is issued at q_start and called at q_exit, so its wait is q_time;
//    a call that never queued is issued and called at ser_start (a wait of 0).
//  - Service starts at ser_start (at the call, if the log has it a second earlier) and is
//    finished ser_time seconds later, so the service time is ser_time.
//  - HANG (gave up while waiting) is a ticket cancelled at q_exit; one that never queued is left out.
//  - The log sometimes has an agent on two calls at once; the later call is left out, as a
//    counter serves one customer at a time.
//  - priority 2 is the branch's "priority" class.

#include "TestBranch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>
#include <algorithm>

namespace tessera::test {

struct RealCall
{
    QString service;
    bool priority = false;
    bool served = false; // false: gave up waiting
    QString agent;
    qint64 issuedAt = 0; // seconds of the day
    qint64 calledAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 waitSeconds = 0;    // q_time (0 when it never queued)
    qint64 serviceSeconds = 0; // ser_time
};

struct RealDay
{
    QDate date;
    QList<RealCall> calls; // by issue time
    QStringList agents;    // sorted; agent i works at counter i + 1
    int leftOut = 0;       // overlapping calls of one agent
};

inline qint64 secondsOfDay(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    return parts.value(0).toLongLong() * 3600 + parts.value(1).toLongLong() * 60 + parts.value(2).toLongLong();
}

// Every day of the log at `path`, in date order.
inline QList<RealDay> loadRealDays(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QStringList header = QString::fromLatin1(file.readLine()).trimmed().split(QLatin1Char('\t'));
    auto column = [&header](const char *name) {
        return int(header.indexOf(QLatin1String(name)));
    };
    const int type = column("type"), priority = column("priority"), date = column("date"), qStart = column("q_start"),
              qTime = column("q_time"), outcome = column("outcome"), serStart = column("ser_start"),
              serTime = column("ser_time"), server = column("server");
    QMap<QDate, QList<RealCall>> byDate;
    while (!file.atEnd()) {
        const QStringList f = QString::fromLatin1(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (f.size() < header.size())
            continue;
        const QDate day = QDate::fromString(QStringLiteral("19") + f[date], QStringLiteral("yyyyMMdd"));
        const bool queued = f[qStart] != QLatin1String("0:00:00");
        RealCall call;
        call.service = f[type].toLower();
        call.priority = f[priority] == QLatin1String("2");
        if (f[outcome] == QLatin1String("AGENT") && f[server] != QLatin1String("NO_SERVER")) {
            call.served = true;
            call.agent = f[server];
            call.waitSeconds = queued ? f[qTime].toLongLong() : 0;
            call.issuedAt = queued ? secondsOfDay(f[qStart]) : secondsOfDay(f[serStart]);
            call.calledAt = call.issuedAt + call.waitSeconds;
            call.startedAt = qMax(secondsOfDay(f[serStart]), call.calledAt);
            call.serviceSeconds = f[serTime].toLongLong();
            call.finishedAt = call.startedAt + call.serviceSeconds;
        } else if (f[outcome] == QLatin1String("HANG") && queued) {
            call.issuedAt = secondsOfDay(f[qStart]);
            call.calledAt = call.issuedAt + f[qTime].toLongLong(); // when they gave up
        } else {
            continue;
        }
        byDate[day].append(call);
    }
    QList<RealDay> days;
    for (auto it = byDate.begin(); it != byDate.end(); ++it) {
        RealDay day;
        day.date = it.key();
        QList<RealCall> &all = it.value();
        // One customer at a time per agent: in call order, a call before the last one finished is left out.
        std::stable_sort(all.begin(), all.end(),
                         [](const RealCall &a, const RealCall &b) { return a.calledAt < b.calledAt; });
        QMap<QString, qint64> busyUntil;
        for (const RealCall &call : std::as_const(all)) {
            if (call.served) {
                if (busyUntil.contains(call.agent) && call.calledAt < busyUntil.value(call.agent)) {
                    day.leftOut += 1;
                    continue;
                }
                busyUntil.insert(call.agent, call.finishedAt);
            }
            day.calls.append(call);
        }
        std::stable_sort(day.calls.begin(), day.calls.end(),
                         [](const RealCall &a, const RealCall &b) { return a.issuedAt < b.issuedAt; });
        day.agents = busyUntil.keys();
        days.append(day);
    }
    return days;
}

// One day of the log at `path`.
inline RealDay loadRealDay(const QString &path, QDate date)
{
    for (const RealDay &day : loadRealDays(path)) {
        if (day.date == date)
            return day;
    }
    qFatal("%s has no day %s", qPrintable(path), qPrintable(date.toString(Qt::ISODate)));
}

// The agents of all the days, sorted: agent i works at counter i + 1.
inline QStringList agentsOf(const QList<RealDay> &days)
{
    QStringList agents;
    for (const RealDay &day : days)
        agents << day.agents;
    agents.sort();
    agents.removeDuplicates();
    return agents;
}

// The branch that takes the days: a service per call type, a counter and a teller per agent.
inline QJsonObject realDayConfig(const QStringList &agents)
{
    static const QList<std::tuple<const char *, const char *, const char *, const char *>> kServices{
        {"PS", "A", "Regular", "普通业务"},    {"PE", "B", "Stocks", "股票业务"},
        {"IN", "C", "Internet", "网上银行"},   {"NE", "D", "New stock", "新股业务"},
        {"NW", "E", "New customer", "新客户"}, {"TT", "F", "Technical", "技术支持"}};
    QJsonArray services;
    QJsonObject weights;
    for (const auto &[id, prefix, english, chinese] : kServices) {
        services.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(id).toLower()},
            {QStringLiteral("prefix"), QLatin1String(prefix)},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QLatin1String(english)},
                                                 {QStringLiteral("zh_CN"), QString::fromUtf8(chinese)}}},
            {QStringLiteral("targetWaitMinutes"), 2},
            {QStringLiteral("serviceTimeMinutes"), 3},
            {QStringLiteral("numbers"), QJsonObject{{QStringLiteral("first"), 1}, {QStringLiteral("last"), 9999}}}});
        weights.insert(QString::fromLatin1(id).toLower(), 1);
    }
    QJsonArray counters, tellers;
    for (int i = 0; i < agents.size(); ++i) {
        counters.append(QJsonObject{{QStringLiteral("number"), i + 1}, {QStringLiteral("services"), weights}});
        const QString name = agents[i].toLower();
        tellers.append(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("displayName"), agents[i].left(1) + name.mid(1)},
                                   {QStringLiteral("passwordHash"), testPasswordHash(QStringLiteral("pw-") + name)}});
    }
    return QJsonObject{
        {QStringLiteral("branch"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("anonymous-bank")},
                     {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Anonymous Bank")},
                                                          {QStringLiteral("zh_CN"), QStringLiteral("匿名银行")}}},
                     {QStringLiteral("timeZone"), QStringLiteral("Asia/Jerusalem")},
                     {QStringLiteral("languages"), QJsonArray{QStringLiteral("en"), QStringLiteral("zh_CN")}}}},
        {QStringLiteral("businessDay"), QJsonObject{{QStringLiteral("rolloverTime"), QStringLiteral("03:00")}}},
        {QStringLiteral("calling"),
         QJsonObject{{QStringLiteral("priorityReasons"), QJsonArray{QStringLiteral("high-priority customer")}}}},
        {QStringLiteral("services"), services},
        {QStringLiteral("counters"), counters},
        {QStringLiteral("tellers"), tellers},
    };
}

inline TimestampMs realDayMs(QDate date, qint64 secondsOfDay)
{
    static const QTimeZone jerusalem("Asia/Jerusalem");
    return QDateTime(date, QTime(0, 0), jerusalem).toMSecsSinceEpoch() + secondsOfDay * 1000;
}

inline TimestampMs realDayMs(const RealDay &day, qint64 secondsOfDay)
{
    return realDayMs(day.date, secondsOfDay);
}

} // namespace tessera::test
