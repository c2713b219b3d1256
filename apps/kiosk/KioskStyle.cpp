#include "KioskStyle.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace tessera::kiosk::style {

int mmToPx(const QWidget *widget, double mm)
{
    const QScreen *screen = widget && widget->screen() ? widget->screen() : nullptr;
    // An offscreen or misreported screen claims absurd sizes; fall back to 96 dpi then.
    double dpi = screen ? screen->physicalDotsPerInch() : 96.0;
    if (dpi < 50 || dpi > 600)
        dpi = 96.0;
    return int(mm / 25.4 * dpi + 0.5);
}

void setKind(QWidget *widget, const char *kind)
{
    widget->setProperty(kKind, QString::fromLatin1(kind));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void makeTouchTarget(QPushButton *button, const QString &accessibleName)
{
    const int side = mmToPx(button, kMinTouchMm);
    button->setMinimumSize(qMax(side, button->minimumWidth()), qMax(side, button->minimumHeight()));
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::NoFocus); // a touch screen has no keyboard focus to show
}

void makeWideButton(QPushButton *button, const QString &objectName, const char *kind)
{
    button->setObjectName(objectName);
    setKind(button, kind);
    makeTouchTarget(button, QString());
    button->setMinimumHeight(mmToPx(button, 20));
}

void addText(QBoxLayout *layout, QLabel *label, const char *kind, Qt::Alignment alignment)
{
    setKind(label, kind);
    label->setWordWrap(true);
    if (alignment)
        label->setAlignment(alignment);
    layout->addWidget(label);
}

QString sheet()
{
    return QStringLiteral(R"(
QWidget { background: #ffffff; color: #111111; font-size: 30px; }
QLabel[kind="branch"] { font-size: 34px; font-weight: bold; color: #0b3d91; }
QLabel[kind="clock"] { font-size: 34px; color: #111111; }
QLabel[kind="title"] { font-size: 52px; font-weight: bold; }
QLabel[kind="subtitle"] { font-size: 34px; color: #222222; }
QLabel[kind="number"] { font-size: 220px; font-weight: bold; color: #0b3d91; }
QLabel[kind="fact"] { font-size: 40px; }
QLabel[kind="notice"] { font-size: 44px; }
QLabel[kind="code"] { font-size: 80px; font-weight: bold;
                      border: 4px solid #0b3d91; border-radius: 12px; padding: 8px 32px; }
QLabel[kind="status"] { font-size: 34px; font-weight: bold; color: #8a1c00; }
QPushButton { background: #0b3d91; color: #ffffff; border: none; border-radius: 16px;
              font-size: 40px; font-weight: bold; padding: 16px 28px; }
QPushButton:pressed { background: #072a66; }
QPushButton:disabled { background: #e4e4e4; color: #333333; }
QPushButton[kind="unavailable"] { background: #e4e4e4; }
QPushButton[kind="unavailable"]:pressed { background: #cccccc; }
QPushButton[kind="secondary"] { background: #ffffff; color: #0b3d91; border: 4px solid #0b3d91;
                                text-align: center; }
QPushButton[kind="secondary"]:pressed { background: #dfe8f7; }
QPushButton[kind="language"] { background: #ffffff; color: #0b3d91; border: 3px solid #0b3d91;
                               font-size: 32px; font-weight: normal; text-align: center; padding: 8px 18px; }
/* not bold when checked: it would no longer fit the width laid out for it */
QPushButton[kind="language"]:checked { background: #0b3d91; color: #ffffff; }
QPushButton[kind="key"] { font-size: 56px; text-align: center; }
)");
}

} // namespace tessera::kiosk::style
