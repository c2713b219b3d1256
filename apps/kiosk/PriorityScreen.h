#pragma once

#include "KioskContext.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tessera::kiosk {

// Asked after the service, where the branch has priority reasons: elderly, pregnant,
// disabled... or a standard ticket. The standard choice comes first: most people need it.
class PriorityScreen : public QWidget
{
    Q_OBJECT

public:
    explicit PriorityScreen(const KioskContext &context, QWidget *parent = nullptr);
    void ask(const QString &serviceId);

    // The reason's words for a customer, in the current language.
    static QString reasonText(const QString &reason);

signals:
    void chosen(const QString &serviceId, const QString &reason); // empty reason: standard
    void back();

private:
    const KioskContext &m_context;
    QString m_serviceId;
    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_choices;
};

} // namespace tessera::kiosk
