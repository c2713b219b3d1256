#pragma once

#include "CustomerViews.h"
#include "TicketLinks.h"
#include "WebServer.h"
#include "WebStrings.h"
#include "host/QueueHost.h"
#include "model/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tessera {

// The branch's web front for customers' phones (docs/WEB.md): static pages and a small JSON
// API over HTTPS. It keeps its own replica of the queue, fed with every committed event, and
// answers every read from it; what changes the queue goes to the engine as the same commands
// stations send, under the web role's permissions, and is answered after the commit. Meant to
// live on a thread of its own, so customers' pages never hold up the stations.
class WebFront : public QObject
{
    Q_OBJECT

public:
    // Hands a command to the engine; the answer must come back on the web front's thread.
    using Submit = std::function<void(const QString &id, const Command &command,
                                      std::function<void(const CommandResult &)> answer)>;

    struct Settings
    {
        WebServer::Settings server;
        int maxCommandsInFlight = 64;     // beyond: "busy, try again", so a flood never queues up at the engine
        int ticketsPerAddressPerDay = 8;  // web tickets one network address may take per day
        int lookupsPerAddressPerDay = 20; // wrong code-and-phone pairs one address may try per day
        int refreshMs = 15000;            // estimates move with time; open pages hear at least this often
    };

    WebFront(QueueState replica, const BranchKey &key, std::shared_ptr<const ServerTlsContext> tls, Settings settings,
             const Clock &clock, Submit submit, QObject *parent = nullptr);
    ~WebFront() override;

    std::optional<QString> listen(const QHostAddress &address, quint16 port, quint16 redirectPort = 0);
    quint16 port() const { return m_server.port(); }
    quint16 redirectPort() const { return m_server.redirectPort(); }
    int openStreams() const { return int(m_streams.size()); }
    const QueueState &replica() const { return m_state; }

    // The key an address's daily allowances are counted under: itself, or its /64 for IPv6.
    static QString allowanceKey(const QString &address);

    // Folds committed events into the replica; open ticket pages hear of what changed.
    void apply(const QList<tessera::Event> &events);

private:
    struct Stream
    {
        HttpConnection *connection = nullptr;
        TicketId ticket = 0;
        QString language;
        QByteArray lastSent;
    };
    // A ticket's page, from its link: the ticket, or the error answer to give.
    struct Found
    {
        const Ticket *ticket = nullptr;
        HttpResponse error;
    };

    void route(HttpConnection *connection, const HttpRequest &request);
    void serveFile(HttpConnection *connection, const QString &resource, int status = 200);
    void takeTicket(HttpConnection *connection, const HttpRequest &request, const QString &language);
    void leave(HttpConnection *connection, const QString &token, const QString &language);
    // The answer to a command about one ticket: its view after the command, or the refusal.
    std::function<void(const CommandResult &)> answerWithTicket(HttpConnection *connection, TicketId ticket,
                                                                const QString &language);
    void giveFeedback(HttpConnection *connection, const HttpRequest &request, const QString &token,
                      const QString &language);
    // Appointments (WebFrontBooking.cpp): free slots, book, find, cancel and move by code and phone.
    void routeBooking(HttpConnection *connection, const HttpRequest &request, const QString &language);
    void freeSlots(HttpConnection *connection, const HttpRequest &request, const QString &language);
    void book(HttpConnection *connection, const QJsonObject &body, const QString &language);
    void findAppointment(HttpConnection *connection, const QJsonObject &body, const QString &language);
    void changeAppointment(HttpConnection *connection, const QJsonObject &body, bool move, const QString &language);
    // A slot on a day the web page offers (today and the next days of web.bookingDaysAhead).
    bool withinBookingRange(TimestampMs start) const;
    QJsonObject appointmentJson(const Appointment &appointment, const QString &language) const;
    // Counts one use of a daily per-address allowance; false (and a 429 answered) when it is used up.
    bool withinAllowance(HttpConnection *connection, QHash<QString, int> &uses, int allowed, const QString &language);
    void openStream(HttpConnection *connection, TicketId ticket, const QString &language);
    Found find(const QString &token, const QString &language);
    QByteArray ticketJson(const Ticket &ticket, const QString &language,
                          const CustomerViews::PlacesInLine *places = nullptr) const;
    // Sends each open page its ticket's view if it changed (or every page, with `all`).
    void refreshStreams(bool all = false);
    void scheduleRefresh();
    // Sends a command on, unless too many are in flight already (then the answer is "busy").
    bool submit(HttpConnection *connection, const QString &id, const Command &command,
                std::function<void(const CommandResult &)> answer, const QString &language);
    HttpResponse refusal(const EngineError &error, const QString &language);
    QString language(const HttpRequest &request) const;
    static std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *error);

    QueueState m_state;
    TicketLinks m_links;
    Settings m_settings;
    const Clock &m_clock;
    Submit m_submit;
    WebServer m_server;
    WebStrings m_strings;
    int m_inFlight = 0;
    // This business day's uses per network address: tickets, bookings, failed look-ups of a booking.
    QHash<QString, int> m_ticketsByAddress;
    QHash<QString, int> m_bookingsByAddress;
    QHash<QString, int> m_lookupsByAddress;
    QDate m_quotaDay;
    std::vector<Stream> m_streams;
    bool m_refreshScheduled = false;
    QElapsedTimer m_lastRefresh;
    QTimer m_refreshTimer;
};

} // namespace tessera
