// The storage diagram over the recorded scenario (postgres's claims bound to
// local volumes, grafana-data waiting for a provisioner that never comes) and
// small cases: why a claim is pending, released and failed volumes, default
// and static classes, dangling references, permissions, determinism.

#include "diagram/diagramexport.h"
#include "diagram/diagramids.h"
#include "diagram/podfan.h"
#include "diagram/storagegraph.h"
#include "diagramfixture.h"

#include <QTest>

using namespace Kaji::Models;
using namespace KajiTest;

namespace {

const QString ns = QStringLiteral("data");

json storageClassJson(const QString &name, const QString &mode = QStringLiteral("Immediate"), bool isDefault = false)
{
    json sc = {{"metadata", objectMeta({}, name, QStringLiteral("uid-sc-") + name)}, {"provisioner", "csi.example.com"},
        {"volumeBindingMode", mode.toStdString()}};
    if (isDefault)
        sc["metadata"]["annotations"] = {{"storageclass.kubernetes.io/is-default-class", "true"}};
    return sc;
}

json claimJson(const QString &name, const json &spec, const QString &phase = QStringLiteral("Pending"))
{
    return {{"metadata", objectMeta(ns, name, QStringLiteral("uid-pvc-") + name)}, {"spec", spec},
        {"status", {{"phase", phase.toStdString()}}}};
}

json volumeJson(const QString &name, const QString &phase, const json &claimRef = nullptr,
    const QString &policy = QStringLiteral("Retain"))
{
    json spec = {{"capacity", {{"storage", "5Gi"}}}, {"accessModes", {"ReadWriteMany"}},
        {"persistentVolumeReclaimPolicy", policy.toStdString()}, {"nfs", {{"server", "nas"}, {"path", "/exports/a"}}}};
    if (!claimRef.is_null())
        spec["claimRef"] = claimRef;
    return {{"metadata", objectMeta({}, name, QStringLiteral("uid-pv-") + name)}, {"spec", spec},
        {"status", {{"phase", phase.toStdString()}}}};
}

json eventJson(const QString &claim, const QString &reason, const QString &message, const QString &time)
{
    return {{"metadata", objectMeta(ns, claim + u'.' + reason, QStringLiteral("uid-ev-") + claim + reason)},
        {"involvedObject",
            {{"kind", "PersistentVolumeClaim"}, {"namespace", ns.toStdString()}, {"name", claim.toStdString()},
                {"uid", (QStringLiteral("uid-pvc-") + claim).toStdString()}}},
        {"reason", reason.toStdString()}, {"message", message.toStdString()}, {"type", "Warning"},
        {"lastTimestamp", time.toStdString()}};
}

// Every storage kind readable and empty, claims created at 22:00:00.
DiagramInput emptyStorage(qint64 secondsAfterCreation = 3600)
{
    DiagramInput input;
    for (DiagramKind kind : kindsFor(DiagramView::Storage))
        input.kinds[kind].access = KindAccess::Readable;
    input.podAccess = KindAccess::Readable;
    input.nowEpochSecs = parseApiTime(QStringLiteral("2026-11-26T22:00:00Z")) + secondsAfterCreation;
    return input;
}

QString claimId(const QString &name)
{
    return diagramNodeId(QStringLiteral("PersistentVolumeClaim"), ns, name);
}

} // namespace

class TestStorageGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void postgresClaimsBoundToLocalVolumes()
    {
        const DiagramGraph graph = buildStorageGraph(scenarioInput(), {});
        QCOMPARE(graph.view, DiagramView::Storage);
        const QString sc = QStringLiteral("StorageClass//local-storage");
        QCOMPARE(graph.node(sc)->details,
            QStringList({QStringLiteral("kubernetes.io/no-provisioner"), QStringLiteral("WaitForFirstConsumer")}));
        QCOMPARE(edgesFrom(graph, sc),
            QStringList({QStringLiteral("PersistentVolume//local-pv-worker-1"),
                QStringLiteral("PersistentVolume//local-pv-worker-2"),
                QStringLiteral("PersistentVolume//local-pv-worker-3")}));
        for (int i = 0; i < 2; ++i) {
            const QString claim = QStringLiteral("PersistentVolumeClaim/infra/data-postgres-%1").arg(i);
            const QString volume = QStringLiteral("PersistentVolume//local-pv-worker-%1").arg(i + 1);
            QCOMPARE(graph.node(claim)->state, DiagramState::Ok);
            QCOMPARE(graph.node(claim)->column, 2);
            QCOMPARE(findEdge(graph, claim, volume)->kind, DiagramEdgeKind::Binds);
            QCOMPARE(findEdge(graph, claim, volume)->state, DiagramEdgeState::Normal);
            QCOMPARE(
                findEdge(graph, QStringLiteral("Pod/infra/postgres-%1").arg(i), claim)->kind, DiagramEdgeKind::Claims);
            QCOMPARE(
                findEdge(graph, QStringLiteral("StatefulSet/infra/postgres"), claim)->kind, DiagramEdgeKind::Claims);
            QCOMPARE(graph.node(volume)->details,
                QStringList({QStringLiteral("20Gi RWO"), QStringLiteral("local /mnt/disks/ssd0"),
                    QStringLiteral("Bound · Retain")}));
        }
        // The unclaimed volume is drawn, and fine.
        const DiagramNode *available = graph.node(QStringLiteral("PersistentVolume//local-pv-worker-3"));
        QCOMPARE(available->state, DiagramState::Ok);
        QCOMPARE(available->details.last(), QStringLiteral("Available · Retain"));
        QCOMPARE(graph.node(QStringLiteral("StatefulSet/infra/postgres"))->details,
            QStringList({QStringLiteral("2/2 ready"), QStringLiteral("template data: 2/2 claims")}));
        QCOMPARE(graph.node(QStringLiteral("StatefulSet/infra/postgres"))->column, 4);
        QVERIFY(graph.notes.isEmpty());
    }

    // Found by fuzz_diagram: a volume's claimRef whose uid is a claim's but
    // whose namespace and name are not (edited, or stale) drew an edge from
    // a node that does not exist. The edge starts at the claim the uid finds.
    void claimRefUidWinsOverItsName()
    {
        DiagramInput input = emptyStorage();
        input.kinds[DiagramKind::PersistentVolumeClaims].objects.clear();
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("real"), {{"storageClassName", ""}, {"accessModes", {"ReadWriteMany"}}}));
        addObject(input, DiagramKind::PersistentVolumes,
            volumeJson(QStringLiteral("v1"), QStringLiteral("Bound"),
                {{"kind", "PersistentVolumeClaim"}, {"namespace", "elsewhere"}, {"name", "stale"},
                    {"uid", "uid-pvc-real"}}));
        const DiagramGraph graph = buildStorageGraph(input, {});
        QSet<QString> ids;
        for (const DiagramNode &node : graph.nodes)
            ids.insert(node.id);
        for (const DiagramEdge &edge : graph.edges)
            QVERIFY2(ids.contains(edge.from) && ids.contains(edge.to), qPrintable(edge.from + QLatin1String(" -> ") + edge.to));
        QVERIFY(findEdge(graph, claimId(QStringLiteral("real")), QStringLiteral("PersistentVolume//v1")));
    }

    // grafana-data's events say it waits for ebs.csi.aws.com, which no kwok
    // cluster runs: seven minutes on, that is a warning; at first, progress.
    void grafanaDataWaitsForItsProvisioner()
    {
        DiagramInput input = scenarioInput();
        const QString claim = QStringLiteral("PersistentVolumeClaim/infra/grafana-data");
        const DiagramGraph graph = buildStorageGraph(input, {});
        QCOMPARE(graph.node(claim)->state, DiagramState::Warning);
        QCOMPARE(graph.node(claim)->reasons,
            QStringList {QStringLiteral("Still waiting for provisioner ebs.csi.aws.com after 7m5s")});
        QCOMPARE(graph.node(claim)->details, QStringList({QStringLiteral("20Gi RWO"), QStringLiteral("gp3")}));
        QCOMPARE(findEdge(graph, QStringLiteral("StorageClass//gp3"), claim)->kind, DiagramEdgeKind::Provisions);

        input.nowEpochSecs = parseApiTime(QStringLiteral("2026-11-26T22:41:03Z"));
        // The graph outlives the pointer into it.
        const DiagramGraph built = buildStorageGraph(input, {});
        const DiagramNode *young = built.node(claim);
        QCOMPARE(young->state, DiagramState::Progressing);
        QCOMPARE(young->reasons, QStringList {QStringLiteral("Waiting for provisioner ebs.csi.aws.com")});
    }

    void pendingReasonsFromEvents_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::addColumn<DiagramState>("state");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("WaitForFirstConsumer is normal")
            << QStringLiteral("WaitForFirstConsumer")
            << QStringLiteral("waiting for first consumer to be created before binding") << DiagramState::Progressing
            << QStringList {QStringLiteral("Waits for the first pod that uses it")};
        QTest::newRow("ProvisioningFailed")
            << QStringLiteral("ProvisioningFailed") << QStringLiteral("rpc error: quota exceeded")
            << DiagramState::Failed
            << QStringList({QStringLiteral("Provisioning failed"), QStringLiteral("rpc error: quota exceeded")});
        QTest::newRow("FailedBinding") << QStringLiteral("FailedBinding")
                                       << QStringLiteral("no persistent volumes available for this claim")
                                       << DiagramState::Failed
                                       << QStringList({QStringLiteral("No volume can be bound"),
                                              QStringLiteral("no persistent volumes available for this claim")});
    }

    void pendingReasonsFromEvents()
    {
        QFETCH(QString, reason);
        QFETCH(QString, message);
        QFETCH(DiagramState, state);
        QFETCH(QStringList, reasons);
        DiagramInput input = emptyStorage();
        addObject(input, DiagramKind::StorageClasses, storageClassJson(QStringLiteral("fast")));
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("cache"), {{"storageClassName", "fast"}}));
        // An older event says something else: the newest one speaks.
        addObject(input, DiagramKind::ClaimEvents,
            eventJson(QStringLiteral("cache"), QStringLiteral("ExternalProvisioning"), QStringLiteral("waiting"),
                QStringLiteral("2026-11-26T22:00:01Z")));
        addObject(input, DiagramKind::ClaimEvents,
            eventJson(QStringLiteral("cache"), reason, message, QStringLiteral("2026-11-26T22:05:00Z")));
        // The graph outlives the pointer into it.
        const DiagramGraph built = buildStorageGraph(input, {});
        const DiagramNode *node = built.node(claimId(QStringLiteral("cache")));
        QCOMPARE(node->state, state);
        QCOMPARE(node->reasons, reasons);
    }

    void releasedAndFailedVolumesStandOut()
    {
        DiagramInput input = emptyStorage();
        const json goneClaim = {{"namespace", ns.toStdString()}, {"name", "old-data"}, {"uid", "uid-deleted"}};
        addObject(input, DiagramKind::PersistentVolumes,
            volumeJson(QStringLiteral("released"), QStringLiteral("Released"), goneClaim));
        json failed
            = volumeJson(QStringLiteral("broken"), QStringLiteral("Failed"), goneClaim, QStringLiteral("Delete"));
        failed["status"]["message"] = "host path not found";
        addObject(input, DiagramKind::PersistentVolumes, failed);
        const DiagramGraph graph = buildStorageGraph(input, {});
        const DiagramNode *released = graph.node(QStringLiteral("PersistentVolume//released"));
        QCOMPARE(released->state, DiagramState::Warning);
        QCOMPARE(released->reasons,
            QStringList {QStringLiteral("Released: its claim is gone; the data is kept until an admin reclaims it")});
        QCOMPARE(released->details,
            QStringList({QStringLiteral("5Gi RWX"), QStringLiteral("nfs nas:/exports/a"),
                QStringLiteral("Released · Retain")}));
        const DiagramNode *broken = graph.node(QStringLiteral("PersistentVolume//broken"));
        QCOMPARE(broken->state, DiagramState::Failed);
        QCOMPARE(broken->reasons,
            QStringList({QStringLiteral("Reclaiming it failed"), QStringLiteral("host path not found")}));
        // The claim they point at is gone: drawn missing, the binding broken.
        const QString missing = missingNodeId(QStringLiteral("PersistentVolumeClaim"), ns, QStringLiteral("old-data"));
        QCOMPARE(graph.node(missing)->state, DiagramState::Missing);
        QCOMPARE(findEdge(graph, missing, released->id)->state, DiagramEdgeState::Broken);
        QCOMPARE(findEdge(graph, missing, broken->id)->state, DiagramEdgeState::Broken);
    }

    void defaultAndStaticClasses()
    {
        DiagramInput input = emptyStorage();
        json older = storageClassJson(QStringLiteral("old-default"), QStringLiteral("Immediate"), true);
        older["metadata"]["creationTimestamp"] = "2025-01-01T00:00:00Z";
        addObject(input, DiagramKind::StorageClasses, older);
        addObject(input, DiagramKind::StorageClasses,
            storageClassJson(QStringLiteral("standard"), QStringLiteral("WaitForFirstConsumer"), true));
        addObject(input, DiagramKind::PersistentVolumeClaims, claimJson(QStringLiteral("unset"), json::object()));
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("static"), {{"storageClassName", ""}}));
        const DiagramGraph graph = buildStorageGraph(input, {});
        // Unset: the default class (the newest of two defaults).
        const DiagramNode *unset = graph.node(claimId(QStringLiteral("unset")));
        QCOMPARE(
            findEdge(graph, QStringLiteral("StorageClass//standard"), unset->id)->kind, DiagramEdgeKind::Provisions);
        QVERIFY(!findEdge(graph, QStringLiteral("StorageClass//old-default"), unset->id));
        QCOMPARE(unset->details, QStringList {QStringLiteral("standard (default)")});
        QCOMPARE(unset->state, DiagramState::Progressing);
        QCOMPARE(graph.node(QStringLiteral("StorageClass//standard"))->details.last(), QStringLiteral("default"));
        // "": static binding only, no class at all.
        const DiagramNode *fixed = graph.node(claimId(QStringLiteral("static")));
        QCOMPARE(fixed->details, QStringList {QStringLiteral("no StorageClass")});
        QCOMPARE(fixed->state, DiagramState::Warning);
        QCOMPARE(fixed->reasons,
            QStringList {QStringLiteral("Static binding only: waiting for a matching PersistentVolume")});
        for (const DiagramEdge &edge : graph.edges)
            QVERIFY(edge.to != fixed->id);
    }

    void danglingReferencesAreMissing()
    {
        DiagramInput input = emptyStorage();
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("typo"), {{"storageClassName", "fsat"}}));
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("lost"), {{"volumeName", "pv-gone"}}, QStringLiteral("Lost")));
        addPod(input, podJson(ns, QStringLiteral("app"), nullptr, PodShape::Unschedulable, {QStringLiteral("nope")}));
        const DiagramGraph graph = buildStorageGraph(input, {});
        const QString missingClass = missingNodeId(QStringLiteral("StorageClass"), {}, QStringLiteral("fsat"));
        QCOMPARE(graph.node(missingClass)->state, DiagramState::Missing);
        QCOMPARE(findEdge(graph, missingClass, claimId(QStringLiteral("typo")))->state, DiagramEdgeState::Broken);
        QCOMPARE(graph.node(claimId(QStringLiteral("typo")))->state, DiagramState::Failed);
        QCOMPARE(graph.node(claimId(QStringLiteral("typo")))->reasons,
            QStringList {QStringLiteral("StorageClass fsat does not exist")});

        const QString missingVolume = missingNodeId(QStringLiteral("PersistentVolume"), {}, QStringLiteral("pv-gone"));
        QCOMPARE(findEdge(graph, claimId(QStringLiteral("lost")), missingVolume)->state, DiagramEdgeState::Broken);
        QCOMPARE(graph.node(claimId(QStringLiteral("lost")))->state, DiagramState::Failed);

        const QString missingClaim = missingNodeId(QStringLiteral("PersistentVolumeClaim"), ns, QStringLiteral("nope"));
        QCOMPARE(findEdge(graph, QStringLiteral("Pod/data/app"), missingClaim)->state, DiagramEdgeState::Broken);
    }

    // A user who may not list PersistentVolumes or StorageClasses (both
    // cluster-scoped, so often refused) sees them hidden, never missing.
    void forbiddenKindsAreHiddenNotMissing()
    {
        DiagramInput input = scenarioInput();
        for (DiagramKind kind : {DiagramKind::PersistentVolumes, DiagramKind::StorageClasses}) {
            input.kinds[kind].access = KindAccess::Forbidden;
            input.kinds[kind].objects.clear();
        }
        const DiagramGraph graph = buildStorageGraph(input, {});
        for (const DiagramNode &node : graph.nodes)
            QVERIFY2(node.state != DiagramState::Missing, qPrintable(node.id));
        for (const DiagramEdge &edge : graph.edges)
            QVERIFY(edge.state != DiagramEdgeState::Broken);
        const QString volume = QStringLiteral("PersistentVolume//local-pv-worker-1");
        QCOMPARE(graph.node(volume)->state, DiagramState::Hidden);
        QCOMPARE(graph.node(volume)->reasons,
            QStringList {QStringLiteral("Your permissions do not allow reading persistentvolumes")});
        QCOMPARE(findEdge(graph, QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0"), volume)->kind,
            DiagramEdgeKind::Binds);
        // With its volume out of sight, a bound claim shows its class directly.
        const QString sc = QStringLiteral("StorageClass//local-storage");
        QCOMPARE(graph.node(sc)->state, DiagramState::Hidden);
        QVERIFY(findEdge(graph, sc, QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0")));
        // Unknown whether grafana-data's class exists: no "does not exist".
        QCOMPARE(graph.node(QStringLiteral("PersistentVolumeClaim/infra/grafana-data"))->state, DiagramState::Warning);
        QCOMPARE(graph.notes, QStringList {QStringLiteral("Hidden by permissions: storageclasses, persistentvolumes")});

        // Claims hidden too: the pods' claims are hidden nodes.
        input.kinds[DiagramKind::PersistentVolumeClaims] = KindFacts {KindAccess::Forbidden, {}, {}, {}};
        const DiagramGraph noClaims = buildStorageGraph(input, {});
        QCOMPARE(
            noClaims.node(QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0"))->state, DiagramState::Hidden);
        QCOMPARE(findEdge(noClaims, QStringLiteral("Pod/infra/postgres-0"),
                     QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0"))
                     ->state,
            DiagramEdgeState::Normal);
    }

    void ephemeralVolumeClaims()
    {
        DiagramInput input = emptyStorage();
        addObject(input, DiagramKind::StorageClasses, storageClassJson(QStringLiteral("fast")));
        json pod = podJson(ns, QStringLiteral("runner"), nullptr);
        pod["spec"]["volumes"]
            = json::array({{{"name", "scratch"}, {"ephemeral", {{"volumeClaimTemplate", json::object()}}}}});
        addPod(input, pod);
        json claim = claimJson(QStringLiteral("runner-scratch"), {{"storageClassName", "fast"}, {"volumeName", "pv-1"}},
            QStringLiteral("Bound"));
        claim["metadata"]["ownerReferences"] = json::array(
            {controllerRef(QStringLiteral("Pod"), QStringLiteral("runner"), QStringLiteral("uid-pod-runner"))});
        addObject(input, DiagramKind::PersistentVolumeClaims, claim);
        addObject(input, DiagramKind::PersistentVolumes,
            volumeJson(QStringLiteral("pv-1"), QStringLiteral("Bound"),
                {{"namespace", ns.toStdString()}, {"name", "runner-scratch"}, {"uid", "uid-pvc-runner-scratch"}}));
        const DiagramGraph graph = buildStorageGraph(input, {});
        const QString id = claimId(QStringLiteral("runner-scratch"));
        QVERIFY(findEdge(graph, QStringLiteral("Pod/data/runner"), id));
        QCOMPARE(graph.node(id)->details.last(), QStringLiteral("ephemeral, of pod runner"));
        QCOMPARE(findEdge(graph, id, QStringLiteral("PersistentVolume//pv-1"))->state, DiagramEdgeState::Normal);
    }

    void claimBoundToAVolumeClaimedByAnother()
    {
        DiagramInput input = emptyStorage();
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("mine"), {{"volumeName", "pv-1"}, {"storageClassName", ""}}));
        addObject(input, DiagramKind::PersistentVolumes,
            volumeJson(QStringLiteral("pv-1"), QStringLiteral("Bound"),
                {{"namespace", ns.toStdString()}, {"name", "theirs"}, {"uid", "uid-other"}}));
        const DiagramGraph graph = buildStorageGraph(input, {});
        QCOMPARE(findEdge(graph, claimId(QStringLiteral("mine")), QStringLiteral("PersistentVolume//pv-1"))->state,
            DiagramEdgeState::Broken);
        QVERIFY(graph.node(claimId(QStringLiteral("mine")))
                    ->reasons.contains(QStringLiteral("Volume pv-1 is bound to another claim")));
    }

    void statefulSetTemplatesWithClaimsNotCreated()
    {
        DiagramInput input = emptyStorage();
        addObject(input, DiagramKind::StatefulSets,
            {{"metadata", objectMeta(ns, QStringLiteral("kafka"), QStringLiteral("uid-kafka"))},
                {"spec",
                    {{"replicas", 3}, {"volumeClaimTemplates", json::array({{{"metadata", {{"name", "logs"}}}}})}}},
                {"status", {{"replicas", 2}, {"readyReplicas", 2}, {"updatedReplicas", 2}}}});
        for (const char *name : {"logs-kafka-0", "logs-kafka-1", "logs-kafka-5", "logs-kafka-01", "logs-kafkaesque-0"})
            addObject(
                input, DiagramKind::PersistentVolumeClaims, claimJson(QLatin1String(name), {{"storageClassName", ""}}));
        const DiagramGraph graph = buildStorageGraph(input, {});
        const QString sts = QStringLiteral("StatefulSet/data/kafka");
        QCOMPARE(edgesFrom(graph, sts),
            QStringList({claimId(QStringLiteral("logs-kafka-0")), claimId(QStringLiteral("logs-kafka-1")),
                claimId(QStringLiteral("logs-kafka-5"))}));
        QCOMPARE(graph.node(sts)->details.mid(1),
            QStringList({QStringLiteral("template logs: 2/3 claims"), QStringLiteral("1 kept after scaling down")}));
    }

    void namespacesOption()
    {
        DiagramOptions options;
        options.namespaces = {QStringLiteral("infra")};
        const DiagramGraph graph = buildStorageGraph(scenarioInput(), options);
        QVERIFY(graph.node(QStringLiteral("PersistentVolume//local-pv-worker-1")));
        QVERIFY(graph.node(QStringLiteral("StorageClass//gp3")));
        // An unclaimed volume belongs to no namespace in view.
        QVERIFY(!graph.node(QStringLiteral("PersistentVolume//local-pv-worker-3")));
        options.namespaces = {QStringLiteral("shop")};
        QVERIFY(buildStorageGraph(scenarioInput(), options).nodes.isEmpty());
    }

    void aggregatedPodsKeepTheirClaims()
    {
        DiagramInput input = emptyStorage();
        const json owner
            = controllerRef(QStringLiteral("ReplicaSet"), QStringLiteral("web-1"), QStringLiteral("uid-rs"));
        addObject(input, DiagramKind::PersistentVolumeClaims,
            claimJson(QStringLiteral("shared"), {{"storageClassName", ""}}));
        for (int i = 0; i < 4; ++i)
            addPod(input,
                podJson(ns, QStringLiteral("web-1-%1").arg(i), owner, PodShape::Ready, {QStringLiteral("shared")}));
        DiagramOptions options;
        options.fanLimit = 3;
        const DiagramGraph graph = buildStorageGraph(input, options);
        const QString group = podGroupId(QStringLiteral("ReplicaSet/data/web-1"));
        QCOMPARE(graph.node(group)->members.size(), 4);
        QCOMPARE(edgesFrom(graph, group), QStringList {claimId(QStringLiteral("shared"))});
    }

    void deterministic()
    {
        const DiagramInput input = scenarioInput();
        const std::string first = diagramToJson(buildStorageGraph(input, {})).dump();
        QCOMPARE(diagramToJson(buildStorageGraph(input, {})).dump(), first);
        DiagramInput reversed = input;
        for (auto it = reversed.kinds.begin(); it != reversed.kinds.end(); ++it) {
            QList<Kaji::Kube::ObjectFacts> objects = it->objects.values();
            std::reverse(objects.begin(), objects.end());
            it->objects.clear();
            it->objects.reserve(objects.size() * 16); // another iteration order
            for (const Kaji::Kube::ObjectFacts &object : std::as_const(objects))
                it->objects.insert(object.key(), object);
        }
        reversed.pods.clear();
        reversed.pods.reserve(input.pods.size() * 16);
        for (const Kaji::Kube::PodRecord &pod : input.pods)
            reversed.pods.insert(pod.key(), pod);
        QCOMPARE(diagramToJson(buildStorageGraph(reversed, {})).dump(), first);
    }
};

QTEST_GUILESS_MAIN(TestStorageGraph)
#include "tst_storagegraph.moc"
