#include "BranchConfigLoader.h"

#include "PasswordHash.h"
#include "voice/Announcement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace tessera {

QString ConfigError::message() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!key.isEmpty())
        where += QStringLiteral(": %1").arg(key);
    return QStringLiteral("%1: %2").arg(where, reason);
}

namespace {

// Thrown only inside this file, where a deep walk through the JSON stops at the first problem.
struct Refusal
{
    QString key;
    QString reason;
};

// Reads one JSON object and remembers the key path so that every refusal can say where.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    [[noreturn]] void refuse(const QString &key, const QString &reason) const { throw Refusal{path(key), reason}; }

    // Unknown keys are refused so that a typo ("prefx") is not silently ignored.
    void allowOnly(const QStringList &keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                refuse(it.key(),
                       BranchConfigLoader::tr("unknown key; expected one of: %1").arg(keys.join(QStringLiteral(", "))));
        }
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue value(const QString &key, bool required) const
    {
        const QJsonValue value = m_object.value(key);
        if (required && value.isUndefined())
            refuse(key, BranchConfigLoader::tr("is required"));
        return value;
    }

    QString string(const QString &key, const QString &fallback = {}, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isString() || v.toString().trimmed().isEmpty())
            refuse(key, BranchConfigLoader::tr("must be a non-empty text"));
        return v.toString();
    }

    int integer(const QString &key, int fallback, int minimum, int maximum, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        const double number = v.toDouble(-1e300);
        if (!v.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum)
            refuse(key, BranchConfigLoader::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return int(number);
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            refuse(key, BranchConfigLoader::tr("must be true or false"));
        return v.toBool();
    }

    ObjectReader object(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (!v.isUndefined() && !v.isObject())
            refuse(key, BranchConfigLoader::tr("must be an object"));
        return ObjectReader(v.toObject(), path(key));
    }

    QJsonArray array(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (!v.isUndefined() && !v.isArray())
            refuse(key, BranchConfigLoader::tr("must be a list"));
        return v.toArray();
    }

    QStringList strings(const QString &key, const QStringList &fallback) const
    {
        if (!has(key))
            return fallback;
        QStringList result;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].isString() || items[i].toString().isEmpty())
                refuse(QStringLiteral("%1[%2]").arg(key).arg(i), BranchConfigLoader::tr("must be a non-empty text"));
            result << items[i].toString();
        }
        return result;
    }

    LocalizedText localized(const QString &key, bool required) const
    {
        LocalizedText text;
        const ObjectReader names = object(key, required);
        for (auto it = names.m_object.begin(); it != names.m_object.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                names.refuse(it.key(), BranchConfigLoader::tr("must be a non-empty text"));
            text.byLanguage.insert(it.key(), it.value().toString());
        }
        if (required && text.byLanguage.isEmpty())
            refuse(key, BranchConfigLoader::tr("needs a text in at least one language"));
        return text;
    }

    const QJsonObject &raw() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
};

ObjectReader elementAt(const QJsonArray &array, qsizetype index, const QString &arrayPath)
{
    const QString path = QStringLiteral("%1[%2]").arg(arrayPath).arg(index);
    if (!array[index].isObject())
        throw Refusal{path, BranchConfigLoader::tr("must be an object")};
    return ObjectReader(array[index].toObject(), path);
}

std::optional<QTime> parseClock(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
    const auto match = pattern.match(text);
    if (text == QStringLiteral("24:00"))
        return QTime(23, 59, 59, 999);
    if (!match.hasMatch())
        return std::nullopt;
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

int minuteOf(const QTime &time)
{
    return time == QTime(23, 59, 59, 999) ? 24 * 60 : time.hour() * 60 + time.minute();
}

// "mon", "sat" or a range "mon-fri" -> ISO weekdays.
QList<int> parseWeekdays(const QString &key)
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    const QStringList ends = key.split(QLatin1Char('-'));
    if (ends.size() > 2)
        return {};
    const int first = int(names.indexOf(ends.first())) + 1;
    const int last = int(names.indexOf(ends.last())) + 1;
    if (first == 0 || last == 0 || last < first)
        return {};
    QList<int> days;
    for (int day = first; day <= last; ++day)
        days << day;
    return days;
}

