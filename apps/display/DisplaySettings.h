#pragma once

#include "net/BranchClient.h"

#include <QCoreApplication>
#include <QSet>

namespace tessera::display {

// A lobby display's settings file: the [station] section every station has (role=display),
//
//   [display]
//   counters=1,2,3        ; a zone: only calls to these counters (empty: all)
//   services=cash,loans   ; a zone: only calls for these services (empty: all)
//   recentCalls=8         ; how many earlier calls the list shows
//   callSeconds=6         ; each call stays the main call at least this long
//   highlightSeconds=4    ; a new call blinks this long
//   showWaiting=true      ; the number waiting per service along the bottom
//   ticker=Welcome!       ; a line of text scrolling along the bottom (empty: none)
//   language=en           ; the language of the screen's own words ("Counter", "Now calling")
//
//   [sound]
//   enabled=true
//   volume=80             ; 0 to 100
//   repeat=1              ; how many times each call is said
//   gapMs=700             ; silence between the parts of an announcement
//   voicePack=/usr/share/tessera/voice  ; recorded words, <language>/<word>.wav
struct DisplaySettings
{
    Q_DECLARE_TR_FUNCTIONS(DisplaySettings)

public:
    StationSettings station;
    QSet<CounterNumber> counters;
    QSet<QString> services;
    int recentCalls = 8;
    int callSeconds = 6;
    int highlightSeconds = 4;
    bool showWaiting = true;
    QString ticker;
    QString language = QStringLiteral("en");

    bool soundEnabled = true;
    int volume = 80;
    int repeat = 1;
    int gapMs = 700;
    QString voicePack;

    // Whether a call to `counter` for `service` belongs on this display.
    bool inZone(CounterNumber counter, const QString &service) const;

    static Expected<DisplaySettings, QString> load(const QString &path);
};

} // namespace tessera::display
