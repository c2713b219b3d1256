#pragma once

#include <QFile>
#include <QString>

namespace tessera::test {

// A process's peak resident memory (VmHWM) in MiB, or -1 if it cannot be read.
inline double peakRssMb(const QString &pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace tessera::test
