// docs/PROTOCOL.md must be true to the byte: the blocks it marks as generated are made from the
// code here and compared with the document. When the code changes them on purpose, rewrite them:
//     TESSERA_WRITE_DOCS=1 build/tests/unit/test_ProtocolDocument
// Beyond the comparison, the examples must work: the server's own decoder takes the Hello, the
// command and the datagram as they are printed.

#include "ProtocolExamples.h"
#include "protocol/Frame.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

QString documentPath()
{
    return qEnvironmentVariable("TESSERA_SOURCE_DIR", QStringLiteral(TESSERA_SOURCE_DIR)) +
           QStringLiteral("/docs/PROTOCOL.md");
}

const QRegularExpression &generatedBlock()
{
    static const QRegularExpression block(
        QStringLiteral("(<!-- generated: ([a-z-]+) -->\\n)(.*?)(<!-- end generated -->)"),
        QRegularExpression::DotMatchesEverythingOption);
    return block;
}

// The hex strings of a fenced block that holds nothing else ("As one hex string").
QByteArray lastHexBlock(const QString &text)
{
    const qsizetype end = text.lastIndexOf(QStringLiteral("\n```"));
    const qsizetype start = text.lastIndexOf(QStringLiteral("```\n"), end) + 4;
    return QByteArray::fromHex(text.mid(start, end - start).remove(QLatin1Char('\n')).toLatin1());
}

} // namespace

class TestProtocolDocument final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile file(documentPath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(documentPath()));
        m_document = QString::fromUtf8(file.readAll());
        if (qEnvironmentVariableIntValue("TESSERA_WRITE_DOCS") == 1)
            rewrite();
        for (auto match = generatedBlock().globalMatch(m_document); match.hasNext();) {
            const auto found = match.next();
            m_blocks.insert(found.captured(2), found.captured(3).chopped(found.captured(3).isEmpty() ? 0 : 1));
        }
    }

    void theDocumentGeneratesNothingTheCodeDoesNotMake()
    {
        for (const QString &name : m_blocks.keys())
            QVERIFY2(
                protocolExamples().contains(name),
                qPrintable(QStringLiteral("docs/PROTOCOL.md marks \"%1\" as generated; nothing makes it").arg(name)));
    }

    void everyGeneratedBlockIsAsTheCodeMakesIt_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : protocolExamples().keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyGeneratedBlockIsAsTheCodeMakesIt()
    {
        QFETCH(QString, name);
        QVERIFY2(m_blocks.contains(name),
                 qPrintable(QStringLiteral("docs/PROTOCOL.md has no block <!-- generated: %1 -->").arg(name)));
        const QString expected = protocolExamples().value(name);
        if (m_blocks.value(name) != expected) {
            const QStringList have = m_blocks.value(name).split(QLatin1Char('\n'));
            const QStringList want = expected.split(QLatin1Char('\n'));
            qsizetype line = 0;
            while (line < have.size() && line < want.size() && have[line] == want[line])
                ++line;
            QFAIL(
                qPrintable(QStringLiteral("docs/PROTOCOL.md's \"%1\" differs from the code at its line %2:\n"
                                          "  document: %3\n  code:     %4\n"
                                          "Rewrite it with TESSERA_WRITE_DOCS=1 build/tests/unit/test_ProtocolDocument")
                               .arg(name)
                               .arg(line + 1)
                               .arg(have.value(line), want.value(line))));
        }
    }

    // The printed bytes are what a client written from the document sends: they must be taken.
    void thePrintedFramesDecodeAsTheirMessages()
    {
        for (const QString &name : {QStringLiteral("hello-frame"), QStringLiteral("command-frame")}) {
            const QByteArray bytes = lastHexBlock(m_blocks.value(name));
            FrameReader reader;
            reader.append(bytes);
            QCborMap map;
            QString error;
            QCOMPARE(reader.next(&map, &error), FrameReader::Status::Frame);
            const auto message = MessageCodec::decode(map);
            QVERIFY2(message, qPrintable(name));
            if (const auto *hello = std::get_if<Hello>(&message.value())) {
                // What the server checks first: the station's range includes the server's version.
                QVERIFY(hello->minProtocol <= kProtocolVersion && hello->protocol >= kMinProtocolVersion);
                QVERIFY(*hello == exampleHello());
            } else {
                const auto *request = std::get_if<CommandRequest>(&message.value());
                QVERIFY(request);
                const auto command = MessageCodec::command(*request);
                QVERIFY(command && std::holds_alternative<CallNext>(command.value()));
                QCOMPARE(std::get<CallNext>(command.value()).counter, 3);
            }
        }
    }

    void thePrintedDatagramIsAGenuineAnnouncement()
    {
        const QString block = m_blocks.value(QStringLiteral("discovery-datagram"));
        const qsizetype start =
            block.lastIndexOf(QStringLiteral("```\n"), block.lastIndexOf(QStringLiteral("\n```"))) + 4;
        const QString rows = block.mid(start, block.indexOf(QStringLiteral("\n```"), start) - start);
        const QByteArray datagram =
            QByteArray::fromHex(QString(rows).remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).toLatin1());
        QString keyHex;
        for (int i = 0; i < BranchKey::kBytes; ++i)
            keyHex += QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0'));
        const auto announcement = Announcement::fromDatagram(datagram, BranchKey::fromText(keyHex).value());
        QVERIFY(announcement);
        QCOMPARE(announcement->protocol, kProtocolVersion);
        QCOMPARE(announcement->name, QStringLiteral("Northbank, Rīgas centrs"));
    }

private:
    void rewrite()
    {
        const QMap<QString, QString> examples = protocolExamples();
        QString rewritten;
        qsizetype copied = 0;
        for (auto match = generatedBlock().globalMatch(m_document); match.hasNext();) {
            const auto found = match.next();
            rewritten += m_document.mid(copied, found.capturedStart(3) - copied);
            rewritten += examples.contains(found.captured(2)) ? examples.value(found.captured(2)) + QLatin1Char('\n')
                                                              : found.captured(3);
            copied = found.capturedEnd(3);
        }
        rewritten += m_document.mid(copied);
        QFile file(documentPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(rewritten.toUtf8());
        m_document = rewritten;
        qInfo("rewrote the generated blocks of %s", qPrintable(documentPath()));
    }

    QString m_document;
    QMap<QString, QString> m_blocks;
};

QTEST_GUILESS_MAIN(TestProtocolDocument)
#include "TestProtocolDocument.moc"
