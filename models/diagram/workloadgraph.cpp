#include "workloadgraph.h"

#include "claimstates.h"
#include "diagramassembly.h"
#include "diagramids.h"
#include "factfields.h"
#include "podfan.h"
#include "workloadnodes.h"

#include <QCoreApplication>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::WorkloadGraph)
};

using Pods = QList<const Kube::PodRecord *>;

// One build's state: the indexes are made once, so each owner finds its pods
// by uid in constant time (10,000 pods must not mean 10,000 scans).
struct Build {
    Build(const DiagramInput &in, const DiagramOptions &opts)
        : input(in)
        , options(opts)
        , out(DiagramView::Workloads, in, opts)
        , claims(in)
    {
    }

    const DiagramInput &input;
    const DiagramOptions &options;
    DiagramAssembly out;
    ClaimStates claims;
    QHash<QString, Pods> podsByOwner; // owner uid → its pods, sorted
    QSet<const Kube::PodRecord *> placedPods; // drawn under an owner
    QHash<QString, QString> drawnOwners; // uid → node id of the workloads drawn
};

PodSummary summarize(const Pods &pods)
{
    PodSummary summary;
    for (const Kube::PodRecord *pod : pods)
        summary.add(podDiagramState(*pod));
    return summary;
}

QHash<QString, QList<const Kube::ObjectFacts *>> byController(const QList<const Kube::ObjectFacts *> &objects)
{
    QHash<QString, QList<const Kube::ObjectFacts *>> result;
    for (const Kube::ObjectFacts *object : objects) {
        if (const Kube::OwnerReference *owner = controllerOf(*object))
            result[owner->uid].append(object);
    }
    return result;
}

// Draws pods under their owner node (none for bare pods), then the claims
// they mount.
void placePods(Build &b, const QString &ownerId, const Pods &pods, bool showNode,
    DiagramEdgeState ownerEdge = DiagramEdgeState::Normal)
{
    PodFan fan;
    if (ownerId.isEmpty()) {
        for (const Kube::PodRecord *pod : pods)
            fan.nodes.append(podNode(*pod, WorkloadColumn::Pod));
    } else {
        fan = fanOutPods(ownerId, pods, b.options, WorkloadColumn::Pod);
    }
    for (DiagramNode &node : fan.nodes) {
        const auto pod = showNode && !node.aggregate ? b.input.pods.constFind(node.namespaceName + u'/' + node.name)
                                                     : b.input.pods.constEnd();
        if (pod != b.input.pods.constEnd())
            node.details.append(
                pod->nodeName.isEmpty() ? Text::tr("not scheduled") : Text::tr("on %1").arg(pod->nodeName));
        if (!ownerId.isEmpty())
            b.out.addEdge(ownerId, node.id, DiagramEdgeKind::Owns, ownerEdge);
        b.out.addNode(std::move(node));
    }
    for (const Kube::PodRecord *pod : pods) {
        b.placedPods.insert(pod);
        for (const QString &claimName : pod->claimNames) {
            const auto claim = b.claims.addClaim(b.out, pod->namespaceName, claimName, WorkloadColumn::Claim);
            b.out.addEdge(fan.nodeFor(*pod), claim.id, DiagramEdgeKind::Claims, claim.edgeState);
        }
    }
}

// The node a controlled object hangs from when its owner was not drawn: a
// reference of a kind Kaji reads (missing, hidden, unknown), or of one it
// does not (a custom controller).
DiagramAssembly::Reference ownerReference(
    Build &b, const QString &ownerKind, const QString &namespaceName, const QString &ownerName, int column)
{
    static const QList<std::pair<QString, DiagramKind>> readKinds = {
        {QStringLiteral("Deployment"), DiagramKind::Deployments},
        {QStringLiteral("ReplicaSet"), DiagramKind::ReplicaSets},
        {QStringLiteral("StatefulSet"), DiagramKind::StatefulSets},
        {QStringLiteral("DaemonSet"), DiagramKind::DaemonSets},
        {QStringLiteral("Job"), DiagramKind::Jobs},
        {QStringLiteral("CronJob"), DiagramKind::CronJobs},
    };
    for (const auto &[name, kind] : readKinds) {
        if (name == ownerKind)
            return b.out.addReference(kind, namespaceName, ownerName, column);
    }
    return b.out.addUnreadReference(ownerKind, namespaceName, ownerName, column);
}

