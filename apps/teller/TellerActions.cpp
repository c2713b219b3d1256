#include "TellerActions.h"

namespace tessera::teller {

namespace {

using Action = CounterDesk::Action;

Action deskAction(TellerActions::Id id, const CounterDesk &desk)
{
    switch (id) {
    case TellerActions::Id::CallNext:
        return Action::CallNext;
    case TellerActions::Id::Recall:
        return Action::Recall;
    case TellerActions::Id::CallNumber:
        return Action::CallNumber;
    case TellerActions::Id::Start:
        return Action::Start;
    case TellerActions::Id::Finish:
    case TellerActions::Id::FinishWithOutcome:
        return Action::Finish;
    case TellerActions::Id::NoShow:
        return Action::NoShow;
    case TellerActions::Id::Transfer:
        return Action::Transfer;
    case TellerActions::Id::PauseResume: {
        const CounterState *counter = desk.counterState();
        return counter && counter->status == CounterStatus::Open ? Action::Pause : Action::Resume;
    }
    case TellerActions::Id::LogOut:
        return Action::LogOut;
    }
    return Action::LogOut;
}

} // namespace

TellerActions::TellerActions(CounterDesk &desk, QObject *parent) : QObject(parent), m_desk(desk)
{
    // Function keys: one press, no chord, and free in most teller applications.
    connect(make(Id::CallNext, Qt::Key_F2), &QAction::triggered, &desk, &CounterDesk::callNext);
    connect(make(Id::Recall, Qt::Key_F3), &QAction::triggered, &desk, &CounterDesk::recall);
    connect(make(Id::Start, Qt::Key_F4), &QAction::triggered, &desk, &CounterDesk::start);
    connect(make(Id::Finish, Qt::Key_F5), &QAction::triggered, &desk, [&desk] { desk.finish({}, {}); });
    connect(make(Id::FinishWithOutcome, Qt::SHIFT | Qt::Key_F5), &QAction::triggered, this,
            &TellerActions::finishWithOutcomeRequested);
    connect(make(Id::NoShow, Qt::Key_F6), &QAction::triggered, &desk, &CounterDesk::noShow);
    connect(make(Id::Transfer, Qt::Key_F7), &QAction::triggered, this, &TellerActions::transferRequested);
    connect(make(Id::CallNumber, Qt::Key_F8), &QAction::triggered, this, &TellerActions::callNumberRequested);
    connect(make(Id::PauseResume, Qt::Key_F9), &QAction::triggered, &desk, [&desk] {
        const CounterState *counter = desk.counterState();
        if (counter && counter->status == CounterStatus::Open)
            desk.pause();
        else
            desk.resume();
    });
    connect(make(Id::LogOut, Qt::CTRL | Qt::SHIFT | Qt::Key_L), &QAction::triggered, &desk, &CounterDesk::logOut);
    connect(&desk, &CounterDesk::changed, this, &TellerActions::refresh);
    retranslate();
}

QAction *TellerActions::make(Id id, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    // Window shortcuts: the main window and the compact bar each add the actions, so the keys
    // work in whichever of the two the teller is in.
    action->setShortcutContext(Qt::WindowShortcut);
    m_actions.insert(id, action);
    return action;
}

QList<QAction *> TellerActions::all() const
{
    QList<QAction *> actions;
    for (Id id : {Id::CallNext, Id::Recall, Id::Start, Id::Finish, Id::FinishWithOutcome, Id::NoShow, Id::Transfer,
                  Id::CallNumber, Id::PauseResume, Id::LogOut})
        actions.append(m_actions.value(id));
    return actions;
}

void TellerActions::retranslate()
{
    m_actions[Id::CallNext]->setText(tr("Call next"));
    m_actions[Id::Recall]->setText(tr("Recall"));
    m_actions[Id::CallNumber]->setText(tr("Call a number…"));
    m_actions[Id::Start]->setText(tr("Start service"));
    m_actions[Id::Finish]->setText(tr("Finish"));
    m_actions[Id::FinishWithOutcome]->setText(tr("Finish with outcome…"));
    m_actions[Id::NoShow]->setText(tr("No-show"));
    m_actions[Id::Transfer]->setText(tr("Transfer…"));
    m_actions[Id::LogOut]->setText(tr("Log out"));
    refresh();
}

void TellerActions::refresh()
{
    const CounterState *counter = m_desk.counterState();
    const bool paused = counter && counter->status != CounterStatus::Open;
    m_actions[Id::PauseResume]->setText(paused ? tr("Resume") : tr("Pause"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const CounterDesk::Availability availability = m_desk.availability(deskAction(it.key(), m_desk));
        QAction *action = it.value();
        action->setEnabled(availability.enabled);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        // Buttons show the key too (menus show it in a column of their own).
        action->setIconText(QStringLiteral("%1   %2").arg(action->text(), keys));
        action->setToolTip(availability.enabled
                               ? QStringLiteral("%1 (%2)").arg(action->text(), keys)
                               : QStringLiteral("%1 (%2): %3").arg(action->text(), keys, availability.why));
    }
}

} // namespace tessera::teller
