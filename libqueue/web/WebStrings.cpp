#include "WebStrings.h"

#include <QTranslator>

namespace tessera {

namespace {

struct PageText
{
    const char *key;
    const char *source;
};

// Keys are what the page's script asks for; %1, %2 are filled in by the page.
constexpr PageText kTexts[] = {
    {"language", QT_TRANSLATE_NOOP("tessera::web::Page", "Language")},
    {"offline", QT_TRANSLATE_NOOP("tessera::web::Page", "No connection to the branch. Trying again…")},
    {"try-again", QT_TRANSLATE_NOOP("tessera::web::Page", "Something went wrong. Please try again.")},
    {"busy", QT_TRANSLATE_NOOP("tessera::web::Page", "The branch is very busy. Please try again in a moment.")},
    {"take-ticket", QT_TRANSLATE_NOOP("tessera::web::Page", "Take a ticket")},
    {"take-ticket-help",
     QT_TRANSLATE_NOOP("tessera::web::Page",
                       "Join the queue from here. This page shows your number and tells you when it is your turn.")},
    {"choose-service", QT_TRANSLATE_NOOP("tessera::web::Page", "Choose a service")},
    {"waiting", QT_TRANSLATE_NOOP("tessera::web::Page", "%1 waiting · %2")},
    {"closed", QT_TRANSLATE_NOOP("tessera::web::Page", "Closed now")},
    {"kiosk-only", QT_TRANSLATE_NOOP("tessera::web::Page", "Tickets for this service are taken at the kiosk.")},
    {"no-counter", QT_TRANSLATE_NOOP("tessera::web::Page", "No counter is open for this yet")},
    {"less-than-minute", QT_TRANSLATE_NOOP("tessera::web::Page", "less than a minute")},
    {"up-to", QT_TRANSLATE_NOOP("tessera::web::Page", "up to %1 min")},
    {"range", QT_TRANSLATE_NOOP("tessera::web::Page", "%1–%2 min")},
    {"your-number", QT_TRANSLATE_NOOP("tessera::web::Page", "Your number")},
    {"ahead", QT_TRANSLATE_NOOP("tessera::web::Page", "People ahead of you: %1")},
    {"estimate", QT_TRANSLATE_NOOP("tessera::web::Page", "Estimated wait: %1")},
    {"estimate-unknown", QT_TRANSLATE_NOOP("tessera::web::Page", "Estimated wait: not known yet")},
    {"waiting-status", QT_TRANSLATE_NOOP("tessera::web::Page", "Please wait. This page updates by itself.")},
    {"called", QT_TRANSLATE_NOOP("tessera::web::Page", "It is your turn")},
    {"go-to", QT_TRANSLATE_NOOP("tessera::web::Page", "Please go to")},
    {"called-again", QT_TRANSLATE_NOOP("tessera::web::Page", "You are being called again")},
    {"serving", QT_TRANSLATE_NOOP("tessera::web::Page", "You are being served at")},
    {"finished", QT_TRANSLATE_NOOP("tessera::web::Page", "Thank you for your visit")},
    {"cancelled", QT_TRANSLATE_NOOP("tessera::web::Page", "This ticket is cancelled")},
    {"no-show", QT_TRANSLATE_NOOP("tessera::web::Page", "You were called but did not come. Please take a new ticket.")},
    {"leave", QT_TRANSLATE_NOOP("tessera::web::Page", "I can't wait any more")},
    {"leave-question", QT_TRANSLATE_NOOP("tessera::web::Page", "Leave the queue? Ticket %1 will be cancelled.")},
    {"not-waiting", QT_TRANSLATE_NOOP("tessera::web::Page", "This ticket is no longer waiting in the queue.")},
    {"too-many",
     QT_TRANSLATE_NOOP("tessera::web::Page", "This phone has taken as many tickets today as the branch allows.")},
    {"not-bookable", QT_TRANSLATE_NOOP("tessera::web::Page", "This service cannot be booked on the web.")},
    {"bad-name", QT_TRANSLATE_NOOP("tessera::web::Page", "Enter your name (at most 80 characters).")},
    {"bad-phone",
     QT_TRANSLATE_NOOP("tessera::web::Page", "Enter a phone number we can reach you at, such as +371 2000 0000.")},
    {"no-booking",
     QT_TRANSLATE_NOOP("tessera::web::Page", "We cannot find a booking with that code and phone number.")},
    {"book", QT_TRANSLATE_NOOP("tessera::web::Page", "Book an appointment")},
    {"choose-day", QT_TRANSLATE_NOOP("tessera::web::Page", "Choose a day")},
    {"choose-time", QT_TRANSLATE_NOOP("tessera::web::Page", "Choose a time")},
    {"no-times", QT_TRANSLATE_NOOP("tessera::web::Page", "No free times on this day. Choose another day.")},
    {"chosen", QT_TRANSLATE_NOOP("tessera::web::Page", "%1, %2 at %3")},
    {"your-name", QT_TRANSLATE_NOOP("tessera::web::Page", "Your name")},
    {"your-phone", QT_TRANSLATE_NOOP("tessera::web::Page", "Your phone number")},
    {"confirm-booking", QT_TRANSLATE_NOOP("tessera::web::Page", "Book this time")},
    {"confirm-move", QT_TRANSLATE_NOOP("tessera::web::Page", "Move my booking to this time")},
    {"manage", QT_TRANSLATE_NOOP("tessera::web::Page", "Cancel or move a booking")},
    {"check-in-code", QT_TRANSLATE_NOOP("tessera::web::Page", "Check-in code")},
    {"find-booking", QT_TRANSLATE_NOOP("tessera::web::Page", "Find my booking")},
    {"found", QT_TRANSLATE_NOOP("tessera::web::Page", "%1, %2 at %3, for %4")},
    {"cancel-booking", QT_TRANSLATE_NOOP("tessera::web::Page", "Cancel this booking")},
    {"move-booking", QT_TRANSLATE_NOOP("tessera::web::Page", "Move to another time")},
    {"booking-cancelled", QT_TRANSLATE_NOOP("tessera::web::Page", "Your booking is cancelled.")},
    {"booked", QT_TRANSLATE_NOOP("tessera::web::Page", "Your appointment is booked")},
    {"check-in-how",
     QT_TRANSLATE_NOOP("tessera::web::Page", "At the branch, type this code at the kiosk between %1 and %2.")},
    {"save-page", QT_TRANSLATE_NOOP("tessera::web::Page", "Save or bookmark this page: it holds your code.")},
    {"feedback-ask", QT_TRANSLATE_NOOP("tessera::web::Page", "How was your visit?")},
    {"feedback-score", QT_TRANSLATE_NOOP("tessera::web::Page", "%1 of 5")},
    {"feedback-comment", QT_TRANSLATE_NOOP("tessera::web::Page", "Anything to tell us? (optional)")},
    {"feedback-send", QT_TRANSLATE_NOOP("tessera::web::Page", "Send")},
    {"feedback-thanks", QT_TRANSLATE_NOOP("tessera::web::Page", "Thank you for your feedback.")},
    {"bad-feedback",
     QT_TRANSLATE_NOOP("tessera::web::Page", "Choose 1 to 5 stars; a comment is at most 500 characters.")},
    {"leave-yes", QT_TRANSLATE_NOOP("tessera::web::Page", "Yes, leave the queue")},
    {"leave-no", QT_TRANSLATE_NOOP("tessera::web::Page", "No, keep my place")},
    {"alerts", QT_TRANSLATE_NOOP("tessera::web::Page", "Sound and vibration when I am called")},
    {"alerts-on", QT_TRANSLATE_NOOP("tessera::web::Page", "Sound and vibration are on")},
    {"unknown-ticket", QT_TRANSLATE_NOOP("tessera::web::Page",
                                         "This ticket link is not valid. Check the address, or take a ticket at the "
                                         "kiosk.")},
    {"expired-ticket", QT_TRANSLATE_NOOP("tessera::web::Page", "This ticket was for an earlier day.")},
    {"back-home", QT_TRANSLATE_NOOP("tessera::web::Page", "Back to the branch's page")},
    {"no-such-page", QT_TRANSLATE_NOOP("tessera::web::Page", "There is no such page here.")},
    {"keep-page", QT_TRANSLATE_NOOP("tessera::web::Page", "Keep this page open, or save its address to come back.")},
};

} // namespace

WebStrings::WebStrings() = default;
WebStrings::~WebStrings() = default;

QTranslator *WebStrings::translator(const QString &language)
{
    auto it = m_translators.find(language);
    if (it == m_translators.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language)))
            translator.reset();
        it = m_translators.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
}

