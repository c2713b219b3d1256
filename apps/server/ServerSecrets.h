#pragma once

#include "net/BranchKey.h"

// The server's secrets on disk, made on first use and readable by its user only:
// the branch key (shared with stations) and the secret that signs login tokens (never shared).
namespace ServerSecrets {
tessera::Expected<tessera::BranchKey, QString> loadOrCreateKey(const QString &path, bool *created = nullptr);
tessera::Expected<QByteArray, QString> loadOrCreateSessionSecret(const QString &dataDir);
} // namespace ServerSecrets
