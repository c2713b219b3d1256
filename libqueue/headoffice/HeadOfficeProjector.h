#pragma once

#include "BranchProjection.h"
#include "model/Expected.h"
#include "storage/SqlCatalog.h"
#include "storage/SqlConnection.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>

namespace tessera {

// Keeps the head office's read models (branch_live, branch_state, branch_days, branch_hours)
// up to date with the events the branches forward: one process per head office database,
// `tessera-headoffice-admin project`. It wakes on the tessera_events notification that every
// append sends, folds each branch's new events (BranchProjection), writes what changed in
// one transaction per branch and notifies tessera_live, on which the head office program
// listens. Once a second it also looks at who called lately (online or not) and at whether
// a notification was missed. Everything it writes can be rebuilt from the events (rebuild()).
// Its messages are for the head office's administrator, in English, as PostgreSQL's are.
class HeadOfficeProjector : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString database;              // postgresql:// URL, as the owner of the head office tables
        int onlineWithinSeconds = 4;   // a branch calls every second; silent longer, it is offline
        int runningDayEveryMs = 60000; // how often the running day's report is written
        int stateEveryMs = 30000;      // how often each branch's folded state is saved
        int eventsPerPass = 5000;      // read at a time, per branch
    };

    // Connects and upgrades the schema; listens once start() runs.
    static Expected<std::unique_ptr<HeadOfficeProjector>, QString> open(const Settings &settings);
    ~HeadOfficeProjector() override;

    // Listens and folds whatever is new; runs until the process ends.
    void start();
    // Folds every branch's new events now. False with `error` naming each branch that could
    // not be folded (the others are; those go on from what was written on the next pass).
    bool catchUp(QString *error);
    // Whether the database still answers (a lost connection is not opened again here).
    bool connected() const;
    // Forgets every read model: the next pass folds every event again, from the first.
    bool rebuild(QString *error);
    // Writes the running day's report of every branch with events not yet in it (`all`), or
    // of those whose runningDayEveryMs has passed.
    bool flushRunningDays(bool all, QString *error);

signals:
    // The read models of a branch changed (also notified to tessera_live).
    void branchUpdated(const QString &branchId);
    void problem(const QString &what);

private:
    struct Followed
    {
        QString journalId;
        BranchProjection projection;
        QElapsedTimer sinceDayWritten;
        QElapsedTimer sinceStateSaved;
        bool dayUnwritten = false; // events of the running day not yet in branch_days
    };
    struct BranchRow
    {
        QString branchId;
        QString journalId;
        Seq lastSeq = 0;
        bool online = false;              // called within onlineWithinSeconds
        std::optional<bool> storedOnline; // what branch_live says, if it has the branch
        QString stations;                 // what the branch last said of its stations (JSON)
    };

    explicit HeadOfficeProjector(const Settings &settings);
    bool listBranches(QList<BranchRow> *rows, QString *error) const;
    Followed &followed(const BranchRow &row);
    // Folds and writes one branch's events up to what the head office holds.
    bool catchUpBranch(const BranchRow &row, Followed &branch, QString *error);
    bool writeBranch(const BranchRow &row, Followed &branch, QString *error);
    bool saveRunningDay(const QString &branchId, Followed &branch, QString *error);
    bool saveDay(const QString &branchId, const QString &journalId, const BranchProjection::DayFigures &day,
                 QString *error);
    bool exec(const QString &queryName, const QVariantList &binds, QString *error) const;
    void checkPresence();
    void wake();

    Settings m_settings;
    SqlConnection m_connection;
    SqlCatalog m_catalog{QStringLiteral("headoffice")};
    std::map<QString, Followed> m_branches;
    QMap<QString, QString> m_stationsTold; // branch id -> stations, as the live view was last told
    QTimer m_wake{this};                   // coalesces a burst of notifications into one pass
    QTimer m_presence{this};               // once a second
};

} // namespace tessera
