#pragma once

#include "kubeconfig.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Lives on the thread that creates it (the GUI thread in the app; files are
// small and reads are quick, so no worker is needed).
namespace Kaji::Kube {

// Keeps a merged kubeconfig current: reloads when any of its files (or the
// directory of a file not yet created) changes, so edits show without a restart.
class KubeConfigSource : public QObject {
    Q_OBJECT
public:
    explicit KubeConfigSource(QStringList paths, QObject *parent = nullptr);

    const KubeConfig &config() const { return m_config; }
    const QStringList &paths() const { return m_paths; }

    void reload();
    // A new file list (Kaji's own kubeconfigs added or dropped): reloads.
    void setPaths(const QStringList &paths);

Q_SIGNALS:
    void changed();

private:
    void watchPaths();

    QStringList m_paths;
    KubeConfig m_config;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce; // editors write files in several steps; reload once
};

} // namespace Kaji::Kube
