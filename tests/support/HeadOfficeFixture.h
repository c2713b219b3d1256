#pragma once

// Shared by the head office tests and the benchmark: a head office database on the tests'
// PostgreSQL with a branch admitted, and a branch journal with work in it.

#include "FreshJournal.h"
#include "RandomWorkload.h"
#include "TestBranch.h"
#include "headoffice/HeadOfficeDatabase.h"
#include "headoffice/HeadOfficeLink.h"
#include "host/QueueHost.h"

#include <QUuid>

namespace tessera::test {

// A head office database with the schema, and the branch added to it.
struct HeadOffice
{
    FreshJournal database{FreshJournal::On::Postgresql};
    std::unique_ptr<HeadOfficeDatabase> admin;
    HeadOfficeDatabase::NewRole branch;
    QString branchUrl() const { return database.urlAs(branch.role, branch.password); }
};

inline QString uniqueBranchId()
{
    return QStringLiteral("riga-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

inline std::unique_ptr<HeadOffice> headOfficeWith(const QString &branchId)
{
    auto office = std::make_unique<HeadOffice>();
    auto admin = HeadOfficeDatabase::openAsAdministrator(office->database.location());
    if (!admin)
        qFatal("%s", qPrintable(admin.error()));
    office->admin = std::move(admin).value();
    auto branch = office->admin->addBranch(branchId);
    if (!branch)
        qFatal("%s", qPrintable(branch.error()));
    office->branch = branch.value();
    return office;
}

// Random work at the branch, a pause before each command.
inline void addWork(QueueHost &host, ManualClock &clock, int commands, quint32 seed)
{
    RandomWorkload workload(seed);
    for (int i = 0; i < commands; ++i) {
        clock.advanceSeconds(workload.pauseSeconds());
        host.submit(workload.next(host.state(), clock.nowMs()));
    }
}

// A branch journal with a day of random work in it.
inline std::unique_ptr<QueueHost> busyBranch(const QString &location, ManualClock &clock, int commands)
{
    auto host = QueueHost::open(location, clock);
    if (!host)
        qFatal("%s", qPrintable(host.error()));
    host.value()->submit(ChangeConfig{toJson(baseConfig())});
    host.value()->submit(RandomWorkload::staffAll(host.value()->state()));
    addWork(*host.value(), clock, commands, 7);
    return std::move(host).value();
}

inline HeadOfficeLink::Settings settingsFor(const QString &url, const QString &branchId, const QString &journal)
{
    HeadOfficeLink::Settings settings;
    settings.headOffice = url;
    settings.branchId = branchId;
    settings.journal = journal;
    settings.batchSize = 500; // several batches for a day of work
    settings.helloIntervalMs = 200;
    settings.maxBackoffMs = 1000;
    return settings;
}

// Work over `days` business days from the clock's time, `commandsPerDay` a day: between days
// the clock moves to the next morning and the branch rolls its day over.
inline void addDaysOfWork(QueueHost &host, ManualClock &clock, int days, int commandsPerDay, quint32 seed)
{
    for (int day = 0; day < days; ++day) {
        if (day > 0) {
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), riga());
            clock.set(QDateTime(now.date().addDays(1), QTime(9, 0), riga()).toMSecsSinceEpoch());
            host.tick();
        }
        addWork(host, clock, commandsPerDay, seed + quint32(day));
    }
}

} // namespace tessera::test
