#pragma once

#include "StationLanguage.h"
#include "model/ServiceAvailability.h"
#include "model/WaitEstimator.h"
#include "net/BranchClient.h"

#include <QCoreApplication>

namespace tessera::kiosk {

// What every kiosk screen reads: the live replica of the queue, the time, and the
// customer's language.
struct KioskContext
{
    Q_DECLARE_TR_FUNCTIONS(KioskContext)

public:
    const BranchClient &client;
    const Clock &clock;
    const StationLanguage &language;

    const QueueState &state() const { return client.state(); }
    const BranchConfig &config() const { return client.state().config(); }
    // A text of the branch's configuration in the customer's language.
    QString text(const LocalizedText &text) const { return text.text(language.code(), config().defaultLanguage); }
    QString serviceName(const QString &serviceId) const;
    QLocale locale() const { return QLocale(language.code()); }

    // "3 waiting · 8–12 min", or that there is no estimate yet.
    QString waitText(const WaitEstimate &estimate) const;
    // A wait range as a customer reads it: "less than a minute", "up to 4 min", "8–12 min".
    QString rangeText(const PrintedWait &wait) const;
    // "Estimated wait: 8–12 min" for an issued ticket, or that it is not known yet.
    QString ticketWaitText(const TicketIssued &ticket) const;
    // "Closed now. Opens at 09:00" or "... Opens Mon 09:00" or "No more tickets today".
    QString unavailableText(const ServiceAvailability &availability) const;
};

} // namespace tessera::kiosk
