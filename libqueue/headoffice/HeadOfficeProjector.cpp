#include "HeadOfficeProjector.h"

#include "BranchHistory.h"
#include "LogCategories.h"
#include "protocol/CborFields.h"
#include "protocol/StateCodec.h"
#include "report/PeriodReport.h"
#include "storage/JournalLocation.h"
#include "storage/SchemaUpgrade.h"

#include <QCborValue>
#include <QSqlError>
#include <QSqlQuery>

namespace tessera {

namespace {

const QString kEvents = QStringLiteral("tessera_events");

} // namespace

HeadOfficeProjector::HeadOfficeProjector(const Settings &settings)
    : m_settings(settings), m_connection(JournalLocation::parse(settings.database).value(), false)
{
    m_wake.setSingleShot(true);
    m_wake.setInterval(20);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        QString error;
        if (!catchUp(&error))
            emit problem(error);
    });
    m_presence.setInterval(1000);
    connect(&m_presence, &QTimer::timeout, this, &HeadOfficeProjector::checkPresence);
}

HeadOfficeProjector::~HeadOfficeProjector() = default;

Expected<std::unique_ptr<HeadOfficeProjector>, QString> HeadOfficeProjector::open(const Settings &settings)
{
    const auto location = JournalLocation::parse(settings.database);
    if (!location)
        return location.error();
    if (location.value().backend() != JournalLocation::Backend::Postgresql)
        return QStringLiteral(
            "The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.");
    std::unique_ptr<HeadOfficeProjector> projector(new HeadOfficeProjector(settings));
    const QString shown = location.value().shown();
    QString error;
    if (!projector->m_connection.open(&error))
        return QStringLiteral("Cannot open the head office database %1: %2").arg(shown, error);
    if (!projector->m_connection.run(projector->m_catalog.statements(QStringLiteral("open")), &error) ||
        !SchemaUpgrade::run(projector->m_connection.database(), projector->m_catalog,
                            QStringLiteral("head office database ") + shown, &error))
        return QStringLiteral("Cannot use the head office database %1: %2").arg(shown, error);
    return projector;
}

void HeadOfficeProjector::start()
{
    QSqlDriver *driver = m_connection.database().driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == kEvents)
            wake();
    });
    if (!driver->subscribeToNotification(kEvents))
        emit problem(
            QStringLiteral("cannot listen to %1: %2").arg(kEvents, SqlConnection::errorText(driver->lastError())));
    m_presence.start();
    wake();
}

void HeadOfficeProjector::wake()
{
    if (!m_wake.isActive())
        m_wake.start();
}

bool HeadOfficeProjector::exec(const QString &queryName, const QVariantList &binds, QString *error) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(m_catalog.query(queryName));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (query.exec())
        return true;
    *error = QStringLiteral("%1: %2").arg(queryName, SqlConnection::errorText(query.lastError()));
    return false;
}

bool HeadOfficeProjector::listBranches(QList<BranchRow> *rows, QString *error) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(m_catalog.query(QStringLiteral("projector_branches")));
    query.addBindValue(m_settings.onlineWithinSeconds);
    if (!query.exec()) {
        *error = QStringLiteral("cannot list the branches: %1").arg(SqlConnection::errorText(query.lastError()));
        return false;
    }
    while (query.next()) {
        BranchRow row;
        row.branchId = query.value(0).toString();
        row.journalId = query.value(1).toString();
        row.lastSeq = query.value(2).toLongLong();
        row.online = query.value(3).toBool();
        if (!query.value(4).isNull())
            row.storedOnline = query.value(4).toBool();
        row.stations = query.value(5).toString();
        rows->append(row);
    }
    return true;
}

