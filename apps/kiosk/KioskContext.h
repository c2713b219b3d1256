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

    // "3 waiting · about 12 min", or that there is no estimate yet.
    QString waitText(const WaitEstimate &estimate) const;
    // "Closed now. Opens at 09:00" or "... Opens Mon 09:00" or "No more tickets today".
    QString unavailableText(const ServiceAvailability &availability) const;
};

} // namespace tessera::kiosk
