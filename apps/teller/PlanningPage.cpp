#include "PlanningPage.h"

#include "DocumentOutput.h"
#include "PlanChart.h"
#include "PlanDocument.h"
#include "planning/PlanCsv.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::teller {

namespace {

// A failed request for today's plan is asked again at most this often.
constexpr qint64 kTodayRetryMs = 60 * 1000;

} // namespace

// The chart of the printed plan, drawn on screen at the screen's millimetres.
class PlanChartView : public QWidget
{
public:
    explicit PlanChartView(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("planChart"));
        setMinimumHeight(220);
    }
    void setPlan(std::optional<StaffingPlan> plan)
    {
        m_plan = std::move(plan);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        if (m_plan)
            report::PlanChart::paint(&painter, QRectF(rect()).adjusted(8, 8, -8, -4), *m_plan, logicalDpiX() / 25.4,
                                     font());
    }

private:
    std::optional<StaffingPlan> m_plan;
};

PlanningPage::PlanningPage(CounterDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_day(new QDateEdit(this)), m_fetch(new QPushButton(tr("Show plan"), this)),
      m_note(new QLabel(this)), m_message(new QLabel(this)), m_chart(new PlanChartView(this)),
      m_table(new QTableWidget(this)), m_print(new QPushButton(tr("Print…"), this)),
      m_pdf(new QPushButton(tr("Save as PDF…"), this)), m_csv(new QPushButton(tr("Save as CSV…"), this))
{
    setObjectName(QStringLiteral("planningPage"));
    m_day->setObjectName(QStringLiteral("planDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = desk.state().businessDay();
    m_day->setDate((today.isValid() ? today : QDate::currentDate()).addDays(1));
    m_fetch->setObjectName(QStringLiteral("fetchPlan"));
    m_note->setObjectName(QStringLiteral("planLiveNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_print->setObjectName(QStringLiteral("printPlan"));
    m_pdf->setObjectName(QStringLiteral("savePlanPdf"));
    m_csv->setObjectName(QStringLiteral("savePlanCsv"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Day:"), this));
    pick->addWidget(m_day);
    pick->addWidget(m_fetch);
    pick->addStretch(1);
    auto *output = new QHBoxLayout;
    output->addWidget(m_print);
    output->addWidget(m_pdf);
    output->addWidget(m_csv);
    output->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(pick);
    layout->addWidget(m_message);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 3);
    layout->addLayout(output);

    connect(m_fetch, &QPushButton::clicked, this, &PlanningPage::fetch);
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        // A plan on screen must never be taken for another day's.
        m_plan.reset();
        m_chart->setPlan(std::nullopt);
        m_table->setRowCount(0);
        setBusy(false);
    });
    connect(m_print, &QPushButton::clicked, this, &PlanningPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &PlanningPage::askPdf);
    connect(m_csv, &QPushButton::clicked, this, &PlanningPage::askCsv);
    setBusy(false);
    showMessage(tr("Pick a day and press Show plan: the forecast and the counters advised come from the "
                   "branch's history in the server's journal."),
                false);
}

void PlanningPage::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy);
    m_day->setEnabled(!busy);
    for (QPushButton *button : {m_print, m_pdf, m_csv})
        button->setEnabled(!busy && m_plan.has_value() && m_plan->known());
}

void PlanningPage::fetch()
{
    const QDate day = m_day->date();
    m_plan.reset();
    setBusy(true);
    showMessage(tr("Asking the server for the plan of %1…").arg(day.toString(Qt::ISODate)), false);
    QPointer<PlanningPage> self(this);
    m_desk.client().requestPlan(day, [self, day](const Expected<StaffingPlan, QString> &result) {
        if (!self || self->m_day->date() != day)
            return;
        if (result) {
            self->m_plan = result.value();
            self->show(result.value());
        } else {
            self->showMessage(result.error(), true);
        }
        self->setBusy(false);
        emit self->planArrived();
    });
}

QMap<QString, QString> PlanningPage::serviceNames() const
{
    QMap<QString, QString> names;
    for (const ServiceConfig &service : m_desk.state().config().services)
        names.insert(service.id, m_desk.serviceName(service.id));
    return names;
}

void PlanningPage::show(const StaffingPlan &plan)
{
    const report::PlanDocument document(plan, {}, serviceNames(), QLocale(m_desk.language()), {});
    if (!plan.known())
        showMessage(tr("There is not enough history to forecast %1: the journal has no earlier day with customers.")
                        .arg(plan.day.toString(Qt::ISODate)),
                    true);
    else if (plan.forecast.closed)
        showMessage(tr("No customers are expected on %1: nobody came on this weekday in the last weeks.")
                        .arg(plan.day.toString(Qt::ISODate)),
                    false);
    else
        showMessage(tr("%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of "
                       "customers are called within their target wait.")
                        .arg(plan.day.toString(Qt::ISODate))
                        .arg(qRound(plan.forecast.total()))
                        .arg(std::max_element(plan.halfHours.cbegin(), plan.halfHours.cend(),
                                              [](const SlotAdvice &a, const SlotAdvice &b) {
                                                  return a.countersErlangA < b.countersErlangA;
                                              })
                                 ->countersErlangA)
                        .arg(QLocale(m_desk.language()).toString(qRound(plan.targetShare * 100)) +
                             QLocale(m_desk.language()).percent()),
                    false);
    m_chart->setPlan(plan);
    const QStringList header = document.tableHeader();
    const QList<QStringList> rows = document.tableRows();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            auto *item = new QTableWidgetItem(rows[row][column]);
            if (column > 0 && column < rows[row].size() - 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

void PlanningPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8a1c00; font-weight: bold;") : QString());
}

void PlanningPage::fetchToday()
{
    const QDate today = m_desk.state().businessDay();
    if (!today.isValid() || m_desk.client().status() != BranchClient::Status::Online)
        return;
    const bool asked = m_todayAsked == today && m_todayAskedAt.isValid();
    if ((m_today && m_today->day == today) || (asked && m_todayAskedAt.elapsed() < kTodayRetryMs))
        return;
    m_todayAsked = today;
    m_todayAskedAt.start();
    QPointer<PlanningPage> self(this);
    m_desk.client().requestPlan(today, [self, today](const Expected<StaffingPlan, QString> &result) {
        if (!self || !result)
            return; // asked again a minute later
        self->m_today = result.value();
        self->refresh();
    });
}

QString PlanningPage::liveNote() const
{
    if (!m_today || m_today->day != m_desk.state().businessDay() || !m_today->known())
        return {};
    const QueueState &state = m_desk.state();
    const QTime now = state.config().toLocal(m_desk.now()).time();
    const SlotAdvice *advice = m_today->at(now);
    if (!advice || advice->countersErlangA <= 0) // none needed, or past any staff (said in the table)
        return {};
    int open = 0;
    for (const CounterConfig &counter : state.config().counters) {
        const CounterState *live = state.counter(counter.number);
        open += live && live->status == CounterStatus::Open ? 1 : 0;
    }
    if (open >= advice->countersErlangA)
        return {};
    const QTime start = QTime(0, 0).addSecs(advice->slot * 1800);
    return tr("%n counter(s) open now; the plan advises %1 for %2–%3, when about %4 customers are expected. "
              "Open more if you can.",
              nullptr, open)
        .arg(advice->countersErlangA)
        .arg(start.toString(QStringLiteral("HH:mm")), start.addSecs(1800).toString(QStringLiteral("HH:mm")))
        .arg(qRound(advice->arrivals));
}

void PlanningPage::refresh()
{
    fetchToday();
    const QString note = liveNote();
    m_note->setText(note);
    m_note->setStyleSheet(QStringLiteral("background: #fde2d6; color: #8a1c00; font-weight: bold; padding: 6px;"));
    m_note->setVisible(!note.isEmpty());
}

Expected<int, QString> PlanningPage::savePdf(const QString &path)
{
    if (!m_plan)
        return tr("Show the plan first.");
    const QueueState &state = m_desk.state();
    auto pages = report::PlanDocument(*m_plan, state.config().branchName.text(m_desk.language()), serviceNames(),
                                      QLocale(m_desk.language()), QDateTime::currentDateTime())
                     .writePdf(path);
    showMessage(pages ? tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path))
                      : pages.error(),
                !pages);
    return pages;
}

Expected<QStringList, QString> PlanningPage::saveCsv(const QString &directory)
{
    if (!m_plan)
        return tr("Show the plan first.");
    auto written = PlanCsv::write(*m_plan, directory);
    showMessage(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(written.value().join(QStringLiteral(", "))))
                        : written.error(),
                !written);
    return written;
}

void PlanningPage::print()
{
    if (!m_plan)
        return;
    const report::PlanDocument document(*m_plan, m_desk.state().config().branchName.text(m_desk.language()),
                                        serviceNames(), QLocale(m_desk.language()), QDateTime::currentDateTime());
    const DocumentOutput::Outcome printed =
        DocumentOutput::print(this, tr("Staffing plan %1").arg(m_plan->day.toString(Qt::ISODate)),
                              [&document](QPagedPaintDevice *device) { return document.print(device); });
    if (!printed.message.isEmpty())
        showMessage(printed.message, printed.error);
}

void PlanningPage::askPdf()
{
    const QString path =
        DocumentOutput::askPdfPath(this, tr("Save the staffing plan"),
                                   QStringLiteral("tessera-plan-%1.pdf").arg(m_plan->day.toString(Qt::ISODate)));
    if (!path.isEmpty())
        savePdf(path);
}

void PlanningPage::askCsv()
{
    const QString directory = DocumentOutput::askDirectory(this, tr("Save the plan's table in"));
    if (!directory.isEmpty())
        saveCsv(directory);
}

} // namespace tessera::teller