HeadOfficeProjector::Followed &HeadOfficeProjector::followed(const BranchRow &row)
{
    auto it = m_branches.find(row.branchId);
    // Kept while the head office's history of the branch only grows; folded again from its
    // start when it went back (accept-journal after a restore moved events away).
    if (it != m_branches.end() && it->second.journalId == row.journalId &&
        it->second.projection.lastSeq() <= row.lastSeq)
        return it->second;
    // First seen since start, or the head office accepted another journal for the branch: go
    // on from the state saved for this journal, or from its first event.
    Followed branch;
    branch.journalId = row.journalId;
    QSqlQuery query(m_connection.database());
    query.prepare(m_catalog.query(QStringLiteral("load_state")));
    query.addBindValue(row.branchId);
    if (query.exec() && query.next() && query.value(0).toString() == row.journalId &&
        query.value(1).toLongLong() <= row.lastSeq) {
        if (auto state = StateCodec::decode(query.value(2).toByteArray()))
            branch.projection = BranchProjection(std::move(*state));
        else
            qCWarning(lcHeadOffice) << "the saved state of branch" << row.branchId << "cannot be read; folding again";
    }
    branch.sinceDayWritten.start();
    branch.sinceStateSaved.start();
    return m_branches.insert_or_assign(row.branchId, std::move(branch)).first->second;
}

bool HeadOfficeProjector::catchUp(QString *error)
{
    QList<BranchRow> rows;
    if (!listBranches(&rows, error))
        return false;
    // A branch that cannot be folded (an event this version cannot read, a lost write) does
    // not hold up the others: its error is reported, and it is taken up again from what was
    // written on the next pass.
    QStringList errors;
    for (const BranchRow &row : std::as_const(rows)) {
        if (row.journalId.isEmpty())
            continue;
        QString branchError;
        if (!catchUpBranch(row, followed(row), &branchError)) {
            m_branches.erase(row.branchId);
            errors << branchError;
        }
    }
    *error = errors.join(QStringLiteral("; "));
    return errors.isEmpty();
}

bool HeadOfficeProjector::catchUpBranch(const BranchRow &row, Followed &branch, QString *error)
{
    const BranchHistory history(m_connection.database(), row.branchId, row.journalId);
    while (branch.projection.lastSeq() < row.lastSeq) {
        // A pass reads its events whole before folding them: a new business day's context is
        // read on the same connection, which cannot run two queries at once.
        const Seq after = branch.projection.lastSeq();
        QList<JournalEntry> entries;
        QString readError;
        if (!history.read(
                after, [&entries](JournalEntry &&entry) { entries.append(std::move(entry)); }, &readError,
                qMin(row.lastSeq, after + m_settings.eventsPerPass))) {
            *error = QStringLiteral("branch %1: %2").arg(row.branchId, readError);
            return false;
        }
        if (entries.isEmpty())
            break;
        for (const JournalEntry &entry : std::as_const(entries)) {
            if (!branch.projection.add(entry, history, &readError)) {
                *error =
                    QStringLiteral("branch %1, event %2: %3").arg(row.branchId).arg(entry.event.seq).arg(readError);
                return false;
            }
        }
        if (!writeBranch(row, branch, error))
            return false;
    }
    return true;
}

bool HeadOfficeProjector::writeBranch(const BranchRow &row, Followed &branch, QString *error)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = SqlConnection::errorText(db.lastError());
        return false;
    }
    const BranchProjection &projection = branch.projection;
    const LiveFigures live = projection.live();
    bool ok =
        exec(QStringLiteral("save_live"),
             {row.branchId, branch.journalId, projection.lastSeq(), live.at,
              live.day.isValid() ? QVariant(live.day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
              QString::fromUtf8(live.toJson())},
             error);
    // Days that ended are written whole, with the state that comes after them: a restart
    // never goes on from a state past a day whose final figures are not written.
    const QList<BranchProjection::DayFigures> ended = branch.projection.takeEndedDays();
    for (const BranchProjection::DayFigures &day : ended)
        ok = ok && saveDay(row.branchId, branch.journalId, day, error);
    // The running day's report is the costly write (every sample of the day): now and then.
    const auto due = [](const QElapsedTimer &since, int everyMs) {
        return everyMs <= 0 || since.hasExpired(everyMs);
    };
    branch.dayUnwritten = true;
    if (ok && (!ended.isEmpty() || due(branch.sinceDayWritten, m_settings.runningDayEveryMs)))
        ok = saveRunningDay(row.branchId, branch, error);
    if (ok && (!ended.isEmpty() || due(branch.sinceStateSaved, m_settings.stateEveryMs))) {
        ok =
            exec(QStringLiteral("save_state"),
                 {row.branchId, branch.journalId, projection.lastSeq(), StateCodec::encode(projection.state())}, error);
        branch.sinceStateSaved.start();
    }
    ok = ok && exec(QStringLiteral("notify_live"), {row.branchId}, error);
    if (!ok || !db.commit()) {
        if (ok)
            *error = SqlConnection::errorText(db.lastError());
        db.rollback();
        return false;
    }
    emit branchUpdated(row.branchId);
    return true;
}

