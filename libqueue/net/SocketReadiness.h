#pragma once

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace tessera {

// Readiness of many sockets through one epoll set, which the thread's event loop watches as a
// single descriptor. With a QSocketNotifier per socket, every turn of the event loop asks the
// kernel about every station's socket (poll() over 200 descriptors is about a third of a busy
// server's time, most turns to learn that one socket has something); here a turn costs the same
// with 1 station or 1,000, and only the sockets that are ready are visited.
//
// Level-triggered, as QSocketNotifier is: a socket left readable is reported again next turn.
// One per thread (forThisThread()); sockets are watched from the thread that owns them.
class SocketReadiness : public QObject, public std::enable_shared_from_this<SocketReadiness>
{
    Q_OBJECT

public:
    using Handler = std::function<void()>;

    // The thread's own; it lives as long as something holds it (a server holds its thread's
    // while it listens, so that a connection never needs a descriptor for it). Null when the
    // process is out of descriptors.
    static std::shared_ptr<SocketReadiness> forThisThread();
    ~SocketReadiness() override;

    // Reports `descriptor` readable (or closed, or failed) to onReadable until unwatch().
    // Each watch has its own number, so a notice for a closed socket never reaches the next
    // socket that gets the same descriptor.
    // False (with the reason in `error`) when the kernel will not watch it.
    bool watch(int descriptor, Handler onReadable, Handler onWritable, QString *error);
    // Whether `descriptor` is also reported when the kernel would take more bytes.
    void setWantsWritable(int descriptor, bool wants);
    // Before the descriptor is closed. Safe from inside its own handler.
    void unwatch(int descriptor);

private:
    explicit SocketReadiness(int epoll);
    void dispatch();

    struct Watch
    {
        quint32 generation = 0;
        bool wantsWritable = false;
        Handler onReadable;
        Handler onWritable;
    };
    int m_epoll;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, Watch> m_watches;
    quint32 m_nextGeneration = 1;
};

} // namespace tessera
