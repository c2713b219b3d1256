#include "SocketReadiness.h"

#include <QSocketNotifier>
#include <QtDebug>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>

namespace tessera {

namespace {

// Notices taken per turn of the event loop; more ready sockets wait for the next turn (the
// epoll descriptor stays readable), so one turn never grows without bound.
constexpr int kNoticesPerTurn = 256;

quint64 tag(int descriptor, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(descriptor);
}

} // namespace

std::shared_ptr<SocketReadiness> SocketReadiness::forThisThread()
{
    thread_local std::weak_ptr<SocketReadiness> current;
    if (auto existing = current.lock())
        return existing;
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (epoll < 0) {
        qWarning("cannot watch sockets: epoll_create1: %s", std::strerror(errno)); // out of descriptors
        return nullptr;
    }
    std::shared_ptr<SocketReadiness> made(new SocketReadiness(epoll));
    current = made;
    return made;
}

SocketReadiness::SocketReadiness(int epoll) : m_epoll(epoll)
{
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SocketReadiness::dispatch);
}

SocketReadiness::~SocketReadiness()
{
    delete m_notifier; // before the descriptor it watches
    ::close(m_epoll);
}

bool SocketReadiness::watch(int descriptor, Handler onReadable, Handler onWritable, QString *error)
{
    const quint32 generation = m_nextGeneration++;
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = tag(descriptor, generation);
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, descriptor, &event) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_watches.insert(descriptor, Watch{generation, false, std::move(onReadable), std::move(onWritable)});
    return true;
}

void SocketReadiness::setWantsWritable(int descriptor, bool wants)
{
    const auto found = m_watches.find(descriptor);
    if (found == m_watches.end() || found->wantsWritable == wants)
        return;
    found->wantsWritable = wants;
    epoll_event event{};
    event.events = quint32(EPOLLIN) | (wants ? quint32(EPOLLOUT) : 0u);
    event.data.u64 = tag(descriptor, found->generation);
    if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, descriptor, &event) != 0)
        qWarning("epoll_ctl(MOD %d): %s", descriptor, std::strerror(errno));
}

void SocketReadiness::unwatch(int descriptor)
{
    if (m_watches.remove(descriptor))
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, descriptor, nullptr);
}

void SocketReadiness::dispatch()
{
    const auto keepAlive = shared_from_this(); // a handler may let go of the last channel
    epoll_event notices[kNoticesPerTurn];
    const int count = ::epoll_wait(m_epoll, notices, kNoticesPerTurn, 0);
    for (int i = 0; i < count; ++i) {
        const int descriptor = int(quint32(notices[i].data.u64));
        const quint32 generation = quint32(notices[i].data.u64 >> 32);
        // A handler run before may have unwatched this socket, or even watched a new one
        // under the same descriptor: the generation tells.
        auto found = m_watches.constFind(descriptor);
        if (found == m_watches.cend() || found->generation != generation)
            continue;
        // As QSocketNotifier does, a hang-up or an error is told as readable: the read finds it.
        const bool readable = notices[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR);
        const bool writable = (notices[i].events & (EPOLLOUT | EPOLLERR)) && found->wantsWritable;
        if (writable) {
            const Handler onWritable = found->onWritable; // the handler may unwatch itself
            onWritable();
            found = m_watches.constFind(descriptor);
            if (found == m_watches.cend() || found->generation != generation)
                continue;
        }
        if (readable) {
            const Handler onReadable = found->onReadable;
            onReadable();
        }
    }
}

} // namespace tessera
