#pragma once

#include "CounterDesk.h"

#include <QAction>
#include <QHash>

namespace tessera::teller {

// The teller's actions as QActions, shared by the main window and the compact bar: one
// keyboard shortcut each, enabled only when it applies, and a tooltip that says why not.
// Actions that need more (an outcome, a transfer target, a number) ask for it through
// the signals; the window opens the dialog.
class TellerActions : public QObject
{
    Q_OBJECT

public:
    enum class Id
    {
        CallNext,
        Recall,
        CallNumber,
        Start,
        Finish,            // as the branch's first outcome ("served"): one key, the common case
        FinishWithOutcome, // choose the outcome, add a note
        NoShow,
        Transfer,
        PauseResume,
        LogOut
    };

    TellerActions(CounterDesk &desk, QObject *parent);
    QAction *operator[](Id id) const { return m_actions.value(id); }
    QList<QAction *> all() const;
    void retranslate(); // texts follow the program's language

signals:
    void callNumberRequested();
    void finishWithOutcomeRequested();
    void transferRequested();

private:
    void refresh();
    QAction *make(Id id, const QKeySequence &shortcut);

    CounterDesk &m_desk;
    QHash<Id, QAction *> m_actions;
};

} // namespace tessera::teller
