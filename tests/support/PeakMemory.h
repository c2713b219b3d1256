#pragma once

#include <QFile>
#include <QString>

namespace tessera::test {

// A figure of /proc/<pid>/status ("VmHWM:", "VmRSS:") in MiB, or -1 if it cannot be read.
inline double statusMb(const QString &pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// A process's peak resident memory (VmHWM) in MiB, or -1 if it cannot be read.
inline double peakRssMb(const QString &pid = QStringLiteral("self"))
{
    return statusMb(pid, "VmHWM:");
}

// A process's resident memory now (VmRSS) in MiB, or -1 if it cannot be read.
inline double rssMb(const QString &pid)
{
    return statusMb(pid, "VmRSS:");
}

} // namespace tessera::test
