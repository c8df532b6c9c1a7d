#pragma once

#include "diagramgraph.h"
#include "podrecord.h"

#include <QString>

// Pure functions; any thread.
namespace Kaji::Models {

// "Deployment/shop/storefront", "Node//kaji-worker-1": the id of an object's
// node in every view, so a selection survives a view switch.
QString diagramNodeId(const QString &kind, const QString &namespaceName, const QString &name);
// The node of a reference to something that does not exist.
QString missingNodeId(const QString &kind, const QString &namespaceName, const QString &name);
// The aggregate that stands for the pods of one owner node.
QString podGroupId(const QString &ownerNodeId);

// A pod's state for the diagrams, consistent with the Pods table's colours:
// Pending for an unschedulable pod is Failed (it will not start by itself),
// ContainerCreating is Progressing, Completed is Finished.
DiagramState podDiagramState(const Kube::PodRecord &pod);
// "Running 2/2", "CrashLoopBackOff 0/1 (12 restarts)": the pod's detail line.
QString podDetailLine(const Kube::PodRecord &pod);

} // namespace Kaji::Models
