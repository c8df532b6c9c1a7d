#include "kubeconfigimport.h"

#include "kubeconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace Kaji::Kube {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Kaji::Kube::KubeConfigImport", source);
}

QStringList names(const YAML::Node &root, const char *section)
{
    QStringList out;
    const YAML::Node list = root[section];
    if (list && list.IsSequence()) {
        for (const YAML::Node &item : list) {
            const QString name = QString::fromStdString(item["name"].Scalar());
            if (!out.contains(name))
                out << name;
        }
    }
    return out;
}

// The fields client-go resolves against the file's directory; an exec
// command only when it names a path rather than a program on PATH.
void resolvePaths(YAML::Node &root, const QString &baseDir, QStringList *unresolved)
{
    const auto resolve = [&](YAML::Node map, const char *key, bool onlyWithSlash) {
        const YAML::Node &constMap = map;
        if (!constMap.IsMap() || !constMap[key] || !constMap[key].IsScalar())
            return;
        const QString value = QString::fromStdString(constMap[key].Scalar());
        if (value.isEmpty() || QDir::isAbsolutePath(value) || (onlyWithSlash && !value.contains(u'/')))
            return;
        if (baseDir.isEmpty())
            unresolved->append(value);
        else
            map[key] = QDir::cleanPath(QDir(baseDir).filePath(value)).toStdString();
    };
    const YAML::Node &constRoot = root;
    if (constRoot["clusters"] && constRoot["clusters"].IsSequence()) {
        for (YAML::Node item : root["clusters"])
            resolve(item["cluster"], "certificate-authority", false);
    }
    if (constRoot["users"] && constRoot["users"].IsSequence()) {
        for (YAML::Node item : root["users"]) {
            YAML::Node user = item["user"];
            resolve(user, "client-certificate", false);
            resolve(user, "client-key", false);
            resolve(user, "tokenFile", false);
            const YAML::Node &constUser = user;
            if (constUser.IsMap() && constUser["exec"])
                resolve(user["exec"], "command", true);
        }
    }
}

struct Section {
    const char *list;
    const char *kind; // names the entry in messages
};
constexpr Section sections[] = { { "clusters", "cluster" }, { "users", "user" }, { "contexts", "context" } };

QStringList existingNames(const KubeConfig &config, const char *section)
{
    if (qstrcmp(section, "clusters") == 0)
        return config.clusters.keys();
    if (qstrcmp(section, "users") == 0)
        return config.users.keys();
    return config.contexts.keys();
}

QString uniqueName(const QString &name, const QString &suffix, QSet<QString> &taken)
{
    QString candidate = name + suffix;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = name + suffix + u'-' + QString::number(n);
    taken.insert(candidate);
    return candidate;
}

} // namespace

KubeConfigImport::KubeConfigImport(QByteArray text, QString sourcePath)
    : m_text(std::move(text))
    , m_sourcePath(std::move(sourcePath))
{
}

KubeConfigImport KubeConfigImport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        KubeConfigImport import({}, QFileInfo(path).absoluteFilePath());
        import.m_readError = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigImport", "%1: cannot be read: %2"))
                                 .arg(path, file.errorString());
        return import;
    }
    return KubeConfigImport(file.readAll(), QFileInfo(path).absoluteFilePath());
}

QString KubeConfigImport::separateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kubeconfigs");
}

KubeConfigImportPreview KubeConfigImport::preview(const KubeConfig &existing) const
{
    KubeConfigImportPreview preview;
    KubeConfigFile file;
    if (!m_readError.isEmpty()) {
        preview.error = m_readError;
        return preview;
    }
    if (!file.parse(m_text, m_sourcePath)) {
        preview.error = file.errorString();
        return preview;
    }
    const YAML::Node &root = file.root();
    preview.contexts = names(root, "contexts");
    preview.clusters = names(root, "clusters");
    preview.users = names(root, "users");
    if (preview.contexts.isEmpty() && preview.clusters.isEmpty() && preview.users.isEmpty()) {
        preview.error = text(QT_TRANSLATE_NOOP(
            "Kaji::Kube::KubeConfigImport", "This kubeconfig defines no contexts, clusters or users."));
        return preview;
    }
    for (const QString &name : std::as_const(preview.contexts)) {
        if (existing.contexts.contains(name))
            preview.contextConflicts << name;
    }
    for (const QString &name : std::as_const(preview.clusters)) {
        if (existing.clusters.contains(name))
            preview.clusterConflicts << name;
    }
    for (const QString &name : std::as_const(preview.users)) {
        if (existing.users.contains(name))
            preview.userConflicts << name;
    }
    YAML::Node copy = YAML::Clone(root);
    resolvePaths(
        copy, m_sourcePath.isEmpty() ? QString() : QFileInfo(m_sourcePath).absolutePath(), &preview.unresolvedPaths);
    return preview;
}

