#pragma once

#include "KioskContext.h"

#include <QSizeF>

class QPainter;

namespace tessera::kiosk {

// What a paper ticket says, in the customer's language.
struct TicketPaper
{
    Q_DECLARE_TR_FUNCTIONS(TicketPaper)

public:
    QString branch;
    QString label;
    QString service;
    QString issuedAt; // date and time, local
    QString ahead;
    QString wait;
    QString qrText; // what the QR code holds
    QString footer;

    static TicketPaper of(const TicketIssued &ticket, const KioskContext &context, TimestampMs now,
                          const QString &footer);
    // "tessera:ticket?branch=...&day=2026-11-22&label=A017&id=42": enough for a teller or a
    // self-service screen to find the ticket, and nothing about the customer.
    // The ticket's page on the branch's web (docs/WEB.md), or without one the ticket's data.
    static QString qrTextFor(const BranchConfig &config, const BranchKey &key, const QDate &businessDay,
                             const TicketIssued &ticket);
    // The ticket's page on the branch's web; empty when the branch has no web pages.
    static QString pageUrlFor(const BranchConfig &config, const BranchKey &key, const QDate &businessDay,
                              const TicketIssued &ticket);
};

// Draws a ticket for thermal paper of a given width (80 mm or 58 mm rolls), top to bottom:
// branch, the number very large, service, date and time, people ahead, estimated wait,
// QR code, footer.
class TicketLayout
{
public:
    TicketLayout(TicketPaper paper, double widthMm);

    QSizeF sizeMm() const; // the paper to cut: the width, and as long as the content needs
    void paint(QPainter &painter, double pixelsPerMm) const;

private:
    int footerLines() const;

    TicketPaper m_paper;
    double m_widthMm;
};

} // namespace tessera::kiosk
