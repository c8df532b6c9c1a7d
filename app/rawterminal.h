#pragma once

#include <QSize>

// Main thread of the headless process.
namespace Kaji::App {

// The local terminal for `kaji exec -t`: raw mode while a remote TTY runs
// (restored on destruction), its size, and whether SIGWINCH said it changed.
// On Windows it only answers "not a terminal": -t falls back to no TTY.
class RawTerminal {
public:
    RawTerminal() = default;
    ~RawTerminal();
    RawTerminal(const RawTerminal &) = delete;
    RawTerminal &operator=(const RawTerminal &) = delete;

    static bool stdinIsTerminal();
    bool enterRawMode(); // false: stdin is no terminal, or termios refused
    void restore();
    // Columns x rows of the terminal on stdin (else stdout); invalid when unknown.
    static QSize size();
    // Installs the SIGWINCH handler; resized() then tells (and clears) whether one came.
    static void watchResize();
    static bool resized();

private:
    bool m_raw = false;
    struct Saved;
    Saved *m_saved = nullptr;
};

} // namespace Kaji::App
