#include "DocumentOutput.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tessera {

DocumentOutput::Outcome DocumentOutput::print(QWidget *parent, const QString &docName, const Painter &print)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(docName);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto pages = print(&printer);
    if (!pages)
        return {pages.error(), true};
    if (printer.printerState() == QPrinter::Error)
        return {tr("The printer %1 reported an error; nothing may have been printed.").arg(printer.printerName()),
                true};
    return {tr("Sent %n page(s) to %1.", nullptr, pages.value()).arg(printer.printerName()), false};
}

QString DocumentOutput::askPdfPath(QWidget *parent, const QString &caption, const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(fileName), tr("PDF files (*.pdf)"));
}

QString DocumentOutput::askDirectory(QWidget *parent, const QString &caption)
{
    return QFileDialog::getExistingDirectory(parent, caption,
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

} // namespace tessera
