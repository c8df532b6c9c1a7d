#include "kubeconfigeditor.h"

#include "kubeconfigfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <map>

namespace Kaji::Kube {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Kaji::Kube::KubeConfigEditor", source);
}

KubeConfigEditResult failure(const QString &error)
{
    KubeConfigEditResult result;
    result.error = error;
    return result;
}

// Files by path, loaded once; every file is parsed before any is written,
// so a malformed one stops the edit with nothing half done.
class FileSet {
public:
    KubeConfigFile *open(const QString &path)
    {
        auto it = m_files.find(path);
        if (it == m_files.end()) {
            KubeConfigFile file;
            if (!file.load(path)) {
                m_error = file.errorString();
                return nullptr;
            }
            it = m_files.emplace(path, std::move(file)).first;
        }
        return &it->second;
    }

    void markChanged(const QString &path)
    {
        if (!m_changed.contains(path))
            m_changed << path;
    }

    KubeConfigEditResult save()
    {
        KubeConfigEditResult result;
        for (const QString &path : std::as_const(m_changed)) {
            KubeConfigFile &file = m_files.at(path);
            if (!file.save())
                return failure(file.errorString());
            result.writtenFiles << path;
        }
        return result;
    }

    QString error() const { return m_error; }

private:
    std::map<QString, KubeConfigFile> m_files;
    QStringList m_changed;
    QString m_error;
};

// The context's own map in its defining file, or an error.
const ContextEntry *findContext(const KubeConfig &config, const QString &name, QString *error)
{
    const ContextEntry *context = config.context(name);
    if (!context)
        *error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigEditor", "There is no context \"%1\".")).arg(name);
    return context;
}

} // namespace

KubeConfigEditResult KubeConfigEditor::renameContext(const KubeConfig &config, const QString &from, const QString &to)
{
    QString error;
    const ContextEntry *context = findContext(config, from, &error);
    if (!context)
        return failure(error);
    if (to.trimmed().isEmpty())
        return failure(text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigEditor", "A context needs a name.")));
    if (config.contexts.contains(to))
        return failure(text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigEditor",
                                "Cannot rename \"%1\": a context named \"%2\" already exists."))
                           .arg(from, to));

    FileSet files;
    KubeConfigFile *defining = files.open(context->sourceFile);
    if (!defining)
        return failure(files.error());
    YAML::Node entry = defining->entry("contexts", from);
    if (!entry)
        return failure(text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigEditor",
                                "%1 no longer defines context \"%2\"; reload and try again."))
                           .arg(context->sourceFile, from));
    entry["name"] = to.toStdString();
    files.markChanged(context->sourceFile);
    // A file that no longer parses is left alone: it is never written, and
    // an unrelated broken file must not block the rename.
    for (const QString &path : config.files) {
        KubeConfigFile *file = files.open(path);
        if (file && file->currentContext() == from) {
            file->root()["current-context"] = to.toStdString();
            files.markChanged(path);
        }
    }
    return files.save();
}

KubeConfigEditResult KubeConfigEditor::deleteContext(const KubeConfig &config, const QString &name)
{
    QString error;
    const ContextEntry *context = findContext(config, name, &error);
    if (!context)
        return failure(error);
    FileSet files;
    KubeConfigFile *defining = files.open(context->sourceFile);
    if (!defining)
        return failure(files.error());
    if (!defining->removeEntry("contexts", name))
        return failure(text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigEditor",
                                "%1 no longer defines context \"%2\"; reload and try again."))
                           .arg(context->sourceFile, name));
    files.markChanged(context->sourceFile);
    KubeConfigEditResult result = files.save();
    result.removedCurrentContext = result.ok() && config.currentContext == name;
    return result;
}

KubeConfigEditResult KubeConfigEditor::setNamespace(
    const KubeConfig &config, const QString &name, const QString &namespaceName)
{
    QString error;
    const ContextEntry *context = findContext(config, name, &error);
    if (!context)
        return failure(error);
    FileSet files;
    KubeConfigFile *defining = files.open(context->sourceFile);
    if (!defining)
        return failure(files.error());
    YAML::Node entry = defining->entry("contexts", name);
    if (!entry)
        return failure(text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigEditor",
                                "%1 no longer defines context \"%2\"; reload and try again."))
                           .arg(context->sourceFile, name));
    const YAML::Node &constEntry = entry;
    if (!constEntry["context"] || !constEntry["context"].IsMap())
        entry["context"] = YAML::Node(YAML::NodeType::Map);
    YAML::Node inner = entry["context"];
    if (namespaceName.isEmpty())
        inner.remove("namespace");
    else
        inner["namespace"] = namespaceName.toStdString();
    files.markChanged(context->sourceFile);
    return files.save();
}

QString KubeConfigEditor::writeTarget(const QStringList &kubeconfigPaths)
{
    if (kubeconfigPaths.size() <= 1)
        return kubeconfigPaths.value(0);
    for (const QString &path : kubeconfigPaths) {
        if (QFileInfo::exists(path))
            return path;
    }
    return kubeconfigPaths.last();
}

} // namespace Kaji::Kube
