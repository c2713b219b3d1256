#pragma once

#include "LiveFigures.h"
#include "model/Expected.h"
#include "report/PeriodReport.h"
#include "storage/SqlCatalog.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QObject>
#include <memory>
#include <optional>

namespace tessera {

// A branch's row of the live table, as the head office database has it now.
struct BranchLive
{
    QString branchId;
    QString refused;                    // why the branch's last call was refused; empty when it was not
    TimestampMs lastContact = 0;        // its last call (head office clock); 0: never
    bool online = false;                // it called within the last few seconds (the projector decides)
    std::optional<LiveFigures> figures; // none before the projector has folded an event of it
    Seq held = 0;                       // the last event the head office holds
    Seq folded = 0;                     // the last event in the figures
    int stationsConnected = -1;         // as the branch last said; -1: it has not said
    QStringList stationsOffline;        // stations that joined since its server started, gone now
};

// What the head office program reads, as a viewer (a role in tessera_viewers): the live rows,
// told of each change by the tessera_live notification, and period reports from the daily
// read models. Reads only; one per thread, as Qt Sql wants.
class HeadOfficeView : public QObject
{
    Q_OBJECT

public:
    // Connects and checks the schema; the error says what to fix (URL, password, schema).
    static Expected<std::unique_ptr<HeadOfficeView>, QString> open(const QString &url);
    ~HeadOfficeView() override;

    // Every branch, by id; or one.
    Expected<QList<BranchLive>, QString> branches(const QString &onlyBranch = {}) const;
    // The daily figures of `branchIds` from `from` to `to`, summed (PeriodReportBuilder).
    Expected<PeriodReport, QString> period(const QStringList &branchIds, const QDate &from, const QDate &to) const;
    // Whether the connection still answers (after a network failure it must be opened again).
    bool alive() const;
    QString name() const { return m_shown; }

signals:
    // The projector wrote the branch's row (new events, or it went on- or offline).
    void branchChanged(const QString &branchId);

private:
    HeadOfficeView(const JournalLocation &location);

    SqlConnection m_connection;
    SqlCatalog m_catalog{QStringLiteral("headoffice")};
    QString m_shown;
};

} // namespace tessera
