#include "LoginPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tessera::teller {

LoginPanel::LoginPanel(const CounterDesk &desk, const QString &user, CounterNumber fixedCounter, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_fixedCounter(fixedCounter), m_user(new QLineEdit(user, this)),
      m_password(new QLineEdit(this)), m_counter(new QComboBox(this)), m_logIn(new QPushButton(tr("Log in"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginPanel"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setDefault(true);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1c00;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Counter"), m_counter);
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *title = new QLabel(tr("Log in at your counter"), box);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    boxLayout->addWidget(title);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_logIn);
    boxLayout->addWidget(m_error);
    box->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignCenter);
    layout->addStretch(2);

    connect(m_logIn, &QPushButton::clicked, this, &LoginPanel::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPanel::submit);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
}

void LoginPanel::refresh()
{
    // Rebuilt only when the branch's counters change: the queue moves all the time, and a
    // list that closes under the teller's finger cannot be used.
    QList<QPair<QString, CounterNumber>> counters;
    for (const CounterConfig &counter : m_desk.state().config().counters) {
        if (m_fixedCounter == 0 || counter.number == m_fixedCounter)
            counters.append({m_desk.counterName(counter.number), counter.number});
    }
    if (counters != m_counters) {
        m_counters = counters;
        const CounterNumber chosen = m_counter->currentData().toInt();
        m_counter->clear();
        for (const auto &[name, number] : std::as_const(counters))
            m_counter->addItem(name, number);
        if (const int index = m_counter->findData(chosen); index >= 0)
            m_counter->setCurrentIndex(index);
    }
    m_counter->setEnabled(m_fixedCounter == 0);
    const bool online = m_desk.client().status() == BranchClient::Status::Online;
    const bool configured = online && m_desk.state().hasConfig();
    m_logIn->setEnabled(online && !m_desk.busy() && m_counter->count() > 0);
    if (!online)
        m_logIn->setToolTip(tr("Not connected to the server: %1").arg(m_desk.client().statusText()));
    else if (configured && m_counter->count() == 0)
        showError(tr("This PC is set up for counter %1, which the branch configuration does not have. "
                     "Correct counter= in the station settings.")
                      .arg(m_fixedCounter));
    else
        m_logIn->setToolTip(QString());
}

void LoginPanel::focusInput()
{
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginPanel::showError(const QString &message)
{
    m_error->setText(message);
}

void LoginPanel::clearPassword()
{
    m_password->clear();
}

void LoginPanel::submit()
{
    if (!m_logIn->isEnabled())
        return;
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return showError(tr("Enter your name and password."));
    m_error->clear();
    emit submitted(m_user->text().trimmed(), m_password->text(), m_counter->currentData().toInt());
}

} // namespace tessera::teller
