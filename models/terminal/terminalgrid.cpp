#include "terminalgrid.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace Kaji::Models {

namespace {

const TerminalCell Blank {};

// Nothing was ever written there (a space is something).
bool isEmptyLine(const TerminalGrid::Line &line)
{
    return std::all_of(line.begin(), line.end(), [](const TerminalCell &c) { return c.chars[0] == 0; });
}

} // namespace

TerminalGrid::TerminalGrid(int cols, int rows, int scrollbackLimit)
    : m_cols(std::max(cols, 1))
    , m_rows(std::max(rows, 1))
    , m_scrollbackLimit(scrollbackLimit)
{
    for (auto &s : m_screens)
        s.assign(size_t(m_rows), Line(size_t(m_cols)));
}

void TerminalGrid::put(int row, int col, const char32_t *chars, int width, const TerminalCell &pen)
{
    if (row < 0 || row >= m_rows || col < 0 || col >= m_cols)
        return;
    Line &l = this->row(row);
    const auto blankOut = [&](int at) {
        TerminalCell &c = l[size_t(at)];
        c.chars[0] = c.chars[1] = c.chars[2] = 0;
        c.width = 1;
    };
    const bool wide = width == 2 && col + 1 < m_cols;
    // Half of a wide character that another glyph overwrites leaves the
    // other half blank, as terminals show it.
    if (l[size_t(col)].width == 0 && col > 0)
        blankOut(col - 1);
    const int end = col + (wide ? 2 : 1);
    if (end < m_cols && l[size_t(end)].width == 0)
        blankOut(end);
    if (!wide && col + 1 < m_cols && l[size_t(col)].width == 2)
        blankOut(col + 1);

    TerminalCell &c = l[size_t(col)];
    c = pen;
    int k = 0;
    for (; k < 3 && chars[k]; ++k)
        c.chars[k] = chars[k];
    for (; k < 3; ++k)
        c.chars[k] = 0;
    c.width = wide ? 2 : 1;
    if (wide) {
        TerminalCell &right = l[size_t(col + 1)];
        right = pen;
        right.chars[0] = right.chars[1] = right.chars[2] = 0;
        right.width = 0;
    }
}

void TerminalGrid::erase(int fromRow, int toRow, int fromCol, int toCol, const TerminalCell &blank)
{
    fromRow = std::max(fromRow, 0);
    toRow = std::min(toRow, m_rows);
    fromCol = std::max(fromCol, 0);
    toCol = std::min(toCol, m_cols);
    if (fromCol >= toCol)
        return;
    for (int r = fromRow; r < toRow; ++r) {
        Line &l = row(r);
        std::fill(l.begin() + fromCol, l.begin() + toCol, blank);
    }
}

void TerminalGrid::pushScrollback(const Line &line)
{
    if (m_scrollbackLimit <= 0)
        return;
    // Trailing blanks in the default background cost memory and say nothing.
    size_t used = line.size();
    while (used > 0) {
        const TerminalCell &c = line[used - 1];
        if (c.chars[0] != 0 && c.chars[0] != U' ')
            break;
        if (!c.has(TerminalCell::DefaultBackground) || c.has(TerminalCell::Reverse))
            break;
        --used;
    }
    if (int(m_scrollback.size()) >= m_scrollbackLimit) {
        // The oldest line's storage becomes the newest's: no allocation.
        Line recycled = std::move(m_scrollback.front());
        m_scrollback.pop_front();
        recycled.assign(line.begin(), line.begin() + qsizetype(used));
        m_scrollback.push_back(std::move(recycled));
    } else {
        m_scrollback.emplace_back(line.begin(), line.begin() + qsizetype(used));
    }
    ++m_scrolledOff;
}

int TerminalGrid::scroll(
    int fromRow, int toRow, int fromCol, int toCol, int downward, int rightward, const TerminalCell &blank)
{
    fromRow = std::max(fromRow, 0);
    toRow = std::min(toRow, m_rows);
    fromCol = std::max(fromCol, 0);
    toCol = std::min(toCol, m_cols);
    const int rows = toRow - fromRow;
    const int cols = toCol - fromCol;
    if (rows <= 0 || cols <= 0)
        return 0;
    downward = std::clamp(downward, -rows, rows);
    rightward = std::clamp(rightward, -cols, cols);
    if (rightward == 0 && fromCol == 0 && toCol == m_cols) {
        // Whole lines: move the ring's start, or swap line handles.
        int pushed = 0;
        int &top = m_top[m_alt ? 1 : 0];
        if (downward > 0) {
            if (!m_alt && fromRow == 0) {
                for (int r = 0; r < downward; ++r)
                    pushScrollback(row(r));
                pushed = m_scrollbackLimit > 0 ? downward : 0;
            }
            if (fromRow == 0 && toRow == m_rows) {
                top = (top + downward) % m_rows;
            } else {
                // Row i takes row i + downward's line; the leaving lines end up below.
                for (int r = fromRow; r + downward < toRow; ++r)
                    std::swap(row(r), row(r + downward));
            }
            erase(toRow - downward, toRow, 0, m_cols, blank);
        } else if (downward < 0) {
            const int n = -downward;
            if (fromRow == 0 && toRow == m_rows) {
                top = (top + m_rows - n) % m_rows;
            } else {
                for (int r = toRow - 1; r - n >= fromRow; --r)
                    std::swap(row(r), row(r - n));
            }
            erase(fromRow, fromRow + n, 0, m_cols, blank);
        }
        return pushed;
    }

    if (std::abs(downward) >= rows || std::abs(rightward) >= cols) {
        erase(fromRow, toRow, fromCol, toCol, blank);
        return 0;
    }
    const int srcRow = downward > 0 ? fromRow + downward : fromRow;
    const int destRow = downward > 0 ? fromRow : fromRow - downward;
    const int srcCol = rightward > 0 ? fromCol + rightward : fromCol;
    const int destCol = rightward > 0 ? fromCol : fromCol - rightward;
    move(destRow, destCol, srcRow, srcCol, rows - std::abs(downward), cols - std::abs(rightward));
    if (downward > 0)
        erase(toRow - downward, toRow, fromCol, toCol, blank);
    else if (downward < 0)
        erase(fromRow, fromRow - downward, fromCol, toCol, blank);
    if (rightward > 0)
        erase(fromRow, toRow, toCol - rightward, toCol, blank);
    else if (rightward < 0)
        erase(fromRow, toRow, fromCol, fromCol - rightward, blank);
    return 0;
}

