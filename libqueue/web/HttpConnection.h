#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QTimer>

namespace tessera {

class Channel;

// One browser's connection to the web front: reads requests one at a time, answers each in
// turn (keep-alive), or turns an answer into an event stream (server-sent events) that stays
// open. Bounded in every way a client could hold it: the head and body of a request, the time
// a request may take to arrive, the idle time between requests, and the bytes a slow reader
// may leave unread (past them the connection is closed; its page reconnects and catches up).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        HttpRequestReader::Limits request;
        int requestTimeoutMs = 10000; // from a request's first byte to its last
        int idleTimeoutMs = 30000;    // between requests on a kept-alive connection
        qint64 maxUnsentBytes = 256 * 1024;
    };

    // Takes `channel` (an open TLS connection).
    HttpConnection(Channel *channel, Limits limits, QObject *parent = nullptr);

    QString peerAddress() const { return m_peerAddress; }
    // Answers the request last received; the next one is read after it.
    void respond(const HttpResponse &response);
    // Answers the request last received with an event stream that stays open.
    void startEventStream();
    bool isStreaming() const { return m_streaming; }
    // One server-sent event on the stream; an empty name sends a comment (a keep-alive).
    void sendEvent(const QByteArray &name, const QByteArray &data);
    // Closes once what was written is out.
    void close();

signals:
    void requestReceived(tessera::HttpConnection *connection, const tessera::HttpRequest &request);
    // The connection is over; it deletes itself after this.
    void closed(tessera::HttpConnection *connection);

private:
    void onReadyRead();
    void readNextRequest();
    void write(const QByteArray &bytes);
    void flush();
    void onTimeout();
    void armTimer();
    void finish();

    Channel *m_channel;
    Limits m_limits;
    HttpRequestReader m_reader;
    QString m_peerAddress;
    QByteArray m_outbox; // offered to the channel front first, until taken
    QTimer m_timer;
    bool m_answering = false;    // a request is read and not answered yet
    bool m_requestTimed = false; // the running timer is a request's, started at its first byte
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_streaming = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace tessera
