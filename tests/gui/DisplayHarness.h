#pragma once

#include "CallBoard.h"
#include "DisplayWindow.h"
#include "GuiHarness.h"

namespace tessera::test {

using display::CallBoard;
using display::DisplaySettings;
using display::DisplayWindow;

// A display station in the test process, as tessera-display builds it (without sound).
struct DisplayStation
{
    DisplaySettings settings;
    std::unique_ptr<BranchClient> client;
    std::unique_ptr<CallBoard> board;
    std::unique_ptr<DisplayWindow> window;

    DisplayStation(const ServerProcess &server, const QString &id, const Clock &clock, DisplaySettings base = {})
        : settings(std::move(base))
    {
        settings.station = stationSettings(server, id, StationRole::Display);
        client = std::make_unique<BranchClient>(settings.station);
        board = std::make_unique<CallBoard>(*client, clock, settings);
        window = std::make_unique<DisplayWindow>(*client, clock, *board, settings);
        window->resize(1920, 1080);
        window->show();
        client->start();
    }
    QString mainNumber() const { return textOf(window.get(), QStringLiteral("mainNumber")); }
};

} // namespace tessera::test
