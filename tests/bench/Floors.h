#pragma once

// What this machine allows, measured in the same run as the figures they bound, so that the
// ratio of a figure to its floor means the same on any machine.
//   fanoutFloor  a minimal sender writing a frame to N plain loopback TCP sockets, one after
//                another (no TLS, no Qt, no event loop), and a reader noticing it on the sockets
//                the measuring displays hold: the latency of a broadcast at best.
//   syncFloor    fdatasync of a small append to a file in `dir`: what a durable commit costs at
//                least (SQLite's commit in WAL mode syncs once).

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace tessera::bench {

// `stations` loopback connections; the frame goes to each in order and is timed to the ones at
// `measured` (their index in that order). Returns one latency (ms) per round.
inline QList<double> fanoutFloor(int stations, const std::vector<int> &measured, qsizetype frameBytes, int rounds)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(listener, stations);
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
    std::vector<int> senders, receivers;
    for (int i = 0; i < stations; ++i) {
        const int sender = ::socket(AF_INET, SOCK_STREAM, 0);
        ::connect(sender, reinterpret_cast<sockaddr *>(&address), sizeof address);
        const int one = 1;
        ::setsockopt(sender, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        senders.push_back(sender);
        receivers.push_back(::accept(listener, nullptr, nullptr));
    }
    ::close(listener);

    // The reader: drains every socket (as stations read theirs) and notes when the measured
    // ones have each had the round's frame.
    std::atomic<int> seenRound{-1};
    std::atomic<bool> stop{false};
    std::thread reader([&] {
        std::vector<pollfd> fds;
        for (int fd : receivers)
            fds.push_back({fd, POLLIN, 0});
        std::vector<qint64> bytesIn(receivers.size(), 0);
        std::vector<char> buffer(1 << 16);
        while (!stop.load()) {
            if (::poll(fds.data(), fds.size(), 10) <= 0)
                continue;
            for (size_t i = 0; i < fds.size(); ++i) {
                if (fds[i].revents & POLLIN)
                    bytesIn[i] += std::max<ssize_t>(0, ::read(fds[i].fd, buffer.data(), buffer.size()));
            }
            qint64 least = std::numeric_limits<qint64>::max();
            for (int index : measured)
                least = std::min(least, bytesIn[index]);
            seenRound.store(int(least / frameBytes) - 1);
        }
    });

    const QByteArray frame(frameBytes, 'x');
    QList<double> result;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        const qint64 start = clock.nsecsElapsed();
        for (int fd : senders)
            (void)::write(fd, frame.constData(), size_t(frame.size()));
        while (seenRound.load() < round)
            std::this_thread::yield();
        result.append(double(clock.nsecsElapsed() - start) / 1e6);
    }
    stop = true;
    reader.join();
    for (int fd : senders)
        ::close(fd);
    for (int fd : receivers)
        ::close(fd);
    return result;
}

inline QList<double> syncFloor(const QString &dir, int rounds)
{
    QFile file(dir + QStringLiteral("/sync-floor"));
    file.open(QIODevice::WriteOnly);
    QList<double> result;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        file.write(QByteArray(200, 'x'));
        file.flush();
        clock.start();
        ::fdatasync(file.handle());
        result.append(double(clock.nsecsElapsed()) / 1e6);
    }
    file.remove();
    return result;
}

} // namespace tessera::bench
