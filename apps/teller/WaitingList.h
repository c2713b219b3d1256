#pragma once

#include "CounterDesk.h"

#include <QTreeWidget>

namespace tessera::teller {

// Who this counter may call, in the order it would take them, with how long each has
// waited; customers past their service's target wait are highlighted.
class WaitingList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit WaitingList(const CounterDesk &desk, QWidget *parent = nullptr);
    void refresh();
    void retranslate();

private:
    const CounterDesk &m_desk;
};

} // namespace tessera::teller
