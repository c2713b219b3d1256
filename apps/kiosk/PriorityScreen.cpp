#include "PriorityScreen.h"

#include "KioskStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::kiosk {

PriorityScreen::PriorityScreen(const KioskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_choices(new QVBoxLayout)
{
    setObjectName(QStringLiteral("priorityScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(28);
    style::addText(layout, m_title, "title");
    style::addText(layout, m_subtitle, "subtitle");
    m_choices->setSpacing(24);
    layout->addLayout(m_choices);
    layout->addStretch();
}

QString PriorityScreen::reasonText(const QString &reason)
{
    if (reason == QLatin1String("elderly"))
        return tr("I am 65 or older");
    if (reason == QLatin1String("pregnant"))
        return tr("I am pregnant");
    if (reason == QLatin1String("disabled"))
        return tr("I have a disability");
    return reason; // a branch's own reason: shown as configured
}

void PriorityScreen::ask(const QString &serviceId)
{
    m_serviceId = serviceId;
    m_title->setText(m_context.serviceName(serviceId));
    m_subtitle->setText(tr("Do you need to be served first?"));
    while (QLayoutItem *item = m_choices->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto add = [this](const QString &name, const QString &text, const char *kind, auto onClick) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        style::setKind(button, kind);
        style::makeTouchTarget(button, text);
        button->setMinimumHeight(style::mmToPx(this, 22));
        connect(button, &QPushButton::clicked, this, onClick);
        m_choices->addWidget(button);
    };
    add(QStringLiteral("priority-none"), tr("No, a standard ticket"), "primary",
        [this] { emit chosen(m_serviceId, QString()); });
    for (const QString &reason : m_context.config().priorityReasons)
        add(QStringLiteral("priority-%1").arg(reason), reasonText(reason), "primary",
            [this, reason] { emit chosen(m_serviceId, reason); });
    add(QStringLiteral("back"), tr("Back"), "secondary", [this] { emit back(); });
}

} // namespace tessera::kiosk
