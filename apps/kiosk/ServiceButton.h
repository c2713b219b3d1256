#pragma once

#include <QPushButton>
#include <optional>

class QLabel;

namespace tessera::kiosk {

// A large button for one service: its name, and under it how long the wait is or why it
// cannot be taken now. Both lines are part of the button's accessible name.
class ServiceButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ServiceButton(QWidget *parent = nullptr);
    void setLines(const QString &name, const QString &detail, bool available);

private:
    QLabel *m_name;
    QLabel *m_detail;
    std::optional<bool> m_available; // unset until the first setLines
};

} // namespace tessera::kiosk
