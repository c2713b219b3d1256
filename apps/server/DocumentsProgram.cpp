#include "DocumentsProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace DocumentsProgram {

QString path()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + QStringLiteral("/tessera-server-documents"),
                                     here + QStringLiteral("/../libexec/tessera/tessera-server-documents")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

int replaceThisProcess(char *argv[])
{
    const QString program = path();
    if (program.isEmpty()) {
        std::fprintf(stderr, "tessera-server: %s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "tessera-server-documents, which makes reports and forecasts, is not in "
                                            "%1 or %1/../libexec/tessera. Reinstall the tessera-server package.")
                                    .arg(QCoreApplication::applicationDirPath())));
        return 1;
    }
    const QByteArray file = program.toLocal8Bit();
    argv[0] = const_cast<char *>(file.constData());
    ::execv(file.constData(), argv);
    std::fprintf(stderr, "tessera-server: %s\n",
                 qPrintable(QCoreApplication::translate("main", "Cannot run %1: %2")
                                .arg(program, QString::fromLocal8Bit(std::strerror(errno)))));
    return 1;
}

} // namespace DocumentsProgram