OpeningHours readOpeningHours(const ObjectReader &parent)
{
    if (!parent.has(QStringLiteral("openingHours")))
        return OpeningHours::alwaysOpen();
    const ObjectReader reader = parent.object(QStringLiteral("openingHours"));
    OpeningHours hours;
    for (auto it = reader.raw().begin(); it != reader.raw().end(); ++it) {
        const QList<int> days = parseWeekdays(it.key());
        if (days.isEmpty())
            reader.refuse(it.key(), BranchConfigLoader::tr("is not a weekday or range such as \"mon\" or \"mon-fri\""));
        const QStringList spans = reader.strings(it.key(), {});
        for (const QString &span : spans) {
            const QStringList ends = span.split(QLatin1Char('-'));
            const auto open = ends.size() == 2 ? parseClock(ends[0]) : std::nullopt;
            const auto close = ends.size() == 2 ? parseClock(ends[1]) : std::nullopt;
            if (!open || !close || minuteOf(*open) >= minuteOf(*close))
                reader.refuse(it.key(),
                              BranchConfigLoader::tr("\"%1\" is not a time span such as \"09:00-17:30\"").arg(span));
            for (int day : days)
                hours.add(day, {minuteOf(*open), minuteOf(*close)});
        }
    }
    return hours;
}

void readBranch(const ObjectReader &root, BranchConfig &config)
{
    const ObjectReader branch = root.object(QStringLiteral("branch"), true);
    branch.allowOnly({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("timeZone"),
                      QStringLiteral("languages"), QStringLiteral("defaultLanguage")});
    config.branchId = branch.string(QStringLiteral("id"), {}, true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!idPattern.match(config.branchId).hasMatch())
        branch.refuse(QStringLiteral("id"), BranchConfigLoader::tr("must be lowercase letters, digits and dashes"));
    config.branchName = branch.localized(QStringLiteral("name"), true);
    if (branch.has(QStringLiteral("timeZone"))) {
        const QString zone = branch.string(QStringLiteral("timeZone"));
        config.timeZone = QTimeZone(zone.toUtf8());
        if (!config.timeZone.isValid())
            branch.refuse(QStringLiteral("timeZone"),
                          BranchConfigLoader::tr("\"%1\" is not a known time zone such as \"Europe/Riga\"").arg(zone));
    }
    config.languages = branch.strings(QStringLiteral("languages"), config.languages);
    if (config.languages.isEmpty())
        branch.refuse(QStringLiteral("languages"), BranchConfigLoader::tr("needs at least one language"));
    config.defaultLanguage = branch.string(QStringLiteral("defaultLanguage"), config.languages.first());
    if (!config.languages.contains(config.defaultLanguage))
        branch.refuse(QStringLiteral("defaultLanguage"), BranchConfigLoader::tr("must be one of the languages"));
}

void readPolicies(const ObjectReader &root, BranchConfig &config)
{
    const ObjectReader day = root.object(QStringLiteral("businessDay"));
    day.allowOnly({QStringLiteral("rolloverTime"), QStringLiteral("waitingAtRollover")});
    if (day.has(QStringLiteral("rolloverTime"))) {
        const auto time = parseClock(day.string(QStringLiteral("rolloverTime")));
        if (!time || *time == QTime(23, 59, 59, 999))
            day.refuse(QStringLiteral("rolloverTime"), BranchConfigLoader::tr("must be a time such as \"03:00\""));
        config.rolloverTime = *time;
    }
    const QString policy = day.string(QStringLiteral("waitingAtRollover"), wireName(config.waitingAtRollover));
    const auto parsedPolicy = rolloverPolicyFromString(policy);
    if (!parsedPolicy)
        day.refuse(QStringLiteral("waitingAtRollover"), BranchConfigLoader::tr("must be \"cancel\" or \"carryOver\""));
    config.waitingAtRollover = *parsedPolicy;

    const ObjectReader calling = root.object(QStringLiteral("calling"));
    calling.allowOnly({QStringLiteral("autoNoShowAfterRecalls"), QStringLiteral("keepArrivalOnTransfer"),
                       QStringLiteral("priorityOrder"), QStringLiteral("priorityReasons"),
                       QStringLiteral("outcomeCodes")});
    config.autoNoShowAfterRecalls = calling.integer(QStringLiteral("autoNoShowAfterRecalls"), 0, 0, 20);
    config.keepArrivalOnTransfer = calling.boolean(QStringLiteral("keepArrivalOnTransfer"), true);
    if (calling.has(QStringLiteral("priorityOrder"))) {
        config.priorityOrder.clear();
        for (const QString &name : calling.strings(QStringLiteral("priorityOrder"), {})) {
            const auto priority = priorityClassFromString(name);
            if (!priority || *priority == PriorityClass::Normal || config.priorityOrder.contains(*priority))
                calling.refuse(
                    QStringLiteral("priorityOrder"),
                    BranchConfigLoader::tr("\"%1\" must be appointment, vip or priority, each at most once").arg(name));
            config.priorityOrder << *priority;
        }
    }
    config.priorityReasons = calling.strings(QStringLiteral("priorityReasons"), config.priorityReasons);
    config.outcomeCodes = calling.strings(QStringLiteral("outcomeCodes"), config.outcomeCodes);
    if (config.outcomeCodes.isEmpty())
        calling.refuse(QStringLiteral("outcomeCodes"), BranchConfigLoader::tr("needs at least one outcome code"));

    const ObjectReader appointments = root.object(QStringLiteral("appointments"));
    appointments.allowOnly({QStringLiteral("slotMinutes"), QStringLiteral("checkInEarlyMinutes"),
                            QStringLiteral("checkInLateMinutes"), QStringLiteral("perCounter")});
    config.appointmentSlotMinutes = appointments.integer(QStringLiteral("slotMinutes"), 15, 5, 240);
    config.checkInEarlyMinutes = appointments.integer(QStringLiteral("checkInEarlyMinutes"), 30, 0, 240);
    config.checkInLateMinutes = appointments.integer(QStringLiteral("checkInLateMinutes"), 10, 0, 240);
    config.appointmentsPerCounter = appointments.integer(QStringLiteral("perCounter"), 1, 0, 100);
}

