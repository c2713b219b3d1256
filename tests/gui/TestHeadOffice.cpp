#include "BranchDetailDialog.h"
#include "GuiHarness.h"
#include "HeadOfficeFixture.h"
#include "HeadOfficeWindow.h"
#include "PeriodDocument.h"
#include "PeriodReportDialog.h"
#include "StationLanguage.h"
#include "headoffice/HeadOfficeProjector.h"
#include "report/PeriodCsv.h"
#include "report/ReportSource.h"

#include <QDir>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tessera;
using namespace tessera::headoffice;
using namespace tessera::test;

// The head office program on a real PostgreSQL, as a viewer sees it: three branches forwarding
// through real links, the projector folding their events, the window told of changes by the
// database. A busy branch, one whose kiosk cannot print and one gone offline each raise their
// alarm; new work shows without anyone asking; the period report adds up what the branches
// report themselves. Screenshots go to $TESSERA_SCREENSHOTS, to be looked at.
class TestHeadOffice final : public QObject
{
    Q_OBJECT

private:
    struct Branch
    {
        QString id;
        FreshJournal journal;
        std::unique_ptr<QueueHost> host;
        std::unique_ptr<HeadOfficeLink> link;
    };

    ManualClock m_clock{mondayMorning()};
    std::unique_ptr<HeadOffice> m_office;
    std::unique_ptr<HeadOfficeProjector> m_projector;
    QList<std::shared_ptr<Branch>> m_branches;
    QString m_viewerUrl;
    StationLanguage m_language;

    std::shared_ptr<Branch> addBranch(const QString &id, const QString &name, int commands)
    {
        auto branch = std::make_shared<Branch>();
        branch->id = id;
        auto admitted = m_office->admin->addBranch(id);
        if (!admitted)
            qFatal("%s", qPrintable(admitted.error()));
        QJsonObject config = baseConfig();
        QJsonObject about = config.value(QStringLiteral("branch")).toObject();
        about.insert(QStringLiteral("id"), id);
        about.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), name}});
        config.insert(QStringLiteral("branch"), about);
        auto host = QueueHost::open(branch->journal.location(), m_clock);
        if (!host)
            qFatal("%s", qPrintable(host.error()));
        branch->host = std::move(host).value();
        branch->host->submit(ChangeConfig{toJson(config)});
        branch->host->submit(RandomWorkload::staffAll(branch->host->state()));
        addWork(*branch->host, m_clock, commands, quint32(commands));
        branch->link = std::make_unique<HeadOfficeLink>(
            settingsFor(m_office->database.urlAs(admitted.value().role, admitted.value().password), id,
                        branch->journal.location()));
        branch->link->start();
        m_branches << branch;
        return branch;
    }

    static int waitingAt(const QueueHost &host)
    {
        return int(std::count_if(host.state().tickets().cbegin(), host.state().tickets().cend(),
                                 [](const auto &ticket) { return ticket.second.status == TicketStatus::Waiting; }));
    }

    // A window as the viewer's program opens it, its clock a minute after the branches' last event.
    std::unique_ptr<HeadOfficeWindow> openWindow()
    {
        const auto connect = [url = m_viewerUrl] {
            return HeadOfficeView::open(url);
        };
        auto view = connect();
        if (!view)
            qFatal("%s", qPrintable(view.error()));
        auto window = std::make_unique<HeadOfficeWindow>(std::move(view).value(), connect, m_language,
                                                         [this] { return m_clock.nowMs() + 60000; });
        window->show();
        return window;
    }

    const BranchLive *row(HeadOfficeWindow &window, const QString &id) { return window.model().branch(id); }

