#pragma once

#include <QByteArray>
#include <QString>

namespace tessera {

// Teller passwords are stored as "pbkdf2-sha256$<version>$<iterations>$<salt>$<hash>"
// (salt and hash in base64). The version names the scheme so a stronger one can
// be introduced later while old hashes still verify.
class PasswordHash
{
public:
    static constexpr int kCurrentVersion = 1;
    static constexpr int kDefaultIterations = 120000;

    static QString create(const QString &password, int iterations = kDefaultIterations);
    static QString create(const QString &password, const QByteArray &salt, int iterations);
    static bool verify(const QString &password, const QString &stored);
    // A well-formed hash that no password matches: what stations see instead of the real ones.
    static QString redacted();
    // Empty if `stored` is well formed, else what is wrong with it.
    static QString problemWith(const QString &stored);
};

} // namespace tessera
