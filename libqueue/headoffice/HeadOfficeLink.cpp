#include "HeadOfficeLink.h"

#include "LogCategories.h"
#include "protocol/EventCodec.h"
#include "storage/SchemaUpgrade.h"
#include "storage/SqlConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tessera {

namespace {

// PostgreSQL array literals: the batch travels as one call with one array per column.
QString arrayOf(const QStringList &elements)
{
    return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString byteaElement(const QByteArray &bytes)
{
    // "\\x..." inside the array literal is the element \x..., bytea's hex form.
    return QStringLiteral("\"\\\\x") + QString::fromLatin1(bytes.toHex()) + QLatin1Char('"');
}

// PostgreSQL's words without its frame ("ERROR:", the PL/pgSQL context lines).
QString lastError(const QSqlQuery &query)
{
    return SqlConnection::errorText(query.lastError());
}

// The head office's functions refuse a branch with SQLSTATE TS001...TS004 (schema 1).
bool isRefusal(const QSqlQuery &query)
{
    return query.lastError().nativeErrorCode().startsWith(QLatin1String("TS"));
}

} // namespace

// The link's words go to the server's log, in English like the rest of it; only checkUrl's
// reach the person starting the server, in their language.
//
// The connection to the head office database, with the three calls a branch may make
// (storage/sql/headoffice: the functions of schema 1).
class HeadOfficeLink::Connection
{
public:
    explicit Connection(const JournalLocation &location) : m_connection(location, false) {}

    bool open(QString *error) { return m_connection.open(error); }

    // Why this branch server cannot talk to the head office's schema, if it cannot.
    std::optional<QString> checkSchema()
    {
        const int version = SchemaUpgrade::currentVersion(m_connection.database(), m_catalog);
        const int known = m_catalog.latestVersion();
        if (version > known)
            return QStringLiteral("the head office database is at schema %1, newer than this branch server knows "
                                  "(%2): upgrade Tessera on this branch.")
                .arg(version)
                .arg(known);
        if (version < known)
            return QStringLiteral("the head office database is at schema %1 and this branch server needs %2: run "
                                  "tessera-headoffice-admin init at the head office.")
                .arg(version)
                .arg(known);
        return std::nullopt;
    }

    // The head office's last event of this branch, -1 when it refuses the branch (with
    // `refusal` set), or nullopt on an error.
    std::optional<Seq> hello(const QString &branch, const QString &journal, Seq branchLast, const QByteArray &stations,
                             QString *refusal, QString *error)
    {
        QSqlQuery query(m_connection.database());
        query.prepare(m_catalog.query(QStringLiteral("branch_hello")));
        query.addBindValue(branch);
        query.addBindValue(journal);
        query.addBindValue(branchLast);
        query.addBindValue(QString::fromUtf8(stations));
        if (!query.exec() || !query.next()) {
            if (isRefusal(query)) {
                *refusal = lastError(query);
                return -1;
            }
            *error = lastError(query);
            return std::nullopt;
        }
        const Seq last = query.value(0).toLongLong();
        if (last >= 0)
            return last;
        query.prepare(m_catalog.query(QStringLiteral("branch_refusal")));
        query.addBindValue(branch);
        if (!query.exec() || !query.next()) {
            *error = lastError(query);
            return std::nullopt;
        }
        *refusal = query.value(0).toString();
        return -1;
    }

    // The head office's last event of this branch after the append, or nullopt on an error
    // (`refused` set when the head office refused the events rather than failed).
    std::optional<Seq> append(const QString &branch, const QString &journal, const QList<JournalEntry> &entries,
                              QString *error, bool *refused)
    {
        QStringList at, day, type, payload;
        for (const JournalEntry &entry : entries) {
            at << QString::number(entry.event.at);
            day << entry.businessDay.toString(Qt::ISODate);
            type << QString::fromLatin1(typeName(entry.event.payload));
            payload << byteaElement(EventCodec::toBytes(entry.event.payload));
        }
        QSqlQuery query(m_connection.database());
        query.prepare(m_catalog.query(QStringLiteral("append_events")));
        query.addBindValue(branch);
        query.addBindValue(journal);
        query.addBindValue(entries.first().event.seq);
        query.addBindValue(arrayOf(at));
        query.addBindValue(arrayOf(day));
        query.addBindValue(arrayOf(type));
        query.addBindValue(arrayOf(payload));
        if (!query.exec() || !query.next()) {
            *error = lastError(query);
            *refused = isRefusal(query);
            return std::nullopt;
        }
        return query.value(0).toLongLong();
    }

private:
    SqlConnection m_connection;
    SqlCatalog m_catalog{QStringLiteral("headoffice")};
};

std::optional<QString> HeadOfficeLink::checkUrl(const QString &url, bool requireVerifiedTls)
{
    const auto location = JournalLocation::parse(url);
    if (!location)
        return location.error();
    if (location.value().backend() != JournalLocation::Backend::Postgresql)
        return tr("The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode="
                  "verify-full.");
    if (requireVerifiedTls && !location.value().isUnixSocket() &&
        location.value().option(QStringLiteral("sslmode")) != QLatin1String("verify-full"))
        return tr("The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the "
                  "head office's CA certificate if it is not in ~/.postgresql/root.crt).");
    return std::nullopt;
}

HeadOfficeLink::HeadOfficeLink(Settings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    qRegisterMetaType<tessera::Seq>("tessera::Seq"); // journalGrew arrives queued from the server's thread
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HeadOfficeLink::step);
}

