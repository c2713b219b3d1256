#include "PdfFile.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace tessera::report {

Expected<int, QString> PdfFile::write(const QString &path, const QString &title,
                                      const std::function<Expected<int, QString>(QPagedPaintDevice *)> &print)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the directory %1 for the PDF.").arg(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tessera"));
        auto printed = print(&writer);
        if (!printed)
            return printed.error();
        pages = printed.value();
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return pages;
}

} // namespace tessera::report
