// libFuzzer target: the kubeconfig writer's round trip. The input is one
// kubeconfig file; Kaji sets the first context's namespace and then renames
// it, as the contexts' menu does (`kubectl config set-context --namespace`,
// `rename-context`). After each edit the file is read again: the edit is
// there and every other entry reads back unchanged. A file that does not
// parse is never written.

#include "kubeconfigeditor.h"
#include "kubeconfigloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Kaji::Kube;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The entries minus their source file (the editor keeps the file; the
// comparison is of what they say).
bool sameExcept(const KubeConfig &before, const KubeConfig &after, const QString &changed, const QString &renamedTo)
{
    if (before.clusters != after.clusters || before.users != after.users)
        return false;
    if (before.contexts.size() != after.contexts.size())
        return false;
    for (auto it = before.contexts.cbegin(); it != before.contexts.cend(); ++it) {
        if (it.key() == changed)
            continue;
        const ContextEntry *other = after.context(it.key());
        if (!other || other->cluster != it->cluster || other->user != it->user
            || other->namespaceName != it->namespaceName)
            return false;
    }
    return renamedTo.isEmpty() || after.context(renamedTo);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The editor saves through QSaveFile, which syncs to disk: on a memory
    // file system that costs nothing, and the target runs hundreds of times faster.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/kaji-fuzz-XXXXXX")
                                                                       : QDir::tempPath() + QStringLiteral("/kaji-fuzz-XXXXXX"));
    check(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile::remove(path + QStringLiteral(".kaji-backup"));
    const QByteArray original(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        check(file.write(original) == original.size());
    }
    const KubeConfig config = KubeConfigLoader::load({path});
    if (config.contexts.isEmpty())
        return 0;
    const QString name = config.contexts.firstKey();
    const ContextEntry before = config.contexts.first();

    const KubeConfigEditResult namespaced = KubeConfigEditor::setNamespace(config, name, QStringLiteral("kaji-fuzz"));
    if (!namespaced.ok()) {
        check(contentOf(path) == original); // refused: nothing written
        return 0;
    }
    const KubeConfig edited = KubeConfigLoader::load({path});
    const ContextEntry *context = edited.context(name);
    check(context && context->namespaceName == QLatin1String("kaji-fuzz"));
    check(context->cluster == before.cluster && context->user == before.user);
    check(sameExcept(config, edited, name, QString()));

    const QString newName = name + QStringLiteral("-renamed");
    if (edited.context(newName))
        return 0; // refused by design: the name is taken
    const KubeConfigEditResult renamed = KubeConfigEditor::renameContext(edited, name, newName);
    check(renamed.ok());
    const KubeConfig again = KubeConfigLoader::load({path});
    check(!again.context(name) && again.context(newName));
    check(again.context(newName)->namespaceName == QLatin1String("kaji-fuzz"));
    check(sameExcept(edited, again, name, newName));
    if (edited.currentContext == name)
        check(again.currentContext == newName);
    else
        check(again.currentContext == edited.currentContext);
    return 0;
}
