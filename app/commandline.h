#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji <command>`: the headless face of the same layers the window uses.
// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // True when these arguments ask for a command rather than the window.
    static bool wantsCommand(const QStringList &arguments);

    // `arguments` excludes the program name.
    int run(const QStringList &arguments);

private:
    int help();
    int version();
    int contexts(const QStringList &arguments);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
