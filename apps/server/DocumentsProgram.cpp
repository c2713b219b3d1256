#include "DocumentsProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace DocumentsProgram {
namespace {

// Where it may be: beside this program, then where the package puts it.
QStringList directories()
{
    const QString here = QCoreApplication::applicationDirPath();
    return {here, here + QStringLiteral("/" TESSERA_DOCUMENTS_FROM_BIN)};
}

} // namespace

QString path()
{
    for (const QString &directory : directories()) {
        const QFileInfo candidate(directory + QStringLiteral("/tessera-server-documents"));
        if (candidate.isExecutable())
            return candidate.canonicalFilePath();
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
                                            "%1 or %2. Reinstall the tessera-server package.")
                                    .arg(directories().constFirst(), directories().constLast())));
        return 1;
    }
    // argv[0] stays as the user typed it, so the documents program's usage names tessera-server.
    const QByteArray file = program.toLocal8Bit();
    ::execv(file.constData(), argv);
    const int error = errno;
    std::fprintf(stderr, "tessera-server: %s\n",
                 qPrintable(QCoreApplication::translate("main", "Cannot run %1: %2")
                                .arg(program, QString::fromLocal8Bit(std::strerror(error)))));
    return 1;
}

} // namespace DocumentsProgram
