#include "terminalkeys.h"

#include "terminal/terminalscreen.h"

#include <QKeyEvent>

namespace Kaji::Ui {

namespace {

using Screen = Models::TerminalScreen;

int modifiersOf(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers m = event.modifiers();
#ifdef Q_OS_MACOS
    const bool control = m & Qt::MetaModifier;
#else
    const bool control = m & Qt::ControlModifier;
#endif
    return (m & Qt::ShiftModifier ? Screen::Shift : 0) | (m & Qt::AltModifier ? Screen::Alt : 0)
        | (control ? Screen::Control : 0);
}

bool specialKey(Screen &screen, int key, int modifiers)
{
    using K = Screen::Key;
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: screen.sendKey(K::Enter, modifiers); return true;
    case Qt::Key_Tab: screen.sendKey(K::Tab, modifiers); return true;
    case Qt::Key_Backtab: screen.sendKey(K::Tab, modifiers | Screen::Shift); return true;
    case Qt::Key_Backspace: screen.sendKey(K::Backspace, modifiers); return true;
    case Qt::Key_Escape: screen.sendKey(K::Escape, modifiers); return true;
    case Qt::Key_Up: screen.sendKey(K::Up, modifiers); return true;
    case Qt::Key_Down: screen.sendKey(K::Down, modifiers); return true;
    case Qt::Key_Left: screen.sendKey(K::Left, modifiers); return true;
    case Qt::Key_Right: screen.sendKey(K::Right, modifiers); return true;
    case Qt::Key_Insert: screen.sendKey(K::Insert, modifiers); return true;
    case Qt::Key_Delete: screen.sendKey(K::Delete, modifiers); return true;
    case Qt::Key_Home: screen.sendKey(K::Home, modifiers); return true;
    case Qt::Key_End: screen.sendKey(K::End, modifiers); return true;
    case Qt::Key_PageUp: screen.sendKey(K::PageUp, modifiers); return true;
    case Qt::Key_PageDown: screen.sendKey(K::PageDown, modifiers); return true;
    default: break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24) {
        screen.sendFunctionKey(key - Qt::Key_F1 + 1, modifiers);
        return true;
    }
    return false;
}

} // namespace

bool sendKeyEvent(Screen &screen, const QKeyEvent &event)
{
    const int modifiers = modifiersOf(event);
    const int key = event.key();
    if (specialKey(screen, key, modifiers))
        return true;
    // With Ctrl the text is a control character or nothing, depending on
    // the platform: the key names the letter (Ctrl+C → 0x03 in libvterm).
    if (modifiers & Screen::Control) {
        if (key >= Qt::Key_A && key <= Qt::Key_Z) {
            screen.sendCharacter(char32_t(U'a' + (key - Qt::Key_A)), modifiers);
            return true;
        }
        // Ctrl+Space, Ctrl+[ \ ] ^ _ and the like: Qt's key is the ASCII code.
        if (key >= Qt::Key_Space && key <= Qt::Key_AsciiTilde) {
            screen.sendCharacter(char32_t(key), modifiers);
            return true;
        }
    }
    const QString text = event.text();
    if (text.isEmpty() || text.front().unicode() < 0x20 || text.front().unicode() == 0x7f)
        return false;
    for (char32_t c : text.toUcs4())
        screen.sendCharacter(c, modifiers);
    return true;
}

} // namespace Kaji::Ui
