#pragma once

#include "restconfig.h"
#include "serversideapply.h"

#include <QCoreApplication>
#include <QStringList>

// Main thread of the headless process.
namespace Kaji::App {

// The options `kaji apply` and `kaji diff` share, parsed as kubectl spells
// them: -f/--filename (repeatable; "-" for standard input), -n/--namespace,
// --context, --force-conflicts, --server-side (always so), and for apply
// --dry-run=server|none.
class ManifestOptions {
    Q_DECLARE_TR_FUNCTIONS(ManifestOptions)
public:
    QStringList files;
    QString namespaceName; // empty: the context's
    QString context; // empty: current-context
    bool forceConflicts = false;
    bool dryRun = false;

    // Empty when `arguments` parse; else what is wrong with them.
    QString parse(const QStringList &arguments, bool dryRunAllowed);

    // For the engine: documents without a namespace get -n or the
    // context's, and -n refuses documents that name another, as in kubectl.
    Kube::ApplyOptions applyOptions(const Kube::RestConfig &config) const;
};

} // namespace Kaji::App
