#include "CheckInScreen.h"

#include "KioskStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace tessera::kiosk {

CheckInScreen::CheckInScreen(const KioskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_codeLabel(new QLabel(this)), m_erase(new QPushButton(this)), m_submit(new QPushButton(this)),
      m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("checkInScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(24);
    style::addText(layout, m_title, "title");
    style::addText(layout, m_subtitle, "subtitle");
    m_codeLabel->setObjectName(QStringLiteral("code"));
    style::setKind(m_codeLabel, "code");
    m_codeLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_codeLabel, 0, Qt::AlignHCenter);

    auto *keypad = new QGridLayout;
    keypad->setSpacing(18);
    const int key = style::mmToPx(this, 28);
    for (int digit = 0; digit <= 9; ++digit) {
        auto *button = new QPushButton(QString::number(digit), this);
        button->setObjectName(QStringLiteral("key-%1").arg(digit));
        style::setKind(button, "key");
        style::makeTouchTarget(button, QString::number(digit));
        button->setFixedSize(key, key);
        connect(button, &QPushButton::clicked, this, [this, digit] { press(QString::number(digit)); });
        // The telephone layout: 1 2 3 / 4 5 6 / 7 8 9 / . 0 .
        keypad->addWidget(button, digit == 0 ? 3 : (digit - 1) / 3, digit == 0 ? 1 : (digit - 1) % 3);
    }
    m_erase->setObjectName(QStringLiteral("erase"));
    style::setKind(m_erase, "secondary");
    style::makeTouchTarget(m_erase, QString());
    m_erase->setFixedSize(key, key);
    m_erase->setText(QStringLiteral("\u232B")); // the erase-to-the-left sign: no words to fit in a key
    connect(m_erase, &QPushButton::clicked, this, &CheckInScreen::erase);
    keypad->addWidget(m_erase, 3, 2);
    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addLayout(keypad);
    centred->addStretch();
    layout->addLayout(centred);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(24);
    style::makeWideButton(m_back, QStringLiteral("back"), "secondary");
    style::makeWideButton(m_submit, QStringLiteral("checkIn"), "primary");
    connect(m_back, &QPushButton::clicked, this, &CheckInScreen::back);
    connect(m_submit, &QPushButton::clicked, this, [this] { emit submitted(m_code); });
    actions->addWidget(m_back, 1);
    actions->addWidget(m_submit, 2);
    layout->addStretch();
    layout->addLayout(actions);
}

void CheckInScreen::start()
{
    m_code.clear();
    m_title->setText(tr("Check in for your appointment"));
    m_subtitle->setText(tr("Enter the %1-digit code from your booking confirmation.").arg(kCodeDigits));
    m_erase->setAccessibleName(tr("Delete the last digit"));
    m_submit->setText(tr("Check in"));
    m_submit->setAccessibleName(m_submit->text());
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(m_back->text());
    showCode();
}

void CheckInScreen::press(const QString &digit)
{
    if (m_code.size() < kCodeDigits)
        m_code += digit;
    showCode();
}

void CheckInScreen::erase()
{
    m_code.chop(1);
    showCode();
}

void CheckInScreen::showCode()
{
    // A line for each digit still to come, so the customer sees how many are missing.
    QStringList shown;
    for (int i = 0; i < kCodeDigits; ++i)
        shown.append(i < m_code.size() ? QString(m_code[i]) : QStringLiteral("_"));
    m_codeLabel->setText(shown.join(QLatin1Char(' ')));
    m_codeLabel->setAccessibleName(tr("Code entered: %1").arg(m_code));
    m_submit->setEnabled(m_code.size() == kCodeDigits);
}

} // namespace tessera::kiosk
