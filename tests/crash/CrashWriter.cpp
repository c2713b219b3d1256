// The victim of the crash-safety test: writes to a journal under load until it is
// killed. After every acknowledged group it appends "seq type label" lines for the
// acknowledged events to the acknowledgement file, so the test knows exactly what
// the server had promised at the instant of the kill.

#include "RandomWorkload.h"
#include "TestBranch.h"
#include "host/QueueHost.h"

#include <QCoreApplication>
#include <fcntl.h>
#include <unistd.h>

using namespace tessera;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: tessera-crash-writer JOURNAL ACK_FILE\n");
        return 2;
    }
    SystemClock clock;
    auto host = QueueHost::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!host) {
        std::fprintf(stderr, "%s\n", qPrintable(host.error()));
        return 1;
    }
    const int ackFile = ::open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (!host.value()->state().hasConfig()) {
        host.value()->submit(ChangeConfig{test::toJson(test::withNumbersUpTo(test::baseConfig(), 9999))});
        host.value()->submit(test::RandomWorkload::staffAll(host.value()->state()));
    }
    test::RandomWorkload workload(quint32(::getpid()));
    for (;;) {
        QList<Command> group;
        for (int i = 0; i < 16; ++i)
            group << workload.next(host.value()->state(), clock.nowMs());
        QByteArray acknowledged;
        for (const CommandResult &result : host.value()->submit(group)) {
            if (!result)
                continue;
            for (const Event &event : result.value()) {
                const QString label = std::holds_alternative<TicketIssued>(event.payload)
                                          ? std::get<TicketIssued>(event.payload).label
                                          : QStringLiteral("-");
                acknowledged += QStringLiteral("%1 %2 %3\n")
                                    .arg(event.seq)
                                    .arg(QLatin1String(typeName(event.payload)), label)
                                    .toUtf8();
            }
        }
        if (!acknowledged.isEmpty() && ::write(ackFile, acknowledged.constData(), size_t(acknowledged.size())) < 0)
            return 1;
    }
}
