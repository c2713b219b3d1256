#include "BranchDetailDialog.h"

#include "BranchTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::headoffice {

namespace {

QTableWidget *makeTable(const QStringList &header)
{
    auto *table = new QTableWidget(0, int(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

// The first `textColumns` cells are text (left), the rest figures (right).
void setRow(QTableWidget *table, int row, const QStringList &cells, int textColumns, bool alarm = false)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setTextAlignment(column < textColumns ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
        if (alarm)
            item->setBackground(QColor(0xf8, 0xd7, 0xd3));
        table->setItem(row, column, item);
    }
}

QString counterStatus(CounterStatus status)
{
    switch (status) {
    case CounterStatus::Open:
        return BranchDetailDialog::tr("Open");
    case CounterStatus::Paused:
        return BranchDetailDialog::tr("Paused");
    case CounterStatus::Closed:
        break;
    }
    return BranchDetailDialog::tr("Closed");
}

} // namespace

BranchDetailDialog::BranchDetailDialog(const BranchTableModel &model, QString branchId, QWidget *parent)
    : QDialog(parent), m_model(model), m_branchId(std::move(branchId)), m_summary(new QLabel),
      m_services(makeTable({tr("Service"), tr("Waiting"), tr("Longest wait"), tr("Target")})),
      m_counters(makeTable({tr("Counter"), tr("Status"), tr("Teller"), tr("Ticket"), tr("Served today")}))
{
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Services")));
    layout->addWidget(m_services);
    layout->addWidget(new QLabel(tr("Counters")));
    layout->addWidget(m_counters);
    layout->addWidget(buttons);
    resize(760, 620);
    refresh();
}

void BranchDetailDialog::refresh()
{
    const BranchLive *branch = m_model.branch(m_branchId);
    if (!branch)
        return;
    setWindowTitle(m_model.displayName(*branch));
    QStringList lines{QStringLiteral("<b>%1</b> (%2) — %3")
                          .arg(m_model.displayName(*branch).toHtmlEscaped(), branch->branchId.toHtmlEscaped(),
                               m_model.status(*branch).toHtmlEscaped())};
    for (const QString &alarm : m_model.alarms(*branch))
        lines << QStringLiteral("<span style='color:#a31d12'>%1</span>").arg(alarm.toHtmlEscaped());
    if (!branch->stationsOffline.isEmpty())
        lines << QStringLiteral("<span style='color:#a31d12'>%1</span>")
                     .arg(tr("Stations offline: %1")
                              .arg(branch->stationsOffline.join(QStringLiteral(", ")))
                              .toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    if (!branch->figures) {
        m_services->setRowCount(0);
        m_counters->setRowCount(0);
        return;
    }
    const LiveFigures &figures = *branch->figures;
    m_services->setRowCount(int(figures.services.size()));
    for (int row = 0; row < figures.services.size(); ++row) {
        const LiveService &service = figures.services[row];
        const qint64 waited = service.oldestWaitingSince ? m_model.now() - service.oldestWaitingSince : 0;
        setRow(m_services, row,
               {service.name.isEmpty() ? service.id : service.name, QString::number(service.waiting),
                service.oldestWaitingSince ? m_model.duration(waited) : QStringLiteral("–"),
                m_model.duration(qint64(service.targetWaitSeconds) * 1000)},
               1, waited > qint64(service.targetWaitSeconds) * 1000);
    }
    m_counters->setRowCount(int(figures.counters.size()));
    for (int row = 0; row < figures.counters.size(); ++row) {
        const LiveCounter &counter = figures.counters[row];
        setRow(m_counters, row,
               {counter.name, counterStatus(counter.status), counter.teller, counter.ticket,
                QString::number(counter.servedToday)},
               4);
    }
}

} // namespace tessera::headoffice
