#pragma once

#include "model/Clock.h"
#include "model/QueueTypes.h"
#include "planning/StaffingPlan.h"
#include "report/DailyReport.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <variant>

namespace tessera {

// The messages stations and the server exchange, one plain struct each. On the wire a
// message is one CBOR map: its fields plus "msg", the type name below. docs/PROTOCOL.md
// describes every one; fields are only ever added, never renamed or re-purposed.

constexpr int kProtocolVersion = 4;    // 2: print failures; 3: ReportRequest; 4: learned waits, PlanRequest
constexpr int kMinProtocolVersion = 4; // a station before 4 cannot apply WaitModelLearned

// What a station is. The server decides what each may do (see StationPermissions).
enum class StationRole
{
    Kiosk,
    Teller,
    Display,
    Supervisor,
    Tool,
    Web // the server's own web front, acting for a customer; never a station on the network
};
QString wireName(StationRole role);
bool parseEnum(const QString &name, StationRole &out);

#define TESSERA_MESSAGE(Name, Wire)                                                                                    \
    static constexpr const char *kType = Wire;                                                                         \
    bool operator==(const Name &) const = default;

// One journaled event as it travels: its type name beside its fields.
struct WireEvent
{
    Seq seq = 0;
    TimestampMs at = 0;
    QString type;
    QCborMap data;
    bool operator==(const WireEvent &) const = default;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("seq", s.seq), f("at", s.at), f("type", s.type), f("data", s.data);
    }
};

// Station -> server, first message on a connection.
struct Hello
{
    TESSERA_MESSAGE(Hello, "Hello")
    int protocol = kProtocolVersion;
    int minProtocol = kMinProtocolVersion;
    StationRole role = StationRole::Display;
    QString stationId; // stable per installed station, e.g. "kiosk-entrance"
    QString name;      // for people: "Kiosk by the entrance"
    QList<QString> features;
    QString branchId;  // the branch the station belongs to; another branch's server rejects it
    QString journalId; // with lastSeq: resume from where this station's replica stands
    Seq lastSeq = 0;   // 0: no replica yet, send a snapshot
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("protocol", s.protocol), f("minProtocol", s.minProtocol), f("role", s.role), f("stationId", s.stationId);
        f("name", s.name), f("features", s.features), f("branchId", s.branchId), f("journalId", s.journalId);
        f("lastSeq", s.lastSeq);
    }
};

// Server -> station: accepted. A snapshot (resume false) or the missed events follow.
struct Welcome
{
    TESSERA_MESSAGE(Welcome, "Welcome")
    int protocol = kProtocolVersion;
    QString serverId;
    QString branchId;
    QString branch; // the branch's display name
    QList<QString> features;
    QString journalId;
    Seq seq = 0;         // the server's last sequence number at this moment
    bool resume = false; // true: only events after Hello.lastSeq follow
    int heartbeatMs = 0; // the server's heartbeat period (gaps can reach about 1.5 times this)
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("protocol", s.protocol), f("serverId", s.serverId), f("branchId", s.branchId), f("branch", s.branch);
        f("features", s.features), f("journalId", s.journalId), f("seq", s.seq), f("resume", s.resume);
        f("heartbeatMs", s.heartbeatMs);
    }
};

// Server -> station, then the server closes the connection.
struct Reject
{
    TESSERA_MESSAGE(Reject, "Reject")
    QString reason; // a RejectReason wire name
    QString text;   // a sentence for the person setting the station up
    template<typename S, typename F> static void fields(S &s, F &&f) { f("reason", s.reason), f("text", s.text); }
};

// Station -> server: who is using this station (tellers, supervisors). Either the
// password or a token from an earlier Authenticated (for reconnecting without asking again).
struct Authenticate
{
    TESSERA_MESSAGE(Authenticate, "Authenticate")
    QString id; // echoed in the answer
    QString user;
    QString password;
    QString token;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("user", s.user), f("password", s.password), f("token", s.token);
    }
};

struct Authenticated
{
    TESSERA_MESSAGE(Authenticated, "Authenticated")
    QString id;
    QString user;
    TellerRole role = TellerRole::Teller;
    QString token; // present it in Authenticate after a reconnect
    TimestampMs expiresAt = 0;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("user", s.user), f("role", s.role), f("token", s.token), f("expiresAt", s.expiresAt);
    }
};

