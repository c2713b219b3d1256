#pragma once

#include "CounterDesk.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace tessera::teller {

// Finish with an outcome code (the branch's list) and an optional note.
class FinishDialog : public QDialog
{
    Q_OBJECT

public:
    FinishDialog(const CounterDesk &desk, QWidget *parent);
    QString outcome() const;
    QString note() const;

private:
    QComboBox *m_outcome;
    QLineEdit *m_note;
};

// Transfer to another service (any counter serving it) or to a named counter, with a note
// the next teller sees.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const CounterDesk &desk, QWidget *parent);
    QString toService() const;       // empty when transferring to a counter
    CounterNumber toCounter() const; // 0 when transferring to a service
    QString note() const;

private:
    QRadioButton *m_byService;
    QComboBox *m_service;
    QRadioButton *m_byCounter;
    QComboBox *m_counter;
    QLineEdit *m_note;
};

// Call a chosen number, for a customer who comes up with their ticket.
class CallNumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallNumberDialog(QWidget *parent);
    QString label() const;

private:
    QLineEdit *m_label;
};

} // namespace tessera::teller