void readWeb(const ObjectReader &root, BranchConfig &config)
{
    const ObjectReader web = root.object(QStringLiteral("web"));
    web.allowOnly({QStringLiteral("publicUrl"), QStringLiteral("bookingDaysAhead"),
                   QStringLiteral("bookingsPerPhonePerDay"), QStringLiteral("bookingsPerAddressPerDay")});
    config.web.publicUrl = web.string(QStringLiteral("publicUrl"));
    const QUrl url(config.web.publicUrl, QUrl::StrictMode);
    if (!config.web.publicUrl.isEmpty() &&
        (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery()))
        web.refuse(QStringLiteral("publicUrl"),
                   BranchConfigLoader::tr("must be the https:// address phones reach the server at, such as "
                                          "https://queue.example.com"));
    config.web.bookingDaysAhead = web.integer(QStringLiteral("bookingDaysAhead"), 14, 1, 90);
    config.web.bookingsPerPhonePerDay = web.integer(QStringLiteral("bookingsPerPhonePerDay"), 2, 1, 50);
    config.web.bookingsPerAddressPerDay = web.integer(QStringLiteral("bookingsPerAddressPerDay"), 6, 1, 1000);
}

void readAnnouncements(const ObjectReader &root, BranchConfig &config)
{
    const ObjectReader announcements = root.object(QStringLiteral("announcements"));
    announcements.allowOnly({QStringLiteral("voices")});
    const QStringList spoken = voice::Announcement::languages();
    if (!announcements.has(QStringLiteral("voices"))) {
        for (const QString &language : std::as_const(config.languages)) {
            if (spoken.contains(language))
                config.announcementVoices.append({language, false, {}, false});
        }
        return;
    }
    const QJsonArray voices = announcements.array(QStringLiteral("voices"), true);
    for (qsizetype i = 0; i < voices.size(); ++i) {
        const ObjectReader reader = elementAt(voices, i, QStringLiteral("announcements.voices"));
        reader.allowOnly(
            {QStringLiteral("language"), QStringLiteral("voice"), QStringLiteral("engine"), QStringLiteral("numbers")});
        AnnouncementVoice voice;
        voice.language = reader.string(QStringLiteral("language"), {}, true);
        if (!spoken.contains(voice.language))
            reader.refuse(QStringLiteral("language"), BranchConfigLoader::tr("has no announcement phrases; one of: %1")
                                                          .arg(spoken.join(QStringLiteral(", "))));
        const QString kind = reader.string(QStringLiteral("voice"), QStringLiteral("recorded"));
        if (kind != QLatin1String("recorded") && kind != QLatin1String("speech"))
            reader.refuse(QStringLiteral("voice"), BranchConfigLoader::tr("must be \"recorded\" or \"speech\""));
        voice.speech = kind == QLatin1String("speech");
        voice.engine = reader.string(QStringLiteral("engine"), voice.speech ? QStringLiteral("speechd") : QString());
        const QString numbers = reader.string(QStringLiteral("numbers"), QStringLiteral("digits"));
        if (numbers != QLatin1String("digits") && numbers != QLatin1String("whole"))
            reader.refuse(QStringLiteral("numbers"), BranchConfigLoader::tr("must be \"digits\" or \"whole\""));
        voice.wholeNumbers = numbers == QLatin1String("whole");
        config.announcementVoices.append(voice);
    }
}

