#pragma once

#include "KioskContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tessera::kiosk {

// The confirmation: the customer's number, very large, with the service, how many are
// ahead and the estimated wait, all as the server recorded them; whether the paper ticket
// came out; and, where the branch has web pages and no paper came out, a QR code of the
// ticket's own page, so that the customer can follow their turn on their phone.
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
    QWidget *m_phone; // the QR code and what it is for
    QLabel *m_qr;
    QLabel *m_qrHint;
    QPushButton *m_done;
    TicketId m_ticket = 0;
    QString m_label;
    QString m_pageLink; // what the QR code holds; empty: the branch has no web pages

    void showPageLink(const TicketIssued &ticket);
};

} // namespace tessera::kiosk
