#include "Messages.h"

#include <array>

namespace tessera {

namespace {

constexpr std::array<const char *, 6> kRoleNames{"kiosk", "teller", "display", "supervisor", "tool", "web"};
constexpr std::array<const char *, 5> kRejectNames{"protocolUnsupported", "wrongBranch", "badHello", "tooSlow",
                                                   "shuttingDown"};

} // namespace

QString wireName(StationRole role)
{
    return QString::fromLatin1(kRoleNames.at(std::size_t(role)));
}

bool parseEnum(const QString &name, StationRole &out)
{
    for (std::size_t i = 0; i < kRoleNames.size(); ++i) {
        if (name == QLatin1String(kRoleNames[i])) {
            out = StationRole(i);
            return true;
        }
    }
    return false;
}

QString wireName(RejectReason reason)
{
    return QString::fromLatin1(kRejectNames.at(std::size_t(reason)));
}

} // namespace tessera
