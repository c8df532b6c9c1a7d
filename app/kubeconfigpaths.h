#pragma once

#include <QStringList>

// Any thread (reads the environment and QSettings).
namespace Kaji::App {

// The kubeconfig files Kaji reads, in merge order: the KUBECONFIG list (or
// ~/.kube/config), then the separate copies Kaji keeps. The window and the
// `kaji` commands use the same list so they agree on what a context is.
QStringList kubeconfigPaths();

} // namespace Kaji::App
