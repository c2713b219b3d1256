#pragma once

#include "model/QueueTypes.h"
#include "net/BranchKey.h"

#include <QDate>
#include <QString>
#include <optional>

namespace tessera {

// The key in a ticket's web address (https://…/t/<token>): names one ticket of one business
// day of one branch, and cannot be guessed or altered. It is the ticket's id and day, signed
// with a key derived from the branch key (HMAC-SHA256, 96 bits kept), so the kiosk that prints
// the QR code makes it without asking the server, and the server checks it without storing it.
// A token of another branch, another day or another ticket fails the check.
class TicketLinks
{
public:
    TicketLinks(const BranchKey &key, const QString &branchId);

    QString tokenFor(TicketId ticket, const QDate &businessDay) const;

    struct Link
    {
        TicketId ticket = 0;
        QDate businessDay;
    };
    // The ticket and day a token names; nullopt when it is not one of this branch's.
    std::optional<Link> read(const QString &token) const;

    // The ticket page's address under the branch's public web address.
    static QString pageUrl(const QString &publicUrl, const QString &token);

private:
    QByteArray signature(const QByteArray &payload) const;

    QByteArray m_key;
    QByteArray m_branchId;
};

} // namespace tessera