bool KubeConfigImport::prepare(KubeConfigFile &file, const KubeConfig &existing, Conflicts conflicts,
    const QString &suffix, KubeConfigImportResult &result) const
{
    const KubeConfigImportPreview check = preview(existing);
    if (!check.error.isEmpty()) {
        result.error = check.error;
        return false;
    }
    if (conflicts == Conflicts::Rename && suffix.isEmpty() && check.hasConflicts()) {
        result.error
            = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigImport", "Renaming clashing entries needs a suffix."));
        return false;
    }
    file.parse(m_text, m_sourcePath);
    YAML::Node &root = file.root();
    QStringList unresolved;
    resolvePaths(root, m_sourcePath.isEmpty() ? QString() : QFileInfo(m_sourcePath).absolutePath(), &unresolved);

    QMap<QString, QString> renamedClusters, renamedUsers;
    for (const Section &section : sections) {
        QSet<QString> taken;
        for (const QString &name : existingNames(existing, section.list))
            taken.insert(name);
        const QStringList own = names(root, section.list);
        for (const QString &name : own)
            taken.insert(name);
        for (const QString &name : own) {
            if (!existingNames(existing, section.list).contains(name))
                continue;
            if (conflicts == Conflicts::Skip) {
                file.removeEntry(section.list, name);
                result.skipped << QStringLiteral("%1 %2").arg(QLatin1String(section.kind), name);
                continue;
            }
            const QString renamed = uniqueName(name, suffix, taken);
            // Every duplicate of the name: one left behind would land beside
            // the existing entry and replace it (the later one wins in a file).
            for (YAML::Node item : root[section.list]) {
                if (item["name"].Scalar() == name.toStdString())
                    item["name"] = renamed.toStdString();
            }
            if (qstrcmp(section.list, "clusters") == 0)
                renamedClusters.insert(name, renamed);
            else if (qstrcmp(section.list, "users") == 0)
                renamedUsers.insert(name, renamed);
            else
                result.renamedContexts.insert(name, renamed);
        }
    }
    // Imported contexts follow their renamed cluster and user.
    const YAML::Node &constRoot = root;
    if (constRoot["contexts"] && constRoot["contexts"].IsSequence()) {
        for (YAML::Node item : root["contexts"]) {
            const YAML::Node &constItem = item;
            if (!constItem["context"] || !constItem["context"].IsMap())
                continue;
            YAML::Node context = item["context"];
            const YAML::Node &constContext = context;
            for (auto [key, renames] :
                { std::pair { "cluster", &renamedClusters }, std::pair { "user", &renamedUsers } }) {
                if (!constContext[key] || !constContext[key].IsScalar())
                    continue;
                const QString name = QString::fromStdString(constContext[key].Scalar());
                if (renames->contains(name))
                    context[key] = renames->value(name).toStdString();
            }
        }
    }
    const QString current = file.currentContext();
    if (result.renamedContexts.contains(current))
        root["current-context"] = result.renamedContexts.value(current).toStdString();
    return true;
}

KubeConfigImportResult KubeConfigImport::mergeInto(
    const QString &targetFile, const KubeConfig &existing, Conflicts conflicts, const QString &suffix) const
{
    KubeConfigImportResult result;
    KubeConfigFile incoming;
    if (!prepare(incoming, existing, conflicts, suffix, result))
        return result;
    KubeConfigFile target;
    if (!target.load(targetFile, true)) {
        result.error = target.errorString();
        return result;
    }
    YAML::Node &root = target.root();
    const YAML::Node &constRoot = root;
    if (!constRoot["apiVersion"])
        root["apiVersion"] = "v1";
    if (!constRoot["kind"])
        root["kind"] = "Config";
    // Someone with no current context yet (a first kubeconfig) gets the
    // imported one; an existing choice is never changed.
    const QString incomingCurrent = incoming.currentContext();
    if (existing.currentContext.isEmpty() && target.currentContext().isEmpty() && !incomingCurrent.isEmpty()
        && incoming.entry("contexts", incomingCurrent))
        root["current-context"] = incomingCurrent.toStdString();
    const YAML::Node &from = incoming.root();
    for (const Section &section : sections) {
        if (from[section.list] && from[section.list].IsSequence()) {
            for (const YAML::Node &item : from[section.list])
                target.appendEntry(section.list, item);
        }
    }
    if (!target.save()) {
        result.error = target.errorString();
        return result;
    }
    result.file = target.path();
    result.writtenFiles << result.file;
    return result;
}

KubeConfigImportResult KubeConfigImport::keepSeparate(
    const QString &directory, const KubeConfig &existing, Conflicts conflicts, const QString &suffix) const
{
    KubeConfigImportResult result;
    KubeConfigFile incoming;
    if (!prepare(incoming, existing, conflicts, suffix, result))
        return result;
    QString base = m_sourcePath.isEmpty() ? QStringLiteral("pasted") : QFileInfo(m_sourcePath).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(QStringLiteral("kubeconfig"));
    const QDir dir(directory);
    QString path = dir.filePath(base + QStringLiteral(".yaml"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.yaml").arg(base).arg(n));
    if (!incoming.saveAs(path)) {
        result.error = incoming.errorString();
        return result;
    }
    result.file = incoming.path();
    result.writtenFiles << result.file;
    return result;
}

} // namespace Kaji::Kube
