#pragma once

#include "TicketLayout.h"

#include <QCoreApplication>
#include <optional>

namespace tessera::kiosk {

// Prints tickets through the system's print queue (CUPS), as a thermal printer's driver
// expects: a page exactly as wide as the roll and as long as the ticket. print() may run on
// a worker thread (QPainter on a QPrinter is thread-safe), so a slow or hung print queue
// never freezes the kiosk.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    // `printerName` empty: the system's default printer.
    TicketPrinter(QString printerName, int paperWidthMm, QString footer);
    virtual ~TicketPrinter() = default;

    // What goes on the paper, composed from the kiosk's state on its own thread.
    TicketPaper compose(const TicketIssued &ticket, const KioskContext &context, TimestampMs now) const;
    // An error sentence when the ticket could not be printed (no such printer, printer
    // stopped or failing); the caller tells the customer and the server.
    virtual std::optional<QString> print(const TicketPaper &paper) const;

private:
    const QString m_printerName;
    const int m_paperWidthMm;
    const QString m_footer;
};

} // namespace tessera::kiosk
