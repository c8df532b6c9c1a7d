#include "diagramids.h"

#include "podtablemodel.h"

#include <QCoreApplication>

namespace Kaji::Models {

QString diagramNodeId(const QString &kind, const QString &namespaceName, const QString &name)
{
    return kind + u'/' + namespaceName + u'/' + name;
}

QString missingNodeId(const QString &kind, const QString &namespaceName, const QString &name)
{
    return QStringLiteral("missing:") + diagramNodeId(kind, namespaceName, name);
}

QString podGroupId(const QString &ownerNodeId)
{
    return QStringLiteral("pods:") + ownerNodeId;
}

DiagramState podDiagramState(const Kube::PodRecord &pod)
{
    switch (PodTableModel::healthOf(pod)) {
    case PodTableModel::Health::Healthy: return DiagramState::Ok;
    case PodTableModel::Health::Progressing: return DiagramState::Progressing;
    case PodTableModel::Health::Finished: return DiagramState::Finished;
    case PodTableModel::Health::Failing: break;
    }
    // Running but not ready is degraded, not down: it still exists and may
    // recover; waiting reasons and Pending are failures to start.
    if (pod.status.status == QLatin1String("Running"))
        return DiagramState::Warning;
    return DiagramState::Failed;
}

QString podDetailLine(const Kube::PodRecord &pod)
{
    QString line = QStringLiteral("%1 %2/%3").arg(pod.status.status).arg(pod.status.readyContainers).arg(pod.status.totalContainers);
    if (pod.status.restarts > 0)
        line += u' ' + QCoreApplication::translate("Kaji::Models::Diagram", "(%n restarts)", nullptr, pod.status.restarts);
    return line;
}

} // namespace Kaji::Models
