#include "storagegraph.h"

#include "claimstates.h"
#include "diagramassembly.h"
#include "diagramids.h"
#include "factfields.h"
#include "podfan.h"
#include "storagenodes.h"
#include "workloadnodes.h"

#include <QCoreApplication>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::StorageGraph)
};

using Pods = QList<const Kube::PodRecord *>;
using Objects = QList<const Kube::ObjectFacts *>;

struct Build {
    Build(const DiagramInput &in, const DiagramOptions &opts)
        : input(in)
        , options(opts)
        , out(DiagramView::Storage, in, opts)
        , claims(in)
        , volumes(in.facts(DiagramKind::PersistentVolumes))
        , claimFacts(in.facts(DiagramKind::PersistentVolumeClaims))
    {
    }

    const DiagramInput &input;
    const DiagramOptions &options;
    DiagramAssembly out;
    ClaimStates claims;
    const KindFacts &volumes;
    const KindFacts &claimFacts;
    QHash<QString, const Kube::ObjectFacts *> claimsByUid;
    // Claims named like a StatefulSet's, "<template>-<sts>-<ordinal>", by
    // "namespace/<template>-<sts>": each StatefulSet finds its own without
    // scanning every claim of its namespace.
    QHash<QString, QList<std::pair<qint64, const Kube::ObjectFacts *>>> claimsByStem;
};

DiagramAssembly::Reference addClass(Build &b, const QString &name)
{
    if (const Kube::ObjectFacts *sc = findObject(b.input.facts(DiagramKind::StorageClasses), name)) {
        DiagramNode node = storageClassNode(*sc);
        const QString id = node.id;
        b.out.addNode(std::move(node));
        return {id, DiagramState::Ok, DiagramEdgeState::Normal};
    }
    return b.out.addReference(DiagramKind::StorageClasses, {}, name, StorageColumn::StorageClass);
}

QString addVolume(Build &b, const Kube::ObjectFacts &pv)
{
    DiagramNode node = volumeNode(pv);
    const QString id = node.id;
    if (!b.out.addNode(std::move(node)))
        return id;
    const QString className = factText(pv.fields, {"spec", "storageClassName"});
    if (!className.isEmpty()) {
        const auto sc = addClass(b, className);
        b.out.addEdge(sc.id, id, DiagramEdgeKind::Provisions, sc.edgeState);
    }
    return id;
}

// A volume whose claimRef names a claim that is not there: the claim was
// deleted (the volume is or will be Released), or never created.
void addVolumes(Build &b)
{
    for (const Kube::ObjectFacts *pv : b.out.objects(DiagramKind::PersistentVolumes)) {
        const nlohmann::json &ref = factAt(pv->fields, {"spec", "claimRef"});
        const QString ns = factText(ref, {"namespace"});
        const QString name = factText(ref, {"name"});
        const QString uid = factText(ref, {"uid"});
        if (!b.options.namespaces.isEmpty() && (name.isEmpty() || !b.options.namespaces.contains(ns)))
            continue;
        const QString id = addVolume(b, *pv);
        if (name.isEmpty())
            continue;
        const Kube::ObjectFacts *claimThere
            = uid.isEmpty() ? findObject(b.claimFacts, ns + u'/' + name) : b.claimsByUid.value(uid);
        // A uid finds the claim even where the reference's namespace and name
        // say otherwise: the edge starts at the claim's own node, which is
        // drawn only in scope (else the reference stands alone, as below).
        if (claimThere && b.out.inScope(claimThere->namespaceName)) {
            // Binding half done (the claim does not name the volume yet) still links them.
            if (factText(claimThere->fields, {"spec", "volumeName"}) != pv->name)
                b.out.addEdge(diagramNodeId(QStringLiteral("PersistentVolumeClaim"), claimThere->namespaceName,
                                  claimThere->name),
                    id, DiagramEdgeKind::Binds);
            continue;
        }
        const auto claim = b.out.addReference(DiagramKind::PersistentVolumeClaims, ns, name, StorageColumn::Claim);
        b.out.addEdge(claim.id, id, DiagramEdgeKind::Binds, claim.edgeState);
    }
}

void addClaims(Build &b)
{
    for (const Kube::ObjectFacts *claim : b.out.objects(DiagramKind::PersistentVolumeClaims)) {
        DiagramNode node = b.claims.node(*claim, StorageColumn::Claim);
        const QString volumeName = factText(claim->fields, {"spec", "volumeName"});
        const Kube::ObjectFacts *pv = volumeName.isEmpty() ? nullptr : findObject(b.volumes, volumeName);
        if (pv) {
            const nlohmann::json &ref = factAt(pv->fields, {"spec", "claimRef"});
            const QString refUid = factText(ref, {"uid"});
            const bool mutual = refUid.isEmpty()
                ? factText(ref, {"namespace"}) == claim->namespaceName && factText(ref, {"name"}) == claim->name
                : refUid == claim->uid;
            b.out.addEdge(node.id, addVolume(b, *pv), DiagramEdgeKind::Binds,
                mutual ? DiagramEdgeState::Normal : DiagramEdgeState::Broken);
            if (!mutual) {
                node.state = worseState(node.state, DiagramState::Warning);
                node.reasons.append(Text::tr("Volume %1 is bound to another claim").arg(volumeName));
            }
        } else if (!volumeName.isEmpty()) {
            const auto volume
                = b.out.addReference(DiagramKind::PersistentVolumes, {}, volumeName, StorageColumn::Volume);
            b.out.addEdge(node.id, volume.id, DiagramEdgeKind::Binds, volume.edgeState);
            if (volume.state == DiagramState::Missing) {
                node.state = DiagramState::Failed;
                node.reasons.append(Text::tr("Its volume %1 does not exist").arg(volumeName));
            }
        }
        // Bound claims reach their class through the volume; the others
        // (pending, or a volume out of sight) show it directly.
        const QString className = b.claims.className(*claim);
        if (!pv && !className.isEmpty()) {
            const auto sc = addClass(b, className);
            b.out.addEdge(sc.id, node.id, DiagramEdgeKind::Provisions, sc.edgeState);
        }
        b.out.addNode(std::move(node));
    }
}

