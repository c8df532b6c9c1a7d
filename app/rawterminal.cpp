#include "rawterminal.h"

#include <atomic>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace Kaji::App {

namespace {
std::atomic<bool> g_resized{false};
#ifdef Q_OS_UNIX
void onWinch(int)
{
    g_resized = true;
}
#endif
} // namespace

struct RawTerminal::Saved {
#ifdef Q_OS_UNIX
    termios mode;
#endif
};

RawTerminal::~RawTerminal()
{
    restore();
    delete m_saved;
}

bool RawTerminal::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

bool RawTerminal::enterRawMode()
{
#ifdef Q_OS_UNIX
    if (m_raw)
        return true;
    if (!stdinIsTerminal())
        return false;
    if (!m_saved)
        m_saved = new Saved;
    if (tcgetattr(STDIN_FILENO, &m_saved->mode) != 0)
        return false;
    termios raw = m_saved->mode;
    cfmakeraw(&raw);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &raw) != 0)
        return false;
    m_raw = true;
    return true;
#else
    return false;
#endif
}

void RawTerminal::restore()
{
#ifdef Q_OS_UNIX
    if (m_raw && m_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->mode);
#endif
    m_raw = false;
}

QSize RawTerminal::size()
{
#ifdef Q_OS_UNIX
    for (int fd : {STDIN_FILENO, STDOUT_FILENO}) {
        winsize ws{};
        if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0)
            return QSize(ws.ws_col, ws.ws_row);
    }
#endif
    return {};
}

void RawTerminal::watchResize()
{
#ifdef Q_OS_UNIX
    struct sigaction action{};
    action.sa_handler = onWinch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &action, nullptr);
#endif
}

bool RawTerminal::resized()
{
    return g_resized.exchange(false);
}

} // namespace Kaji::App
