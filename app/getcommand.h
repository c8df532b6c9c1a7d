#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji get pods [-n NS | -A] [--context C] [-o wide|name] [--watch]`: the
// table `kubectl get` prints, from Kaji's own reflector and store.
class GetCommand {
    Q_DECLARE_TR_FUNCTIONS(GetCommand)
public:
    GetCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` follow "get". Exit codes as CommandLine documents.
    int run(const QStringList &arguments);

private:
    struct Options {
        QString kind;
        QString namespaceName; // empty: the context's
        bool allNamespaces = false;
        QString context; // empty: current-context
        QString output; // "", "wide" or "name"
        bool watch = false;
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
