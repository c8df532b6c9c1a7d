#pragma once

// A TerminalChannel over a local pseudo-terminal (Linux and macOS), for
// tests only: runs a real program (vi, sh) so the terminal can be checked
// against what full-screen programs actually send.

#include "terminal/terminalchannel.h"

#include <QSocketNotifier>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#if defined(__APPLE__)
#include <util.h>
#else
#include <pty.h>
#endif

class PtyChannel : public Kaji::Models::TerminalChannel {
public:
    PtyChannel(const QStringList &command, int cols, int rows, QObject *parent = nullptr)
        : TerminalChannel(parent)
    {
        winsize size{};
        size.ws_col = static_cast<unsigned short>(cols);
        size.ws_row = static_cast<unsigned short>(rows);
        std::vector<QByteArray> args;
        for (const QString &a : command)
            args.push_back(a.toLocal8Bit());
        m_pid = forkpty(&m_fd, nullptr, nullptr, &size);
        if (m_pid == 0) {
            std::vector<char *> argv;
            for (QByteArray &a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            setenv("TERM", "xterm-256color", 1);
            setenv("LANG", "C.UTF-8", 1);
            setenv("LC_ALL", "C.UTF-8", 1);
            execvp(argv[0], argv.data());
            _exit(127);
        }
        if (m_pid < 0)
            return;
        fcntl(m_fd, F_SETFL, fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readAll(); });
    }
    ~PtyChannel() override { close(); }

    bool started() const { return m_pid > 0; }
    QByteArray written() const { return m_written; }

    void write(const QByteArray &bytes) override
    {
        m_written += bytes;
        qsizetype at = 0;
        while (m_fd >= 0 && at < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + at, size_t(bytes.size() - at));
            if (n < 0 && errno != EINTR && errno != EAGAIN)
                return;
            at += n > 0 ? n : 0;
        }
    }
    void resize(int cols, int rows) override
    {
        winsize size{};
        size.ws_col = static_cast<unsigned short>(cols);
        size.ws_row = static_cast<unsigned short>(rows);
        if (m_fd >= 0)
            ioctl(m_fd, TIOCSWINSZ, &size);
    }
    void close() override
    {
        if (m_notifier)
            m_notifier->setEnabled(false);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }

private:
    void readAll()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0) {
                Q_EMIT received(QByteArray(buffer, qsizetype(n)));
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            // EIO: the program exited and the pty's other side closed.
            m_notifier->setEnabled(false);
            int status = 0;
            waitpid(m_pid, &status, 0);
            m_pid = -1;
            Q_EMIT ended(QStringLiteral("exit code %1").arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
            return;
        }
    }

    int m_fd = -1;
    pid_t m_pid = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_written;
};