// Station -> server: a command for the queue (one of engine/Commands.h, by type name).
struct CommandRequest
{
    TESSERA_MESSAGE(CommandRequest, "Command")
    QString id; // made by the station, unique; a retry reuses it
    QString command;
    QCborMap args;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("command", s.command), f("args", s.args);
    }
};

// Server -> station: what a command (or an Authenticate) came to. Sent after the
// events it caused, so the station's replica already shows them.
struct CommandReply
{
    TESSERA_MESSAGE(CommandReply, "Result")
    QString id;
    bool ok = false;
    QString code;    // an ErrorCode wire name when !ok
    QString message; // a sentence for the person at the station when !ok
    QList<WireEvent> events;
    bool duplicate = false; // the id was seen before: these are the first attempt's events
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("ok", s.ok), f("code", s.code), f("message", s.message), f("events", s.events);
        f("duplicate", s.duplicate);
    }
};

// Server -> station: the live state at `seq`, in parts that each fit a frame.
struct SnapshotPart
{
    TESSERA_MESSAGE(SnapshotPart, "Snapshot")
    Seq seq = 0;
    int part = 0; // 0-based
    int parts = 1;
    QByteArray data; // the parts' data joined are the state's CBOR (protocol/StateCodec)
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("seq", s.seq), f("part", s.part), f("parts", s.parts), f("data", s.data);
    }
};

// Server -> station: journaled events, consecutive, in order.
struct EventBatch
{
    TESSERA_MESSAGE(EventBatch, "Events")
    QList<WireEvent> events;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("events", s.events); }
};

// Both ways, when nothing else was sent for a while: "I am still here".
struct Heartbeat
{
    TESSERA_MESSAGE(Heartbeat, "Heartbeat")
    TimestampMs at = 0;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("at", s.at); }
};

// Server -> station: a message the server could not take (unknown type, wrong fields,
// not allowed for this role). The connection stays up.
struct ProtocolError
{
    TESSERA_MESSAGE(ProtocolError, "Error")
    QString code; // an ErrorCode wire name
    QString text;
    QString id; // the id of the message it answers, when it had one
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("code", s.code), f("text", s.text), f("id", s.id);
    }
};

// Station -> server: a business day's figures, computed from the journal (supervisors only).
struct ReportRequest
{
    TESSERA_MESSAGE(ReportRequest, "ReportRequest")
    QString id; // echoed in the ReportReply (or in a ProtocolError)
    QDate day;
    QString language; // of the branch's and services' names; empty: the branch's default
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("day", s.day), f("language", s.language);
    }
};

// Server -> station: the figures asked for, or why there are none (a day outside the journal).
struct ReportReply
{
    TESSERA_MESSAGE(ReportReply, "Report")
    QString id;
    bool ok = false;
    QString message; // for the supervisor when !ok
    DailyReport report;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("ok", s.ok), f("message", s.message), f("report", s.report);
    }
};

// Station -> server: the staffing plan for a day (supervisors only; docs/FORECAST.md).
struct PlanRequest
{
    TESSERA_MESSAGE(PlanRequest, "PlanRequest")
    QString id; // echoed in the PlanReply (or in a ProtocolError)
    QDate day;
    template<typename S, typename F> static void fields(S &s, F &&f) { f("id", s.id), f("day", s.day); }
};

// Server -> station: the plan asked for, or why there is none.
struct PlanReply
{
    TESSERA_MESSAGE(PlanReply, "Plan")
    QString id;
    bool ok = false;
    QString message; // for the supervisor when !ok
    StaffingPlan plan;
    template<typename S, typename F> static void fields(S &s, F &&f)
    {
        f("id", s.id), f("ok", s.ok), f("message", s.message), f("plan", s.plan);
    }
};

#undef TESSERA_MESSAGE

// The one table of message types.
using Message =
    std::variant<Hello, Welcome, Reject, Authenticate, Authenticated, CommandRequest, CommandReply, SnapshotPart,
                 EventBatch, Heartbeat, ProtocolError, ReportRequest, ReportReply, PlanRequest, PlanReply>;

// Why the server refused a connection (Reject.reason).
enum class RejectReason
{
    ProtocolUnsupported,
    WrongBranch,
    BadHello,
    TooSlow,
    ShuttingDown
};
QString wireName(RejectReason reason);

} // namespace tessera