void readServices(const ObjectReader &root, BranchConfig &config)
{
    const QJsonArray services = root.array(QStringLiteral("services"), true);
    if (services.isEmpty())
        root.refuse(QStringLiteral("services"), BranchConfigLoader::tr("needs at least one service"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Z]{1,3}$"));
    QSet<QString> prefixes;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ObjectReader reader = elementAt(services, i, QStringLiteral("services"));
        reader.allowOnly({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("prefix"),
                          QStringLiteral("numbers"), QStringLiteral("targetWaitMinutes"),
                          QStringLiteral("serviceTimeMinutes"), QStringLiteral("openingHours"),
                          QStringLiteral("webJoin"), QStringLiteral("webBooking")});
        ServiceConfig service;
        service.id = reader.string(QStringLiteral("id"), {}, true);
        if (!idPattern.match(service.id).hasMatch())
            reader.refuse(QStringLiteral("id"),
                          BranchConfigLoader::tr("must be 1-32 lowercase letters, digits, '-' or '_'"));
        if (config.service(service.id))
            reader.refuse(QStringLiteral("id"),
                          BranchConfigLoader::tr("\"%1\" is used by another service").arg(service.id));
        service.names = reader.localized(QStringLiteral("name"), true);
        service.prefix = reader.string(QStringLiteral("prefix"), {}, true);
        if (!prefixPattern.match(service.prefix).hasMatch())
            reader.refuse(QStringLiteral("prefix"), BranchConfigLoader::tr("must be 1-3 capital letters A-Z"));
        // One prefix per service keeps labels unique across services, not only within one.
        if (prefixes.contains(service.prefix))
            reader.refuse(QStringLiteral("prefix"),
                          BranchConfigLoader::tr("\"%1\" is used by another service").arg(service.prefix));
        prefixes.insert(service.prefix);
        const ObjectReader numbers = reader.object(QStringLiteral("numbers"));
        numbers.allowOnly({QStringLiteral("first"), QStringLiteral("last")});
        service.firstNumber = numbers.integer(QStringLiteral("first"), 1, 0, 9998);
        service.lastNumber = numbers.integer(QStringLiteral("last"), 999, service.firstNumber + 1, 9999);
        service.targetWaitSeconds = reader.integer(QStringLiteral("targetWaitMinutes"), 10, 1, 24 * 60) * 60;
        service.serviceTimeSeconds = reader.integer(QStringLiteral("serviceTimeMinutes"), 5, 1, 8 * 60) * 60;
        service.hours = readOpeningHours(reader);
        service.webJoin = reader.boolean(QStringLiteral("webJoin"), false);
        service.webBooking = reader.boolean(QStringLiteral("webBooking"), false);
        config.services << service;
    }
}

void readCounters(const ObjectReader &root, BranchConfig &config)
{
    const QJsonArray counters = root.array(QStringLiteral("counters"), true);
    if (counters.isEmpty())
        root.refuse(QStringLiteral("counters"), BranchConfigLoader::tr("needs at least one counter"));
    for (qsizetype i = 0; i < counters.size(); ++i) {
        const ObjectReader reader = elementAt(counters, i, QStringLiteral("counters"));
        reader.allowOnly({QStringLiteral("number"), QStringLiteral("label"), QStringLiteral("services"),
                          QStringLiteral("priorityFirst")});
        CounterConfig counter;
        counter.number = reader.integer(QStringLiteral("number"), 0, 1, 999, true);
        if (config.counter(counter.number))
            reader.refuse(QStringLiteral("number"),
                          BranchConfigLoader::tr("counter %1 is listed twice").arg(counter.number));
        counter.label =
            reader.string(QStringLiteral("label"), BranchConfigLoader::tr("Counter %1").arg(counter.number));
        counter.priorityFirst = reader.boolean(QStringLiteral("priorityFirst"), true);
        const ObjectReader weights = reader.object(QStringLiteral("services"), true);
        for (auto it = weights.raw().begin(); it != weights.raw().end(); ++it) {
            if (!config.service(it.key()))
                weights.refuse(it.key(), BranchConfigLoader::tr("is not a service id"));
            counter.serviceWeights.insert(it.key(), weights.integer(it.key(), 1, 1, 100));
        }
        if (counter.serviceWeights.isEmpty())
            reader.refuse(QStringLiteral("services"),
                          BranchConfigLoader::tr("needs at least one service with a weight"));
        config.counters << counter;
    }
    for (qsizetype i = 0; i < config.services.size(); ++i) {
        const QString &id = config.services[i].id;
        const bool served = std::any_of(config.counters.begin(), config.counters.end(),
                                        [&id](const CounterConfig &counter) { return counter.serves(id); });
        if (!served)
            throw Refusal{
                QStringLiteral("services[%1]").arg(i),
                BranchConfigLoader::tr("no counter serves \"%1\"; its tickets could never be called").arg(id)};
    }
}

