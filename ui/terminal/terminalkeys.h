#pragma once

class QKeyEvent;

namespace Kaji::Models {
class TerminalScreen;
}

// GUI thread.
namespace Kaji::Ui {

// Sends what a key press means to the program through the screen's
// keyboard (libvterm knows the program's modes): Enter, arrows, function
// keys, Ctrl and Alt combinations, typed text. False: not a terminal key.
// On macOS the Control key (Qt's Meta) is the terminal's Ctrl, as in
// Terminal.app; Command stays free for the application's shortcuts.
bool sendKeyEvent(Models::TerminalScreen &screen, const QKeyEvent &event);

} // namespace Kaji::Ui
