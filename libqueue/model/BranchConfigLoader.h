#pragma once

#include "BranchConfig.h"
#include "Expected.h"

#include <QCoreApplication>

namespace tessera {

// Why a configuration was refused: where (file, line, key) and what to fix.
struct ConfigError
{
    QString file;
    int line = 0; // 0 when the JSON parsed but a value is wrong
    QString key;  // dotted path such as "services[2].prefix"
    QString reason;

    QString message() const;
};

// Reads and validates a branch configuration. Nothing half-valid gets through:
// the first problem found is reported with the file, the key and the reason.
class BranchConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(BranchConfigLoader)

public:
    static Expected<BranchConfig, ConfigError> fromFile(const QString &path);
    static Expected<BranchConfig, ConfigError> fromJson(const QByteArray &json, const QString &sourceName);
    // The same configuration with every password hash replaced by PasswordHash::redacted():
    // what goes to stations, which never check passwords themselves.
    static QString withoutSecrets(const QString &json);
};

} // namespace tessera
