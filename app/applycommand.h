#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji apply -f FILE|- [-n NS] [--context C] [--dry-run=server]
// [--force-conflicts]`: server-side apply of every document as field
// manager "kaji", printing kubectl's lines ("deployment.apps/web
// serverside-applied"), and "unchanged" where the server changed nothing,
// which kubectl's server-side apply never says.
class ApplyCommand {
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)
public:
    ApplyCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` follow "apply". Exit codes as CommandLine documents.
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