void readTellers(const ObjectReader &root, BranchConfig &config)
{
    const QJsonArray tellers = root.array(QStringLiteral("tellers"));
    for (qsizetype i = 0; i < tellers.size(); ++i) {
        const ObjectReader reader = elementAt(tellers, i, QStringLiteral("tellers"));
        reader.allowOnly({QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("role"),
                          QStringLiteral("passwordHash")});
        TellerConfig teller;
        teller.name = reader.string(QStringLiteral("name"), {}, true);
        if (config.teller(teller.name))
            reader.refuse(QStringLiteral("name"), BranchConfigLoader::tr("\"%1\" is listed twice").arg(teller.name));
        teller.displayName = reader.string(QStringLiteral("displayName"), teller.name);
        const auto role = tellerRoleFromString(reader.string(QStringLiteral("role"), QStringLiteral("teller")));
        if (!role)
            reader.refuse(QStringLiteral("role"), BranchConfigLoader::tr("must be \"teller\" or \"supervisor\""));
        teller.role = *role;
        teller.passwordHash = reader.string(QStringLiteral("passwordHash"), {}, true);
        if (const QString problem = PasswordHash::problemWith(teller.passwordHash); !problem.isEmpty())
            reader.refuse(QStringLiteral("passwordHash"),
                          BranchConfigLoader::tr("%1 (make one with: tessera-server hash-password)").arg(problem));
        config.tellers << teller;
    }
}

int lineOfOffset(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

Expected<BranchConfig, ConfigError> BranchConfigLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ConfigError{path, 0, {}, tr("cannot read the file: %1").arg(file.errorString())};
    return fromJson(file.readAll(), path);
}

Expected<BranchConfig, ConfigError> BranchConfigLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ConfigError{sourceName,
                           lineOfOffset(json, parseError.offset),
                           {},
                           tr("not valid JSON: %1").arg(parseError.errorString())};
    if (!document.isObject())
        return ConfigError{sourceName, 1, {}, tr("the file must hold one JSON object")};
    try {
        const ObjectReader root(document.object(), {});
        root.allowOnly({QStringLiteral("branch"), QStringLiteral("businessDay"), QStringLiteral("calling"),
                        QStringLiteral("appointments"), QStringLiteral("services"), QStringLiteral("counters"),
                        QStringLiteral("tellers"), QStringLiteral("announcements"), QStringLiteral("web")});
        BranchConfig config;
        readBranch(root, config);
        readPolicies(root, config);
        readAnnouncements(root, config);
        readWeb(root, config);
        readServices(root, config);
        readCounters(root, config);
        readTellers(root, config);
        return config;
    } catch (const Refusal &refusal) {
        return ConfigError{sourceName, 0, refusal.key, refusal.reason};
    }
}

QString BranchConfigLoader::withoutSecrets(const QString &json)
{
    QJsonObject config = QJsonDocument::fromJson(json.toUtf8()).object();
    QJsonArray tellers = config.value(QStringLiteral("tellers")).toArray();
    for (qsizetype i = 0; i < tellers.size(); ++i) {
        QJsonObject teller = tellers[i].toObject();
        teller.insert(QStringLiteral("passwordHash"), PasswordHash::redacted());
        tellers[i] = teller;
    }
    config.insert(QStringLiteral("tellers"), tellers);
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
}

} // namespace tessera
