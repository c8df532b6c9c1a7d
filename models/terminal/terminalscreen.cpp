#include "terminalscreen.h"

#include <vterm.h>

#include <QStringList>

#include <algorithm>
#include <utility>

namespace Kaji::Models {

namespace {

// libvterm marks the right half of a wide character with this.
constexpr uint32_t WideContinuation = 0xFFFFFFFF;

QRect cellRect(VTermRect r)
{
    return QRect(r.start_col, r.start_row, r.end_col - r.start_col, r.end_row - r.start_row);
}

} // namespace

struct TerminalScreen::Callbacks {
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static void output(const char *s, size_t len, void *user) { self(user)->m_output.append(s, qsizetype(len)); }
    static int damage(VTermRect rect, void *user)
    {
        TerminalScreen *t = self(user);
        t->m_damage = t->m_damage.united(cellRect(rect));
        return 1;
    }
    static int moverect(VTermRect dest, VTermRect src, void *user)
    {
        TerminalScreen *t = self(user);
        t->m_damage = t->m_damage.united(cellRect(dest)).united(cellRect(src));
        return 1;
    }
    static int movecursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        TerminalScreen *t = self(user);
        // Both the old and the new place need painting.
        t->m_damage = t->m_damage.united(QRect(t->m_cursor, QSize(1, 1))).united(QRect(pos.col, pos.row, 1, 1));
        t->m_cursor = QPoint(pos.col, pos.row);
        t->m_cursorVisible = visible;
        return 1;
    }
    static int settermprop(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalScreen *t = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE: t->m_cursorVisible = value->boolean; break;
        case VTERM_PROP_CURSORBLINK: t->m_cursorBlink = value->boolean; break;
        case VTERM_PROP_ALTSCREEN: t->m_altScreen = value->boolean; break;
        case VTERM_PROP_CURSORSHAPE:
            t->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE ? CursorShape::Underline
                : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT               ? CursorShape::Bar
                                                                                 : CursorShape::Block;
            break;
        default: return 0; // the title and mouse modes are not used
        }
        t->m_damage = t->m_damage.united(QRect(t->m_cursor, QSize(1, 1)));
        return 1;
    }
    static int bell(void *user)
    {
        Q_EMIT self(user)->bell();
        return 1;
    }
    static int pushline(int cols, const VTermScreenCell *cells, void *user)
    {
        TerminalScreen *t = self(user);
        // Trailing blanks in the default colours cost memory and say nothing.
        int used = cols;
        while (used > 0 && (cells[used - 1].chars[0] == 0 || cells[used - 1].chars[0] == ' ')
               && VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg) && !cells[used - 1].attrs.reverse)
            --used;
        Line line;
        line.reserve(size_t(used));
        for (int i = 0; i < used; ++i)
            line.push_back(t->convert(&cells[i]));
        if (t->m_scrollbackLimit <= 0)
            return 1;
        if (int(t->m_scrollback.size()) >= t->m_scrollbackLimit)
            t->m_scrollback.pop_front();
        t->m_scrollback.push_back(std::move(line));
        ++t->m_scrolledOff;
        ++t->m_scrolledSinceFlush;
        return 1;
    }
    // A taller screen takes lines back from the scrollback.
    static int popline(int cols, VTermScreenCell *cells, void *user)
    {
        TerminalScreen *t = self(user);
        if (t->m_scrollback.empty())
            return 0;
        const Line line = std::move(t->m_scrollback.back());
        t->m_scrollback.pop_back();
        --t->m_scrolledOff;
        for (int i = 0; i < cols; ++i) {
            VTermScreenCell &c = cells[i];
            c = VTermScreenCell{};
            vterm_color_rgb(&c.fg, 0, 0, 0);
            vterm_color_rgb(&c.bg, 0, 0, 0);
            c.fg.type |= VTERM_COLOR_DEFAULT_FG;
            c.bg.type |= VTERM_COLOR_DEFAULT_BG;
            c.width = 1;
            if (size_t(i) >= line.size())
                continue;
            const TerminalCell &from = line[size_t(i)];
            if (from.width == 0) {
                c.chars[0] = WideContinuation;
            } else {
                for (int k = 0; k < 3 && from.chars[k]; ++k)
                    c.chars[k] = from.chars[k];
            }
            c.width = char(std::max<int>(from.width, 1));
            c.attrs.bold = from.has(TerminalCell::Bold);
            c.attrs.italic = from.has(TerminalCell::Italic);
            c.attrs.underline = from.has(TerminalCell::Underline) ? VTERM_UNDERLINE_SINGLE : VTERM_UNDERLINE_OFF;
            c.attrs.reverse = from.has(TerminalCell::Reverse);
            c.attrs.strike = from.has(TerminalCell::Strike);
            vterm_color_rgb(&c.fg, quint8(from.foreground >> 16), quint8(from.foreground >> 8), quint8(from.foreground));
            vterm_color_rgb(&c.bg, quint8(from.background >> 16), quint8(from.background >> 8), quint8(from.background));
            if (from.has(TerminalCell::DefaultForeground))
                c.fg.type |= VTERM_COLOR_DEFAULT_FG;
            if (from.has(TerminalCell::DefaultBackground))
                c.bg.type |= VTERM_COLOR_DEFAULT_BG;
        }
        return 1;
    }

    static const VTermScreenCallbacks &table()
    {
        static const VTermScreenCallbacks callbacks = [] {
            VTermScreenCallbacks c{}; // newer libvterm releases add members: zero them
            c.damage = damage;
            c.moverect = moverect;
            c.movecursor = movecursor;
            c.settermprop = settermprop;
            c.bell = Callbacks::bell;
            c.sb_pushline = pushline;
            c.sb_popline = popline;
            return c;
        }();
        return callbacks;
    }
};

