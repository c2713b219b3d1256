#include "ToolScript.h"

#include "protocol/MessageCodec.h"
#include "protocol/StateCodec.h"
#include "protocol/VariantCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <cstdio>
#include <unistd.h>

using namespace tessera;

namespace {

QJsonObject eventJson(const Event &event)
{
    // Every field, defaults included: a script reading JSON cannot know the defaults that the
    // protocol leaves out of an event's data (-1 for "no estimate", say).
    QJsonObject object = VariantCodec<EventPayload>::fieldsOf(event.payload).toJsonObject();
    object.insert(QStringLiteral("seq"), event.seq);
    object.insert(QStringLiteral("type"), QString::fromLatin1(typeName(event.payload)));
    return object;
}

QJsonObject resultJson(const CommandResult &result)
{
    QJsonObject object{{QStringLiteral("ok"), result.hasValue()}};
    if (!result) {
        object.insert(QStringLiteral("code"), wireName(result.error().code));
        object.insert(QStringLiteral("message"), result.error().message);
        return object;
    }
    QJsonArray events;
    for (const Event &event : result.value())
        events.append(eventJson(event));
    object.insert(QStringLiteral("events"), events);
    return object;
}

} // namespace

ToolScript::ToolScript(BranchClient &client, bool printEvents, QObject *parent)
    : QObject(parent), m_client(client), m_printEvents(printEvents), m_stdin(STDIN_FILENO, QSocketNotifier::Read),
      m_in(stdin)
{
    connect(&m_stdin, &QSocketNotifier::activated, this, &ToolScript::readLines);
    connect(&client, &BranchClient::eventApplied, this, [this](const Event &event) {
        if (m_printEvents)
            print({{QStringLiteral("event"), eventJson(event)}});
        checkWaits();
    });
    connect(&client, &BranchClient::stateReset, this, &ToolScript::checkWaits);
    connect(&client, &BranchClient::statusChanged, this, [this](BranchClient::Status) {
        if (m_printEvents)
            print({{QStringLiteral("status"), describe(m_client).value(QStringLiteral("status"))},
                   {QStringLiteral("text"), m_client.statusText()}});
        checkWaits();
    });
    connect(&client, &BranchClient::rejected, this, [this](const QString &reason, const QString &text) {
        print({{QStringLiteral("rejected"), reason}, {QStringLiteral("text"), text}});
    });
}

void ToolScript::start()
{
    m_stdin.setEnabled(true);
}

QJsonObject ToolScript::describe(const BranchClient &client)
{
    const QueueState &state = client.state();
    const int live = int(std::count_if(state.tickets().begin(), state.tickets().end(),
                                       [](const auto &entry) { return isLive(entry.second.status); }));
    const QByteArray digest = QCryptographicHash::hash(StateCodec::encode(state), QCryptographicHash::Sha256);
    return {{QStringLiteral("status"),
             QString::fromLatin1(QMetaEnum::fromType<BranchClient::Status>().valueToKey(int(client.status())))},
            {QStringLiteral("lastSeq"), state.lastSeq()},
            {QStringLiteral("digest"), QString::fromLatin1(digest.toHex().left(16))},
            {QStringLiteral("liveTickets"), live},
            {QStringLiteral("businessDay"), state.businessDay().toString(Qt::ISODate)}};
}

void ToolScript::readLines()
{
    // Read what is there without blocking; a closed stdin ends the tool.
    char buffer[65536];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0) {
        m_stdin.setEnabled(false);
        m_endOfInput = true;
        if (m_outstanding == 0)
            QCoreApplication::quit();
        return;
    }
    m_partialLine.append(buffer, got);
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partialLine.left(newline)).trimmed();
        m_partialLine.remove(0, newline + 1);
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            ++m_outstanding;
            m_queued.append({++m_lineNumber, line});
        }
    }
    drain();
}

void ToolScript::drain()
{
    while (!m_queued.isEmpty() && m_seqWaits.isEmpty() && m_onlineWaits.isEmpty()) {
        const auto [n, line] = m_queued.takeFirst();
        handle(n, line);
    }
}

void ToolScript::handle(int n, const QString &line)
{
    const QString verb = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
    if (verb == QLatin1String("state")) {
        answer({{QStringLiteral("n"), n}, {QStringLiteral("state"), describe(m_client)}});
    } else if (verb == QLatin1String("wait-seq")) {
        m_seqWaits.append({n, rest.toLongLong()});
        checkWaits();
    } else if (verb == QLatin1String("wait-online")) {
        m_onlineWaits.append(n);
        checkWaits();
    } else if (verb == QLatin1String("login")) {
        m_client.logIn(rest.section(QLatin1Char(' '), 0, 0), rest.section(QLatin1Char(' '), 1),
                       [this, n](const Expected<TellerRole, EngineError> &result) {
                           QJsonObject object{{QStringLiteral("n"), n}, {QStringLiteral("ok"), result.hasValue()}};
                           if (result)
                               object.insert(QStringLiteral("role"), wireName(result.value()));
                           else
                               object.insert(QStringLiteral("code"), wireName(result.error().code));
                           answer(object);
                       });
    } else {
        runCommand(n, verb, rest.isEmpty() ? QStringLiteral("{}") : rest);
    }
}

void ToolScript::runCommand(int n, const QString &type, const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        return answer({{QStringLiteral("n"), n},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("code"), QStringLiteral("BadRequest")},
                       {QStringLiteral("message"),
                        QStringLiteral("the fields must be a JSON object: %1").arg(error.errorString())}});
    auto command = MessageCodec::command(CommandRequest{QString(), type, QCborMap::fromJsonObject(document.object())});
    if (!command)
        return answer({{QStringLiteral("n"), n},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("code"), wireName(command.error().code)},
                       {QStringLiteral("message"), command.error().message}});
    auto id = std::make_shared<QString>();
    *id = m_client.send(command.value(), [this, n, id](const CommandResult &result) {
        QJsonObject object = resultJson(result);
        object.insert(QStringLiteral("n"), n);
        object.insert(QStringLiteral("id"), *id);
        answer(object);
    });
}

void ToolScript::checkWaits()
{
    const Seq last = m_client.state().lastSeq();
    const bool online = m_client.status() == BranchClient::Status::Online;
    for (auto it = m_seqWaits.begin(); it != m_seqWaits.end();) {
        if (online && last >= it->second) {
            answer({{QStringLiteral("n"), it->first}, {QStringLiteral("state"), describe(m_client)}});
            it = m_seqWaits.erase(it);
        } else {
            ++it;
        }
    }
    if (online) {
        for (int n : std::exchange(m_onlineWaits, {}))
            answer({{QStringLiteral("n"), n}, {QStringLiteral("state"), describe(m_client)}});
    }
    drain();
}

void ToolScript::answer(QJsonObject object)
{
    print(std::move(object));
    if (--m_outstanding == 0 && m_endOfInput)
        QCoreApplication::quit();
}

void ToolScript::print(QJsonObject object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
