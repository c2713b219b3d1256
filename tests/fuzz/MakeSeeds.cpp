// Writes the protocol fuzzer's seed inputs into a directory: every message type, every
// command, and a station's whole conversation (hello, snapshot of a busy branch, events).
// Each file is one fuzz input: a byte saying how the stream is cut into reads, then frames
// (see FuzzProtocol.cpp); the event-* files are one journaled event each. The CTest run regenerates them, so they
// follow the protocol; tests/fuzz/corpus holds a copy and every input that once broke a decoder.

#include "ProtocolSamples.h"
#include "TestBranch.h"
#include "protocol/EventCodec.h"
#include "protocol/StateCodec.h"

#include <QDir>
#include <QFile>

using namespace tessera;
using namespace tessera::test;

namespace {

bool write(const QDir &dir, const QString &name, char maxRead, const QList<Message> &messages)
{
    QByteArray bytes(1, maxRead);
    for (const Message &message : messages)
        bytes += MessageCodec::frame(message);
    QFile file(dir.filePath(name + QStringLiteral(".bin")));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One event as the journal stores it: the first byte picks its type (see checkEventBytes).
bool writeEvent(const QDir &dir, const EventPayload &payload)
{
    const QByteArray bytes = QByteArray(1, char(payload.index())) + EventCodec::toBytes(payload);
    QFile file(dir.filePath(QStringLiteral("event-%1.bin").arg(QLatin1String(typeName(payload)))));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A branch at work: staffed counters, tickets in every stage, a transfer, an appointment.
InMemoryBranch workingBranch()
{
    InMemoryBranch branch;
    branch.staff(1);
    branch.staff(2);
    branch.staff(3);
    for (int n = 0; n < 3; ++n)
        branch.issue(QStringLiteral("cash"));
    branch.issue(QStringLiteral("accounts"), PriorityClass::Priority);
    branch.callNext(1);
    branch.must(StartService{1});
    branch.callNext(2);
    branch.must(TransferTicket{2, QStringLiteral("loans"), 0, QStringLiteral("loan"), ArrivalOnTransfer::Keep});
    branch.must(BookAppointment{QStringLiteral("cash"), localMs(2026, 11, 23, 15, 0), QStringLiteral("Ilze"),
                                QStringLiteral("+371 2000")});
    branch.must(PauseCounter{3});
    return branch;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIRECTORY\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral(".")))
        return 1;

    bool ok = true;
    for (const Message &message : sampleMessages())
        ok = ok && write(dir, QStringLiteral("message-") + MessageCodec::typeOf(message), 0, {message});

    QList<Message> requests;
    int n = 0;
    for (const Command &command : sampleCommands())
        requests << MessageCodec::request(QStringLiteral("teller-1/%1").arg(++n), command);
    ok = ok && write(dir, QStringLiteral("commands"), 7, requests);

    const InMemoryBranch branch = workingBranch();
    EventBatch events;
    for (const Event &event : branch.history)
        events.events << MessageCodec::toWire(event);
    const Message conversation[] = {
        sampleMessages().first(),
        Welcome{kProtocolVersion,
                QStringLiteral("server"),
                QStringLiteral("test-branch"),
                QStringLiteral("Test"),
                {},
                QStringLiteral("journal"),
                branch.state.lastSeq(),
                false,
                5000},
        SnapshotPart{branch.state.lastSeq(), 0, 1, StateCodec::encode(branch.state)},
        events,
        Heartbeat{branch.now},
    };
    for (const Event &event : branch.history)
        ok = ok && writeEvent(dir, event.payload);
    ok = ok && write(dir, QStringLiteral("conversation"), 31,
                     QList<Message>(std::begin(conversation), std::end(conversation)));
    return ok ? 0 : 1;
}
