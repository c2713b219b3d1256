#include "HeadOfficeWindow.h"

#include "BranchDetailDialog.h"
#include "PeriodReportDialog.h"
#include "StationLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tessera::headoffice {

HeadOfficeWindow::HeadOfficeWindow(std::unique_ptr<HeadOfficeView> view, Connect connect, StationLanguage &language,
                                   std::function<TimestampMs()> clock, QWidget *parent)
    : QMainWindow(parent), m_connect(std::move(connect)), m_language(language), m_clock(std::move(clock)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView), m_alarms(new QLabel),
      m_connection(new QLabel), m_languages(new QComboBox)
{
    m_sorted->setSourceModel(&m_model);
    m_sorted->setSortRole(BranchTableModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BranchTableModel::Branch, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line per branch, every column as wide as it needs (a wide table scrolls sideways).
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const BranchLive *branch = m_model.branch(m_sorted->mapToSource(index).row()))
            openDetail(branch->branchId);
    });

    // The alarms stand above the table in red, as long as any holds.
    m_alarms->setWordWrap(true);
    m_alarms->setTextFormat(Qt::RichText);
    m_alarms->setMargin(8);
    m_alarms->setStyleSheet(QStringLiteral("background:#a31d12; color:white; font-weight:bold;"));

    auto *toolbar = addToolBar(QString());
    toolbar->setMovable(false);
    m_periodAction = toolbar->addAction(QString(), this, &HeadOfficeWindow::openPeriodReport);
    toolbar->addSeparator();
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("lv"), QStringLiteral("cy"),
                                QStringLiteral("zh_CN"), QStringLiteral("zh_TW")})
        m_languages->addItem(StationLanguage::nativeName(code), code);
    m_languages->setCurrentIndex(qMax(0, m_languages->findData(language.code())));
    QObject::connect(m_languages, &QComboBox::currentIndexChanged, this,
                     [this] { m_language.use(m_languages->currentData().toString()); });
    toolbar->addWidget(m_languages);
    QObject::connect(&language, &StationLanguage::changed, this, &HeadOfficeWindow::retranslate);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alarms);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_connection, 1);

    m_clockTimer.setInterval(1000);
    QObject::connect(&m_clockTimer, &QTimer::timeout, this, &HeadOfficeWindow::tick);
    m_clockTimer.start();
    m_connectionTimer.setInterval(5000);
    QObject::connect(&m_connectionTimer, &QTimer::timeout, this, &HeadOfficeWindow::checkConnection);
    m_connectionTimer.start();

    useView(std::move(view));
    retranslate();
    resize(1440, 760);
}

HeadOfficeWindow::~HeadOfficeWindow() = default;

void HeadOfficeWindow::useView(std::unique_ptr<HeadOfficeView> view)
{
    m_view = std::move(view);
    if (!m_view)
        return;
    QObject::connect(m_view.get(), &HeadOfficeView::branchChanged, this, &HeadOfficeWindow::branchChanged);
    reload();
}

void HeadOfficeWindow::reload()
{
    const auto branches = m_view->branches();
    if (!branches) {
        showProblem(branches.error());
        return;
    }
    m_model.tick(m_clock());
    m_model.setBranches(branches.value());
    m_problem.clear();
    m_lastUpdate = m_clock();
    tick();
}

void HeadOfficeWindow::branchChanged(const QString &branchId)
{
    const auto rows = m_view->branches(branchId);
    if (!rows) {
        showProblem(rows.error());
        return;
    }
    for (const BranchLive &row : rows.value())
        m_model.updateBranch(row);
    m_lastUpdate = m_clock();
    if (m_detail && m_detail->branchId() == branchId)
        m_detail->refresh();
    showAlarms();
}

void HeadOfficeWindow::tick()
{
    m_model.tick(m_clock());
    if (m_detail)
        m_detail->refresh();
    showAlarms();
    if (m_view && m_problem.isEmpty())
        m_connection->setText(tr("Live from %1; last change %2")
                                  .arg(m_view->name(), QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_lastUpdate),
                                                                          QStringLiteral("HH:mm:ss"))));
}

void HeadOfficeWindow::showAlarms()
{
    // A line per branch with something wrong; a few, then how many more (the table has them all).
    constexpr int kLines = 8;
    const QStringList alarms = m_model.alarms();
    QStringList lines;
    for (const QString &alarm : alarms.mid(0, kLines))
        lines << alarm.toHtmlEscaped();
    if (alarms.size() > kLines)
        lines << tr("…and %n more branch(es) with alarms", nullptr, int(alarms.size() - kLines));
    m_alarms->setText(lines.join(QStringLiteral("<br>")));
    m_alarms->setVisible(!alarms.isEmpty());
    // A branch newly in alarm draws the eye to the window (the task bar flashes) even when it is
    // behind others.
    QStringList branches;
    for (const QString &alarm : alarms)
        branches << alarm.section(QStringLiteral(": "), 0, 0);
    for (const QString &branch : std::as_const(branches)) {
        if (!m_alarmsShown.contains(branch)) {
            QApplication::alert(this);
            break;
        }
    }
    m_alarmsShown = branches;
}

void HeadOfficeWindow::showProblem(const QString &problem)
{
    qWarning("tessera-headoffice: %s", qPrintable(problem));
    m_problem = problem;
    m_connection->setText(problem);
}

QString HeadOfficeWindow::alarmText() const
{
    return m_model.alarms().join(QLatin1Char('\n'));
}

void HeadOfficeWindow::checkConnection()
{
    if (m_view && m_view->alive())
        return;
    // Lost (a network failure, the database restarted): a new connection, and everything read again.
    delete m_period;
    m_view.reset();
    auto view = m_connect();
    if (!view) {
        showProblem(tr("The connection to the head office is lost; trying again. %1").arg(view.error()));
        return;
    }
    useView(std::move(view).value());
}

BranchDetailDialog *HeadOfficeWindow::openDetail(const QString &branchId)
{
    if (m_detail)
        m_detail->close();
    m_detail = new BranchDetailDialog(m_model, branchId, this);
    m_detail->setAttribute(Qt::WA_DeleteOnClose);
    m_detail->show();
    return m_detail;
}

PeriodReportDialog *HeadOfficeWindow::openPeriodReport()
{
    if (!m_view)
        return nullptr;
    QList<std::pair<QString, QString>> branches;
    for (int row = 0; row < m_model.rowCount(); ++row)
        branches.append({m_model.branch(row)->branchId, m_model.displayName(*m_model.branch(row))});
    delete m_period;
    m_period = new PeriodReportDialog(*m_view, branches, QDateTime::fromMSecsSinceEpoch(m_clock()).date(), this);
    m_period->setAttribute(Qt::WA_DeleteOnClose);
    m_period->show();
    return m_period;
}

void HeadOfficeWindow::retranslate()
{
    setWindowTitle(tr("Tessera head office"));
    m_periodAction->setText(tr("Period report…"));
    m_model.retranslate();
    tick();
}

} // namespace tessera::headoffice