void TerminalGrid::move(int destRow, int destCol, int srcRow, int srcCol, int rows, int cols)
{
    // Bounds: libvterm never asks for more, but a bad rectangle must not write outside.
    if (rows <= 0 || cols <= 0 || std::min({ destRow, destCol, srcRow, srcCol }) < 0
        || std::max(destRow, srcRow) + rows > m_rows || std::max(destCol, srcCol) + cols > m_cols)
        return;
    const auto copyRow = [&](int i) {
        const TerminalCell *from = row(srcRow + i).data() + srcCol;
        TerminalCell *to = row(destRow + i).data() + destCol;
        std::memmove(static_cast<void *>(to), from, size_t(cols) * sizeof(TerminalCell));
    };
    // Rows in the order that reads each before it is overwritten.
    if (destRow <= srcRow) {
        for (int i = 0; i < rows; ++i)
            copyRow(i);
    } else {
        for (int i = rows - 1; i >= 0; --i)
            copyRow(i);
    }
}

void TerminalGrid::fitLine(Line &line) const
{
    line.resize(size_t(m_cols));
    // A wide character cut by the right edge would have no right half.
    if (line.back().width == 2) {
        line.back().chars[0] = 0;
        line.back().width = 1;
    }
}

void TerminalGrid::unrotate()
{
    for (int a = 0; a < 2; ++a) {
        std::rotate(m_screens[a].begin(), m_screens[a].begin() + m_top[a], m_screens[a].end());
        m_top[a] = 0;
    }
}

int TerminalGrid::resize(int cols, int rows, int cursorRow)
{
    cols = std::max(cols, 1);
    rows = std::max(rows, 1);
    int delta = 0;
    std::vector<Line> &main = m_screens[0];
    if (!m_alt && rows < m_rows) {
        // Blank lines below the cursor go first; then lines leave at the top.
        int r = m_rows - 1;
        for (; r >= rows; --r)
            if (r == cursorRow || !isEmptyLine(row(r)))
                break;
        const int firstBlank = r + 1;
        if (firstBlank > rows) {
            scroll(0, m_rows, 0, m_cols, firstBlank - rows, 0, Blank);
            delta -= firstBlank - rows;
        }
    }
    unrotate();
    const int oldRows = m_rows;
    m_cols = cols;
    m_rows = rows;
    for (auto &s : m_screens) {
        s.resize(size_t(rows), Line(size_t(cols)));
        for (Line &l : s)
            fitLine(l);
    }
    if (!m_alt) {
        for (int grow = rows - oldRows; grow > 0 && !m_scrollback.empty(); --grow) {
            Line back = std::move(m_scrollback.back());
            m_scrollback.pop_back();
            --m_scrolledOff;
            fitLine(back);
            std::rotate(main.begin(), main.end() - 1, main.end());
            main.front() = std::move(back);
            ++delta;
        }
    }
    return delta;
}

const TerminalCell &TerminalGrid::cell(int line, int col) const
{
    if (col < 0 || col >= m_cols || line >= m_rows)
        return Blank;
    if (line >= 0)
        return row(line)[size_t(col)];
    const qsizetype index = qsizetype(m_scrollback.size()) + line;
    if (index < 0)
        return Blank;
    const Line &l = m_scrollback[size_t(index)];
    return size_t(col) < l.size() ? l[size_t(col)] : Blank;
}

void TerminalGrid::line(int line, std::vector<TerminalCell> &out) const
{
    out.assign(size_t(m_cols), Blank);
    if (line >= m_rows)
        return;
    if (line >= 0) {
        const Line &l = row(line);
        std::copy(l.begin(), l.end(), out.begin());
        return;
    }
    const qsizetype index = qsizetype(m_scrollback.size()) + line;
    if (index < 0)
        return;
    const Line &l = m_scrollback[size_t(index)];
    std::copy_n(l.begin(), std::min(l.size(), out.size()), out.begin());
}

} // namespace Kaji::Models