void addOwnedNode(Build &b, DiagramNode node, const Kube::ObjectFacts &object, int ownerColumn)
{
    const QString id = node.id;
    b.drawnOwners.insert(object.uid, id);
    b.out.addNode(std::move(node));
    const Kube::OwnerReference *owner = controllerOf(object);
    if (!owner)
        return;
    const auto drawn = b.drawnOwners.constFind(owner->uid);
    if (drawn != b.drawnOwners.constEnd()) {
        b.out.addEdge(*drawn, id, DiagramEdgeKind::Owns);
        return;
    }
    const auto reference = ownerReference(b, owner->kind, object.namespaceName, owner->name, ownerColumn);
    b.out.addEdge(reference.id, id, DiagramEdgeKind::Owns, reference.edgeState);
}

qint64 revisionOf(const Kube::ObjectFacts &object)
{
    return annotationOf(object, "deployment.kubernetes.io/revision").toLongLong();
}

void addDeployments(Build &b, QSet<QString> &handledReplicaSets)
{
    const auto replicaSets = byController(b.out.objects(DiagramKind::ReplicaSets));
    for (const Kube::ObjectFacts *deployment : b.out.objects(DiagramKind::Deployments)) {
        const QList<const Kube::ObjectFacts *> owned = replicaSets.value(deployment->uid);
        qint64 current = revisionOf(*deployment);
        if (current == 0) {
            for (const Kube::ObjectFacts *rs : owned)
                current = std::max(current, revisionOf(*rs));
        }
        QList<const Kube::ObjectFacts *> shown;
        PodSummary pods;
        for (const Kube::ObjectFacts *rs : owned) {
            handledReplicaSets.insert(rs->uid);
            const Pods &rsPods = b.podsByOwner.value(rs->uid);
            const bool active = !rsPods.isEmpty() || factInt(rs->fields, {"spec", "replicas"}) > 0
                || factInt(rs->fields, {"status", "replicas"}) > 0;
            if (!active && revisionOf(*rs) != current)
                continue;
            shown.append(rs);
            for (const Kube::PodRecord *pod : rsPods)
                pods.add(podDiagramState(*pod));
        }
        DiagramNode node = deploymentNode(*deployment, int(owned.size() - shown.size()), pods);
        const QString id = node.id;
        b.drawnOwners.insert(deployment->uid, id);
        b.out.addNode(std::move(node));
        for (const Kube::ObjectFacts *rs : std::as_const(shown)) {
            const Pods &rsPods = b.podsByOwner.value(rs->uid);
            addOwnedNode(b, replicaSetNode(*rs, summarize(rsPods)), *rs, WorkloadColumn::Controller);
            placePods(b, b.drawnOwners.value(rs->uid), rsPods, false);
        }
    }
    for (const Kube::ObjectFacts *rs : b.out.objects(DiagramKind::ReplicaSets)) {
        if (handledReplicaSets.contains(rs->uid))
            continue;
        const Pods &rsPods = b.podsByOwner.value(rs->uid);
        addOwnedNode(b, replicaSetNode(*rs, summarize(rsPods)), *rs, WorkloadColumn::Controller);
        placePods(b, b.drawnOwners.value(rs->uid), rsPods, false);
    }
}

void addControllers(Build &b)
{
    for (const Kube::ObjectFacts *sts : b.out.objects(DiagramKind::StatefulSets)) {
        const Pods &pods = b.podsByOwner.value(sts->uid);
        addOwnedNode(
            b, statefulSetNode(*sts, summarize(pods), WorkloadColumn::Controller), *sts, WorkloadColumn::Autoscaler);
        placePods(b, b.drawnOwners.value(sts->uid), pods, false);
    }
    for (const Kube::ObjectFacts *ds : b.out.objects(DiagramKind::DaemonSets)) {
        const Pods &pods = b.podsByOwner.value(ds->uid);
        addOwnedNode(b, daemonSetNode(*ds, summarize(pods)), *ds, WorkloadColumn::Autoscaler);
        placePods(b, b.drawnOwners.value(ds->uid), pods, true);
    }
    for (const Kube::ObjectFacts *cronJob : b.out.objects(DiagramKind::CronJobs))
        addOwnedNode(b, cronJobNode(*cronJob, b.input.nowEpochSecs), *cronJob, WorkloadColumn::Autoscaler);
    for (const Kube::ObjectFacts *job : b.out.objects(DiagramKind::Jobs)) {
        addOwnedNode(b, jobNode(*job), *job, WorkloadColumn::Controller);
        placePods(b, b.drawnOwners.value(job->uid), b.podsByOwner.value(job->uid), false);
    }
}

