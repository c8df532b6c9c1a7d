#include "contextlistmodel.h"

namespace Kaji::Models {

ContextListModel::ContextListModel(QObject *parent) : QAbstractListModel(parent) {}

void ContextListModel::setConfig(const Kube::KubeConfig &config)
{
    // A reload replaces the whole file set, the kubeconfig's "re-list".
    beginResetModel();
    m_config = config;
    m_names = m_config.contexts.keys();
    endResetModel();
}

int ContextListModel::rowForName(const QString &name) const
{
    return int(m_names.indexOf(name));
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ContextListModel::problemCount(const Kube::ContextEntry &context) const
{
    const QString contextField = QStringLiteral("contexts[%1]").arg(context.name);
    const QString clusterField = QStringLiteral("clusters[%1]").arg(context.cluster);
    const QString userField = QStringLiteral("users[%1]").arg(context.user);
    int count = 0;
    for (const Kube::KubeConfigProblem &problem : m_config.problems) {
        if (problem.field.startsWith(contextField) || problem.field.startsWith(clusterField)
            || problem.field.startsWith(userField))
            ++count;
    }
    return count;
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kube::ContextEntry &context = m_config.contexts[m_names.at(index.row())];
    const Kube::ClusterEntry *cluster = m_config.clusterFor(context);
    const Kube::UserEntry *user = m_config.userFor(context);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return context.name;
    case Qt::ToolTipRole: return cluster ? cluster->server : QString();
    case ClusterRole: return context.cluster;
    case UserRole: return context.user;
    case NamespaceRole:
        return context.namespaceName.isEmpty() ? QStringLiteral("default") : context.namespaceName;
    case ServerRole: return cluster ? cluster->server : QString();
    case AuthKindRole: return int(user ? user->authKind() : Kube::AuthKind::None);
    case InsecureRole: return cluster && cluster->insecureSkipTlsVerify;
    case CurrentRole: return context.name == m_config.currentContext;
    case SourceFileRole: return context.sourceFile;
    case ProblemCountRole: return problemCount(context);
    default: return {};
    }
}

QHash<int, QByteArray> ContextListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ClusterRole, "cluster");
    names.insert(UserRole, "user");
    names.insert(NamespaceRole, "namespace");
    names.insert(ServerRole, "server");
    names.insert(AuthKindRole, "authKind");
    names.insert(InsecureRole, "insecure");
    names.insert(CurrentRole, "current");
    names.insert(SourceFileRole, "sourceFile");
    names.insert(ProblemCountRole, "problemCount");
    return names;
}

} // namespace Kaji::Models