bool HeadOfficeProjector::saveRunningDay(const QString &branchId, Followed &branch, QString *error)
{
    if (const auto running = branch.projection.currentDay()) {
        if (!saveDay(branchId, branch.journalId, *running, error))
            return false;
    }
    branch.sinceDayWritten.start();
    branch.dayUnwritten = false;
    return true;
}

bool HeadOfficeProjector::flushRunningDays(bool all, QString *error)
{
    for (auto &[branchId, branch] : m_branches) {
        if (!branch.dayUnwritten || (!all && !branch.sinceDayWritten.hasExpired(m_settings.runningDayEveryMs)))
            continue;
        if (!saveRunningDay(branchId, branch, error) || !exec(QStringLiteral("notify_live"), {branchId}, error))
            return false;
    }
    return true;
}

bool HeadOfficeProjector::saveDay(const QString &branchId, const QString &journalId,
                                  const BranchProjection::DayFigures &day, QString *error)
{
    // The customers' own words stay at the branch: head office has no use for them.
    DailyReport report = day.report;
    report.comments.clear();
    const ServiceFigures &total = report.total;
    const QString date = report.day.toString(Qt::ISODate);
    if (!exec(QStringLiteral("save_day"),
              {branchId, date, journalId, report.complete(), report.until, total.issued, total.served, total.noShow,
               total.wait.count, total.calledWithinTarget, total.wait.totalMs, total.wait.p90Ms,
               cbor::encodeFields(report).toCborValue().toCbor(), PeriodReportBuilder::packSamples(day.samples)},
              error))
        return false;
    for (const HourFigures &hour : report.hours) {
        if (!exec(QStringLiteral("save_hour"),
                  {branchId, date, hour.hour, hour.arrivals, hour.served, hour.calls, hour.waitMs, hour.longestLine},
                  error))
            return false;
    }
    return true;
}

void HeadOfficeProjector::checkPresence()
{
    QList<BranchRow> rows;
    QString error;
    if (!listBranches(&rows, &error)) {
        emit problem(error);
        return;
    }
    bool behind = false;
    for (const BranchRow &row : std::as_const(rows)) {
        const auto it = m_branches.find(row.branchId);
        behind = behind || (!row.journalId.isEmpty() &&
                            (it == m_branches.end() || it->second.projection.lastSeq() < row.lastSeq));
        const bool presenceChanged = !row.storedOnline.has_value() || *row.storedOnline != row.online;
        // The stations are in `branches` itself: the live view is only told to read them again.
        const bool stationsChanged = m_stationsTold.value(row.branchId) != row.stations;
        if (!presenceChanged && !stationsChanged)
            continue;
        m_stationsTold.insert(row.branchId, row.stations);
        if ((presenceChanged && !exec(QStringLiteral("save_presence"), {row.branchId, row.online}, &error)) ||
            !exec(QStringLiteral("notify_live"), {row.branchId}, &error)) {
            emit problem(error);
            return;
        }
        emit branchUpdated(row.branchId);
    }
    if (behind)
        wake(); // a notification lost while the connection was down, or a branch just admitted
    // A branch that went quiet still gets its running day's last events written.
    if (!flushRunningDays(false, &error))
        emit problem(error);
}

bool HeadOfficeProjector::connected() const
{
    QSqlQuery query(m_connection.database());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

bool HeadOfficeProjector::rebuild(QString *error)
{
    m_branches.clear();
    QSqlDatabase db = m_connection.database();
    if (!db.transaction() || !m_connection.run(m_catalog.statements(QStringLiteral("clear_read_models")), error) ||
        !db.commit()) {
        if (error->isEmpty())
            *error = SqlConnection::errorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace tessera
