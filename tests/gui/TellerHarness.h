#pragma once

#include "CompactBar.h"
#include "CounterDesk.h"
#include "GuiHarness.h"
#include "TellerActions.h"
#include "TellerWindow.h"

#include <QLineEdit>
#include <QTest>

namespace tessera::test {

// One teller workstation in the test process: its own connection, desk and window, as
// tessera-teller builds them.
struct TellerStation
{
    std::unique_ptr<BranchClient> client;
    std::unique_ptr<teller::CounterDesk> desk;
    std::unique_ptr<teller::TellerWindow> window;

    TellerStation(const ServerProcess &server, const QString &id, StationRole role, CounterNumber counter,
                  const Clock &clock)
    {
        teller::TellerSettings settings;
        settings.station = stationSettings(server, id, role);
        settings.station.counter = counter;
        client = std::make_unique<BranchClient>(settings.station);
        desk = std::make_unique<teller::CounterDesk>(*client, clock);
        window = std::make_unique<teller::TellerWindow>(*desk, settings);
        window->resize(1100, 720);
        window->show();
        client->start();
    }

    // Logs in through the login screen, as the teller would.
    bool logIn(const QString &user, const QString &password)
    {
        if (!waitUntil([&] { return client->status() == BranchClient::Status::Online; }, 10000))
            return false;
        find<QLineEdit>(window.get(), QStringLiteral("user"))->setText(user);
        find<QLineEdit>(window.get(), QStringLiteral("password"))->setText(password);
        QTest::mouseClick(find(window.get(), QStringLiteral("logIn")), Qt::LeftButton);
        return waitUntil(
            [&] {
                const CounterState *counter = desk->counterState();
                return desk->isLoggedIn() && counter && counter->status == CounterStatus::Open && !desk->busy();
            },
            10000);
    }

    QAction *action(teller::TellerActions::Id id) const { return window->actions()[id]; }
    QString currentLabel() const { return desk->current() ? desk->current()->label : QString(); }
};

} // namespace tessera::test
