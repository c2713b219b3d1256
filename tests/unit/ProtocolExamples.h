#pragma once

// The parts of docs/PROTOCOL.md that are made from the code: the version table and the worked
// examples, byte for byte. Each is a block of the document between
//     <!-- generated: NAME -->   and   <!-- end generated -->
// TestProtocolDocument compares them with the document; TESSERA_WRITE_DOCS=1 rewrites them.

#include "TestBranch.h"
#include "engine/QueueEngine.h"
#include "net/BranchKey.h"
#include "net/Discovery.h"
#include "protocol/MessageCodec.h"
#include "storage/SqlCatalog.h"

#include <QCborValue>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

namespace tessera::test {

// CBOR bytes as the document shows them: one item per line, indented by nesting, the item's
// head and content in hex, and what it means in a column of its own.
class CborAnnotator
{
public:
    explicit CborAnnotator(const QByteArray &bytes) : m_bytes(bytes) {}

    QString annotate()
    {
        while (m_at < m_bytes.size())
            item(0);
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    static constexpr int kCommentColumn = 46;

    void line(int depth, const QString &hex, const QString &comment)
    {
        const QString code = QString(depth * 3, QLatin1Char(' ')) + hex;
        if (code.size() < kCommentColumn - 1)
            m_lines << code.leftJustified(kCommentColumn, QLatin1Char(' ')) + comment;
        else
            m_lines << code << QString(kCommentColumn, QLatin1Char(' ')) + comment;
    }
    QString hexAt(qsizetype from, qsizetype to) const
    {
        return QString::fromLatin1(m_bytes.mid(from, to - from).toHex());
    }
    // Reads an item's head; returns its major type and argument.
    std::pair<int, quint64> head()
    {
        const quint8 initial = quint8(m_bytes.at(m_at++));
        const int info = initial & 0x1f;
        quint64 argument = info;
        if (info >= 24 && info <= 27) {
            const int width = 1 << (info - 24);
            argument = 0;
            for (int i = 0; i < width; ++i)
                argument = (argument << 8) | quint8(m_bytes.at(m_at++));
        }
        return {initial >> 5, argument};
    }
    static QString count(quint64 n, const char *one, const char *many)
    {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    }
    void item(int depth)
    {
        const qsizetype start = m_at;
        const auto [major, argument] = head();
        const QString headHex = hexAt(start, m_at);
        switch (major) {
        case 0:
        case 1:
            line(depth, headHex, QString::number(major == 0 ? qint64(argument) : -1 - qint64(argument)));
            break;
        case 2:
        case 3: {
            const QByteArray content = m_bytes.mid(m_at, qsizetype(argument));
            m_at += qsizetype(argument);
            const QString hex = content.isEmpty() ? headHex : headHex + QLatin1Char(' ') + content.toHex();
            line(depth, hex,
                 major == 3 ? QLatin1Char('"') + QString::fromUtf8(content) + QLatin1Char('"')
                            : count(argument, "byte", "bytes"));
            break;
        }
        case 4:
        case 5:
            line(depth, headHex,
                 major == 4 ? QStringLiteral("array, ") + count(argument, "item", "items")
                            : QStringLiteral("map, ") + count(argument, "pair", "pairs"));
            for (quint64 i = 0; i < (major == 5 ? argument * 2 : argument); ++i)
                item(depth + 1);
            break;
        default:
            line(depth, headHex,
                 argument == 20   ? QStringLiteral("false")
                 : argument == 21 ? QStringLiteral("true")
                                  : QStringLiteral("simple"));
        }
    }

    QByteArray m_bytes;
    qsizetype m_at = 0;
    QStringList m_lines;
};

// Diagnostic notation (RFC 8949, 8), wrapped at commas to fit about 100 columns, with text as
// it reads (Qt escapes what is not ASCII).
inline QString diagnostic(const QCborMap &map)
{
    QString flat = map.toCborValue().toDiagnosticNotation();
    static const QRegularExpression escaped(QStringLiteral("\\\\u([0-9A-Fa-f]{4})"));
    for (auto match = escaped.match(flat); match.hasMatch(); match = escaped.match(flat))
        flat.replace(match.capturedStart(), match.capturedLength(), QChar(match.captured(1).toUShort(nullptr, 16)));
    QStringList lines{QString()};
    bool inText = false;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        if (c == QLatin1Char('"') && (i == 0 || flat.at(i - 1) != QLatin1Char('\\')))
            inText = !inText;
        lines.last() += c;
        if (!inText && c == QLatin1Char(',') && lines.last().size() > 70) {
            lines << QStringLiteral(" ");
            ++i; // the space after the comma
        }
    }
    return lines.join(QLatin1Char('\n'));
}

inline QString fenced(const QString &text)
{
    return QStringLiteral("```\n") + text + QStringLiteral("\n```");
}

// A frame: its message in diagnostic notation, its bytes annotated, and as one hex string.
inline QString frameExample(const Message &message, const QString &who)
{
    const QByteArray frame = MessageCodec::frame(message);
    const QByteArray payload = frame.mid(4);
    QStringList hexLines;
    const QString hex = QString::fromLatin1(frame.toHex());
    for (qsizetype i = 0; i < hex.size(); i += 86)
        hexLines << hex.mid(i, 86);
    const QString lengthLine = QStringLiteral("%1 %2 %3 %4")
                                   .arg(hex.mid(0, 2), hex.mid(2, 2), hex.mid(4, 2), hex.mid(6, 2))
                                   .leftJustified(46, QLatin1Char(' ')) +
                               QStringLiteral("frame length: %1 bytes follow").arg(payload.size());
    return fenced(diagnostic(MessageCodec::encode(message))) +
           QStringLiteral("\n\nThe bytes, as %1 writes them (%2 bytes):\n\n").arg(who).arg(frame.size()) +
           fenced(lengthLine + QLatin1Char('\n') + CborAnnotator(payload).annotate()) +
           QStringLiteral("\n\nAs one hex string:\n\n") + fenced(hexLines.join(QLatin1Char('\n')));
}

inline Hello exampleHello()
{
    Hello hello;
    hello.role = StationRole::Teller;
    hello.stationId = QStringLiteral("teller-3");
    hello.name = QStringLiteral("Counter 3");
    hello.features = {QStringLiteral("resume"), QStringLiteral("tokens")};
    hello.branchId = QStringLiteral("northbank-riga-centre");
    return hello;
}

inline const QString kExampleCommandId = QStringLiteral("teller-3-5be0c2a4f1d39e87-1");

inline QString answersExample()
{
    const Event finished{1042, 1795349428843, TicketFinished{17, 3, QStringLiteral("served"), QString(), true}};
    const Event called{1043, 1795349428843, TicketCalled{18, 3, QStringLiteral("anna"), false}};
    const QList<WireEvent> events{MessageCodec::toWire(finished), MessageCodec::toWire(called)};
    CommandReply done;
    done.id = kExampleCommandId;
    done.ok = true;
    done.events = events;
    // The refusal as the engine words it, at a counter open with nobody in line.
    InMemoryBranch branch;
    branch.staff(3);
    const Decision refused = QueueEngine::decide(branch.state, CallNext{3}, branch.now, {});
    CommandReply nothing;
    nothing.id = kExampleCommandId;
    nothing.code = wireName(refused ? ErrorCode::InvalidArgument : refused.error().code);
    nothing.message = refused ? QString() : refused.error().message;
    return QStringLiteral("If the counter had a ticket being served, the station then receives the events, then the "
                          "answer:\n\n") +
           fenced(diagnostic(MessageCodec::encode(EventBatch{events})) + QStringLiteral("\n\n") +
                  diagnostic(MessageCodec::encode(done))) +
           QStringLiteral("\n\nIf nobody is waiting, nothing is broadcast and the answer is:\n\n") +
           fenced(diagnostic(MessageCodec::encode(nothing)));
}

inline QString discoveryExample()
{
    QString keyHex;
    for (int i = 0; i < BranchKey::kBytes; ++i)
        keyHex += QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0'));
    const BranchKey key = BranchKey::fromText(keyHex).value();
    Announcement announcement;
    announcement.protocol = kProtocolVersion;
    announcement.branchId = QStringLiteral("northbank-riga-centre");
    announcement.serverId = QStringLiteral("branch-pc");
    announcement.tcpPort = discovery::kDefaultTcpPort;
    announcement.name = QStringLiteral("Northbank, Rīgas centrs");
    const QByteArray datagram = announcement.toDatagram(key);
    const QByteArray cbor = datagram.chopped(16);
    QStringList rows;
    for (qsizetype i = 0; i < datagram.size(); i += 16)
        rows << QString::fromLatin1(datagram.mid(i, 16).toHex(' '));
    return QStringLiteral("With the example branch key `00010203 04050607 … 1c1d1e1f` (fingerprint `%1`), the "
                          "announcement\n\n")
               .arg(key.fingerprint()) +
           fenced(diagnostic(QCborValue::fromCbor(cbor).toMap())) +
           QStringLiteral("\n\nis %1 bytes of CBOR followed by the 16-byte truncated HMAC (%2 bytes in all):\n\n")
               .arg(cbor.size())
               .arg(datagram.size()) +
           fenced(rows.join(QLatin1Char('\n'))) +
           QStringLiteral("\n\nThe last 16 bytes, `%1`, are the truncated HMAC.")
               .arg(QString::fromLatin1(datagram.right(16).toHex()));
}

inline QString versionsTable()
{
    return QStringLiteral(
               "| Constant | Value | Where |\n|---|---|---|\n"
               "| Protocol version (`kProtocolVersion`) | %1 | `Messages.h` |\n"
               "| Oldest version still understood (`kMinProtocolVersion`) | %2 | `Messages.h` |\n"
               "| Journal schema (the server's, not on the wire) | %3 | `libqueue/storage/sql/sqlite/schema` |")
        .arg(kProtocolVersion)
        .arg(kMinProtocolVersion)
        .arg(SqlCatalog(QStringLiteral("sqlite")).latestVersion());
}

// Every generated block by its name.
inline QMap<QString, QString> protocolExamples()
{
    const CommandRequest callNext = MessageCodec::request(kExampleCommandId, CallNext{3});
    return {
        {QStringLiteral("versions"), versionsTable()},
        {QStringLiteral("hello-frame"), frameExample(exampleHello(), QStringLiteral("`BranchClient`"))},
        {QStringLiteral("command-frame"), frameExample(callNext, QStringLiteral("`BranchClient`"))},
        {QStringLiteral("command-answers"), answersExample()},
        {QStringLiteral("discovery-datagram"), discoveryExample()},
    };
}

} // namespace tessera::test
