#include "TellerDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>

namespace tessera::teller {

namespace {

// OK and Cancel under a form; OK carries the object name the tests and the keyboard use.
QFormLayout *formWithButtons(QDialog *dialog, const QString &okText)
{
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return form;
}

} // namespace

FinishDialog::FinishDialog(const CounterDesk &desk, QWidget *parent)
    : QDialog(parent), m_outcome(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("finishDialog"));
    setMinimumWidth(400);
    setWindowTitle(tr("Finish %1").arg(desk.current() ? desk.current()->label : QString()));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_note->setObjectName(QStringLiteral("note"));
    for (const QString &code : desk.state().config().outcomeCodes)
        m_outcome->addItem(code, code);
    QFormLayout *form = formWithButtons(this, tr("Finish"));
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Note"), m_note);
}

QString FinishDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

QString FinishDialog::note() const
{
    return m_note->text().trimmed();
}

TransferDialog::TransferDialog(const CounterDesk &desk, QWidget *parent)
    : QDialog(parent), m_byService(new QRadioButton(tr("To the service"), this)), m_service(new QComboBox(this)),
      m_byCounter(new QRadioButton(tr("To the counter"), this)), m_counter(new QComboBox(this)),
      m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setMinimumWidth(460);
    setWindowTitle(tr("Transfer %1").arg(desk.current() ? desk.current()->label : QString()));
    m_byService->setObjectName(QStringLiteral("byService"));
    m_byCounter->setObjectName(QStringLiteral("byCounter"));
    m_service->setObjectName(QStringLiteral("toService"));
    m_counter->setObjectName(QStringLiteral("toCounter"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What the next teller should know"));
    const BranchConfig &config = desk.state().config();
    for (const ServiceConfig &service : config.services)
        m_service->addItem(desk.serviceName(service.id), service.id);
    for (const CounterConfig &counter : config.counters) {
        if (counter.number != desk.counter())
            m_counter->addItem(desk.counterName(counter.number), counter.number);
    }
    m_byService->setChecked(true);
    m_counter->setEnabled(false);
    connect(m_byService, &QRadioButton::toggled, m_service, &QWidget::setEnabled);
    connect(m_byCounter, &QRadioButton::toggled, m_counter, &QWidget::setEnabled);
    QFormLayout *form = formWithButtons(this, tr("Transfer"));
    form->addRow(m_byService, m_service);
    form->addRow(m_byCounter, m_counter);
    form->addRow(tr("Note"), m_note);
}

QString TransferDialog::toService() const
{
    return m_byService->isChecked() ? m_service->currentData().toString() : QString();
}

CounterNumber TransferDialog::toCounter() const
{
    return m_byCounter->isChecked() ? m_counter->currentData().toInt() : 0;
}

QString TransferDialog::note() const
{
    return m_note->text().trimmed();
}

CallNumberDialog::CallNumberDialog(QWidget *parent) : QDialog(parent), m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("callNumberDialog"));
    setWindowTitle(tr("Call a number"));
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(QStringLiteral("A017"));
    m_label->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}[0-9]{1,5}")), this));
    QFormLayout *form = formWithButtons(this, tr("Call"));
    form->addRow(tr("Number"), m_label);
    // Nothing to call until a number is typed.
    QPushButton *call = findChild<QPushButton *>(QStringLiteral("ok"));
    call->setEnabled(false);
    connect(m_label, &QLineEdit::textChanged, call, [call, this] { call->setEnabled(m_label->hasAcceptableInput()); });
}

QString CallNumberDialog::label() const
{
    return m_label->text().trimmed().toUpper();
}

} // namespace tessera::teller
