#pragma once

#include "kubeconfig.h"

#include <QByteArray>
#include <QString>

// Pure functions; any thread.
namespace Kaji::Kube {

// What one kubeconfig file defines, before merging. Entries that are broken
// are still returned (with a problem recorded) so one bad field never hides
// the rest of the file.
struct KubeConfigFileContents {
    QList<ClusterEntry> clusters;
    QList<UserEntry> users;
    QList<ContextEntry> contexts;
    QString currentContext;
    QList<KubeConfigProblem> problems;
    // The file as a whole could not be used (not YAML, not a map, refused
    // by YamlGuard); `problems` says why.
    bool unusable = false;
};

// Parses kubeconfig YAML (or JSON). `filePath` names the file in problems and
// is the base that relative paths are resolved against.
KubeConfigFileContents parseKubeConfig(const QByteArray &yaml, const QString &filePath);

} // namespace Kaji::Kube
