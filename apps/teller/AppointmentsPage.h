#pragma once

#include "CounterDesk.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tessera::teller {

// Appointments from today on: book one (and give the customer the check-in code), list
// them, cancel one.
class AppointmentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AppointmentsPage(CounterDesk &desk, QWidget *parent = nullptr);
    void refresh();

private:
    void book();
    void cancelSelected();
    void showResult(const QString &text, bool error);

    CounterDesk &m_desk;
    QTableWidget *m_table;
    QComboBox *m_service;
    QDateTimeEdit *m_slot;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QPushButton *m_book;
    QPushButton *m_cancel;
    QLabel *m_result;
    QStringList m_codes; // the check-in code of each row
};

} // namespace tessera::teller
