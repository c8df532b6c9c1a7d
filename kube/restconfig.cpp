#include "restconfig.h"

#include <QCoreApplication>

namespace Kaji::Kube {
namespace {
QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::RestConfig", text);
}
} // namespace

std::variant<RestConfig, QString> restConfigFor(const KubeConfig &config, const QString &contextName)
{
    if (config.files.isEmpty())
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::RestConfig",
                                         "no kubeconfig file was found (KUBECONFIG is unset or names no file, "
                                         "and ~/.kube/config does not exist)"));
    if (contextName.isEmpty())
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::RestConfig",
                                         "no context given and no current-context set in %1"))
            .arg(config.files.join(QStringLiteral(", ")));
    const ContextEntry *context = config.context(contextName);
    if (!context)
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::RestConfig", "context \"%1\" is not defined in %2")).arg(contextName, config.files.join(QStringLiteral(", ")));
    const ClusterEntry *cluster = config.clusterFor(*context);
    if (!cluster)
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::RestConfig", "context \"%1\" names cluster \"%2\", which is not defined")).arg(contextName, context->cluster);
    if (cluster->server.isEmpty())
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::RestConfig", "cluster \"%1\" has no server address")).arg(cluster->name);
    RestConfig rest;
    rest.contextName = contextName;
    rest.namespaceName = context->namespaceName.isEmpty() ? QStringLiteral("default") : context->namespaceName;
    rest.cluster = *cluster;
    // A context without a user is valid (anonymous access).
    if (const UserEntry *user = config.userFor(*context))
        rest.user = *user;
    else if (!context->user.isEmpty())
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::RestConfig", "context \"%1\" names user \"%2\", which is not defined")).arg(contextName, context->user);
    return rest;
}

} // namespace Kaji::Kube
