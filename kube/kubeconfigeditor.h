#pragma once

#include "kubeconfig.h"

#include <QString>
#include <QStringList>

// Blocking file writes; any thread (the files are small).
namespace Kaji::Kube {

// What an edit did, or why it did nothing.
struct KubeConfigEditResult {
    QString error; // empty on success; nothing was written then
    QStringList writtenFiles; // each with a `.kaji-backup` of its previous content
    bool removedCurrentContext = false; // kubectl leaves current-context naming it

    bool ok() const { return error.isEmpty(); }
};

// Edits the files a merged kubeconfig was read from, with kubectl's
// semantics (`kubectl config rename-context`, `delete-context`,
// `set-context --namespace`). Every entry and field it does not change is
// kept, unknown ones too; comments are lost, as kubectl loses them. A file
// that does not parse is never written.
class KubeConfigEditor {
public:
    // Renames in the file that defines the context, and in every file whose
    // current-context names it. Refused when `to` is already a context.
    static KubeConfigEditResult renameContext(const KubeConfig &config, const QString &from, const QString &to);
    // Removes the context from its file; its cluster and user stay.
    static KubeConfigEditResult deleteContext(const KubeConfig &config, const QString &name);
    // An empty namespace removes the field (kubectl then uses "default").
    static KubeConfigEditResult setNamespace(
        const KubeConfig &config, const QString &name, const QString &namespaceName);

    // The file kubectl writes new entries to: the only file of the list, else
    // the first that exists, else the last (client-go's default filename).
    static QString writeTarget(const QStringList &kubeconfigPaths);
};

} // namespace Kaji::Kube
