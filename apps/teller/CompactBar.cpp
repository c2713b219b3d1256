#include "CompactBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tessera::teller {

CompactBar::CompactBar(const CounterDesk &desk, TellerActions &actions, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint), m_desk(desk), m_number(new QLabel(this)),
      m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("compactBar"));
    setWindowTitle(tr("Tessera counter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_number->setObjectName(QStringLiteral("compactNumber"));
    m_number->setMinimumWidth(90);
    m_number->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold;"));
    m_state->setObjectName(QStringLiteral("compactState"));
    layout->addWidget(m_number);
    layout->addWidget(m_state);
    addActions(actions.all()); // every shortcut works here too
    using Id = TellerActions::Id;
    for (Id id : {Id::CallNext, Id::Recall, Id::Start, Id::Finish, Id::NoShow}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(actions[id]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    auto *expand = new QToolButton(this);
    expand->setObjectName(QStringLiteral("expand"));
    expand->setText(tr("Full window"));
    connect(expand, &QToolButton::clicked, this, &CompactBar::expandRequested);
    layout->addWidget(expand);
}

void CompactBar::refresh()
{
    const Ticket *ticket = m_desk.current();
    m_number->setText(ticket ? ticket->label : QStringLiteral("—"));
    QString state;
    if (m_desk.client().status() != BranchClient::Status::Online)
        state = tr("Offline");
    else if (ticket)
        state = ticket->status == TicketStatus::Called ? tr("calling") : tr("serving");
    else
        state = tr("%n waiting", nullptr, int(m_desk.waiting().size()));
    m_state->setText(state);
    m_state->setStyleSheet(m_desk.client().status() == BranchClient::Status::Online
                               ? QString()
                               : QStringLiteral("color: white; background: #b3261e; padding: 2px 6px;"));
}

} // namespace tessera::teller
