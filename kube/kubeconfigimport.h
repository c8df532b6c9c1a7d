#pragma once

#include "kubeconfigeditor.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// Blocking file reads and writes; any thread.
namespace Kaji::Kube {

class KubeConfigFile;

// What an import would bring, read before anything is written.
struct KubeConfigImportPreview {
    QString error; // the text is not a kubeconfig; nothing can be imported
    QStringList contexts, clusters, users;
    // Names the merged kubeconfig already has: never overwritten.
    QStringList contextConflicts, clusterConflicts, userConflicts;
    // Relative paths in pasted text have no directory to resolve against.
    QStringList unresolvedPaths;

    bool hasConflicts() const
    {
        return !contextConflicts.isEmpty() || !clusterConflicts.isEmpty() || !userConflicts.isEmpty();
    }
};

struct KubeConfigImportResult : KubeConfigEditResult {
    QString file; // the file written: the merge target or the separate copy
    QMap<QString, QString> renamedContexts; // old name -> new, after a clash
    QStringList skipped; // entries left out after a clash, e.g. "context dev"
};

// Brings in another kubeconfig (a file or pasted text): either merged into
// the user's kubeconfig as `kubectl config` writes new entries, or kept as a
// separate copy that Kaji merges after the KUBECONFIG files. Relative
// certificate, key and token paths become absolute, resolved against the
// source file's directory, so they keep working from the new place.
class KubeConfigImport {
public:
    enum class Conflicts { Skip, Rename };

    KubeConfigImport(QByteArray text, QString sourcePath);
    static KubeConfigImport fromFile(const QString &path);

    KubeConfigImportPreview preview(const KubeConfig &existing) const;

    // Appends the entries to `targetFile` (created when missing). Its
    // current-context is left alone, unless no file had one: then the
    // imported file's (if imported) becomes it.
    KubeConfigImportResult mergeInto(
        const QString &targetFile, const KubeConfig &existing, Conflicts conflicts, const QString &suffix) const;
    // Writes a copy into `directory` under a name not yet taken there.
    KubeConfigImportResult keepSeparate(
        const QString &directory, const KubeConfig &existing, Conflicts conflicts, const QString &suffix) const;

    // Where Kaji keeps separate copies: <AppDataLocation>/kubeconfigs.
    static QString separateDirectory();

private:
    bool prepare(KubeConfigFile &file, const KubeConfig &existing, Conflicts conflicts, const QString &suffix,
        KubeConfigImportResult &result) const;

    QByteArray m_text;
    QString m_sourcePath; // empty for pasted text
    QString m_readError;
};

} // namespace Kaji::Kube
