#pragma once

#include "restconfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Kaji::Kube {
struct ApiResult;
class ApiClient;
}

// Main thread of the headless process.
namespace Kaji::App {

// `kaji top nodes|pods [-n NS | -A] [--containers] [--sort-by cpu|memory]
// [--context C]`: what `kubectl top` prints, read from metrics.k8s.io, and
// when there is nothing to print, why (the APIService's own reason).
class TopCommand {
    Q_DECLARE_TR_FUNCTIONS(TopCommand)
public:
    TopCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` follow "top". Exit codes as CommandLine documents.
    int run(const QStringList &arguments);

private:
    struct Options {
        bool nodes = false;
        QString namespaceName; // empty: the context's
        bool allNamespaces = false;
        bool containers = false;
        QString sortBy; // "", "cpu" or "memory"
        QString context;
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);
    int topNodes(Kube::ApiClient &client, const Options &options);
    int topPods(Kube::ApiClient &client, const Options &options, const QString &namespaceName);
    // Says why the metrics request failed; returns the exit code.
    int reportFailure(Kube::ApiClient &client, const Kube::ApiResult &result);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
