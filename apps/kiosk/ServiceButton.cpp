#include "ServiceButton.h"

#include "KioskStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tessera::kiosk {

ServiceButton::ServiceButton(QWidget *parent)
    : QPushButton(parent), m_name(new QLabel(this)), m_detail(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 18, 32, 18);
    layout->setSpacing(6);
    layout->addStretch();
    for (QLabel *label : {m_name, m_detail}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addStretch();
    style::setKind(this, "service");
    style::makeTouchTarget(this, QString());
    setMinimumHeight(qMax(minimumHeight(), style::mmToPx(this, 26)));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ServiceButton::setLines(const QString &name, const QString &detail, bool available)
{
    m_name->setText(name);
    m_detail->setText(detail);
    setAccessibleName(QStringLiteral("%1. %2").arg(name, detail));
    // Restyled only on a change: the start screen refreshes whenever the queue moves.
    if (m_available == available)
        return;
    m_available = available;
    // Inline styles: the labels sit on the button's colour, which depends on `available`.
    const QString color = available ? QStringLiteral("#ffffff") : QStringLiteral("#333333");
    m_name->setStyleSheet(
        QStringLiteral("background: transparent; color: %1; font-size: 44px; font-weight: bold;").arg(color));
    m_detail->setStyleSheet(QStringLiteral("background: transparent; color: %1; font-size: 30px;").arg(color));
    // Still tappable when unavailable: the tap explains why rather than doing nothing.
    style::setKind(this, available ? "service" : "unavailable");
}

} // namespace tessera::kiosk
