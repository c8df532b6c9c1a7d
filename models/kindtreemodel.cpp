#include "kindtreemodel.h"

#include <QCoreApplication>

namespace Kaji::Models {
namespace {

struct KnownKind {
    const char *id;
    const char *title;
};

struct KnownGroup {
    const char *title;
    std::initializer_list<KnownKind> kinds;
};

const KnownGroup KnownGroups[] = {
    {QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Workloads"),
     {KnownKind{"pods", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Pods")}, KnownKind{"deployments.apps", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Deployments")}, KnownKind{"statefulsets.apps", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "StatefulSets")},
      KnownKind{"daemonsets.apps", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "DaemonSets")}, KnownKind{"replicasets.apps", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "ReplicaSets")}, KnownKind{"jobs.batch", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Jobs")},
      KnownKind{"cronjobs.batch", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "CronJobs")}}},
    {QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Network"),
     {KnownKind{"services", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Services")}, KnownKind{"endpointslices.discovery.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "EndpointSlices")},
      KnownKind{"ingresses.networking.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Ingresses")}, KnownKind{"ingressclasses.networking.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "IngressClasses")},
      KnownKind{"networkpolicies.networking.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "NetworkPolicies")}}},
    {QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Config"),
     {KnownKind{"configmaps", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "ConfigMaps")}, KnownKind{"secrets", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Secrets")},
      KnownKind{"horizontalpodautoscalers.autoscaling", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "HorizontalPodAutoscalers")},
      KnownKind{"poddisruptionbudgets.policy", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "PodDisruptionBudgets")}, KnownKind{"resourcequotas", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "ResourceQuotas")},
      KnownKind{"limitranges", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "LimitRanges")}}},
    {QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Storage"),
     {KnownKind{"persistentvolumeclaims", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "PersistentVolumeClaims")}, KnownKind{"persistentvolumes", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "PersistentVolumes")},
      KnownKind{"storageclasses.storage.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "StorageClasses")}}},
    {QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Access control"),
     {KnownKind{"serviceaccounts", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "ServiceAccounts")}, KnownKind{"roles.rbac.authorization.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Roles")},
      KnownKind{"rolebindings.rbac.authorization.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "RoleBindings")},
      KnownKind{"clusterroles.rbac.authorization.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "ClusterRoles")},
      KnownKind{"clusterrolebindings.rbac.authorization.k8s.io", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "ClusterRoleBindings")}}},
    {QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Cluster"),
     {KnownKind{"nodes", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Nodes")}, KnownKind{"namespaces", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Namespaces")}, KnownKind{"events", QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Events")}}},
};

const char *const CustomTitle = QT_TRANSLATE_NOOP("Kaji::Models::KindTreeModel", "Custom resources");

// Group rows carry this as their internal id; kind rows their group's row.
constexpr quintptr GroupRow = quintptr(-1);

} // namespace

KindTreeModel::KindTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString KindTreeModel::displayName(const Kube::ApiResource &resource)
{
    const QString id = resource.id();
    for (const KnownGroup &group : KnownGroups) {
        for (const KnownKind &kind : group.kinds) {
            if (id == QLatin1String(kind.id))
                return QCoreApplication::translate("Kaji::Models::KindTreeModel", kind.title);
        }
    }
    return resource.kind;
}

QString KindTreeModel::groupIconKey(const QString &englishTitle)
{
    return QStringLiteral("group:") + englishTitle.section(u' ', 0, 0).toLower();
}

QStringList KindTreeModel::builtInResourceIds()
{
    QStringList ids;
    for (const KnownGroup &group : KnownGroups) {
        for (const KnownKind &kind : group.kinds)
            ids.append(QString::fromLatin1(kind.id));
    }
    return ids;
}

void KindTreeModel::setResources(const QList<Kube::ApiResource> &resources)
{
    QHash<QString, Kube::ApiResource> byId;
    for (const Kube::ApiResource &r : resources)
        byId.insert(r.id(), r);
    QList<Group> groups;
    for (const KnownGroup &known : KnownGroups) {
        Group group{QString::fromLatin1(known.title), {}};
        for (const KnownKind &kind : known.kinds) {
            const auto it = byId.constFind(QLatin1String(kind.id));
            if (it != byId.constEnd())
                group.kinds.append(*it);
        }
        if (!group.kinds.isEmpty())
            groups.append(std::move(group));
    }
    Group custom{QString::fromLatin1(CustomTitle), {}};
    for (const Kube::ApiResource &r : resources) {
        if (!r.isBuiltIn())
            custom.kinds.append(r);
    }
    std::sort(custom.kinds.begin(), custom.kinds.end(), [](const Kube::ApiResource &a, const Kube::ApiResource &b) {
        return std::pair(a.kind, a.group) < std::pair(b.kind, b.group);
    });
    if (!custom.kinds.isEmpty())
        groups.append(std::move(custom));
    // Discovery changes rarely (a CRD installed): a reset is honest and cheap.
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

std::optional<Kube::ApiResource> KindTreeModel::resourceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRow)
        return std::nullopt;
    return m_groups.at(int(index.internalId())).kinds.at(index.row());
}

QModelIndex KindTreeModel::indexOf(const QString &resourceId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int k = 0; k < m_groups[g].kinds.size(); ++k) {
            if (m_groups[g].kinds[k].id() == resourceId)
                return createIndex(k, 0, quintptr(g));
        }
    }
    return {};
}

QList<Kube::ApiResource> KindTreeModel::kinds() const
{
    QList<Kube::ApiResource> out;
    for (const Group &group : m_groups)
        out.append(group.kinds);
    return out;
}

QModelIndex KindTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex KindTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId()), 0, GroupRow);
}

int KindTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRow)
        return 0;
    return int(m_groups.at(parent.row()).kinds.size());
}

int KindTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant KindTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRow) {
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate("Kaji::Models::KindTreeModel", m_groups.at(index.row()).title.toUtf8().constData());
        if (role == IconKeyRole)
            return groupIconKey(m_groups.at(index.row()).title);
        return {};
    }
    const Kube::ApiResource &resource = m_groups.at(int(index.internalId())).kinds.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayName(resource);
    case Qt::ToolTipRole: return resource.id() + u'/' + resource.version;
    case ResourceIdRole:
    case IconKeyRole: return resource.id();
    default: return {};
    }
}

Qt::ItemFlags KindTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Group rows only fold and unfold.
    return index.internalId() == GroupRow ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Kaji::Models
