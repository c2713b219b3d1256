#include "TellerSetup.h"

#include "StationSetup.h"

#include <QCheckBox>
#include <QSpinBox>

namespace tessera::teller {

void prepareSetup(StationSetup &setup)
{
    auto *counter = new QSpinBox(&setup);
    counter->setObjectName(QStringLiteral("counter"));
    counter->setRange(1, 999);
    auto *choose = new QCheckBox(tessera::StationSetup::tr("The teller chooses the counter when logging in"), &setup);
    choose->setObjectName(QStringLiteral("chooseCounter"));
    auto *supervisor =
        new QCheckBox(tessera::StationSetup::tr("The supervisor's PC (branch overview and daily report)"), &setup);
    supervisor->setObjectName(QStringLiteral("supervisorPc"));
    QObject::connect(choose, &QCheckBox::toggled, counter, &QSpinBox::setDisabled);
    setup.addRow(tessera::StationSetup::tr("Counter:"), counter);
    setup.addRow(QString(), choose);
    setup.addRow(QString(), supervisor);
    setup.setComplete(
        [&setup, counter, choose, supervisor](const QueueState &state, QSettings &file) -> std::optional<QString> {
            const BranchConfig &config = state.config();
            if (!choose->isChecked() && !config.counter(counter->value())) {
                QStringList numbers;
                for (const CounterConfig &known : config.counters)
                    numbers << QString::number(known.number);
                return tessera::StationSetup::tr("The branch has no counter %1; its counters are %2.")
                    .arg(counter->value())
                    .arg(numbers.join(QStringLiteral(", ")));
            }
            if (supervisor->isChecked())
                file.setValue(QStringLiteral("station/role"), wireName(StationRole::Supervisor));
            if (!choose->isChecked())
                file.setValue(QStringLiteral("station/counter"), counter->value());
            file.setValue(QStringLiteral("teller/chooseCounter"), choose->isChecked());
            file.setValue(QStringLiteral("teller/language"), setup.language());
            return std::nullopt;
        });
}

} // namespace tessera::teller
