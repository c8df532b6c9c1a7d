#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// GUI thread.
namespace Kaji::Ui {

// How the import dialog opens: on a file to pick, or on a box to paste into.
enum class KubeconfigImportMode { File, Paste };

// What the dialog shows before anything is written.
struct KubeconfigImportPreview {
    QString error; // not a kubeconfig: nothing can be imported
    QStringList contexts, clusters, users;
    QStringList contextConflicts, clusterConflicts, userConflicts; // names already in use
    QStringList unresolvedPaths; // relative paths in pasted text
    QString mergeTarget; // the file a merge writes to (~/.kube/config as kubectl picks it)
};

struct KubeconfigImportOutcome {
    QString error; // empty on success
    QString summary; // what was written where, for the status bar
};

// The capability the import dialog works through; app/ implements it over
// the kube/ layer so ui/ never writes kubeconfig files itself.
class KubeconfigImporter {
public:
    virtual ~KubeconfigImporter() = default;
    // `sourcePath` is empty for pasted text.
    virtual KubeconfigImportPreview preview(const QByteArray &text, const QString &sourcePath) = 0;
    virtual KubeconfigImportOutcome import(const QByteArray &text, const QString &sourcePath, bool keepSeparate,
        bool renameConflicts, const QString &suffix)
        = 0;
};

} // namespace Kaji::Ui
