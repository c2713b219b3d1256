#include "Journal.h"

#include "JournalRows.h"
#include "LogCategories.h"
#include "SchemaUpgrade.h"
#include "protocol/EventCodec.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace tessera {

namespace {

QString describe(const QSqlError &error)
{
    return error.text().trimmed().isEmpty() ? QStringLiteral("unknown database error") : error.text().trimmed();
}

} // namespace

Journal::Journal(const JournalLocation &location, bool forReading)
    : EventHistory(location.catalog()), m_location(location), m_connection(location, forReading)
{}

Journal::~Journal() = default;

Expected<std::unique_ptr<Journal>, QString> Journal::connect(const JournalLocation &location, bool forReading)
{
    if (!QSqlDatabase::isDriverAvailable(location.driver()))
        return tr("Cannot open the journal %1: Qt's %2 database driver is not installed (on Debian: the package "
                  "libqt6sql6-%3).")
            .arg(location.shown(), location.driver(),
                 location.backend() == JournalLocation::Backend::Sqlite ? QStringLiteral("sqlite")
                                                                        : QStringLiteral("psql"));
    std::unique_ptr<Journal> journal(new Journal(location, forReading));
    QString error;
    if (!journal->m_connection.open(&error))
        return tr("Cannot open the journal %1: %2").arg(location.shown(), error);
    journal->m_nativeSqlite = JournalRows::nativeSqlite(journal->database());
    const QString settings = forReading ? QStringLiteral("open_reading") : QStringLiteral("open");
    if (!journal->m_connection.run(journal->m_catalog.statements(settings), &error))
        return tr("Cannot use the journal %1: %2").arg(location.shown(), error);
    return journal;
}

Expected<std::unique_ptr<Journal>, QString> Journal::openForReading(const QString &text)
{
    const auto location = JournalLocation::parse(text);
    if (!location)
        return location.error();
    // Opening a file that is not there would make an empty journal: a wrong path must be an error.
    if (location.value().backend() == JournalLocation::Backend::Sqlite && !QFileInfo::exists(text))
        return tr("There is no journal at %1.").arg(text);
    auto journal = connect(location.value(), true);
    if (!journal)
        return journal.error();
    const int version = journal.value()->schemaVersion();
    const int latest = journal.value()->m_catalog.latestVersion();
    if (version != latest)
        return tr("The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once "
                  "(it upgrades the journal), then try again.")
            .arg(location.value().shown())
            .arg(version)
            .arg(latest);
    return journal;
}

Expected<std::unique_ptr<Journal>, QString> Journal::open(const QString &text)
{
    const auto location = JournalLocation::parse(text);
    if (!location)
        return location.error();
    const QString shown = location.value().shown();
    if (location.value().backend() == JournalLocation::Backend::Sqlite) {
        const QFileInfo info(text);
        if (!info.absoluteDir().exists())
            return tr("The data directory %1 does not exist.").arg(info.absolutePath());
    }
    auto opened = connect(location.value(), false);
    if (!opened)
        return opened.error();
    std::unique_ptr<Journal> journal = std::move(opened).value();
    QString error;
    if (!journal->claimWriter(&error))
        return tr("Cannot use the journal %1: %2").arg(shown, error);
    if (!journal->migrate(&error))
        return tr("Cannot upgrade the journal %1: %2").arg(shown, error);
    journal->m_insert = std::make_unique<QSqlQuery>(journal->database());
    if (!journal->m_insert->prepare(journal->m_catalog.query(QStringLiteral("append_event"))))
        return tr("Cannot use the journal %1: %2").arg(shown, describe(journal->m_insert->lastError()));
    return journal;
}

bool Journal::claimWriter(QString *error)
{
    // A writer that was just killed holds its claim until its database session notices: a
    // server restarted at once waits for that, a few seconds at most, rather than failing.
    QDeadlineTimer patience(5000);
    QSqlQuery claim(database());
    for (;;) {
        if (!claim.exec(m_catalog.query(QStringLiteral("claim_writer"))) || !claim.next()) {
            *error = describe(claim.lastError());
            return false;
        }
        if (claim.value(0).toBool())
            return true;
        if (patience.hasExpired()) {
            *error = tr("another tessera-server is writing it. Stop that one first, or give this server a journal of "
                        "its own.");
            return false;
        }
        QThread::msleep(100);
    }
}

int Journal::schemaVersion() const
{
    return SchemaUpgrade::currentVersion(database(), m_catalog);
}

bool Journal::migrate(QString *error)
{
    return SchemaUpgrade::run(database(), m_catalog, QStringLiteral("journal ") + name(), error);
}

bool Journal::append(const QList<JournalEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    if (!m_insert) {
        *error = tr("the journal was opened for reading only");
        return false;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = describe(db.lastError());
        return false;
    }
    for (const JournalEntry &entry : entries) {
        m_insert->bindValue(0, entry.event.seq);
        m_insert->bindValue(1, entry.event.at);
        m_insert->bindValue(2, entry.businessDay.toString(Qt::ISODate));
        m_insert->bindValue(3, QString::fromLatin1(typeName(entry.event.payload)));
        m_insert->bindValue(4, EventCodec::toBytes(entry.event.payload));
        m_insert->bindValue(5, entry.commandId.isEmpty() ? QVariant() : QVariant(entry.commandId));
        if (!m_insert->exec()) {
            *error = describe(m_insert->lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QString Journal::journalId() const
{
    QSqlQuery query(database());
    if (!query.exec(m_catalog.query(QStringLiteral("journal_id"))) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace tessera
