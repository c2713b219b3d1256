#pragma once

#include "GuiHarness.h"
#include "KioskWindow.h"
#include "NoticeScreen.h"
