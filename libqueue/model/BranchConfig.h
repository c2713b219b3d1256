#pragma once

#include "Clock.h"
#include "OpeningHours.h"
#include "QueueTypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace tessera {

// Text in several languages, keyed by language code ("en", "zh_CN", "lv", ...).
struct LocalizedText
{
    QMap<QString, QString> byLanguage;

    // The text in `language`, else in `fallback`, else any text there is.
    QString text(const QString &language, const QString &fallback = QStringLiteral("en")) const;
    bool operator==(const LocalizedText &) const = default;
};

struct ServiceConfig
{
    QString id;
    LocalizedText names;
    QString prefix;      // "A" in A017
    int firstNumber = 1; // numbers issued per business day run from first to last
    int lastNumber = 999;
    int targetWaitSeconds = 600;  // the service level: most customers should be called within this
    int serviceTimeSeconds = 300; // the estimate used until real service times are known
    OpeningHours hours = OpeningHours::alwaysOpen();
    bool webJoin = false;    // customers may take a ticket on the branch's web page
    bool webBooking = false; // customers may book an appointment on the branch's web page

    // Digits shown in a ticket label: enough for lastNumber, at least three (A007).
    int numberWidth() const;
    QString labelFor(int number) const;
    bool operator==(const ServiceConfig &) const = default;
};

struct CounterConfig
{
    CounterNumber number = 0;
    QString label;
    QMap<QString, int> serviceWeights; // service id -> weight (> 0)
    bool priorityFirst = true;         // takes priority classes before normal customers

    bool serves(const QString &serviceId) const { return serviceWeights.contains(serviceId); }
    bool operator==(const CounterConfig &) const = default;
};

struct TellerConfig
{
    QString name; // login name
    QString displayName;
    TellerRole role = TellerRole::Teller;
    QString passwordHash; // see PasswordHash
    bool operator==(const TellerConfig &) const = default;
};

// One language of the lobby announcements, in the order they are spoken.
struct AnnouncementVoice
{
    QString language;
    bool speech = false;       // true: a speech synthesizer (QTextToSpeech); false: a recorded voice pack
    QString engine;            // the QTextToSpeech engine to use ("flite", "speechd"), for speech
    bool wholeNumbers = false; // "A seventeen" rather than "A zero one seven"
    bool operator==(const AnnouncementVoice &) const = default;
};

// What the branch's web page offers customers (docs/WEB.md).
struct WebConfig
{
    QString publicUrl;                // the web front's address as phones reach it; empty: no QR link
    int bookingDaysAhead = 14;        // how far ahead the web page offers slots (today counts)
    int bookingsPerPhonePerDay = 2;   // booked appointments one phone number may hold on one day
    int bookingsPerAddressPerDay = 6; // bookings one network address may make per day
    bool operator==(const WebConfig &) const = default;
};

struct BranchConfig
{
    QString branchId;
    LocalizedText branchName;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QStringList languages{QStringLiteral("en")};
    QString defaultLanguage = QStringLiteral("en");

    QTime rolloverTime{3, 0}; // local time at which one business day ends and the next begins
    RolloverPolicy waitingAtRollover = RolloverPolicy::Cancel;

    int autoNoShowAfterRecalls = 0;    // 0: a ticket is never made a no-show by recalling it
    bool keepArrivalOnTransfer = true; // a transferred customer keeps their place in line
    // Order in which counters that take priority first rank the classes; classes missing are normal.
    QList<PriorityClass> priorityOrder{PriorityClass::Appointment, PriorityClass::Vip, PriorityClass::Priority};
    QStringList priorityReasons{QStringLiteral("elderly"), QStringLiteral("pregnant"), QStringLiteral("disabled")};
    // Outcome codes a teller may finish a ticket with; the first is the default ("call next" uses it).
    QStringList outcomeCodes{QStringLiteral("served"), QStringLiteral("referred"), QStringLiteral("incomplete")};

    int appointmentSlotMinutes = 15;
    int checkInEarlyMinutes = 30;   // how long before the slot a customer may check in
    int checkInLateMinutes = 10;    // grace after the slot start; after it the appointment expires
    int appointmentsPerCounter = 1; // a slot takes this many bookings per counter serving the service; 0: no limit
    WebConfig web;

    // Spoken when a ticket is called, language after language. By default every branch
    // language that has phrases, from the recorded voice pack, digit by digit.
    QList<AnnouncementVoice> announcementVoices;

    QList<ServiceConfig> services;
    QList<CounterConfig> counters;
    QList<TellerConfig> tellers;

    const ServiceConfig *service(const QString &id) const;
    const CounterConfig *counter(CounterNumber number) const;
    const TellerConfig *teller(const QString &name) const;

    QDateTime toLocal(TimestampMs at) const;
    // The business day an instant belongs to: the local date, shifted back by the rollover time.
    QDate businessDayAt(TimestampMs at) const;
    // 0 for classes not in priorityOrder (normal); larger is served earlier.
    int priorityRank(PriorityClass priority) const;

    bool operator==(const BranchConfig &) const = default;
};

} // namespace tessera