void addPods(Build &b, const Pods &pods)
{
    QHash<QString, Pods> byOwner;
    QStringList owners;
    for (const Kube::PodRecord *pod : pods) {
        if (pod->claimNames.isEmpty())
            continue;
        const QString owner = pod->controllerKind.isEmpty()
            ? QString()
            : diagramNodeId(pod->controllerKind, pod->namespaceName, pod->controllerName);
        if (!byOwner.contains(owner))
            owners.append(owner);
        byOwner[owner].append(pod);
    }
    for (const QString &owner : std::as_const(owners)) {
        const Pods &group = byOwner.value(owner);
        PodFan fan;
        if (owner.isEmpty()) {
            for (const Kube::PodRecord *pod : group)
                fan.nodes.append(podNode(*pod, StorageColumn::Pod));
        } else {
            fan = fanOutPods(owner, group, b.options, StorageColumn::Pod);
        }
        for (DiagramNode &node : fan.nodes)
            b.out.addNode(std::move(node));
        for (const Kube::PodRecord *pod : group) {
            for (const QString &claimName : pod->claimNames) {
                const auto claim = b.claims.addClaim(b.out, pod->namespaceName, claimName, StorageColumn::Claim);
                b.out.addEdge(fan.nodeFor(*pod), claim.id, DiagramEdgeKind::Claims, claim.edgeState);
            }
        }
    }
}

// "<stem>-<ordinal>": the ordinal and the length of the stem, or -1 when the
// name does not end in an ordinal.
std::pair<qint64, qsizetype> splitOrdinal(const QString &name)
{
    const qsizetype dash = name.lastIndexOf(u'-');
    if (dash <= 0 || dash == name.size() - 1)
        return {-1, 0};
    const QStringView digits = QStringView(name).mid(dash + 1);
    // The controller writes ordinals without leading zeros.
    if (digits.size() > 1 && digits.front() == u'0')
        return {-1, 0};
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return {-1, 0};
    }
    bool ok = false;
    const qint64 ordinal = digits.toLongLong(&ok);
    return {ok ? ordinal : -1, dash};
}

void addStatefulSets(Build &b, const Pods &pods)
{
    QHash<QString, Pods> podsByOwner;
    for (const Kube::PodRecord *pod : pods) {
        for (const QString &uid : pod->ownerUids)
            podsByOwner[uid].append(pod);
    }
    for (const Kube::ObjectFacts *sts : b.out.objects(DiagramKind::StatefulSets)) {
        const nlohmann::json &templates = factAt(sts->fields, {"spec", "volumeClaimTemplates"});
        if (!templates.is_array() || templates.empty())
            continue;
        PodSummary summary;
        for (const Kube::PodRecord *pod : podsByOwner.value(sts->uid))
            summary.add(podDiagramState(*pod));
        DiagramNode node = statefulSetNode(*sts, summary, StorageColumn::StatefulSet);
        const qint64 replicas = factInt(sts->fields, {"spec", "replicas"}, 1);
        for (const nlohmann::json &claimTemplate : templates) {
            const QString templateName = factText(claimTemplate, {"metadata", "name"});
            const QString stem = sts->namespaceName + u'/' + templateName + u'-' + sts->name;
            int created = 0;
            int kept = 0;
            for (const auto &[ordinal, claim] : b.claimsByStem.value(stem)) {
                ++(ordinal < replicas ? created : kept);
                b.out.addEdge(node.id,
                    b.claims.addClaim(b.out, sts->namespaceName, claim->name, StorageColumn::Claim).id,
                    DiagramEdgeKind::Claims);
            }
            node.details.append(Text::tr("template %1: %2/%3 claims").arg(templateName).arg(created).arg(replicas));
            if (kept > 0)
                node.details.append(Text::tr("%n kept after scaling down", nullptr, kept));
        }
        b.out.addNode(std::move(node));
    }
}

} // namespace

DiagramGraph buildStorageGraph(const DiagramInput &input, const DiagramOptions &options)
{
    Build b(input, options);
    b.out.noteAccess(kindsFor(DiagramView::Storage), true);
    for (const Kube::ObjectFacts &claim : b.claimFacts.objects)
        b.claimsByUid.insert(claim.uid, &claim);
    for (const Kube::ObjectFacts *claim : b.out.objects(DiagramKind::PersistentVolumeClaims)) {
        const auto [ordinal, stemLength] = splitOrdinal(claim->name);
        if (ordinal >= 0)
            b.claimsByStem[claim->namespaceName + u'/' + claim->name.left(stemLength)].append({ordinal, claim});
    }
    if (options.namespaces.isEmpty()) {
        for (const Kube::ObjectFacts *sc : b.out.objects(DiagramKind::StorageClasses))
            b.out.addNode(storageClassNode(*sc));
    }
    addVolumes(b);
    addClaims(b);
    const Pods pods = b.out.pods();
    addPods(b, pods);
    addStatefulSets(b, pods);
    return b.out.finish();
}

} // namespace Kaji::Models
