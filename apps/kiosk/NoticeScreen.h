#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tessera::kiosk {

// A plain message: why something cannot be done and what to do instead. With a button
// back to the start, or without one while the kiosk is out of service.
class NoticeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeScreen(QWidget *parent = nullptr);
    void show(const QString &title, const QString &text, bool withButton = true);
    QString title() const;
    QString text() const;

signals:
    void done();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace tessera::kiosk
