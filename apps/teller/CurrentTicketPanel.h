#pragma once

#include "CounterDesk.h"

#include <QFrame>

class QLabel;

namespace tessera::teller {

// The customer at the counter, large: number, service, priority, how long they waited,
// and what the teller who transferred them wrote.
class CurrentTicketPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CurrentTicketPanel(const CounterDesk &desk, QWidget *parent = nullptr);
    void refresh();

private:
    const CounterDesk &m_desk;
    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_service;
    QLabel *m_details;
    QLabel *m_note;
};

// "12 min" / "1 h 05 min": how long someone has waited, at a glance.
QString durationText(qint64 ms);

} // namespace tessera::teller
