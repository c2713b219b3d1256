#include "StartScreen.h"

#include "KioskStyle.h"
#include "ServiceButton.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace tessera::kiosk {

StartScreen::StartScreen(const KioskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_branch(new QLabel(this)), m_clock(new QLabel(this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_services(new QGridLayout),
      m_appointment(new QPushButton(this)), m_languages(new QHBoxLayout)
{
    setObjectName(QStringLiteral("startScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    auto *header = new QHBoxLayout;
    style::setKind(m_branch, "branch");
    style::setKind(m_clock, "clock");
    header->addWidget(m_branch, 1);
    header->addWidget(m_clock);
    layout->addLayout(header);
    m_title->setObjectName(QStringLiteral("startTitle"));
    style::addText(layout, m_title, "title");
    style::addText(layout, m_subtitle, "subtitle");
    m_services->setSpacing(24);
    layout->addLayout(m_services, 1);
    style::makeWideButton(m_appointment, QStringLiteral("appointmentButton"), "secondary");
    connect(m_appointment, &QPushButton::clicked, this, &StartScreen::checkInChosen);
    layout->addWidget(m_appointment);
    m_languages->setSpacing(16);
    layout->addLayout(m_languages);
}

void StartScreen::refresh()
{
    const BranchConfig &config = m_context.config();
    m_branch->setText(m_context.text(config.branchName));
    m_clock->setText(config.toLocal(m_context.clock.nowMs()).toString(QStringLiteral("HH:mm")));
    m_title->setText(tr("Welcome"));
    m_subtitle->setText(tr("Touch the service you need to take a ticket."));
    m_appointment->setText(tr("I have an appointment"));
    m_appointment->setAccessibleName(m_appointment->text());
    rebuildServices();
    rebuildLanguages();
}

void StartScreen::rebuildServices()
{
    const QList<ServiceAvailability> services = ServiceAvailability::all(m_context.state(), m_context.clock.nowMs());
    QStringList ids;
    for (const ServiceAvailability &service : services)
        ids.append(service.service->id);
    if (ids != m_serviceIds) {
        qDeleteAll(m_serviceButtons);
        m_serviceButtons.clear();
        m_serviceIds = ids;
        for (const QString &id : ids) {
            auto *button = new ServiceButton(this);
            button->setObjectName(QStringLiteral("service-%1").arg(id));
            connect(button, &QPushButton::clicked, this, [this, id] { emit serviceChosen(id); });
            m_serviceButtons.append(button);
        }
        m_columns = 0;
        placeServices();
    }
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ServiceAvailability &service = services[i];
        m_serviceButtons[i]->setLines(
            m_context.text(service.service->names),
            service.open() ? m_context.waitText(service.estimate) : m_context.unavailableText(service), service.open());
    }
}

void StartScreen::rebuildLanguages()
{
    const BranchConfig &config = m_context.config();
    if (config.languages != m_languageCodes) {
        while (QLayoutItem *item = m_languages->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_languageButtons.clear();
        m_languageCodes = config.languages;
        m_languages->addStretch();
        for (const QString &code : config.languages) {
            auto *button = new QPushButton(StationLanguage::nativeName(code), this);
            button->setObjectName(QStringLiteral("language-%1").arg(code));
            button->setCheckable(true);
            style::setKind(button, "language");
            style::makeTouchTarget(button, StationLanguage::nativeName(code));
            connect(button, &QPushButton::clicked, this, [this, code] {
                emit languageChosen(code);
                rebuildLanguages(); // a tap on the language in use must not uncheck it
            });
            m_languages->addWidget(button);
            m_languageButtons.append(button);
        }
        m_languages->addStretch();
    }
    for (qsizetype i = 0; i < m_languageButtons.size(); ++i)
        m_languageButtons[i]->setChecked(m_languageCodes[i] == m_context.language.code());
}

void StartScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeServices();
}

// Two columns on a landscape screen, one on a portrait one.
void StartScreen::placeServices()
{
    const int columns = width() > height() ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ServiceButton *button : m_serviceButtons)
        m_services->removeWidget(button);
    for (qsizetype i = 0; i < m_serviceButtons.size(); ++i)
        m_services->addWidget(m_serviceButtons[i], int(i / columns), int(i % columns));
}

} // namespace tessera::kiosk
