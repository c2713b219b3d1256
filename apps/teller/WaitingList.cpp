#include "WaitingList.h"

#include "CurrentTicketPanel.h"

#include <QHeaderView>

namespace tessera::teller {

WaitingList::WaitingList(const CounterDesk &desk, QWidget *parent) : QTreeWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("waitingList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus); // the keys belong to the actions
    header()->setStretchLastSection(false);
    retranslate();
}

void WaitingList::retranslate()
{
    setHeaderLabels({tr("Number"), tr("Service"), tr("Priority"), tr("Waited")});
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    refresh();
}

void WaitingList::refresh()
{
    const QList<const Ticket *> tickets = m_desk.waiting();
    // Rebuilt whole: a branch's line is tens of rows, and the waits change every refresh.
    clear();
    for (const Ticket *ticket : tickets) {
        QString priority = ticket->priority == PriorityClass::Normal ? QString() : wireName(ticket->priority);
        if (ticket->targetCounter)
            priority = tr("transferred here");
        auto *item = new QTreeWidgetItem(this, {ticket->label, m_desk.serviceName(ticket->service), priority,
                                                durationText(m_desk.now() - ticket->queuedAt)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(ticket->id));
        if (m_desk.isOverTarget(*ticket)) {
            for (int column = 0; column < columnCount(); ++column) {
                item->setBackground(column, QColor(0xfd, 0xe2, 0xd6));
                item->setForeground(column, QColor(0x8a, 0x1c, 0x00));
            }
            item->setToolTip(3, tr("Waited longer than the service's target"));
        }
    }
}

} // namespace tessera::teller
