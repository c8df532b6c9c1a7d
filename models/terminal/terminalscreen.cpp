#include "terminalscreen.h"

#include <vterm.h>

#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

// libvterm 0.2 changed the state's resize callback (and made it own the
// line infos); 0.3 added sb_clear. Debian 12 ships 0.1.4, vcpkg and
// Homebrew 0.3.
#define KAJI_VTERM_AT_LEAST(major, minor)                                                                              \
    (VTERM_VERSION_MAJOR > (major) || (VTERM_VERSION_MAJOR == (major) && VTERM_VERSION_MINOR >= (minor)))

namespace Kaji::Models {

namespace {

// Ours, so a resize callback (libvterm 0.2+) can allocate what the state
// frees. libvterm relies on zeroed memory.
void *zeroedAlloc(size_t size, void *)
{
    return std::calloc(1, size);
}

void release(void *ptr, void *)
{
    std::free(ptr);
}

VTermAllocatorFunctions allocator{&zeroedAlloc, &release};

} // namespace

struct TerminalScreen::Callbacks {
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static void output(const char *s, size_t len, void *user) { self(user)->m_output.append(s, qsizetype(len)); }

    static int putglyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        TerminalScreen *t = self(user);
        char32_t chars[3] = {0, 0, 0};
        for (int k = 0; k < 3 && k < VTERM_MAX_CHARS_PER_CELL && info->chars[k]; ++k)
            chars[k] = info->chars[k];
        t->m_grid.put(pos.row, pos.col, chars, info->width, t->m_pen);
        t->damage(pos.row, pos.row + 1, pos.col, pos.col + std::max(info->width, 1));
        return 1;
    }
    static int movecursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        TerminalScreen *t = self(user);
        // Both the old and the new place need painting.
        t->damage(t->m_cursor.y(), t->m_cursor.y() + 1, t->m_cursor.x(), t->m_cursor.x() + 1);
        t->damage(pos.row, pos.row + 1, pos.col, pos.col + 1);
        t->m_cursor = QPoint(pos.col, pos.row);
        t->m_cursorVisible = visible;
        return 1;
    }
    static int scrollrect(VTermRect rect, int downward, int rightward, void *user)
    {
        TerminalScreen *t = self(user);
        t->m_grid.scroll(rect.start_row, rect.end_row, rect.start_col, rect.end_col, downward, rightward, t->blank());
        t->damage(rect.start_row, rect.end_row, rect.start_col, rect.end_col);
        return 1;
    }
    static int moverect(VTermRect dest, VTermRect src, void *user)
    {
        TerminalScreen *t = self(user);
        t->m_grid.move(dest.start_row, dest.start_col, src.start_row, src.start_col, src.end_row - src.start_row,
            src.end_col - src.start_col);
        t->damage(dest.start_row, dest.end_row, dest.start_col, dest.end_col);
        return 1;
    }
    static int erase(VTermRect rect, int, void *user)
    {
        TerminalScreen *t = self(user);
        t->m_grid.erase(rect.start_row, rect.end_row, rect.start_col, rect.end_col, t->blank());
        t->damage(rect.start_row, rect.end_row, rect.start_col, rect.end_col);
        return 1;
    }
    static int initpen(void *user)
    {
        self(user)->m_pen = TerminalCell{};
        return 1;
    }
    static void flag(TerminalCell &pen, TerminalCell::Attribute a, bool on)
    {
        pen.attributes = quint8(on ? pen.attributes | a : pen.attributes & ~a);
    }
    static int setpenattr(VTermAttr attr, VTermValue *value, void *user)
    {
        TerminalScreen *t = self(user);
        TerminalCell &pen = t->m_pen;
        switch (attr) {
        case VTERM_ATTR_BOLD: flag(pen, TerminalCell::Bold, value->boolean); break;
        case VTERM_ATTR_UNDERLINE: flag(pen, TerminalCell::Underline, value->number != 0); break;
        case VTERM_ATTR_ITALIC: flag(pen, TerminalCell::Italic, value->boolean); break;
        case VTERM_ATTR_REVERSE: flag(pen, TerminalCell::Reverse, value->boolean); break;
        case VTERM_ATTR_STRIKE: flag(pen, TerminalCell::Strike, value->boolean); break;
        case VTERM_ATTR_FOREGROUND:
        case VTERM_ATTR_BACKGROUND: {
            // Resolved now (palette, 256-colour cube, greys): cells keep RGB.
            VTermColor colour = value->color;
            const bool foreground = attr == VTERM_ATTR_FOREGROUND;
            const bool isDefault = foreground ? VTERM_COLOR_IS_DEFAULT_FG(&colour) : VTERM_COLOR_IS_DEFAULT_BG(&colour);
            vterm_state_convert_color_to_rgb(t->m_state, &colour);
            const quint32 rgb = TerminalCell::rgb(colour.rgb.red, colour.rgb.green, colour.rgb.blue);
            (foreground ? pen.foreground : pen.background) = rgb;
            flag(pen, foreground ? TerminalCell::DefaultForeground : TerminalCell::DefaultBackground, isDefault);
            break;
        }
        default: break; // blink, fonts: not shown
        }
        return 1;
    }
    static int settermprop(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalScreen *t = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE: t->m_cursorVisible = value->boolean; break;
        case VTERM_PROP_CURSORBLINK: t->m_cursorBlink = value->boolean; break;
        case VTERM_PROP_ALTSCREEN:
            // libvterm erases the alternate screen after this when entering it.
            t->m_grid.setAltScreen(value->boolean);
            t->damage(0, t->rows(), 0, t->cols());
            break;
        case VTERM_PROP_CURSORSHAPE:
            t->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE ? CursorShape::Underline
                : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT               ? CursorShape::Bar
                                                                                 : CursorShape::Block;
            break;
        case VTERM_PROP_MOUSE:
            t->m_mouseMode = value->number == VTERM_PROP_MOUSE_CLICK ? MouseMode::Click
                : value->number == VTERM_PROP_MOUSE_DRAG             ? MouseMode::Drag
                : value->number == VTERM_PROP_MOUSE_MOVE             ? MouseMode::Move
                                                                     : MouseMode::None;
            return 1;
        default: return 1; // the title: not shown
        }
        t->damage(t->m_cursor.y(), t->m_cursor.y() + 1, t->m_cursor.x(), t->m_cursor.x() + 1);
        return 1;
    }
    static int bell(void *user)
    {
        Q_EMIT self(user)->bell();
        return 1;
    }
    // Returns how far the cursor's row moves with the text.
    static int resizeGrid(TerminalScreen *t, int rows, int cols, int cursorRow)
    {
        const int delta = t->m_grid.resize(cols, rows, cursorRow);
        t->damage(0, rows, 0, cols);
        return delta;
    }
