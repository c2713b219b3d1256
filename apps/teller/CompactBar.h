#pragma once

#include "TellerActions.h"

#include <QWidget>

class QLabel;

namespace tessera::teller {

// A small always-on-top bar for tellers who work in another program all day: the current
// number, the connection, and the main buttons. The same actions as the main window.
class CompactBar : public QWidget
{
    Q_OBJECT

public:
    CompactBar(const CounterDesk &desk, TellerActions &actions, QWidget *parent = nullptr);
    void refresh();

signals:
    void expandRequested();

private:
    const CounterDesk &m_desk;
    QLabel *m_number;
    QLabel *m_state;
};

} // namespace tessera::teller
