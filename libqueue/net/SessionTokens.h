#pragma once

#include "model/Clock.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// Proof that a person logged in with their password, so a station can log them in
// again after a reconnect (or a server restart) without asking, and without the server
// running the slow password hash for every station at once. A token is the user, an
// expiry time and an HMAC of both under a secret only the server holds (kept in its
// data directory, so tokens survive a restart).
class SessionTokens
{
public:
    static constexpr qint64 kLifetimeMs = 16 * 60 * 60 * 1000; // a working day

    explicit SessionTokens(QByteArray secret) : m_secret(std::move(secret)) {}

    QString issue(const QString &user, TimestampMs expiresAt) const;
    bool verify(const QString &user, const QString &token, TimestampMs now) const;

private:
    QByteArray mac(const QString &user, TimestampMs expiresAt) const;

    QByteArray m_secret;
};

} // namespace tessera