#if KAJI_VTERM_AT_LEAST(0, 2)
    static int resize(int rows, int cols, VTermStateFields *fields, void *user)
    {
        TerminalScreen *t = self(user);
        const int oldRows = t->rows();
        fields->pos.row += resizeGrid(t, rows, cols, fields->pos.row);
        // With a resize callback the state leaves its line infos to us.
        for (VTermLineInfo *&info : fields->lineinfos) {
            if (!info || rows == oldRows)
                continue;
            auto *fresh = static_cast<VTermLineInfo *>(zeroedAlloc(size_t(rows) * sizeof(VTermLineInfo), nullptr));
            std::memcpy(fresh, info, size_t(std::min(rows, oldRows)) * sizeof(VTermLineInfo));
            release(info, nullptr);
            info = fresh;
        }
        return 1;
    }
#else
    static int resize(int rows, int cols, VTermPos *delta, void *user)
    {
        TerminalScreen *t = self(user);
        delta->row += resizeGrid(t, rows, cols, t->m_cursor.y());
        return 1;
    }
#endif
#if KAJI_VTERM_AT_LEAST(0, 3)
    static int clearScrollback(void *user)
    {
        self(user)->m_grid.clearScrollback();
        return 1;
    }
#endif
    static int setlineinfo(int, const VTermLineInfo *, const VTermLineInfo *, void *)
    {
        return 1; // double-width and double-height lines are drawn normal
    }

    static const VTermStateCallbacks &table()
    {
        static const VTermStateCallbacks callbacks = [] {
            VTermStateCallbacks c{}; // newer libvterm releases add members: zero them
            c.putglyph = putglyph;
            c.movecursor = movecursor;
            c.scrollrect = scrollrect;
            c.moverect = moverect;
            c.erase = erase;
            c.initpen = initpen;
            c.setpenattr = setpenattr;
            c.settermprop = settermprop;
            c.bell = Callbacks::bell;
            c.resize = resize;
            c.setlineinfo = setlineinfo;
#if KAJI_VTERM_AT_LEAST(0, 3)
            c.sb_clear = clearScrollback;
#endif
            return c;
        }();
        return callbacks;
    }
};

