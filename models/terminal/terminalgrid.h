#pragma once

#include "terminalcell.h"

#include <deque>
#include <vector>

// Any thread (a value; one owner at a time).
namespace Kaji::Models {

// The cells of a terminal: the main and the alternate screen, each a vector
// of lines, and the bounded scrollback behind the main one. TerminalScreen
// drives it from libvterm's state callbacks.
//
// Why not libvterm's own screen: VTermScreen keeps one flat array of cells,
// so every line that scrolls moves the whole screen (rows x cols cells) in
// memory, which made scrolling output cost more than parsing it. Here a
// screen is a ring of lines: scrolling the whole screen moves the ring's
// start and blanks the new line (O(cols)); a scrolling region swaps line
// handles (O(rows)); the line that leaves the top is copied, trimmed, into
// the scrollback.
//
// Rows are numbered from the top of the screen; scrollback line -1 is the
// newest, -scrollbackCount() the oldest.
class TerminalGrid {
public:
    using Line = std::vector<TerminalCell>;

    TerminalGrid(int cols, int rows, int scrollbackLimit);

    int cols() const { return m_cols; }
    int rows() const { return m_rows; }
    bool altScreen() const { return m_alt; }
    // Switches the screen cells go to; the alternate one keeps no history.
    void setAltScreen(bool on) { m_alt = on; }

    int scrollbackCount() const { return int(m_scrollback.size()); }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    // Lines that ever went into the scrollback, minus those a resize took back.
    qint64 scrolledOff() const { return m_scrolledOff; }

    // A glyph at (row, col): `chars` ends at a 0 or after three; width 2
    // also claims the next cell. The cells a wide glyph leaves half
    // overwritten become blanks, so no half character stays behind.
    void put(int row, int col, const char32_t *chars, int width, const TerminalCell &pen);
    // Blanks [fromRow, toRow) x [fromCol, toCol) as `blank` (a background).
    void erase(int fromRow, int toRow, int fromCol, int toCol, const TerminalCell &blank);
    // Scrolls the region: positive `downward` moves its content up (lines
    // leave at the top; on the main screen, at the top row, into the
    // scrollback); positive `rightward` moves it left. What is vacated is
    // blanked as `blank`. Returns the number of lines put into the scrollback.
    int scroll(int fromRow, int toRow, int fromCol, int toCol, int downward, int rightward, const TerminalCell &blank);
    // Copies a block of cells, as libvterm's moverect (overlap allowed).
    void move(int destRow, int destCol, int srcRow, int srcCol, int rows, int cols);

    // A new size. On the main screen, fewer rows push lines from the top
    // into the scrollback (keeping the cursor's line, dropping blank lines
    // below it first); more rows take lines back from it. Returns how far
    // the cursor's row moves.
    int resize(int cols, int rows, int cursorRow);

    const TerminalCell &cell(int line, int col) const; // a blank outside
    // Exactly cols() cells of `line` (blank beyond a shorter scrollback line).
    void line(int line, std::vector<TerminalCell> &out) const;
    // Forgets the scrollback (CSI 3 J).
    void clearScrollback() { m_scrollback.clear(); }

private:
    // Screen row `r` of the current screen, through its ring.
    Line &row(int r)
    {
        const int a = m_alt ? 1 : 0;
        const int i = m_top[a] + r;
        return m_screens[a][size_t(i >= m_rows ? i - m_rows : i)];
    }
    const Line &row(int r) const { return const_cast<TerminalGrid *>(this)->row(r); }
    // Both rings start at their vector's first line again.
    void unrotate();
    void pushScrollback(const Line &line);
    void fitLine(Line &line) const;

    int m_cols;
    int m_rows;
    int m_scrollbackLimit;
    bool m_alt = false;
    std::vector<Line> m_screens[2]; // main, alternate: rings of rows x cols
    int m_top[2] = { 0, 0 }; // where each ring's screen row 0 is
    std::deque<Line> m_scrollback; // back() is the newest; trailing blanks trimmed
    qint64 m_scrolledOff = 0;
};

} // namespace Kaji::Models