TerminalScreen::TerminalScreen(int cols, int rows, int scrollbackLimit, QObject *parent)
    : QObject(parent), m_cols(std::max(cols, 1)), m_rows(std::max(rows, 1)), m_scrollbackLimit(scrollbackLimit)
{
    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &Callbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    vterm_screen_set_callbacks(m_screen, &Callbacks::table(), this);
    // Scrolls arrive as one damaged screen per flush instead of one per line.
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    m_damage = QRect();
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vt);
}

void TerminalScreen::write(const char *bytes, qsizetype size)
{
    if (size > 0)
        vterm_input_write(m_vt, bytes, size_t(size));
    flush();
}

void TerminalScreen::resize(int cols, int rows)
{
    cols = std::max(cols, 1);
    rows = std::max(rows, 1);
    if (cols == m_cols && rows == m_rows)
        return;
    m_cols = cols;
    m_rows = rows;
    vterm_set_size(m_vt, rows, cols);
    m_damage = QRect(0, 0, cols, rows);
    flush();
}

void TerminalScreen::flush()
{
    vterm_screen_flush_damage(m_screen);
    if (!m_output.isEmpty()) {
        const QByteArray out = std::exchange(m_output, {});
        Q_EMIT output(out);
    }
    if (m_damage.isValid() || m_scrolledSinceFlush) {
        const QRect damage = m_damage.intersected(QRect(0, 0, m_cols, m_rows));
        const int scrolled = std::exchange(m_scrolledSinceFlush, 0);
        m_damage = QRect();
        Q_EMIT changed(damage, scrolled);
    }
}

TerminalCell TerminalScreen::convert(const void *vtermCell) const
{
    const auto &c = *static_cast<const VTermScreenCell *>(vtermCell);
    TerminalCell out;
    if (c.chars[0] == WideContinuation) {
        out.width = 0;
    } else {
        for (int k = 0; k < 3 && k < VTERM_MAX_CHARS_PER_CELL && c.chars[k]; ++k)
            out.chars[k] = c.chars[k];
        out.width = quint8(c.width == 2 ? 2 : 1);
    }
    quint8 a = 0;
    if (c.attrs.bold)
        a |= TerminalCell::Bold;
    if (c.attrs.italic)
        a |= TerminalCell::Italic;
    if (c.attrs.underline)
        a |= TerminalCell::Underline;
    if (c.attrs.reverse)
        a |= TerminalCell::Reverse;
    if (c.attrs.strike)
        a |= TerminalCell::Strike;
    VTermColor fg = c.fg;
    VTermColor bg = c.bg;
    if (VTERM_COLOR_IS_DEFAULT_FG(&fg))
        a |= TerminalCell::DefaultForeground;
    if (VTERM_COLOR_IS_DEFAULT_BG(&bg))
        a |= TerminalCell::DefaultBackground;
    vterm_screen_convert_color_to_rgb(m_screen, &fg);
    vterm_screen_convert_color_to_rgb(m_screen, &bg);
    out.foreground = TerminalCell::rgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
    out.background = TerminalCell::rgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
    out.attributes = a;
    return out;
}

