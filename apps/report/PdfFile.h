#pragma once

#include "model/Expected.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <functional>

namespace tessera::report {

// A printed document written as a PDF file: whole or not at all (a failed write leaves no
// half file), at 600 dpi, with its title in the file's properties.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(tessera::report::PdfFile)

public:
    // `print` paints the pages and says how many, or why not; the number of pages written.
    static Expected<int, QString> write(const QString &path, const QString &title,
                                        const std::function<Expected<int, QString>(QPagedPaintDevice *)> &print);
};

} // namespace tessera::report