void addAutoscalers(Build &b)
{
    static const QHash<QString, DiagramKind> scalable = {
        {QStringLiteral("Deployment"), DiagramKind::Deployments},
        {QStringLiteral("StatefulSet"), DiagramKind::StatefulSets},
        {QStringLiteral("ReplicaSet"), DiagramKind::ReplicaSets},
    };
    for (const Kube::ObjectFacts *hpa : b.out.objects(DiagramKind::HorizontalPodAutoscalers)) {
        DiagramNode node = autoscalerNode(*hpa);
        const QString kind = factText(hpa->fields, {"spec", "scaleTargetRef", "kind"});
        const QString name = factText(hpa->fields, {"spec", "scaleTargetRef", "name"});
        const QString targetId = diagramNodeId(kind, hpa->namespaceName, name);
        DiagramAssembly::Reference target {targetId, DiagramState::Ok, DiagramEdgeState::Normal};
        if (!b.out.contains(targetId)) {
            const auto known = scalable.constFind(kind);
            target = known == scalable.constEnd()
                ? b.out.addUnreadReference(kind, hpa->namespaceName, name, WorkloadColumn::Controller)
                : b.out.addReference(*known, hpa->namespaceName, name, WorkloadColumn::Controller);
        }
        if (target.state == DiagramState::Missing) {
            node.state = DiagramState::Failed;
            node.reasons.prepend(Text::tr("Its target %1 %2 does not exist").arg(kind, name));
        }
        b.out.addNode(std::move(node));
        b.out.addEdge(diagramNodeId(QStringLiteral("HorizontalPodAutoscaler"), hpa->namespaceName, hpa->name),
            target.id, DiagramEdgeKind::Scales, target.edgeState);
    }
}

// Pods no drawn workload owns: under a reference to their controller, or on
// their own (no controller, or a Node's static pods).
void addUnplacedPods(Build &b, const Pods &pods)
{
    QHash<QString, Pods> byOwnerNode;
    QList<DiagramAssembly::Reference> owners;
    for (const Kube::PodRecord *pod : pods) {
        if (b.placedPods.contains(pod))
            continue;
        if (pod->controllerKind.isEmpty() || pod->controllerKind == QLatin1String("Node")) {
            placePods(b, {}, {pod}, false);
            continue;
        }
        const int column
            = pod->controllerKind == QLatin1String("ReplicaSet") || pod->controllerKind == QLatin1String("Job")
            ? WorkloadColumn::ReplicaSet
            : WorkloadColumn::Controller;
        const auto owner = ownerReference(b, pod->controllerKind, pod->namespaceName, pod->controllerName, column);
        if (!byOwnerNode.contains(owner.id))
            owners.append(owner);
        byOwnerNode[owner.id].append(pod);
    }
    for (const DiagramAssembly::Reference &owner : std::as_const(owners))
        placePods(b, owner.id, byOwnerNode.value(owner.id), false, owner.edgeState);
}

} // namespace

DiagramGraph buildWorkloadGraph(const DiagramInput &input, const DiagramOptions &options)
{
    Build b(input, options);
    b.out.noteAccess(kindsFor(DiagramView::Workloads), true);
    const Pods pods = b.out.pods();
    for (const Kube::PodRecord *pod : pods) {
        for (const QString &uid : pod->ownerUids)
            b.podsByOwner[uid].append(pod);
    }
    QSet<QString> handledReplicaSets;
    addDeployments(b, handledReplicaSets);
    addControllers(b);
    addAutoscalers(b);
    addUnplacedPods(b, pods);
    return b.out.finish();
}

} // namespace Kaji::Models