TerminalCell TerminalScreen::cell(int line, int col) const
{
    if (col < 0 || col >= m_cols)
        return {};
    if (line >= 0) {
        if (line >= m_rows)
            return {};
        VTermScreenCell c;
        vterm_screen_get_cell(m_screen, VTermPos{line, col}, &c);
        return convert(&c);
    }
    const qsizetype index = qsizetype(m_scrollback.size()) + line;
    if (index < 0)
        return {};
    const Line &l = m_scrollback[size_t(index)];
    return size_t(col) < l.size() ? l[size_t(col)] : TerminalCell{};
}

void TerminalScreen::line(int line, std::vector<TerminalCell> &out) const
{
    out.assign(size_t(m_cols), TerminalCell{});
    if (line >= 0) {
        if (line >= m_rows)
            return;
        VTermScreenCell c;
        for (int col = 0; col < m_cols; ++col) {
            vterm_screen_get_cell(m_screen, VTermPos{line, col}, &c);
            out[size_t(col)] = convert(&c);
        }
        return;
    }
    const qsizetype index = qsizetype(m_scrollback.size()) + line;
    if (index < 0)
        return;
    const Line &l = m_scrollback[size_t(index)];
    std::copy_n(l.begin(), std::min(l.size(), out.size()), out.begin());
}

QString TerminalScreen::lineText(int line, int fromCol, int toCol) const
{
    std::vector<TerminalCell> cells;
    this->line(line, cells);
    if (toCol < 0 || toCol > m_cols)
        toCol = m_cols;
    fromCol = std::clamp(fromCol, 0, m_cols - 1);
    // Starting on the right half of a wide character takes all of it.
    if (fromCol > 0 && cells[size_t(fromCol)].width == 0)
        --fromCol;
    QString text;
    for (int col = fromCol; col < toCol; ++col) {
        const TerminalCell &c = cells[size_t(col)];
        if (c.width == 0)
            continue;
        text += c.chars[0] ? c.text() : QStringLiteral(" ");
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

QString TerminalScreen::text(int fromLine, int fromCol, int toLine, int toCol) const
{
    if (toLine < fromLine || (toLine == fromLine && toCol < fromCol)) {
        std::swap(fromLine, toLine);
        std::swap(fromCol, toCol);
    }
    fromLine = std::max(fromLine, -scrollbackCount());
    toLine = std::min(toLine, m_rows - 1);
    QStringList lines;
    for (int l = fromLine; l <= toLine; ++l)
        lines << lineText(l, l == fromLine ? fromCol : 0, l == toLine ? toCol : m_cols);
    return lines.join(u'\n');
}

void TerminalScreen::sendKey(Key key, int modifiers)
{
    static constexpr VTermKey keys[] = {VTERM_KEY_ENTER, VTERM_KEY_TAB, VTERM_KEY_BACKSPACE, VTERM_KEY_ESCAPE,
        VTERM_KEY_UP, VTERM_KEY_DOWN, VTERM_KEY_LEFT, VTERM_KEY_RIGHT, VTERM_KEY_INS, VTERM_KEY_DEL,
        VTERM_KEY_HOME, VTERM_KEY_END, VTERM_KEY_PAGEUP, VTERM_KEY_PAGEDOWN};
    vterm_keyboard_key(m_vt, keys[int(key)], VTermModifier(modifiers));
    flush();
}

void TerminalScreen::sendFunctionKey(int number, int modifiers)
{
    if (number < 1 || number > 24)
        return;
    vterm_keyboard_key(m_vt, VTermKey(VTERM_KEY_FUNCTION(number)), VTermModifier(modifiers));
    flush();
}

void TerminalScreen::sendCharacter(char32_t c, int modifiers)
{
    vterm_keyboard_unichar(m_vt, uint32_t(c), VTermModifier(modifiers));
    flush();
}

void TerminalScreen::paste(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\r").replace('\n', '\r').replace("\x1b[201~", "");
    vterm_keyboard_start_paste(m_vt);
    m_output += bytes;
    vterm_keyboard_end_paste(m_vt);
    flush();
}

} // namespace Kaji::Models
