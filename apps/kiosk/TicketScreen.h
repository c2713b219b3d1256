#pragma once

#include "KioskContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tessera::kiosk {

// The confirmation: the customer's number, very large, with the service, how many are
// ahead and the estimated wait, all as the server recorded them; and whether the paper
// ticket came out.
class TicketScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Paper
    {
        Printing,
        Printed,
        PrintFailed,
        ScreenOnly
    };

    explicit TicketScreen(const KioskContext &context, QWidget *parent = nullptr);
    void show(const TicketIssued &ticket, Paper paper);
    void setPaper(TicketId ticket, Paper paper); // the printer has answered (if it is still on screen)

signals:
    void done();

private:
    const KioskContext &m_context;
    QLabel *m_heading;
    QLabel *m_number;
    QLabel *m_service;
    QLabel *m_ahead;
    QLabel *m_wait;
    QLabel *m_paper;
    QPushButton *m_done;
    TicketId m_ticket = 0;
    QString m_label;
};

} // namespace tessera::kiosk
