#pragma once

#include "KioskContext.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tessera::kiosk {

class ServiceButton;

// The first screen: the branch, a button per service with its wait (or why it cannot
// be taken now), a way in for customers with an appointment, and the language buttons.
class StartScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StartScreen(const KioskContext &context, QWidget *parent = nullptr);
    void refresh();

signals:
    void serviceChosen(const QString &serviceId);
    void checkInChosen();
    void languageChosen(const QString &code);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildServices();
    void rebuildLanguages();
    void placeServices();

    const KioskContext &m_context;
    QLabel *m_branch;
    QLabel *m_clock;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_services;
    QPushButton *m_appointment;
    QHBoxLayout *m_languages;
    QList<ServiceButton *> m_serviceButtons;
    QList<QPushButton *> m_languageButtons;
    QStringList m_serviceIds;
    QStringList m_languageCodes;
    int m_columns = 0;
};

} // namespace tessera::kiosk
