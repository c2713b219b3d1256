#include "TicketPrinter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace tessera::kiosk {

TicketPrinter::TicketPrinter(QString printerName, int paperWidthMm, QString footer)
    : m_printerName(std::move(printerName)), m_paperWidthMm(paperWidthMm), m_footer(std::move(footer))
{}

TicketPaper TicketPrinter::compose(const TicketIssued &ticket, const KioskContext &context, TimestampMs now) const
{
    return TicketPaper::of(ticket, context, now, m_footer);
}

std::optional<QString> TicketPrinter::print(const TicketPaper &paper) const
{
    const QPrinterInfo info =
        m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull())
        return m_printerName.isEmpty() ? tr("there is no default printer")
                                       : tr("there is no printer \"%1\"").arg(m_printerName);
    // CUPS marks a printer stopped when it runs out of paper or its cover is open.
    if (info.state() == QPrinter::Error || info.state() == QPrinter::Aborted)
        return tr("printer \"%1\" is stopped or failing").arg(info.printerName());

    const TicketLayout layout(paper, m_paperWidthMm);
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("ticket %1").arg(paper.label));
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(layout.sizeMm(), QPageSize::Millimeter, QStringLiteral("ticket")));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("printer \"%1\" did not accept the ticket").arg(info.printerName());
    layout.paint(painter, printer.resolution() / 25.4);
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        return tr("printer \"%1\" failed while printing").arg(info.printerName());
    return std::nullopt;
}

} // namespace tessera::kiosk