private slots:
    void initTestCase()
    {
        m_language.use(QStringLiteral("en"));
        m_office = std::make_unique<HeadOffice>();
        auto admin = HeadOfficeDatabase::openAsAdministrator(m_office->database.location());
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error()));
        m_office->admin = std::move(admin).value();
        // Roles belong to the whole cluster, which other tests and runs share: names of their own.
        const auto viewer = m_office->admin->addViewer(QStringLiteral("anna-") + uniqueBranchId());
        QVERIFY2(viewer, qPrintable(viewer ? QString() : viewer.error()));
        m_viewerUrl = m_office->database.urlAs(viewer.value().role, viewer.value().password);

        addBranch(uniqueBranchId(), QStringLiteral("Riga Centre"), 700);
        const auto jelgava = addBranch(uniqueBranchId(), QStringLiteral("Jelgava"), 200);
        const auto north = addBranch(uniqueBranchId(), QStringLiteral("Riga North"), 150);
        // Jelgava's kiosk runs out of paper on its last ticket.
        const TicketId last = jelgava->host->state().lastTicketId();
        jelgava->host->submit(ReportPrintFailure{last, QStringLiteral("out of paper")});
        jelgava->link->journalGrew(jelgava->host->state().lastSeq());
        // ...and its second kiosk has gone from the network.
        jelgava->link->stationPresence(4, {QStringLiteral("Kiosk 2 (kiosk)")});

        HeadOfficeProjector::Settings settings;
        settings.database = m_office->database.location();
        settings.runningDayEveryMs = 0; // the period report below includes today
        auto projector = HeadOfficeProjector::open(settings);
        QVERIFY2(projector, qPrintable(projector ? QString() : projector.error()));
        m_projector = std::move(projector).value();
        connect(m_projector.get(), &HeadOfficeProjector::problem, this,
                [](const QString &what) { qWarning("projector: %s", qPrintable(what)); });
        m_projector->start();
        for (const auto &branch : std::as_const(m_branches))
            QTRY_COMPARE_WITH_TIMEOUT(branch->link->state(), HeadOfficeLink::State::CaughtUp, 20000);
        // Riga North's line goes down.
        north->link.reset();
    }

    void theTableShowsEveryBranchWithItsAlarms()
    {
        auto window = openWindow();
        BranchTableModel &model = window->model();
        QCOMPARE(model.rowCount(), 3);
        const auto &centre = *m_branches[0];
        QTRY_COMPARE_WITH_TIMEOUT(row(*window, centre.id) && row(*window, centre.id)->figures
                                      ? row(*window, centre.id)->figures->waiting()
                                      : -1,
                                  waitingAt(*centre.host), 10000);
        const DailyReport own =
            ReportSource::report(centre.host->journal(), centre.host->state().businessDay(), m_clock.nowMs()).value();
        QCOMPARE(row(*window, centre.id)->figures->today.served, own.total.served);

        // The branches that call are online; Riga North stopped calling: offline within a few
        // seconds, and said so above the table.
        QTRY_VERIFY_WITH_TIMEOUT(row(*window, centre.id)->online, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->alarmText().contains(QStringLiteral("Riga North: offline")), 15000);
        QVERIFY2(!window->alarmText().contains(QStringLiteral("Riga Centre: offline")),
                 qPrintable(window->alarmText()));
        QVERIFY2(window->alarmText().contains(QStringLiteral("Jelgava: the kiosk could not print the last ticket "
                                                             "(out of paper)")),
                 qPrintable(window->alarmText()));
        QVERIFY2(window->alarmText().contains(QStringLiteral("Riga Centre: ")) &&
                     window->alarmText().contains(QStringLiteral("target")),
                 qPrintable(window->alarmText()));

        // Jelgava's branch server says one of its stations is gone.
        const QString jelgava = m_branches[1]->id;
        QTRY_COMPARE_WITH_TIMEOUT(row(*window, jelgava)->stationsOffline,
                                  QStringList{QStringLiteral("Kiosk 2 (kiosk)")}, 10000);
        QCOMPARE(row(*window, jelgava)->stationsConnected, 4);

        // Sorted by the longest wait, the branch waiting longest comes first.
        window->table()->sortByColumn(BranchTableModel::LongestWait, Qt::DescendingOrder);
        const QModelIndex top = window->table()->model()->index(0, BranchTableModel::Branch);
        QVERIFY(!top.data().toString().isEmpty());
        qint64 longest = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            longest = qMax(longest,
                           model.index(r, BranchTableModel::LongestWait).data(BranchTableModel::SortRole).toLongLong());
        QCOMPARE(window->table()
                     ->model()
                     ->index(0, BranchTableModel::LongestWait)
                     .data(BranchTableModel::SortRole)
                     .toLongLong(),
                 longest);
        screenshot(window.get(), QStringLiteral("headoffice-live"));
    }

    void newWorkShowsWithoutAnyoneAsking()
    {
        auto window = openWindow();
        auto &centre = *m_branches[0];
        QTRY_VERIFY_WITH_TIMEOUT(row(*window, centre.id) && row(*window, centre.id)->figures, 10000);
        for (int i = 0; i < 6; ++i)
            centre.host->submit(IssueTicket{QStringLiteral("cash"), PriorityClass::Normal, {}});
        centre.link->journalGrew(centre.host->state().lastSeq());
        QTRY_COMPARE_WITH_TIMEOUT(row(*window, centre.id)->figures->waiting(), waitingAt(*centre.host), 10000);
    }

    void doubleClickShowsTheBranchNow()
    {
        auto window = openWindow();
        const auto &centre = *m_branches[0];
        QTRY_VERIFY_WITH_TIMEOUT(row(*window, centre.id) && row(*window, centre.id)->figures, 10000);
        BranchDetailDialog *detail = window->openDetail(centre.id);
        const auto tables = detail->findChildren<QTableWidget *>();
        QCOMPARE(tables.size(), 2);
        QCOMPARE(tables[0]->rowCount(), int(centre.host->state().config().services.size()));
        QCOMPARE(tables[1]->rowCount(), int(centre.host->state().counters().size()));
        screenshot(detail, QStringLiteral("headoffice-detail"));
    }

    void thePeriodReportAddsUpWhatTheBranchesReport()
    {
        auto window = openWindow();
        PeriodReportDialog *dialog = window->openPeriodReport();
        QVERIFY(dialog);
        const QDate day = m_branches[0]->host->state().businessDay();
        dialog->selectRange(day.addDays(-3), day);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                dialog->makeReport();
                int expected = 0;
                for (const auto &branch : std::as_const(m_branches))
                    expected +=
                        ReportSource::report(branch->host->journal(), day, m_clock.nowMs()).value().total.issued;
                return dialog->report() && dialog->report()->total.issued == expected;
            }(),
            10000);
        QCOMPARE(dialog->report()->branches.size(), 3);
        screenshot(dialog, QStringLiteral("headoffice-period"));

        QTemporaryDir out;
        const tessera::report::PeriodDocument document(*dialog->report(), QLocale(QStringLiteral("en")),
                                                       QDateTime::currentDateTime());
        const auto pages = document.writePdf(out.filePath(QStringLiteral("period.pdf")));
        QVERIFY2(pages && pages.value() >= 1, qPrintable(pages ? QString() : pages.error()));
        const auto csv = PeriodCsv::write(*dialog->report(), out.path());
        QVERIFY2(csv && csv.value().size() == 2, qPrintable(csv ? QString() : csv.error()));
        QVERIFY(PeriodCsv::services(*dialog->report()).contains(m_branches[0]->id));
        // For a look at the printed page: the PDF next to the screenshots.
        if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOTS"); !dir.isEmpty())
            document.writePdf(QDir(dir).filePath(QStringLiteral("headoffice-period.pdf")));
    }

    void inChinese()
    {
        m_language.use(QStringLiteral("zh_CN"));
        auto window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(!window->alarmText().isEmpty(), 10000);
        screenshot(window.get(), QStringLiteral("headoffice-live-zh_CN"));
        QVERIFY(window->windowTitle() != QStringLiteral("Tessera head office"));
        m_language.use(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        m_projector.reset();
        m_branches.clear();
        m_office.reset();
    }
};

QTEST_MAIN(TestHeadOffice)
#include "TestHeadOffice.moc"
