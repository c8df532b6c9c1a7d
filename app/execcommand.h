#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji exec [-n NS] [--context C] [-c CONTAINER] [-i] [-t] POD|TYPE/NAME --
// COMMAND [ARGS...]` and `kaji attach ... POD|TYPE/NAME`: kubectl's exec
// and attach, natively. stdin, stdout and stderr are piped through; with -t
// and a terminal on stdin, the terminal goes raw and its size follows
// SIGWINCH. The exit code is the remote command's.
class ExecCommand {
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)
public:
    enum class Mode { Exec, Attach };
    ExecCommand(Mode mode, QTextStream &out, QTextStream &err) : m_mode(mode), m_out(out), m_err(err) {}

    // `arguments` follow "exec" or "attach". Exit codes: the remote
    // command's; 1 when it could not run; 2 for a usage error.
    int run(const QStringList &arguments);

private:
    struct Options {
        QString context;
        QString namespaceName;
        QString container;
        QString target;
        QStringList command;
        bool stdinOpen = false;
        bool tty = false;
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);

    Mode m_mode;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
