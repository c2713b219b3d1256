#pragma once

#include "CounterDesk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::teller {

// Name, password and counter (fixed by the station's settings, or chosen when they allow).
class LoginPanel : public QWidget
{
    Q_OBJECT

public:
    LoginPanel(const CounterDesk &desk, const QString &user, CounterNumber fixedCounter, QWidget *parent = nullptr);
    void refresh(); // the counters come from the branch configuration, once it has arrived
    void focusInput();
    void showError(const QString &message);
    void clearPassword();

signals:
    void submitted(const QString &user, const QString &password, tessera::CounterNumber counter);

private:
    void submit();

    const CounterDesk &m_desk;
    CounterNumber m_fixedCounter;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_counter;
    QPushButton *m_logIn;
    QLabel *m_error;
    QList<QPair<QString, CounterNumber>> m_counters; // what the list holds
};

} // namespace tessera::teller
