#include "TicketScreen.h"

#include "KioskStyle.h"
#include "QrCode.h"
#include "TicketLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::kiosk {

TicketScreen::TicketScreen(const KioskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_heading(new QLabel(this)), m_number(new QLabel(this)),
      m_service(new QLabel(this)), m_ahead(new QLabel(this)), m_wait(new QLabel(this)), m_paper(new QLabel(this)),
      m_phone(new QWidget(this)), m_qr(new QLabel(m_phone)), m_qrHint(new QLabel(m_phone)),
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
    // The code beside its words, centred: a phone is held up to it at arm's length.
    m_phone->setObjectName(QStringLiteral("phoneLink"));
    m_qr->setObjectName(QStringLiteral("ticketQr"));
    m_qrHint->setObjectName(QStringLiteral("qrHint"));
    auto *phone = new QHBoxLayout(m_phone);
    phone->setContentsMargins(0, 0, 0, 0);
    phone->setSpacing(32);
    phone->addStretch();
    phone->addWidget(m_qr);
    style::addText(phone, m_qrHint, "subtitle", Qt::AlignLeft | Qt::AlignVCenter);
    m_qrHint->setMinimumWidth(420); // a few lines beside the code, not a narrow column of single words
    m_qrHint->setMaximumWidth(560);
    phone->addStretch();
    layout->addWidget(m_phone);
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
    showPageLink(ticket);
    setPaper(ticket.ticket, paper);
    m_done->setText(tr("Done"));
    m_done->setAccessibleName(m_done->text());
}

void TicketScreen::showPageLink(const TicketIssued &ticket)
{
    m_pageLink = TicketPaper::pageUrlFor(m_context.config(), m_context.client.settings().key,
                                         m_context.state().businessDay(), ticket);
    if (m_pageLink.isEmpty())
        return;
    const QrCode code(m_pageLink);
    if (!code.isValid()) {
        m_pageLink.clear();
        return;
    }
    // About 5 cm across on a 22-inch kiosk: a phone reads it from half a metre, and the
    // screen still fits a landscape 1080 lines.
    const int modulePixels = qMax(4, 200 / code.width());
    m_qr->setPixmap(QPixmap::fromImage(code.image(modulePixels)));
    m_qr->setAccessibleName(tr("QR code of your ticket's page"));
    m_qrHint->setText(tr("Scan the code to follow your turn on your phone. You can also leave the queue there."));
}

void TicketScreen::setPaper(TicketId ticket, Paper paper)
{
    if (ticket != m_ticket)
        return;
    // The code is the ticket's key on the web (it can leave the queue): on the screen only when
    // no paper carries it, and so only as long as the customer needs it to take it along.
    m_phone->setVisible(!m_pageLink.isEmpty() && (paper == Paper::ScreenOnly || paper == Paper::PrintFailed));
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