TerminalScreen::TerminalScreen(int cols, int rows, int scrollbackLimit, QObject *parent)
    : QObject(parent), m_grid(cols, rows, scrollbackLimit)
{
    m_vt = vterm_new_with_allocator(m_grid.rows(), m_grid.cols(), &allocator, nullptr);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &Callbacks::output, this);
    m_state = vterm_obtain_state(m_vt);
    vterm_state_set_callbacks(m_state, &Callbacks::table(), this);
    vterm_state_reset(m_state, 1);
    m_damageTop = m_damageBottom = 0;
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
    if (cols == this->cols() && rows == this->rows())
        return;
    vterm_set_size(m_vt, rows, cols); // resizes the grid through the state's callback
    damage(0, rows, 0, cols);
    flush();
}

void TerminalScreen::damage(int fromRow, int toRow, int fromCol, int toCol)
{
    if (fromRow >= toRow || fromCol >= toCol)
        return;
    if (m_damageTop >= m_damageBottom) {
        m_damageTop = fromRow;
        m_damageBottom = toRow;
        m_damageLeft = fromCol;
        m_damageRight = toCol;
        return;
    }
    m_damageTop = std::min(m_damageTop, fromRow);
    m_damageBottom = std::max(m_damageBottom, toRow);
    m_damageLeft = std::min(m_damageLeft, fromCol);
    m_damageRight = std::max(m_damageRight, toCol);
}

TerminalCell TerminalScreen::blank() const
{
    TerminalCell b;
    b.foreground = m_pen.foreground;
    b.background = m_pen.background;
    b.attributes = m_pen.attributes & (TerminalCell::DefaultForeground | TerminalCell::DefaultBackground);
    return b;
}

void TerminalScreen::flush()
{
    if (!m_output.isEmpty()) {
        const QByteArray out = std::exchange(m_output, {});
        Q_EMIT output(out);
    }
    const int scrolled = int(std::max<qint64>(0, m_grid.scrolledOff() - m_scrolledAtFlush));
    m_scrolledAtFlush = m_grid.scrolledOff();
    const bool damaged = m_damageTop < m_damageBottom;
    if (damaged || scrolled) {
        const QRect damage = damaged ? QRect(m_damageLeft, m_damageTop, m_damageRight - m_damageLeft,
                                           m_damageBottom - m_damageTop)
                                           .intersected(QRect(0, 0, cols(), rows()))
                                     : QRect();
        m_damageTop = m_damageBottom = 0;
        Q_EMIT changed(damage, scrolled);
    }
}

QString TerminalScreen::lineText(int line, int fromCol, int toCol) const
{
    std::vector<TerminalCell> cells;
    this->line(line, cells);
    if (toCol < 0 || toCol > cols())
        toCol = cols();
    fromCol = std::clamp(fromCol, 0, cols() - 1);
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
    toLine = std::min(toLine, rows() - 1);
    QStringList lines;
    for (int l = fromLine; l <= toLine; ++l)
        lines << lineText(l, l == fromLine ? fromCol : 0, l == toLine ? toCol : cols());
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

void TerminalScreen::sendMouseMove(int line, int col, int modifiers)
{
    vterm_mouse_move(m_vt, std::clamp(line, 0, rows() - 1), std::clamp(col, 0, cols() - 1), VTermModifier(modifiers));
    flush();
}

void TerminalScreen::sendMouseButton(int button, bool pressed, int modifiers)
{
    if (button < 1 || button > 5)
        return;
    vterm_mouse_button(m_vt, button, pressed, VTermModifier(modifiers));
    flush();
}

} // namespace Kaji::Models
