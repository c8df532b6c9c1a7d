// The terminal's screen model (issue 17): real byte streams as programs
// print them, checked against the cell grid libvterm builds.
#include "terminal/terminalscreen.h"

#include <QSignalSpy>

#include <functional>
#include <QTest>

using namespace Kaji::Models;

namespace {

QByteArray outputOf(TerminalScreen &screen, const std::function<void()> &act)
{
    QByteArray out;
    auto c = QObject::connect(&screen, &TerminalScreen::output, [&](const QByteArray &b) { out += b; });
    act();
    QObject::disconnect(c);
    return out;
}

} // namespace

class TstTerminalScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainTextAndCursor()
    {
        TerminalScreen screen(20, 5);
        screen.write("hello\r\nworld");
        QCOMPARE(screen.lineText(0), QStringLiteral("hello"));
        QCOMPARE(screen.lineText(1), QStringLiteral("world"));
        QCOMPARE(screen.cursor(), QPoint(5, 1));
        // CUP (1-based) then overwrite; CUF/CUB move within the line.
        screen.write("\x1b[3;4HX\x1b[2CY\x1b[4DZ");
        QCOMPARE(screen.lineText(2), QStringLiteral("   Z  Y"));
        QCOMPARE(screen.cursor(), QPoint(4, 2));
        // Erase in line from the cursor.
        screen.write("\x1b[1;3H\x1b[K");
        QCOMPARE(screen.lineText(0), QStringLiteral("he"));
    }

    void colours()
    {
        TerminalScreen screen(40, 3);
        screen.write("\x1b[31mR\x1b[38;5;196mI\x1b[38;2;12;34;56mT\x1b[48;5;21mB\x1b[0mD"
                     "\x1b[1;3;4;7mS\x1b[0m");
        const TerminalCell red = screen.cell(0, 0);
        QVERIFY(!red.has(TerminalCell::DefaultForeground));
        QVERIFY((red.foreground >> 16) > 0x80 && (red.foreground >> 8 & 0xff) < 0x40);
        QCOMPARE(screen.cell(0, 1).foreground, TerminalCell::rgb(255, 0, 0)); // 256-colour cube 5,0,0
        QCOMPARE(screen.cell(0, 2).foreground, TerminalCell::rgb(12, 34, 56)); // true colour, exact
        QCOMPARE(screen.cell(0, 3).background, TerminalCell::rgb(0, 0, 255)); // cube 0,0,5
        QVERIFY(!screen.cell(0, 3).has(TerminalCell::DefaultBackground));
        const TerminalCell plain = screen.cell(0, 4);
        QVERIFY(plain.has(TerminalCell::DefaultForeground));
        QVERIFY(plain.has(TerminalCell::DefaultBackground));
        QVERIFY(!plain.has(TerminalCell::Bold));
        const TerminalCell styled = screen.cell(0, 5);
        QVERIFY(styled.has(TerminalCell::Bold));
        QVERIFY(styled.has(TerminalCell::Italic));
        QVERIFY(styled.has(TerminalCell::Underline));
        QVERIFY(styled.has(TerminalCell::Reverse));
        // The greyscale ramp: 232 is 8,8,8 and each step adds 10.
        screen.write("\x1b[38;5;240mG");
        QCOMPARE(screen.cell(0, 6).foreground, TerminalCell::rgb(88, 88, 88));
    }

    void wideCharactersTakeTwoCells()
    {
        TerminalScreen screen(10, 2);
        screen.write("a日本語b");
        QCOMPARE(screen.cell(0, 0).text(), QStringLiteral("a"));
        QCOMPARE(screen.cell(0, 1).text(), QStringLiteral("日"));
        QCOMPARE(int(screen.cell(0, 1).width), 2);
        QCOMPARE(int(screen.cell(0, 2).width), 0);
        QCOMPARE(screen.cell(0, 3).text(), QStringLiteral("本"));
        QCOMPARE(screen.cell(0, 5).text(), QStringLiteral("語"));
        QCOMPARE(screen.cell(0, 7).text(), QStringLiteral("b"));
        QCOMPARE(screen.cursor(), QPoint(8, 0));
        QCOMPARE(screen.lineText(0), QStringLiteral("a日本語b"));
        // A wide character split over two writes (UTF-8 cut mid-sequence).
        const QByteArray go = QStringLiteral("語").toUtf8();
        screen.write("\r\n" + go.left(1));
        screen.write(go.mid(1));
        QCOMPARE(screen.lineText(1), QStringLiteral("語"));
        // Does not fit in the last column: wraps to the next line whole.
        TerminalScreen narrow(3, 2);
        narrow.write("ab日");
        QCOMPARE(narrow.lineText(0), QStringLiteral("ab"));
        QCOMPARE(narrow.lineText(1), QStringLiteral("日"));
    }

    void alternateScreenRestoresMain()
    {
        TerminalScreen screen(20, 4);
        screen.write("shell$ vi\r\nline two");
        const QPoint cursor = screen.cursor();
        QVERIFY(!screen.altScreen());
        // What vi sends: save cursor + alternate screen, clear, draw.
        screen.write("\x1b[?1049h\x1b[H\x1b[2J~\r\n~\r\n\x1b[1;1Hfull screen");
        QVERIFY(screen.altScreen());
        QCOMPARE(screen.lineText(0), QStringLiteral("full screen"));
        QCOMPARE(screen.lineText(1), QStringLiteral("~"));
        screen.write("\x1b[?1049l");
        QVERIFY(!screen.altScreen());
        QCOMPARE(screen.lineText(0), QStringLiteral("shell$ vi"));
        QCOMPARE(screen.lineText(1), QStringLiteral("line two"));
        QCOMPARE(screen.cursor(), cursor);
        QCOMPARE(screen.scrollbackCount(), 0); // the full-screen program left none
    }

    void scrollbackIsBounded()
    {
        TerminalScreen screen(10, 3, 50);
        QSignalSpy changed(&screen, &TerminalScreen::changed);
        QByteArray out;
        for (int i = 0; i < 100; ++i)
            out += "line " + QByteArray::number(i) + "\r\n";
        screen.write(out);
        QCOMPARE(changed.count(), 1); // one notice for the whole write
        QCOMPARE(changed.first().at(1).toInt(), 98);
        QCOMPARE(screen.scrollbackCount(), 50);
        QCOMPARE(screen.scrolledOff(), 98);
        QCOMPARE(screen.lineText(-1), QStringLiteral("line 97"));
        QCOMPARE(screen.lineText(-50), QStringLiteral("line 48"));
        QCOMPARE(screen.lineText(0), QStringLiteral("line 98"));
        QCOMPARE(screen.lineText(1), QStringLiteral("line 99"));
        QCOMPARE(screen.lineText(-51), QString()); // beyond the limit: gone
        // Colours survive the trip into the scrollback.
        screen.write("\x1b[38;2;1;2;3mC\x1b[0m\r\n\r\n\r\n");
        QCOMPARE(screen.cell(-1, 0).foreground, TerminalCell::rgb(1, 2, 3));
    }

    void resizeTakesLinesBack()
    {
        TerminalScreen screen(10, 3);
        screen.write("a\r\nb\r\nc\r\nd\r\ne");
        QCOMPARE(screen.scrollbackCount(), 2);
        QCOMPARE(screen.lineText(0), QStringLiteral("c"));
        screen.resize(12, 5);
        QCOMPARE(screen.cols(), 12);
        QCOMPARE(screen.rows(), 5);
        QCOMPARE(screen.scrollbackCount(), 0);
        QCOMPARE(screen.lineText(0), QStringLiteral("a"));
        QCOMPARE(screen.lineText(4), QStringLiteral("e"));
        screen.resize(12, 2); // keeps the cursor's line and the one above it
        QCOMPARE(screen.lineText(0), QStringLiteral("d"));
        QCOMPARE(screen.lineText(1), QStringLiteral("e"));
        QCOMPARE(screen.lineText(-1), QStringLiteral("c"));
        QCOMPARE(screen.scrollbackCount(), 3);
    }

    void selectionText()
    {
        TerminalScreen screen(12, 4);
        screen.write("first line\r\n日本語 text\r\nthird");
        QCOMPARE(screen.text(0, 6, 1, 6), QStringLiteral("line\n日本語"));
        QCOMPARE(screen.text(1, 3, 1, 12), QStringLiteral("本語 text"));
        // Backwards (dragging up) gives the same text.
        QCOMPARE(screen.text(2, 3, 1, 7), QStringLiteral("text\nthi"));
    }

    void keysToBytes()
    {
        TerminalScreen screen(10, 3);
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Up); }), QByteArray("\x1b[A"));
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Left); }), QByteArray("\x1b[D"));
        // DECCKM (application cursor keys), as vi and less set it.
        screen.write("\x1b[?1h");
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Up); }), QByteArray("\x1bOA"));
        screen.write("\x1b[?1l");
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Up); }), QByteArray("\x1b[A"));
        QCOMPARE(outputOf(screen, [&] { screen.sendCharacter(U'c', TerminalScreen::Control); }), QByteArray("\x03"));
        QCOMPARE(outputOf(screen, [&] { screen.sendCharacter(U'x', TerminalScreen::Alt); }), QByteArray("\x1bx"));
        QCOMPARE(outputOf(screen, [&] { screen.sendCharacter(U'日'); }), QStringLiteral("日").toUtf8());
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Enter); }), QByteArray("\r"));
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Backspace); }), QByteArray("\x7f"));
        QCOMPARE(outputOf(screen, [&] { screen.sendFunctionKey(1); }), QByteArray("\x1bOP"));
        QCOMPARE(outputOf(screen, [&] { screen.sendFunctionKey(5); }), QByteArray("\x1b[15~"));
        QCOMPARE(outputOf(screen, [&] { screen.sendKey(TerminalScreen::Key::Right, TerminalScreen::Control); }),
            QByteArray("\x1b[1;5C"));
    }

    void bracketedPaste()
    {
        TerminalScreen screen(10, 3);
        QCOMPARE(outputOf(screen, [&] { screen.paste(QStringLiteral("ls\nrm x\r\n")); }), QByteArray("ls\rrm x\r"));
        screen.write("\x1b[?2004h"); // bash and zsh ask for it
        QCOMPARE(outputOf(screen, [&] { screen.paste(QStringLiteral("echo 1\necho 2")); }),
            QByteArray("\x1b[200~echo 1\recho 2\x1b[201~"));
        // Text that tries to end the paste early loses the marker.
        QCOMPARE(outputOf(screen, [&] { screen.paste(QStringLiteral("a\x1b[201~b")); }),
            QByteArray("\x1b[200~ab\x1b[201~"));
    }

    void answersQueries()
    {
        TerminalScreen screen(10, 3);
        // Cursor position report (DSR 6): programs ask to measure the screen.
        QCOMPARE(outputOf(screen, [&] { screen.write("ab\x1b[6n"); }), QByteArray("\x1b[1;3R"));
    }

    void cursorModes()
    {
        TerminalScreen screen(10, 3);
        QVERIFY(screen.cursorVisible());
        screen.write("\x1b[?25l");
        QVERIFY(!screen.cursorVisible());
        screen.write("\x1b[?25h\x1b[6 q");
        QVERIFY(screen.cursorVisible());
        QCOMPARE(screen.cursorShape(), TerminalScreen::CursorShape::Bar);
        screen.write("\x1b[4 q");
        QCOMPARE(screen.cursorShape(), TerminalScreen::CursorShape::Underline);
    }

    void mouseReporting()
    {
        TerminalScreen screen(20, 5);
        QCOMPARE(screen.mouseMode(), TerminalScreen::MouseMode::None);
        // What htop or vim with mouse=a ask for: clicks, SGR encoding.
        screen.write("\x1b[?1000h\x1b[?1006h");
        QCOMPARE(screen.mouseMode(), TerminalScreen::MouseMode::Click);
        QCOMPARE(outputOf(screen, [&] {
                     screen.sendMouseMove(1, 2);
                     screen.sendMouseButton(1, true);
                     screen.sendMouseButton(1, false);
                 }),
                 QByteArray("\x1b[<0;3;2M\x1b[<0;3;2m"));
        QCOMPARE(outputOf(screen, [&] { screen.sendMouseButton(4, true); }), QByteArray("\x1b[<64;3;2M"));
        screen.write("\x1b[?1002h");
        QCOMPARE(screen.mouseMode(), TerminalScreen::MouseMode::Drag);
        screen.write("\x1b[?1002l");
        QCOMPARE(screen.mouseMode(), TerminalScreen::MouseMode::None);
    }

    void garbageNeverCrashes()
    {
        TerminalScreen screen(7, 2, 5);
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 200000; ++i) {
            x = x * 1103515245 + 12345;
            noise += char(x >> 16);
            if (i % 997 == 0)
                noise += "\x1b[?1049h\x1b[99;99H\x1b[38;5;300m\x1b[48;2;999;1;1m";
        }
        screen.write(noise);
        screen.resize(3, 9);
        screen.write(noise);
        QVERIFY(screen.scrollbackCount() <= 5);
        QVERIFY(screen.cursor().x() < 3 && screen.cursor().y() < 9);
    }
};

QTEST_GUILESS_MAIN(TstTerminalScreen)
#include "tst_terminalscreen.moc"
