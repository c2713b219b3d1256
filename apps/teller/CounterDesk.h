#pragma once

#include "model/Clock.h"
#include "net/BranchClient.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace tessera::teller {

// A teller's counter as the server sees it: who is being called or served here, what each
// action would do now (or why it cannot), and the commands that change it. Nothing here
// changes until the server has confirmed it: everything shown is read from the replica.
// One command at a time: while one is with the server, every action waits, so a double
// click on "call next" calls one customer.
class CounterDesk : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        CallNext,
        Recall,
        CallNumber,
        Start,
        Finish,
        NoShow,
        Transfer,
        Pause,
        Resume,
        LogOut
    };
    Q_ENUM(Action)

    struct Availability
    {
        bool enabled = false;
        QString why; // when not enabled: what stops it, in words a teller acts on
    };

    CounterDesk(BranchClient &client, const Clock &clock, QObject *parent = nullptr);

    BranchClient &client() const { return m_client; }
    const QueueState &state() const { return m_client.state(); }
    TimestampMs now() const { return m_clock.nowMs(); }

    // Authenticates `user`, logs in at `counter` and opens it; loggedIn() or refused() follows.
    void logIn(const QString &user, const QString &password, CounterNumber counter);
    bool isLoggedIn() const;
    QString user() const { return m_user; }
    CounterNumber counter() const { return m_counter; }
    const CounterState *counterState() const;
    const Ticket *current() const;
    // The tickets this counter may call: its services' lines and those transferred to it,
    // in the order the counter would take them (priority classes first where it does).
    QList<const Ticket *> waiting() const;
    bool isOverTarget(const Ticket &ticket) const;
    // Names from the branch configuration, in the program's language.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    QString serviceName(const QString &serviceId) const;
    // What a customer taking a ticket for the service now would be told ("3–6 min"), as the
    // kiosk says it; "no counter open" rather than a number when none serves it.
    QString newTicketWaitText(const QString &serviceId) const;
    QString counterName(CounterNumber counter) const;

    Availability availability(Action action) const;
    bool busy() const { return m_busy; }

    void callNext();
    void recall();
    void callNumber(const QString &label);
    void start();
    void finish(const QString &outcome, const QString &note);
    void noShow();
    void transfer(const QString &toService, CounterNumber toCounter, const QString &note);
    void pause();
    void resume();
    void logOut();

signals:
    void changed(); // the replica, the connection or the busy state moved: redraw
    void loggedIn();
    void loggedOut();
    void confirmed(const tessera::CommandResult &result); // the server accepted an action
    void refused(const QString &message);                 // the server (or the network) said no

private:
    void forgetUser(); // logged out (here, elsewhere, or while offline): back to the login
    bool ready(Action action);
    QString fullLabel(const QString &typed) const;
    void send(const Command &command, std::function<void()> then = {});
    std::optional<QString> whyNotReady() const;

    BranchClient &m_client;
    const Clock &m_clock;
    QString m_user;
    CounterNumber m_counter = 0;
    bool m_busy = false;
    QString m_language = QStringLiteral("en");
    QTimer m_pendingChange;
};

} // namespace tessera::teller
