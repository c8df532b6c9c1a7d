// The terminal's own cell storage (issue 17): TerminalGrid directly, and
// TerminalScreen (libvterm's state layer + TerminalGrid) against libvterm's
// own VTermScreen fed the same random output, cell by cell.
#include "terminal/terminalgrid.h"
#include "terminal/terminalscreen.h"

#include <vterm.h>

#include <QTest>

using namespace Kaji::Models;

namespace {

TerminalCell penWith(quint32 background)
{
    TerminalCell pen;
    pen.background = background;
    pen.attributes = TerminalCell::DefaultForeground;
    return pen;
}

void putText(TerminalGrid &grid, int row, const QString &text)
{
    int col = 0;
    for (char32_t c : text.toUcs4()) {
        const char32_t chars[3] = {c, 0, 0};
        grid.put(row, col++, chars, 1, TerminalCell{});
    }
}

QString rowText(const TerminalGrid &grid, int line)
{
    QString s;
    for (int col = 0; col < grid.cols(); ++col) {
        const TerminalCell &c = grid.cell(line, col);
        s += c.chars[0] ? c.text() : QStringLiteral(".");
    }
    return s;
}

// libvterm's VTermScreen, the reference TerminalScreen must match.
class Reference {
public:
    Reference(int cols, int rows)
    {
        m_vt = vterm_new(rows, cols);
        vterm_set_utf8(m_vt, 1);
        m_screen = vterm_obtain_screen(m_vt);
        static const VTermScreenCallbacks callbacks = [] {
            VTermScreenCallbacks c{};
            c.sb_pushline = &Reference::pushline;
            return c;
        }();
        vterm_screen_set_callbacks(m_screen, &callbacks, this);
        vterm_screen_enable_altscreen(m_screen, 1);
        vterm_screen_reset(m_screen, 1);
    }
    ~Reference() { vterm_free(m_vt); }
    Reference(const Reference &) = delete;
    Reference &operator=(const Reference &) = delete;

    void write(const QByteArray &bytes) { vterm_input_write(m_vt, bytes.constData(), size_t(bytes.size())); }
    QPoint cursor() const
    {
        VTermPos pos;
        vterm_state_get_cursorpos(vterm_obtain_state(m_vt), &pos);
        return {pos.col, pos.row};
    }
    TerminalCell cell(int row, int col) const
    {
        VTermScreenCell c;
        vterm_screen_get_cell(m_screen, VTermPos{row, col}, &c);
        TerminalCell out;
        for (int k = 0; k < 3 && c.chars[k]; ++k)
            out.chars[k] = c.chars[k];
        out.width = quint8(c.width);
        quint8 a = 0;
        a |= c.attrs.bold ? TerminalCell::Bold : 0;
        a |= c.attrs.italic ? TerminalCell::Italic : 0;
        a |= c.attrs.underline ? TerminalCell::Underline : 0;
        a |= c.attrs.reverse ? TerminalCell::Reverse : 0;
        a |= c.attrs.strike ? TerminalCell::Strike : 0;
        a |= VTERM_COLOR_IS_DEFAULT_FG(&c.fg) ? TerminalCell::DefaultForeground : 0;
        a |= VTERM_COLOR_IS_DEFAULT_BG(&c.bg) ? TerminalCell::DefaultBackground : 0;
        out.attributes = a;
        vterm_screen_convert_color_to_rgb(m_screen, &c.fg);
        vterm_screen_convert_color_to_rgb(m_screen, &c.bg);
        out.foreground = TerminalCell::rgb(c.fg.rgb.red, c.fg.rgb.green, c.fg.rgb.blue);
        out.background = TerminalCell::rgb(c.bg.rgb.red, c.bg.rgb.green, c.bg.rgb.blue);
        return out;
    }
    const QStringList &scrollback() const { return m_scrollback; }

private:
    static int pushline(int cols, const VTermScreenCell *cells, void *user)
    {
        QString line;
        for (int i = 0; i < cols; ++i) {
            if (cells[i].chars[0] == 0xFFFFFFFF)
                continue;
            line += cells[i].chars[0] ? QString(QChar(char16_t(cells[i].chars[0]))) : QStringLiteral(" ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        static_cast<Reference *>(user)->m_scrollback << line;
        return 1;
    }

    VTerm *m_vt;
    VTermScreen *m_screen;
    QStringList m_scrollback;
};

// Output a program could print: text, colours, cursor moves, scrolling
// regions (also left/right margins), line and character insert/delete,
// erases, reverse index, scroll up/down, the alternate screen.
QByteArray randomOutput(quint32 &seed, int operations)
{
    const auto next = [&seed](int n) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 8) % quint32(n));
    };
    const auto num = [](int n) { return QByteArray::number(n); };
    QByteArray out;
    for (int i = 0; i < operations; ++i) {
        switch (next(22)) {
        case 0: case 1: case 2: case 3: {
            const int n = 1 + next(30);
            for (int k = 0; k < n; ++k)
                out += char('a' + next(26));
            break;
        }
        case 4: out += "\r\n"; break;
        case 5: out += next(2) ? "\n" : "\r"; break;
        case 6: {
            static const char *sgr[] = {"0", "1", "22", "3", "23", "4", "24", "7", "27", "9", "29", "31", "42", "93",
                                        "104", "39", "49"};
            out += "\x1b[" + QByteArray(sgr[next(17)]) + 'm';
            break;
        }
        case 7:
            out += "\x1b[" + QByteArray(next(2) ? "38" : "48") + ";5;" + num(next(256)) + 'm';
            break;
        case 8:
            out += "\x1b[" + QByteArray(next(2) ? "38" : "48") + ";2;" + num(next(256)) + ';' + num(next(256)) + ';'
                + num(next(256)) + 'm';
            break;
        case 9: out += "\x1b[" + num(1 + next(14)) + ';' + num(1 + next(24)) + 'H'; break;
        case 10: out += "\x1b[" + num(1 + next(4)) + "ABCD"[next(4)]; break;
        case 11:
            if (next(3) != 0)
                out += "\x1b[r";
            else
                out += "\x1b[" + num(1 + next(6)) + ';' + num(6 + next(7)) + 'r';
            break;
        case 12: out += "\x1b[" + num(1 + next(3)) + "LM@PX"[next(5)]; break;
        case 13: out += "\x1b[" + num(next(3)) + "JK"[next(2)]; break;
        case 14: out += next(2) ? "\x1bM" : "\x1b" "D"; break;
        case 15: out += "\x1b[" + num(1 + next(3)) + "ST"[next(2)]; break;
        case 16:
            if (next(6) == 0)
                out += next(2) ? "\x1b[?1049h" : "\x1b[?1049l";
            break;
        case 17:
            if (next(8) == 0)
                out += next(2) ? "\x1b[?69h\x1b[" + num(1 + next(5)) + ';' + num(8 + next(12)) + 's' : "\x1b[?69l";
            break;
        case 18: out += "\t"; break;
        case 19: out += "\b"; break;
        default: {
            const int n = 20 + next(60);
            for (int k = 0; k < n; ++k)
                out += char('A' + next(26));
            out += "\r\n";
        }
        }
    }
    return out;
}

} // namespace

class TstTerminalGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullScreenScrollPushesTopLines()
    {
        TerminalGrid grid(4, 3, 10);
        putText(grid, 0, QStringLiteral("aaaa"));
        putText(grid, 1, QStringLiteral("bb"));
        putText(grid, 2, QStringLiteral("c"));
        QCOMPARE(grid.scroll(0, 3, 0, 4, 2, 0, penWith(0x123456)), 2);
        QCOMPARE(grid.scrollbackCount(), 2);
        QCOMPARE(grid.scrolledOff(), 2);
        QCOMPARE(rowText(grid, -2), QStringLiteral("aaaa"));
        QCOMPARE(rowText(grid, -1), QStringLiteral("bb.."));
        QCOMPARE(rowText(grid, 0), QStringLiteral("c..."));
        QCOMPARE(rowText(grid, 1), QStringLiteral("...."));
        // The vacated lines have the pen's background (what `clear` in a colour leaves).
        QCOMPARE(grid.cell(2, 3).background, 0x123456u);
        QVERIFY(!grid.cell(2, 3).has(TerminalCell::DefaultBackground));
        // Back down (reverse index at the top): nothing comes out of the history.
        QCOMPARE(grid.scroll(0, 3, 0, 4, -1, 0, TerminalCell{}), 0);
        QCOMPARE(rowText(grid, 0), QStringLiteral("...."));
        QCOMPARE(rowText(grid, 1), QStringLiteral("c..."));
    }

    void regionScrollSwapsOnlyItsLines()
    {
        TerminalGrid grid(3, 5, 10);
        for (int r = 0; r < 5; ++r)
            putText(grid, r, QString(3, QChar(u'a' + r)));
        // A region below the top (a status line above, as in less or vi).
        QCOMPARE(grid.scroll(1, 4, 0, 3, 2, 0, TerminalCell{}), 0);
        QCOMPARE(grid.scrollbackCount(), 0);
        QStringList rows;
        for (int r = 0; r < 5; ++r)
            rows << rowText(grid, r);
        QCOMPARE(rows.join(u'|'), QStringLiteral("aaa|ddd|...|...|eee"));
        grid.scroll(1, 4, 0, 3, -1, 0, TerminalCell{});
        rows.clear();
        for (int r = 0; r < 5; ++r)
            rows << rowText(grid, r);
        QCOMPARE(rows.join(u'|'), QStringLiteral("aaa|...|ddd|...|eee"));
        // Sideways within a row part: cells move, the rest stays.
        putText(grid, 1, QStringLiteral("xyz"));
        grid.scroll(1, 2, 1, 3, 0, 1, TerminalCell{});
        QCOMPARE(rowText(grid, 1), QStringLiteral("xz."));
    }

    void wideCharacterHalvesNeverStayAlone()
    {
        TerminalGrid grid(6, 1, 0);
        const char32_t wide[3] = {U'日', 0, 0};
        const char32_t narrow[3] = {U'x', 0, 0};
        grid.put(0, 0, wide, 2, TerminalCell{});
        grid.put(0, 2, wide, 2, TerminalCell{});
        QCOMPARE(int(grid.cell(0, 1).width), 0);
        // A narrow glyph over the right half of the first: its left half goes.
        grid.put(0, 1, narrow, 1, TerminalCell{});
        QCOMPARE(rowText(grid, 0), QStringLiteral(".x日..."));
        QCOMPARE(int(grid.cell(0, 0).width), 1);
        // A wide glyph over the right half of the second: its left half goes.
        grid.put(0, 3, wide, 2, TerminalCell{});
        QCOMPARE(rowText(grid, 0), QStringLiteral(".x.日.."));
        QCOMPARE(int(grid.cell(0, 2).width), 1);
        QCOMPARE(int(grid.cell(0, 4).width), 0);
        // Over the left half of the wide one: the right half goes.
        grid.put(0, 3, narrow, 1, TerminalCell{});
        QCOMPARE(int(grid.cell(0, 4).width), 1);
        QCOMPARE(rowText(grid, 0), QStringLiteral(".x.x.."));
    }

    void resizeKeepsRingOrder()
    {
        TerminalGrid grid(3, 3, 10);
        for (int i = 0; i < 5; ++i) { // rotates the ring twice
            grid.scroll(0, 3, 0, 3, 1, 0, TerminalCell{});
            putText(grid, 2, QString::number(i));
        }
        QCOMPARE(rowText(grid, 0), QStringLiteral("2.."));
        QCOMPARE(grid.resize(4, 5, 2), 2); // two lines back from the history
        QCOMPARE(rowText(grid, 0), QStringLiteral("0..."));
        QCOMPARE(rowText(grid, 4), QStringLiteral("4..."));
        QCOMPARE(grid.resize(4, 2, 4), -3);
        QCOMPARE(rowText(grid, 0), QStringLiteral("3..."));
        QCOMPARE(rowText(grid, -1), QStringLiteral("2..."));
    }

    void matchesLibvtermScreen_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 1234u, 99991u, 31337u})
            QTest::addRow("seed %u", seed) << seed;
    }

    // Same output, same cells as libvterm's own screen: the state callbacks
    // (pen, erase, scroll regions, margins, insert/delete, alternate
    // screen) are handled as VTermScreen handles them.
    void matchesLibvtermScreen()
    {
        QFETCH(quint32, seed);
        constexpr int Cols = 24;
        constexpr int Rows = 14;
        TerminalScreen ours(Cols, Rows, 100000);
        Reference reference(Cols, Rows);
        for (int round = 0; round < 60; ++round) {
            const QByteArray chunk = randomOutput(seed, 40);
            ours.write(chunk);
            reference.write(chunk);
            QCOMPARE(ours.cursor(), reference.cursor());
            for (int row = 0; row < Rows; ++row) {
                for (int col = 0; col < Cols; ++col) {
                    TerminalCell a = ours.cell(row, col);
                    TerminalCell b = reference.cell(row, col);
                    // An erase leaves the pen's colours only, as xterm and
                    // libvterm 0.3 do; libvterm before 0.2 also kept bold,
                    // reverse, ... in blank cells.
                    if (b.chars[0] == 0) {
                        constexpr quint8 colours = TerminalCell::DefaultForeground | TerminalCell::DefaultBackground;
                        a.attributes &= colours;
                        b.attributes &= colours;
                    }
                    const QByteArray where = "round " + QByteArray::number(round) + " row " + QByteArray::number(row)
                        + " col " + QByteArray::number(col) + ": ours " + QByteArray::number(quint32(a.chars[0]))
                        + '/' + QByteArray::number(a.attributes, 16) + '/' + QByteArray::number(a.foreground, 16) + '/'
                        + QByteArray::number(a.background, 16) + ", libvterm's " + QByteArray::number(quint32(b.chars[0]))
                        + '/' + QByteArray::number(b.attributes, 16) + '/' + QByteArray::number(b.foreground, 16) + '/'
                        + QByteArray::number(b.background, 16);
                    QVERIFY2(a.chars[0] == b.chars[0], where + " char");
                    QVERIFY2(a.attributes == b.attributes, where + " attributes");
                    QVERIFY2(a.foreground == b.foreground, where + " foreground");
                    QVERIFY2(a.background == b.background, where + " background");
                }
            }
        }
        const QStringList &history = reference.scrollback();
        QCOMPARE(ours.scrollbackCount(), int(history.size()));
        QVERIFY2(history.size() > 20, QByteArray::number(history.size()).constData()); // the output did scroll
        for (int i = 1; i <= int(history.size()); ++i)
            QCOMPARE(ours.lineText(-i), history[history.size() - i]);
    }
};

QTEST_GUILESS_MAIN(TstTerminalGrid)
#include "tst_terminalgrid.moc"
