#pragma once

#include "terminalcell.h"
#include "terminalgrid.h"

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QRect>

#include <vector>

struct VTerm;
struct VTermState;

// GUI thread (one per terminal tab; libvterm is not thread-safe).
namespace Kaji::Models {

// The state of a terminal: libvterm's state layer parses the program's
// output (cursor, modes, pen, scrolling regions) and turns keys into the
// bytes the program expects; its callbacks fill a TerminalGrid (main and
// alternate screen, bounded scrollback), presented as lines of
// TerminalCell. It draws nothing.
//
// Lines are numbered from the top of the screen: 0 .. rows()-1 are on
// screen, -1 is the newest scrollback line, -scrollbackCount() the oldest.
class TerminalScreen : public QObject {
    Q_OBJECT
public:
    enum class Key { Enter, Tab, Backspace, Escape, Up, Down, Left, Right, Insert, Delete, Home, End, PageUp, PageDown };
    // The same bits as libvterm's VTermModifier.
    enum Modifier { NoModifier = 0, Shift = 1, Alt = 2, Control = 4 };
    enum class CursorShape { Block, Underline, Bar };
    // What the program asked the mouse to report (xterm modes 1000, 1002, 1003).
    enum class MouseMode { None, Click, Drag, Move };

    TerminalScreen(int cols, int rows, int scrollbackLimit = 10000, QObject *parent = nullptr);
    ~TerminalScreen() override;

    // Parses output of the program; emits changed() once for all of it.
    void write(const QByteArray &bytes) { write(bytes.constData(), bytes.size()); }
    void write(const char *bytes, qsizetype size);
    void resize(int cols, int rows);

    int cols() const { return m_grid.cols(); }
    int rows() const { return m_grid.rows(); }
    int scrollbackCount() const { return m_grid.scrollbackCount(); }
    int scrollbackLimit() const { return m_grid.scrollbackLimit(); }
    // Lines that ever left the top of the screen (minus those resizes took
    // back): line + scrolledOff() names a line for as long as it is kept,
    // so a selection stays on its text while output scrolls.
    qint64 scrolledOff() const { return m_grid.scrolledOff(); }

    TerminalCell cell(int line, int col) const { return m_grid.cell(line, col); }
    // Exactly cols() cells of `line` (blank beyond a shorter scrollback line).
    void line(int line, std::vector<TerminalCell> &out) const { m_grid.line(line, out); }
    // The text of `line` from `fromCol` up to (not including) `toCol`, a wide
    // character once, trailing blanks dropped.
    QString lineText(int line, int fromCol = 0, int toCol = -1) const;
    // From (fromLine, fromCol) up to (toLine, toCol), lines joined by '\n'.
    QString text(int fromLine, int fromCol, int toLine, int toCol) const;

    QPoint cursor() const { return m_cursor; } // x: column, y: line
    bool cursorVisible() const { return m_cursorVisible; }
    bool cursorBlinks() const { return m_cursorBlink; }
    CursorShape cursorShape() const { return m_cursorShape; }
    bool altScreen() const { return m_grid.altScreen(); }
    MouseMode mouseMode() const { return m_mouseMode; }

    // Keyboard to bytes, emitted through output(): libvterm knows the
    // modes (application cursor keys, keypad) the program set.
    void sendKey(Key key, int modifiers = NoModifier);
    void sendFunctionKey(int number, int modifiers = NoModifier); // F1 = 1
    void sendCharacter(char32_t c, int modifiers = NoModifier);
    // Pasted text: newlines as Enter, inside bracketed-paste markers when
    // the program asked for them; a pasted end marker is dropped so the text
    // cannot end the paste early and run as typed commands.
    void paste(const QString &text);
    // The mouse, for programs that asked for it (mouseMode() != None):
    // libvterm encodes it in the protocol they chose (X10, SGR 1006...).
    // Buttons: 1 left, 2 middle, 3 right, 4 and 5 the wheel up and down.
    void sendMouseMove(int line, int col, int modifiers = NoModifier);
    void sendMouseButton(int button, bool pressed, int modifiers = NoModifier);

Q_SIGNALS:
    // Bytes for the program (keys, pastes, answers to queries).
    void output(const QByteArray &bytes);
    // After a write or resize: the cells that changed (screen lines 0..rows-1)
    // and how many lines scrolled into the scrollback meanwhile.
    void changed(const QRect &cells, int scrolledLines);
    void bell();

private:
    struct Callbacks;

    void flush();
    void damage(int fromRow, int toRow, int fromCol, int toCol);
    // The blank an erase or scroll leaves: the pen's colours only.
    TerminalCell blank() const;

    VTerm *m_vt = nullptr;
    VTermState *m_state = nullptr;
    TerminalGrid m_grid;
    TerminalCell m_pen; // what putglyph writes: colours resolved, attributes
    QByteArray m_output;
    // Damaged cells since the last flush, [top, bottom) x [left, right);
    // plain ints because putglyph extends them for every character.
    int m_damageTop = 0;
    int m_damageBottom = 0;
    int m_damageLeft = 0;
    int m_damageRight = 0;
    qint64 m_scrolledAtFlush = 0;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_cursorBlink = false;
    CursorShape m_cursorShape = CursorShape::Block;
    MouseMode m_mouseMode = MouseMode::None;
};

} // namespace Kaji::Models
