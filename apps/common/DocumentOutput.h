#pragma once

#include "model/Expected.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <functional>

class QWidget;

namespace tessera {

// What the teller's report and planning pages and the head office's period report share to put a document on paper or
// on disk: the print dialog, and asking where a PDF or CSV tables go (the user's documents by default).
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DocumentOutput)

public:
    using Painter = std::function<Expected<int, QString>(QPagedPaintDevice *)>;
    struct Outcome
    {
        QString message; // for the page; empty when the dialog was cancelled
        bool error = false;
    };

    // Shows the print dialog and prints what `print` paints.
    static Outcome print(QWidget *parent, const QString &docName, const Painter &print);
    // A PDF file to save to, proposed as `fileName` in the documents folder; empty if cancelled.
    static QString askPdfPath(QWidget *parent, const QString &caption, const QString &fileName);
    // A directory for CSV files; empty if cancelled.
    static QString askDirectory(QWidget *parent, const QString &caption);
};

} // namespace tessera
