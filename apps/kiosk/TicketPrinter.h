#pragma once

#include "KioskContext.h"

#include <QCoreApplication>
#include <optional>

namespace tessera::kiosk {

// Prints tickets through the system's print queue (CUPS), as a thermal printer's driver
// expects: a page exactly as wide as the roll and as long as the ticket.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    // `printerName` empty: the system's default printer.
    TicketPrinter(QString printerName, int paperWidthMm, QString footer);
    virtual ~TicketPrinter() = default;

    // An error sentence when the ticket could not be printed (no such printer, printer
    // stopped or failing); the caller tells the customer and the server.
    virtual std::optional<QString> print(const TicketIssued &ticket, const KioskContext &context, TimestampMs now);

private:
    QString m_printerName;
    int m_paperWidthMm;
    QString m_footer;
};

} // namespace tessera::kiosk
