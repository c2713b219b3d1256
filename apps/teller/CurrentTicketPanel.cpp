#include "CurrentTicketPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tessera::teller {

QString durationText(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms) / 60000;
    if (minutes < 60)
        return CurrentTicketPanel::tr("%1 min").arg(minutes);
    return CurrentTicketPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

CurrentTicketPanel::CurrentTicketPanel(const CounterDesk &desk, QWidget *parent)
    : QFrame(parent), m_desk(desk), m_number(new QLabel(this)), m_status(new QLabel(this)), m_service(new QLabel(this)),
      m_details(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("currentTicket"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_number->setObjectName(QStringLiteral("currentNumber"));
    m_status->setObjectName(QStringLiteral("currentStatus"));
    m_service->setObjectName(QStringLiteral("currentService"));
    m_details->setObjectName(QStringLiteral("currentDetails"));
    m_note->setObjectName(QStringLiteral("currentNote"));
    m_note->setWordWrap(true);
    for (QLabel *label : {m_status, m_number, m_service, m_details, m_note}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    layout->addStretch();
}

void CurrentTicketPanel::refresh()
{
    const Ticket *ticket = m_desk.current();
    if (!ticket) {
        m_status->setText(tr("No customer at the counter"));
        m_number->clear();
        m_service->clear();
        m_details->clear();
        m_note->hide();
        return;
    }
    m_status->setText(
        ticket->status == TicketStatus::Called
            ? (ticket->recallCount ? tr("Calling (recalled %n time(s))", nullptr, ticket->recallCount) : tr("Calling"))
            : tr("Serving"));
    m_number->setText(ticket->label);
    m_service->setText(m_desk.serviceName(ticket->service));
    QStringList details;
    if (ticket->priority != PriorityClass::Normal)
        details << (ticket->priorityReason.isEmpty()
                        ? wireName(ticket->priority)
                        : QStringLiteral("%1 (%2)").arg(wireName(ticket->priority), ticket->priorityReason));
    const TimestampMs until = ticket->calledAt ? ticket->calledAt : m_desk.now();
    details << tr("waited %1").arg(durationText(until - ticket->queuedAt));
    if (ticket->startedAt)
        details << tr("serving for %1").arg(durationText(m_desk.now() - ticket->startedAt));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_note->setText(
        ticket->transferNote.isEmpty()
            ? QString()
            : tr("Transferred %n time(s). Note: %1", nullptr, ticket->transferCount).arg(ticket->transferNote));
    m_note->setVisible(!ticket->transferNote.isEmpty());
}

} // namespace tessera::teller