QString WebStrings::text(const QString &key, const QString &language)
{
    return table(language).value(key).toString();
}

QJsonObject WebStrings::table(const QString &language)
{
    auto cached = m_tables.find(language);
    if (cached != m_tables.end())
        return cached->second;
    QJsonObject table;
    const QTranslator *words = translator(language);
    for (const PageText &text : kTexts) {
        QString translated = words ? words->translate("tessera::web::Page", text.source) : QString();
        table.insert(QLatin1String(text.key), translated.isEmpty() ? QString::fromUtf8(text.source) : translated);
    }
    m_tables.emplace(language, table);
    return table;
}

QString WebStrings::pick(const QString &asked, const QByteArray &acceptLanguage, const QStringList &branchLanguages,
                         const QString &fallback)
{
    if (branchLanguages.contains(asked))
        return asked;
    // "zh-TW,zh;q=0.9,en;q=0.8": in the browser's order (q values are in falling order in practice).
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QString tag =
            QString::fromLatin1(part.split(';').first().trimmed()).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (tag.isEmpty())
            continue;
        const QString lower = tag.toLower();
        for (const QString &language : branchLanguages) {
            if (language.toLower() == lower)
                return language;
        }
        // A bare or regional tag: zh_HK and zh_Hant read Traditional, other zh Simplified; en_GB reads en.
        const QString base = lower.section(QLatin1Char('_'), 0, 0);
        QString wanted = base;
        if (base == QLatin1String("zh"))
            wanted = lower.contains(QLatin1String("tw")) || lower.contains(QLatin1String("hk")) ||
                             lower.contains(QLatin1String("hant"))
                         ? QStringLiteral("zh_TW")
                         : QStringLiteral("zh_CN");
        if (branchLanguages.contains(wanted))
            return wanted;
    }
    return branchLanguages.contains(fallback) ? fallback : branchLanguages.value(0, QStringLiteral("en"));
}

} // namespace tessera
