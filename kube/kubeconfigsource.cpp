#include "kubeconfigsource.h"

#include "kubeconfigloader.h"

#include <QFileInfo>

namespace Kaji::Kube {

KubeConfigSource::KubeConfigSource(QStringList paths, QObject *parent)
    : QObject(parent), m_paths(std::move(paths))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &KubeConfigSource::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    m_config = KubeConfigLoader::load(m_paths);
    watchPaths();
}

void KubeConfigSource::reload()
{
    m_config = KubeConfigLoader::load(m_paths);
    // Editors that save by rename drop the old inode from the watcher.
    watchPaths();
    Q_EMIT changed();
}

void KubeConfigSource::setPaths(const QStringList &paths)
{
    if (paths == m_paths)
        return;
    m_paths = paths;
    reload();
}

void KubeConfigSource::watchPaths()
{
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        if (info.exists() && !m_watcher.files().contains(info.absoluteFilePath()))
            m_watcher.addPath(info.absoluteFilePath());
        // Watching the directory notices a file that is created later.
        const QString dir = info.absolutePath();
        if (QFileInfo::exists(dir) && !m_watcher.directories().contains(dir))
            m_watcher.addPath(dir);
    }
}

} // namespace Kaji::Kube
