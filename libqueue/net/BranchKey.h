#pragma once

#include "model/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

class QSslSocket;

namespace tessera {

// The branch key: 32 random bytes every station of a branch shares with its server.
// It is the pre-shared key of TLS-PSK, so without it a station can neither connect nor
// read; it also signs discovery announcements. People handle it as 64 hex digits.
class BranchKey
{
    Q_DECLARE_TR_FUNCTIONS(BranchKey)

public:
    static constexpr int kBytes = 32;

    static BranchKey generate();
    // Accepts the 64 hex digits (spaces and dashes allowed, as people copy them).
    static Expected<BranchKey, QString> fromText(const QString &text);
    static Expected<BranchKey, QString> fromFile(const QString &path);
    // Writes the key readable by its owner only.
    std::optional<QString> save(const QString &path) const;

    QString toText() const; // 64 hex digits in groups of 8, for reading aloud and typing
    const QByteArray &bytes() const { return m_bytes; }
    bool isValid() const { return m_bytes.size() == kBytes; }
    // A short, non-secret fingerprint to compare on two screens ("key 3f2a 91c0").
    QString fingerprint() const;

    // TLS 1.2 with PSK cipher suites only (with TLS 1.3 Qt never asks for the key).
    static QSslConfiguration tlsConfiguration();
    // Answers the socket's PSK request with this key; `identity` names the station.
    void attach(QSslSocket *socket, const QByteArray &identity) const;

private:
    QByteArray m_bytes;
};

} // namespace tessera
