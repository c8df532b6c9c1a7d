#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"
#include "podrecord.h"

#include <QList>
#include <QString>

// Pure functions; any thread (the worker that builds a graph).
namespace Kaji::Models {

// The pods of one owner as diagram nodes: one node per pod, or, when there
// are more than options.fanLimit of them and options.expanded does not hold
// podGroupId(ownerNodeId), one aggregate node with id podGroupId(ownerNodeId)
// that counts them by state and lists every member (nothing is dropped; a
// fan of 2,000 pods would cost seconds of layout).
//
// Usage (workloads, network):
//   const PodFan fan = fanOutPods(ownerId, podsOfOwner, options, column);
//   for (const DiagramNode &node : fan.nodes) { add node; add owner -> node.id edge }
//   edges to or from one pod (a claim, an endpoint) go to fan.nodeFor(pod).
struct PodFan {
    QList<DiagramNode> nodes; // the pods sorted by name, or the one aggregate
    QString aggregateId; // empty when the pods are drawn one by one

    // The id of the node that stands for `pod`: its own, or the aggregate's.
    QString nodeFor(const Kube::PodRecord &pod) const;
};

// `pods` in any order (they are sorted by namespace and name); null entries
// are not allowed. `column` is the pods' column in the caller's view.
PodFan fanOutPods(
    const QString &ownerNodeId, QList<const Kube::PodRecord *> pods, const DiagramOptions &options, int column);

// One pod's node: state and detail from podDiagramState/podDetailLine, a short
// translated reason when it is not running well.
DiagramNode podNode(const Kube::PodRecord &pod, int column);

// The more severe of two states, for an aggregate or an owner: Failed,
// Missing, Warning, Progressing, Unknown, Hidden, NotObservable, NotDetected,
// Ok, Finished (a finished pod next to a running one is no news).
DiagramState worseState(DiagramState a, DiagramState b);

} // namespace Kaji::Models
