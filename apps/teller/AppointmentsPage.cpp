#include "AppointmentsPage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace tessera::teller {

namespace {

QString statusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return AppointmentsPage::tr("booked");
    case AppointmentStatus::CheckedIn:
        return AppointmentsPage::tr("checked in");
    case AppointmentStatus::Expired:
        return AppointmentsPage::tr("missed");
    case AppointmentStatus::Cancelled:
        return AppointmentsPage::tr("cancelled");
    }
    return {};
}

} // namespace

AppointmentsPage::AppointmentsPage(CounterDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_table(new QTableWidget(this)), m_service(new QComboBox(this)),
      m_slot(new QDateTimeEdit(this)), m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_book(new QPushButton(tr("Book"), this)), m_cancel(new QPushButton(tr("Cancel the selected appointment"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("appointmentsPage"));
    m_table->setObjectName(QStringLiteral("appointments"));
    m_service->setObjectName(QStringLiteral("appointmentService"));
    m_slot->setObjectName(QStringLiteral("appointmentSlot"));
    m_name->setObjectName(QStringLiteral("appointmentName"));
    m_phone->setObjectName(QStringLiteral("appointmentPhone"));
    m_book->setObjectName(QStringLiteral("book"));
    m_cancel->setObjectName(QStringLiteral("cancelAppointment"));
    m_result->setObjectName(QStringLiteral("appointmentResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setTextFormat(Qt::PlainText); // a customer's name from the web page is text, never markup
    m_result->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Service"), tr("Customer"), tr("Phone"), tr("Check-in code"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the customer's name
    m_slot->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_slot->setCalendarPopup(true);
    // The next quarter hour in the branch's time zone.
    // (The edit holds the branch's wall-clock time; book() reads it back in the branch's zone.)
    const QDateTime now = m_desk.state().config().toLocal(m_desk.now());
    const QDateTime next = now.addSecs(15 * 60 - (now.time().minute() % 15) * 60 - now.time().second());
    m_slot->setDateTime(QDateTime(next.date(), QTime(next.time().hour(), next.time().minute())));

    auto *form = new QFormLayout;
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Time"), m_slot);
    form->addRow(tr("Customer"), m_name);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(QString(), m_book);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_result);
    right->addStretch();
    layout->addLayout(right, 2);

    connect(m_book, &QPushButton::clicked, this, &AppointmentsPage::book);
    connect(m_cancel, &QPushButton::clicked, this, &AppointmentsPage::cancelSelected);
}

void AppointmentsPage::refresh()
{
    const QueueState &state = m_desk.state();
    const BranchConfig &config = state.config();
    if (m_service->count() != config.services.size()) {
        m_service->clear();
        for (const ServiceConfig &service : config.services)
            m_service->addItem(m_desk.serviceName(service.id), service.id);
    }
    const QDate today = config.toLocal(m_desk.now()).date();
    QList<const Appointment *> shown;
    for (const auto &[id, appointment] : state.appointments()) {
        if (config.toLocal(appointment.slotStart).date() >= today)
            shown.append(&appointment);
    }
    std::sort(shown.begin(), shown.end(),
              [](const Appointment *a, const Appointment *b) { return a->slotStart < b->slotStart; });
    const QString selected = m_codes.value(m_table->currentRow());
    m_codes.clear();
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const Appointment &appointment = *shown[row];
        const QStringList cells{config.toLocal(appointment.slotStart).toString(QStringLiteral("ddd dd.MM HH:mm")),
                                m_desk.serviceName(appointment.service),
                                appointment.customerName,
                                appointment.phone,
                                appointment.checkInCode,
                                statusText(appointment.status)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_codes.append(appointment.checkInCode);
        if (appointment.checkInCode == selected)
            m_table->selectRow(row);
    }
}

void AppointmentsPage::book()
{
    if (m_name->text().trimmed().isEmpty())
        return showResult(tr("Enter the customer's name."), true);
    QDateTime slot = m_slot->dateTime();
    slot.setTimeZone(m_desk.state().config().timeZone);
    const BookAppointment command{m_service->currentData().toString(), slot.toMSecsSinceEpoch(),
                                  m_name->text().trimmed(), m_phone->text().trimmed()};
    m_book->setEnabled(false); // one booking per click, however fast the second click comes
    m_desk.client().send(command, [this](const CommandResult &result) {
        m_book->setEnabled(true);
        if (!result)
            return showResult(result.error().message, true);
        for (const Event &event : result.value()) {
            if (const auto *booked = std::get_if<AppointmentBooked>(&event.payload)) {
                showResult(tr("Booked for %1. Give the customer the check-in code %2.")
                               .arg(booked->customerName, booked->checkInCode),
                           false);
                m_name->clear();
                m_phone->clear();
            }
        }
    });
}

void AppointmentsPage::cancelSelected()
{
    const QString code = m_codes.value(m_table->currentRow());
    if (code.isEmpty())
        return showResult(tr("Select the appointment to cancel."), true);
    m_cancel->setEnabled(false);
    m_desk.client().send(CancelAppointment{code, {}}, [this, code](const CommandResult &result) {
        m_cancel->setEnabled(true);
        showResult(result ? tr("The appointment with code %1 is cancelled.").arg(code) : result.error().message,
                   !result);
    });
}

void AppointmentsPage::showResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #8a1c00;")
                                  : QStringLiteral("font-size: 16px; font-weight: bold;"));
}

} // namespace tessera::teller
