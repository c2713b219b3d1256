#pragma once

#include "net/BranchClient.h"

#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QTextStream>

// tessera-tool's line protocol, for scripts, tests and a field engineer at a shell:
// one request per line on standard input, one JSON object per line on standard output.
//
//   login USER PASSWORD           Authenticate as a teller or supervisor
//   <Command> {json fields}       any queue command, e.g. CallNext {"counter": 2}
//   state                         the replica: last event, digest, live tickets, status
//   wait-seq N                    answer once the replica has applied event N
//   wait-online                   answer once connected and in sync
//
// Commands are pipelined (sent without waiting for answers); a wait holds back the
// lines after it until it is answered.
//
// Every answer carries "n", the number of the request line it answers. Events applied
// to the replica and status changes are printed too when --events is given.
class ToolScript : public QObject
{
    Q_OBJECT

public:
    ToolScript(tessera::BranchClient &client, bool printEvents, QObject *parent = nullptr);
    void start();

    // The replica summarised, as the "state" request prints it.
    static QJsonObject describe(const tessera::BranchClient &client);

private:
    void readLines();
    void drain(); // handles queued lines until one waits
    void handle(int n, const QString &line);
    void runCommand(int n, const QString &type, const QString &json);
    void checkWaits();
    void print(QJsonObject object);
    void answer(QJsonObject object); // a reply to a request line

    tessera::BranchClient &m_client;
    bool m_printEvents;
    QSocketNotifier m_stdin;
    QTextStream m_in;
    QByteArray m_partialLine; // input after the last newline
    int m_lineNumber = 0;
    QList<std::pair<int, QString>> m_queued; // lines behind an unanswered wait
    QList<std::pair<int, tessera::Seq>> m_seqWaits;
    QList<int> m_onlineWaits;
    int m_outstanding = 0; // requests not answered yet; at end of input the tool waits for them
    bool m_endOfInput = false;
};
