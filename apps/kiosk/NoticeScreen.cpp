#include "NoticeScreen.h"

#include "KioskStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::kiosk {

NoticeScreen::NoticeScreen(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("noticeScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->setSpacing(40);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    layout->addStretch();
    style::addText(layout, m_title, "title", Qt::AlignCenter);
    style::addText(layout, m_text, "notice", Qt::AlignCenter);
    layout->addStretch();
    style::makeWideButton(m_button, QStringLiteral("ok"), "secondary");
    connect(m_button, &QPushButton::clicked, this, &NoticeScreen::done);
    layout->addWidget(m_button);
}

void NoticeScreen::show(const QString &title, const QString &text, bool withButton)
{
    m_title->setText(title);
    m_text->setText(text);
    m_button->setText(tr("Back to the start"));
    m_button->setAccessibleName(m_button->text());
    m_button->setVisible(withButton);
}

QString NoticeScreen::title() const
{
    return m_title->text();
}

QString NoticeScreen::text() const
{
    return m_text->text();
}

} // namespace tessera::kiosk
