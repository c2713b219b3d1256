#pragma once

#include "LiveBranch.h"
#include "net/StationSettingsFile.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>

namespace tessera::test {

// What the GUI tests share: the branch they run in, the station settings, finding widgets
// by name, and screenshots.

// The branch a GUI test runs in: five languages, every service named in each, one
// service closed today (it opens only on another weekday) and one with a single number.
inline QJsonObject kioskConfig()
{
    QJsonObject config = baseConfig();
    QJsonObject branch = config.value(QStringLiteral("branch")).toObject();
    branch.insert(QStringLiteral("languages"),
                  QJsonArray{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                             QStringLiteral("lv"), QStringLiteral("cy")});
    branch.insert(QStringLiteral("defaultLanguage"), QStringLiteral("en"));
    branch.insert(QStringLiteral("name"),
                  QJsonObject{{QStringLiteral("en"), QStringLiteral("Northbank, Riga Centre")},
                              {QStringLiteral("zh_CN"), QStringLiteral("北岸银行 里加中心支行")}});
    config.insert(QStringLiteral("branch"), branch);
    const QStringList weekdays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};
    const int today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Riga")).date().dayOfWeek();
    const QString otherDay = weekdays[(today + 2) % 7]; // two days on: never today, whatever the hour
    auto service = [](const char *id, const char *prefix, const char *en, const char *zh) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("prefix"), QLatin1String(prefix)},
                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QLatin1String(en)},
                                                                {QStringLiteral("zh_CN"), QString::fromUtf8(zh)}}},
                           {QStringLiteral("serviceTimeMinutes"), 4}};
    };
    QJsonObject loans = service("loans", "C", "Loans and mortgages", "贷款与按揭");
    loans.insert(QStringLiteral("openingHours"), QJsonObject{{otherDay, QJsonArray{QStringLiteral("09:00-17:00")}}});
    QJsonObject exchange = service("exchange", "D", "Currency exchange", "外币兑换");
    exchange.insert(QStringLiteral("numbers"), QJsonObject{{QStringLiteral("first"), 1}, {QStringLiteral("last"), 2}});
    config.insert(QStringLiteral("services"),
                  QJsonArray{service("cash", "A", "Cash and payments", "现金与付款"),
                             service("accounts", "B", "Accounts and cards", "账户与银行卡"), loans, exchange});
    QJsonArray counters = config.value(QStringLiteral("counters")).toArray();
    QJsonObject second = counters[1].toObject();
    QJsonObject served = second.value(QStringLiteral("services")).toObject();
    served.insert(QStringLiteral("exchange"), 1);
    second.insert(QStringLiteral("services"), served);
    counters[1] = second;
    config.insert(QStringLiteral("counters"), counters);
    QJsonArray tellers = config.value(QStringLiteral("tellers")).toArray();
    tellers.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("boss")},
                               {QStringLiteral("role"), QStringLiteral("supervisor")},
                               {QStringLiteral("passwordHash"), testPasswordHash(QStringLiteral("pw-boss"))}});
    config.insert(QStringLiteral("tellers"), tellers);
    return config;
}

// Finds a widget by object name, failing loudly rather than clicking nothing.
template<typename T = QAbstractButton> T *find(QWidget *kiosk, const QString &name)
{
    T *widget = kiosk->findChild<T *>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}

inline QString textOf(QWidget *kiosk, const QString &labelName)
{
    return find<QLabel>(kiosk, labelName)->text();
}

// Saves what a window shows as a PNG under $TESSERA_SCREENSHOTS, to be looked at.
inline void screenshot(QWidget *kiosk, const QString &name)
{
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Lay out what a resize or a new screen changed, as the next paint on a real screen would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    kiosk->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace tessera::test
