#pragma once

#include "kubeconfig.h"

#include <QStringList>

// Blocking file reads; call from any thread but the GUI thread for large files.
namespace Kaji::Kube {

// Reads and merges kubeconfig files with the rules kubectl applies.
class KubeConfigLoader {
public:
    // The files named by a KUBECONFIG value (OS path separator, duplicates
    // dropped, order kept); empty means `<home>/.kube/config`.
    static QStringList pathsFrom(const QString &kubeconfigVariable, const QString &homeDir);

    // The files the current process environment points at.
    static QStringList defaultPaths();

    // Merges the files: for clusters, users and contexts the first file that
    // defines a name wins, whole; current-context is the first non-empty one.
    static KubeConfig load(const QStringList &paths);
    // The same, also listing the files that exist but could not be read or
    // parsed at all (their problems say why). kubectl refuses to run with
    // such a file; a missing file it skips, and so does this list.
    static KubeConfig load(const QStringList &paths, QStringList *unusableFiles);
};

} // namespace Kaji::Kube
