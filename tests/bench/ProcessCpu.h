#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <unistd.h>

namespace tessera::bench {

// The CPU time a process has used so far (user + system), in seconds; -1 if it cannot be read.
// With the wall time of a run, it tells how much of the machine a process took: whether a
// figure is bounded by the server or by the benchmark that loads it.
inline double cpuSeconds(const QString &pid = QStringLiteral("self"))
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QByteArray line = stat.readAll();
    const qsizetype nameEnd = line.lastIndexOf(')');
    if (nameEnd < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(nameEnd + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the name.
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

} // namespace tessera::bench
