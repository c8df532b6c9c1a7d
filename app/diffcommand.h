#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji diff -f FILE|- [-n NS] [--context C] [--force-conflicts]`: what
// `kaji apply` would change, as `kubectl diff --server-side` shows it: each
// document applied as a dry run, the live object against the result as a
// unified diff (managedFields, generation and resourceVersion left out,
// Secret values masked). Exit code 0: no differences, 1: differences, 2: an
// error (the other documents are still compared).
class DiffCommand {
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
public:
    DiffCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` follow "diff".
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
