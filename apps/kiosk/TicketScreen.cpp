#include "TicketScreen.h"

#include "KioskStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::kiosk {

TicketScreen::TicketScreen(const KioskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_heading(new QLabel(this)), m_number(new QLabel(this)),
      m_service(new QLabel(this)), m_ahead(new QLabel(this)), m_wait(new QLabel(this)), m_paper(new QLabel(this)),
      m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("ticketScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(20);
    m_number->setObjectName(QStringLiteral("number"));
    m_service->setObjectName(QStringLiteral("service"));
    m_ahead->setObjectName(QStringLiteral("ahead"));
    m_wait->setObjectName(QStringLiteral("wait"));
    m_paper->setObjectName(QStringLiteral("paper"));
    layout->addStretch();
    const std::pair<QLabel *, const char *> lines[] = {{m_heading, "subtitle"}, {m_number, "number"},
                                                       {m_service, "title"},    {m_ahead, "fact"},
                                                       {m_wait, "fact"},        {m_paper, "status"}};
    for (const auto &[label, kind] : lines)
        style::addText(layout, label, kind, Qt::AlignCenter);
    layout->addStretch();
    style::makeWideButton(m_done, QStringLiteral("done"), "secondary");
    connect(m_done, &QPushButton::clicked, this, &TicketScreen::done);
    layout->addWidget(m_done);
}

void TicketScreen::show(const TicketIssued &ticket, Paper paper)
{
    m_heading->setText(tr("Your number"));
    m_number->setText(ticket.label);
    m_number->setAccessibleName(tr("Your number is %1").arg(ticket.label));
    m_service->setText(m_context.serviceName(ticket.service));
    m_ahead->setText(tr("People ahead of you: %1").arg(ticket.peopleAhead));
    if (ticket.estimatedWaitSeconds < 0)
        m_wait->setText(tr("We will call you as soon as a counter opens."));
    else
        m_wait->setText(m_context.ticketWaitText(ticket));
    m_ticket = ticket.ticket;
    m_label = ticket.label;
    setPaper(ticket.ticket, paper);
    m_done->setText(tr("Done"));
    m_done->setAccessibleName(m_done->text());
}

void TicketScreen::setPaper(TicketId ticket, Paper paper)
{
    if (ticket != m_ticket)
        return;
    switch (paper) {
    case Paper::Printing:
        m_paper->setText(tr("Printing your ticket…"));
        break;
    case Paper::Printed:
        m_paper->setText(tr("Please take your ticket below."));
        break;
    case Paper::PrintFailed:
        m_paper->setText(tr("The ticket could not be printed. Please remember your number: %1. "
                            "Your place in the queue is kept.")
                             .arg(m_label));
        break;
    case Paper::ScreenOnly:
        m_paper->setText(tr("Please remember your number. It will be shown on the screens when it is your turn."));
        break;
    }
}

} // namespace tessera::kiosk
