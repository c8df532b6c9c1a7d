#include "kubeconfigloader.h"

#include "kubeconfigparser.h"
#include "yamlguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Kaji::Kube {
namespace {

// Across files the earlier file wins, as kubectl merges. Within one file a
// name is unique: the parser reads none of the entries of a name given twice.
template<typename Entry>
void mergeEntries(QMap<QString, Entry> &into, const QList<Entry> &fromFile)
{
    for (const Entry &entry : fromFile) {
        if (!into.contains(entry.name))
            into.insert(entry.name, entry);
    }
}

void checkReferences(KubeConfig &config)
{
    for (const ContextEntry &context : std::as_const(config.contexts)) {
        const QString where = QStringLiteral("contexts[%1].context").arg(context.name);
        if (!context.cluster.isEmpty() && !config.clusters.contains(context.cluster))
            config.problems.append({context.sourceFile, where + QStringLiteral(".cluster"),
                                    problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "names cluster \"%1\", which no file defines")).arg(context.cluster)});
        if (!context.user.isEmpty() && !config.users.contains(context.user))
            config.problems.append({context.sourceFile, where + QStringLiteral(".user"),
                                    problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "names user \"%1\", which no file defines")).arg(context.user)});
    }
    if (!config.currentContext.isEmpty() && !config.contexts.contains(config.currentContext))
        config.problems.append({config.files.value(0), QStringLiteral("current-context"),
                                problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "names context \"%1\", which no file defines")).arg(config.currentContext)});
}

} // namespace

QStringList KubeConfigLoader::pathsFrom(const QString &kubeconfigVariable, const QString &homeDir)
{
    QStringList paths;
    QSet<QString> seen;
    for (const QString &part : kubeconfigVariable.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const QString path = QDir::cleanPath(part);
        if (!seen.contains(path)) {
            seen.insert(path);
            paths << path;
        }
    }
    if (paths.isEmpty())
        paths << QDir(homeDir).filePath(QStringLiteral(".kube/config"));
    return paths;
}

QStringList KubeConfigLoader::defaultPaths()
{
    return pathsFrom(qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
}

KubeConfig KubeConfigLoader::load(const QStringList &paths)
{
    return load(paths, nullptr);
}

KubeConfig KubeConfigLoader::load(const QStringList &paths, QStringList *unusableFiles)
{
    KubeConfig config;
    const auto unusable = [&](const QString &path) {
        if (unusableFiles)
            unusableFiles->append(path);
    };
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.exists()) {
            config.problems.append({path, QString(), problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "file not found"))});
            continue;
        }
        // Refused unread: a kubeconfig this large is an accident or an attack.
        if (file.size() > YamlGuard::MaxBytes) {
            config.problems.append({path, QString(),
                                    problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "is larger than %1 MB"))
                                        .arg(YamlGuard::MaxBytes / (1024 * 1024))});
            unusable(path);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            config.problems.append({path, QString(), problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "cannot be read: %1")).arg(file.errorString())});
            unusable(path);
            continue;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        KubeConfigFileContents contents = parseKubeConfig(file.readAll(), absolute);
        if (contents.unusable)
            unusable(absolute);
        config.files << absolute;
        config.problems << contents.problems;
        mergeEntries(config.clusters, contents.clusters);
        mergeEntries(config.users, contents.users);
        mergeEntries(config.contexts, contents.contexts);
        if (config.currentContext.isEmpty())
            config.currentContext = contents.currentContext;
    }
    checkReferences(config);
    return config;
}

} // namespace Kaji::Kube
