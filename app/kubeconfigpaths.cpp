#include "kubeconfigpaths.h"

#include "kubeconfigloader.h"
#include "settings.h"

#include <QDir>

namespace Kaji::App {

QStringList kubeconfigPaths()
{
    QStringList paths = Kube::KubeConfigLoader::defaultPaths();
    for (const QString &path : Settings().separateKubeconfigs()) {
        const QString clean = QDir::cleanPath(path);
        if (!paths.contains(clean))
            paths << clean;
    }
    return paths;
}

} // namespace Kaji::App