HeadOfficeLink::~HeadOfficeLink() = default;

void HeadOfficeLink::start()
{
    schedule(0);
}

void HeadOfficeLink::stationPresence(int connected, const QStringList &offline)
{
    m_stations = QJsonDocument(QJsonObject{{QStringLiteral("connected"), connected},
                                           {QStringLiteral("offline"), QJsonArray::fromStringList(offline)}})
                     .toJson(QJsonDocument::Compact);
}

void HeadOfficeLink::journalGrew(Seq last)
{
    m_localLast = qMax(m_localLast, last);
    if (m_state == State::CaughtUp)
        schedule(0);
}

void HeadOfficeLink::schedule(int delayMs)
{
    m_timer.start(delayMs);
}

void HeadOfficeLink::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    switch (state) {
    case State::Offline:
        qCWarning(lcHeadOffice).noquote() << "head office offline, retrying:" << detail;
        break;
    case State::Refused:
        qCCritical(lcHeadOffice).noquote() << "the head office refuses this branch:" << detail;
        break;
    case State::Connecting:
        qCInfo(lcHeadOffice).noquote() << "head office link:" << detail;
        break;
    default: // every commit goes from one to the other: worth a line only when asked for
        qCDebug(lcHeadOffice).noquote() << "head office link:" << QVariant::fromValue(state).toString() << detail;
    }
    emit stateChanged(state, detail);
}

void HeadOfficeLink::goOffline(const QString &why)
{
    m_headOffice.reset();
    m_headOfficeLast = -1;
    m_backoffMs = qBound(1000, m_backoffMs * 2, m_settings.maxBackoffMs);
    setState(State::Offline, why);
    schedule(m_backoffMs);
}

void HeadOfficeLink::step()
{
    QString error;
    if (!m_journal) {
        auto journal = Journal::openForReading(m_settings.journal);
        if (!journal) {
            goOffline(journal.error());
            return;
        }
        m_journal = std::move(journal).value();
        m_journalId = m_journal->journalId();
    }
    if (!m_headOffice) {
        auto location = JournalLocation::parse(m_settings.headOffice);
        // A cut WAN must show as an error within seconds, not after TCP's quarter of an hour.
        location.value().setOptionIfUnset(QStringLiteral("keepalives_idle"), QStringLiteral("5"));
        location.value().setOptionIfUnset(QStringLiteral("keepalives_interval"), QStringLiteral("2"));
        location.value().setOptionIfUnset(QStringLiteral("keepalives_count"), QStringLiteral("3"));
        location.value().setOptionIfUnset(QStringLiteral("tcp_user_timeout"), QStringLiteral("10000"));
        location.value().setOptionIfUnset(QStringLiteral("application_name"),
                                          QStringLiteral("tessera-server ") + m_settings.branchId);
        m_headOffice = std::make_unique<Connection>(location.value());
        if (!m_headOffice->open(&error)) {
            goOffline(error);
            return;
        }
        setState(State::Connecting, QStringLiteral("connected to %1").arg(location.value().shown()));
        if (const auto mismatch = m_headOffice->checkSchema()) {
            m_headOffice.reset();
            setState(State::Refused, *mismatch);
            schedule(m_settings.maxBackoffMs);
            return;
        }
    }
    m_localLast = qMax(m_localLast, m_journal->lastSeq());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_headOfficeLast < 0 || now - m_lastHelloMs >= m_settings.helloIntervalMs) {
        QString refusal;
        const auto last =
            m_headOffice->hello(m_settings.branchId, m_journalId, m_localLast, m_stations, &refusal, &error);
        if (!last) {
            goOffline(error);
            return;
        }
        m_lastHelloMs = now;
        if (*last < 0) {
            // Nothing is sent; the branch asks again now and then, in case the head office decides.
            m_headOfficeLast = -1;
            setState(State::Refused, refusal);
            schedule(qMax(m_settings.helloIntervalMs, 5000));
            return;
        }
        m_headOfficeLast = *last;
        m_backoffMs = 0;
    }

    if (m_headOfficeLast < m_localLast) {
        setState(State::Forwarding, QString());
        if (!sendBatch(m_localLast))
            return;
        schedule(0);
        return;
    }
    setState(State::CaughtUp, QString());
    schedule(int(qMax<qint64>(0, m_lastHelloMs + m_settings.helloIntervalMs - now)));
}

bool HeadOfficeLink::sendBatch(Seq localLast)
{
    QList<JournalEntry> batch;
    QString error;
    const Seq until = qMin(localLast, m_headOfficeLast + m_settings.batchSize);
    if (!m_journal->read(
            m_headOfficeLast, [&batch](JournalEntry &&entry) { batch.append(std::move(entry)); }, &error, until)) {
        // The branch's own journal cannot be read back: say so loudly, and try again later.
        m_journal.reset();
        goOffline(QStringLiteral("the branch journal cannot be read: %1").arg(error));
        return false;
    }
    if (batch.isEmpty())
        return true;
    bool refused = false;
    const auto last = m_headOffice->append(m_settings.branchId, m_journalId, batch, &error, &refused);
    if (!last && refused) {
        // Decided at the head office between this branch's hello and its events: asked again later.
        m_headOfficeLast = -1;
        setState(State::Refused, error);
        schedule(qMax(m_settings.helloIntervalMs, 5000));
        return false;
    }
    if (!last) {
        goOffline(error);
        return false;
    }
    m_headOfficeLast = *last;
    emit forwarded(m_headOfficeLast);
    return true;
}

} // namespace tessera
