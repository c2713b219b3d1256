#include "HeadOfficeView.h"

#include "protocol/CborFields.h"
#include "storage/SchemaUpgrade.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace tessera {

namespace {

// A PostgreSQL array literal of plain ids ({"a","b"}); ids never hold quotes (branch.json's rule).
QString arrayOf(const QStringList &ids)
{
    QStringList quoted;
    for (const QString &id : ids)
        quoted << QLatin1Char('"') + QString(id).remove(QLatin1Char('"')).remove(QLatin1Char('\\')) + QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

const QString kLive = QStringLiteral("tessera_live");

} // namespace

HeadOfficeView::HeadOfficeView(const JournalLocation &location)
    : m_connection(location, true), m_shown(location.shown())
{}

HeadOfficeView::~HeadOfficeView() = default;

Expected<std::unique_ptr<HeadOfficeView>, QString> HeadOfficeView::open(const QString &url)
{
    const auto location = JournalLocation::parse(url);
    if (!location)
        return location.error();
    if (location.value().backend() != JournalLocation::Backend::Postgresql)
        return tr("The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.");
    std::unique_ptr<HeadOfficeView> view(new HeadOfficeView(location.value()));
    QString error;
    if (!view->m_connection.open(&error))
        return tr("Cannot open the head office database %1: %2").arg(view->m_shown, error);
    const int version = SchemaUpgrade::currentVersion(view->m_connection.database(), view->m_catalog);
    const int latest = view->m_catalog.latestVersion();
    if (version < latest)
        return tr("The head office database %1 is at schema %2 and this program reads schema %3: ask its "
                  "administrator to run tessera-headoffice-admin init.")
            .arg(view->m_shown)
            .arg(version)
            .arg(latest);
    if (version > latest)
        return tr("The head office database %1 is at schema %2, newer than this program reads (%3): install "
                  "the Tessera version of the head office.")
            .arg(view->m_shown)
            .arg(version)
            .arg(latest);
    QSqlDriver *driver = view->m_connection.database().driver();
    if (!driver->subscribeToNotification(kLive))
        return tr("Cannot follow the head office database %1: %2")
            .arg(view->m_shown, SqlConnection::errorText(driver->lastError()));
    connect(driver, &QSqlDriver::notification, view.get(),
            [view = view.get()](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kLive)
                    emit view->branchChanged(payload.toString());
            });
    return view;
}

Expected<QList<BranchLive>, QString> HeadOfficeView::branches(const QString &onlyBranch) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(m_catalog.query(QStringLiteral("live_branches")));
    query.addBindValue(onlyBranch); // empty or null: every branch
    if (!query.exec())
        return tr("Cannot read the branches: %1").arg(SqlConnection::errorText(query.lastError()));
    QList<BranchLive> rows;
    while (query.next()) {
        BranchLive row;
        row.branchId = query.value(0).toString();
        row.refused = query.value(1).toString();
        row.lastContact = query.value(2).isNull() ? 0 : TimestampMs(query.value(2).toDouble());
        row.online = query.value(3).toBool();
        if (!query.value(4).isNull())
            row.figures = LiveFigures::fromJson(query.value(4).toByteArray());
        row.held = query.value(5).toLongLong();
        row.folded = query.value(6).toLongLong();
        const QJsonObject stations = QJsonDocument::fromJson(query.value(8).toByteArray()).object();
        if (stations.contains(QStringLiteral("connected"))) {
            row.stationsConnected = stations.value(QStringLiteral("connected")).toInt();
            for (const QJsonValue &station : stations.value(QStringLiteral("offline")).toArray())
                row.stationsOffline << station.toString();
        }
        rows.append(row);
    }
    return rows;
}

Expected<PeriodReport, QString> HeadOfficeView::period(const QStringList &branchIds, const QDate &from,
                                                       const QDate &to) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(m_catalog.query(QStringLiteral("period_days")));
    query.addBindValue(arrayOf(branchIds));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return tr("Cannot read the daily figures: %1").arg(SqlConnection::errorText(query.lastError()));
    PeriodReportBuilder builder;
    while (query.next()) {
        DailyReport day;
        const auto samples = PeriodReportBuilder::unpackSamples(query.value(1).toByteArray());
        if (!cbor::decodeFields(QCborValue::fromCbor(query.value(0).toByteArray()).toMap(), day) || !samples)
            return tr("The daily figures in the head office database cannot be read: ask its administrator to "
                      "run tessera-headoffice-admin rebuild.");
        builder.add(day, *samples);
    }
    return builder.finish(from, to);
}

bool HeadOfficeView::alive() const
{
    QSqlQuery query(m_connection.database());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

} // namespace tessera
