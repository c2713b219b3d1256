#pragma once

#include <QString>
#include <Qt>

class QBoxLayout;
class QLabel;
class QWidget;
class QPushButton;

namespace tessera::kiosk {

// One look for every kiosk screen: high contrast (dark text on white, white on deep blue,
// both well past WCAG AA), text sized to be read from a metre away, and touch targets of
// at least 15 mm on the screen the kiosk actually has.
namespace style {

constexpr int kMinTouchMm = 15;

// Pixels for a length in millimetres on the widget's screen (96 dpi when unknown).
int mmToPx(const QWidget *widget, double mm);
QString sheet();

// Property values the style sheet keys on.
inline constexpr const char *kKind = "kind";
void setKind(QWidget *widget, const char *kind);
// A button a finger can hit: at least 15 mm each way, and a name for screen readers.
void makeTouchTarget(QPushButton *button, const QString &accessibleName);
// A full-width button of the given kind, 20 mm tall: "back", "done" and the like.
void makeWideButton(QPushButton *button, const QString &objectName, const char *kind);
// Adds a wrapping label of the given kind to the layout.
void addText(QBoxLayout *layout, QLabel *label, const char *kind, Qt::Alignment alignment = {});

} // namespace style
} // namespace tessera::kiosk
