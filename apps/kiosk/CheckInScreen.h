#pragma once

#include "KioskContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tessera::kiosk {

// A keypad for the six-digit check-in code of a booked appointment.
class CheckInScreen : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCodeDigits = 6;

    explicit CheckInScreen(const KioskContext &context, QWidget *parent = nullptr);
    void start(); // empty code, texts in the current language

signals:
    void submitted(const QString &code);
    void back();

private:
    void press(const QString &digit);
    void erase();
    void showCode();

    const KioskContext &m_context;
    QString m_code;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_codeLabel;
    QPushButton *m_erase;
    QPushButton *m_submit;
    QPushButton *m_back;
};

} // namespace tessera::kiosk
