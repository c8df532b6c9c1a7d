#include "contextlistmodel.h"

#include "reflector.h"

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
    case Qt::ToolTipRole: return toolTip(context.name, cluster ? cluster->server : QString());
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
    case ConnectionRole: return m_live.value(context.name).state;
    default: return {};
    }
}

void ContextListModel::setConnectionState(const QString &name, int state, const QString &message)
{
    if (state < 0)
        m_live.remove(name);
    else
        m_live.insert(name, {state, message});
    const int row = rowForName(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ConnectionRole, Qt::ToolTipRole});
}

QString ContextListModel::toolTip(const QString &name, const QString &server) const
{
    const auto it = m_live.constFind(name);
    if (it == m_live.constEnd())
        return tr("%1\nNot connected").arg(server);
    QString state;
    switch (Kube::Reflector::State(it->state)) {
    case Kube::Reflector::State::Connecting: state = tr("Connecting…"); break;
    case Kube::Reflector::State::Synced: state = tr("Connected, live"); break;
    case Kube::Reflector::State::Reconnecting: state = tr("Reconnecting"); break;
    case Kube::Reflector::State::Forbidden: state = tr("Forbidden"); break;
    case Kube::Reflector::State::Error: state = tr("Error"); break;
    }
    return it->message.isEmpty() ? QStringLiteral("%1\n%2").arg(server, state)
                                 : QStringLiteral("%1\n%2: %3").arg(server, state, it->message);
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
