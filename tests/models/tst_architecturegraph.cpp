// buildArchitectureGraph over the recorded cluster (tests/data/diagnosis/scenario.json:
// nodes, pods, Services, slices, Deployments, DaemonSets) and what only the
// architecture view reads (tests/data/diagram/control-plane.json: /version,
// /readyz?verbose, Leases): the control plane by its leader Leases and readyz
// checks, a card per node with its kubelet and CRI runtime inside, the
// add-ons; stale Leases, a failing etcd check, mirror pods, what RBAC hides
// (hidden, never missing) and what a managed control plane keeps out of
// sight (not observable, never missing or failed).

#include "diagraminputfixture.h"
#include "diagram/architecturegraph.h"
#include "diagram/diagramids.h"

#include <QHashSeed>
#include <QTest>

using namespace Kaji::Models;
using KajiTest::findEdge;
using nlohmann::json;

namespace {

const QList<DiagramKind> architectureKinds = kindsFor(DiagramView::Architecture);

const QString apiServer = QStringLiteral("APIServer//kube-apiserver");
const QString etcd = QStringLiteral("Etcd//etcd");
const QString scheduler = QStringLiteral("Scheduler/kube-system/kube-scheduler");
const QString controllerManager = QStringLiteral("ControllerManager/kube-system/kube-controller-manager");
const QStringList nodeNames = {QStringLiteral("kaji-gpu-1"), QStringLiteral("kaji-worker-1"),
                               QStringLiteral("kaji-worker-2"), QStringLiteral("kaji-worker-3")};

// "[+]etcd ok" / "[-]etcd failed: reason withheld" lines of /readyz?verbose.
QList<std::pair<QString, bool>> readyzChecks(const QString &body)
{
    QList<std::pair<QString, bool>> checks;
    for (const QString &line : body.split(u'\n')) {
        if (line.startsWith(QLatin1String("[+]")) || line.startsWith(QLatin1String("[-]")))
            checks.append({line.mid(3).section(u' ', 0, 0), line.startsWith(QLatin1String("[+]"))});
    }
    return checks;
}

DiagramInput clusterInput()
{
    DiagramInput input;
    KajiTest::addToInput(input, KajiTest::loadJsonFile(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json")),
                         architectureKinds);
    const json plane = KajiTest::loadJsonFile(QStringLiteral(KAJI_TEST_DATA_DIR "/diagram/control-plane.json"));
    KajiTest::addToInput(input, plane, {DiagramKind::Leases});
    input.nowEpochSecs = parseApiTime(QString::fromStdString(plane["now"].get<std::string>()));
    input.controlPlane.versionRead = true;
    input.controlPlane.gitVersion = QString::fromStdString(plane["version"]["gitVersion"].get<std::string>());
    input.controlPlane.readyzStatus = plane["readyz"]["status"].get<int>();
    input.controlPlane.readyzChecks = readyzChecks(QString::fromStdString(plane["readyz"]["body"].get<std::string>()));
    return input;
}

// Scenario pods with a kubeadm control plane's mirror pods added.
void addMirrorPod(DiagramInput &input, const std::string &component, bool crashing)
{
    json containerState = crashing ? json{{"waiting", {{"reason", "CrashLoopBackOff"}}}}
                                   : json{{"running", {{"startedAt", "2026-11-26T22:40:00Z"}}}};
    const json pod = {
        {"metadata",
         {{"name", component + "-kaji-control-plane"},
          {"namespace", "kube-system"},
          {"uid", "mirror-" + component},
          {"labels", {{"component", component}, {"tier", "control-plane"}}},
          {"annotations", {{"kubernetes.io/config.mirror", "4b1e"}}}}},
        {"spec", {{"nodeName", "kaji-control-plane"}, {"containers", json::array({{{"name", component}}})}}},
        {"status",
         {{"phase", "Running"},
          {"containerStatuses",
           json::array({{{"name", component}, {"ready", !crashing}, {"restartCount", crashing ? 7 : 0}, {"state", containerState}}})}}}};
    const Kaji::Kube::PodRecord record = KajiTest::podFromJson(pod);
    input.pods.insert(record.key(), record);
}

QString nodeId(const char *kind, const QString &name)
{
    return diagramNodeId(QLatin1String(kind), QString(), name);
}

} // namespace

class TestArchitectureGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void controlPlane()
    {
        const DiagramGraph graph = buildArchitectureGraph(clusterInput(), {});
        QCOMPARE(graph.view, DiagramView::Architecture);
        const DiagramNode *api = graph.node(apiServer);
        QVERIFY(api);
        QCOMPARE(api->state, DiagramState::Ok);
        QCOMPARE(api->column, 0);
        QVERIFY(api->parent.isEmpty()); // a self-run control plane: no managed card
        QCOMPARE(api->details,
                 (QStringList{QStringLiteral("v1.36.3"), QStringLiteral("1 instance(s)"),
                              QStringLiteral("kaji-control-plane, renewed 10s ago"),
                              QStringLiteral("Endpoints 10.0.0.10:60881"), QStringLiteral("readyz: 14 check(s) passed")}));

        QCOMPARE(graph.node(etcd)->state, DiagramState::Ok);
        QVERIFY(graph.node(etcd)->details.contains(QLatin1String("The API server's etcd check passes")));
        QCOMPARE(findEdge(graph, apiServer, etcd)->kind, DiagramEdgeKind::Talks);

        const DiagramNode *sched = graph.node(scheduler);
        QCOMPARE(sched->state, DiagramState::Ok);
        QCOMPARE(sched->details, (QStringList{QStringLiteral("Leader kaji-control-plane"), QStringLiteral("Renewed 2s ago")}));
        QCOMPARE(sched->resourceId, QStringLiteral("leases.coordination.k8s.io"));
        const DiagramNode *cm = graph.node(controllerManager);
        QCOMPARE(cm->state, DiagramState::Ok);
        QCOMPARE(cm->details,
                 (QStringList{QStringLiteral("Leader kaji-control-plane"), QStringLiteral("Renewed 3s ago"),
                              QStringLiteral("1 leader change(s)")}));
        QCOMPARE(findEdge(graph, scheduler, apiServer)->state, DiagramEdgeState::Normal);
        QVERIFY(findEdge(graph, controllerManager, apiServer));
        QVERIFY(graph.notes.isEmpty());
        for (const DiagramNode &node : graph.nodes) {
            QVERIFY2(node.state != DiagramState::NotObservable && node.kind != QLatin1String("ManagedControlPlane"),
                     qPrintable(node.id)); // aws:// nodes, but the control plane shows itself
            if (node.kind != QLatin1String("Pod"))
                QVERIFY2(!node.explanation.isEmpty(), qPrintable(node.id));
        }
    }

    void nodeCards()
    {
        const DiagramGraph graph = buildArchitectureGraph(clusterInput(), {});
        for (const QString &name : nodeNames) {
            const DiagramNode *card = graph.node(nodeId("Node", name));
            QVERIFY2(card, qPrintable(name));
            QCOMPARE(card->column, 1);
            QCOMPARE(card->state, DiagramState::Ok);
            QVERIFY(card->details.contains(QStringLiteral("Debian GNU/Linux 13 (trixie) · 6.12.48-amd64 · amd64")));
            QVERIFY(card->details.contains(QLatin1String("Ready")));
            const DiagramNode *kubelet = graph.node(nodeId("Kubelet", name));
            QCOMPARE(kubelet->parent, card->id);
            QCOMPARE(kubelet->details.first(), QStringLiteral("v1.36.3"));
            QVERIFY(kubelet->details.at(1).startsWith(QLatin1String("Heartbeat ")));
            const DiagramNode *runtime = graph.node(nodeId("ContainerRuntime", name));
            QCOMPARE(runtime->parent, card->id);
            QCOMPARE(runtime->name, QStringLiteral("containerd"));
            QCOMPARE(runtime->details, QStringList{QStringLiteral("containerd 2.1.4")});
            QCOMPARE(findEdge(graph, kubelet->id, apiServer)->kind, DiagramEdgeKind::Talks);
            QCOMPARE(findEdge(graph, kubelet->id, runtime->id)->label, QStringLiteral("CRI"));
        }
        const DiagramNode *gpu = graph.node(nodeId("Node", QStringLiteral("kaji-gpu-1")));
        QVERIFY(gpu->details.contains(QLatin1String("Taints: nvidia.com/gpu=true:NoSchedule")));
        QVERIFY(gpu->details.contains(QLatin1String("Pods 1/110: Running 1")));
        // The failed backup pod does not count against the node's 110.
        QVERIFY(graph.node(nodeId("Node", QStringLiteral("kaji-worker-2")))
                    ->details.contains(QLatin1String("Pods 5/110: Failed 1, Running 5")));
        QCOMPARE(graph.node(nodeId("Kubelet", QStringLiteral("kaji-worker-2")))->details.at(1), QStringLiteral("Heartbeat 9s ago"));
    }

    void addons()
    {
        const DiagramGraph graph = buildArchitectureGraph(clusterInput(), {});
        const DiagramNode *proxy = graph.node(QStringLiteral("KubeProxy/kube-system/kube-proxy"));
        QCOMPARE(proxy->state, DiagramState::NotDetected); // the scenario runs none
        QCOMPARE(proxy->column, 2);
        QVERIFY(proxy->reasons.first().contains(QLatin1String("kube-proxy")));
        const DiagramNode *dns = graph.node(QStringLiteral("ClusterDNS/kube-system/cluster-dns"));
        QCOMPARE(dns->state, DiagramState::Ok);
        QCOMPARE(dns->name, QStringLiteral("coredns"));
        QCOMPARE(dns->details, (QStringList{QStringLiteral("2/2 ready"), QStringLiteral("Service kube-dns at 10.96.0.10")}));

        // Gone: not detected, not missing.
        DiagramInput input = clusterInput();
        input.kinds[DiagramKind::Deployments].objects.remove(QStringLiteral("kube-system/coredns"));
        input.kinds[DiagramKind::Services].objects.remove(QStringLiteral("kube-system/kube-dns"));
        input.pods.removeIf([](const auto &it) { return it.value().namespaceName == QLatin1String("kube-system"); });
        QCOMPARE(buildArchitectureGraph(input, {}).node(dns->id)->state, DiagramState::NotDetected);
    }

    void staleLeases()
    {
        DiagramInput input = clusterInput();
        input.nowEpochSecs += 120;
        const DiagramGraph graph = buildArchitectureGraph(input, {});
        const DiagramNode *sched = graph.node(scheduler);
        QCOMPARE(sched->state, DiagramState::Warning);
        QVERIFY(sched->reasons.first().contains(QLatin1String("2m2s ago and lasts 15 s")));
        const DiagramNode *kubelet = graph.node(nodeId("Kubelet", QStringLiteral("kaji-worker-1")));
        QCOMPARE(kubelet->state, DiagramState::Failed);
        QCOMPARE(graph.node(nodeId("Node", QStringLiteral("kaji-worker-1")))->state, DiagramState::Warning);
        QCOMPARE(findEdge(graph, kubelet->id, apiServer)->state, DiagramEdgeState::Broken);
        // An API server's identity Lease lasts an hour; within it the instance counts.
        QVERIFY(graph.node(apiServer)->details.contains(QLatin1String("kaji-control-plane, renewed 2m10s ago")));
        input.nowEpochSecs += 3600;
        QVERIFY(!buildArchitectureGraph(input, {}).node(apiServer)->details.join(u'\n').contains(QLatin1String("renewed")));
    }

    void failingEtcd()
    {
        DiagramInput input = clusterInput();
        input.controlPlane.readyzStatus = 500;
        input.controlPlane.readyzChecks = readyzChecks(QStringLiteral("[+]ping ok\n[-]etcd failed: reason withheld\n[+]informer-sync ok\n"));
        const DiagramGraph graph = buildArchitectureGraph(input, {});
        QCOMPARE(graph.node(apiServer)->state, DiagramState::Failed);
        QVERIFY(graph.node(apiServer)->details.contains(QLatin1String("readyz failing: etcd")));
        QCOMPARE(graph.node(etcd)->state, DiagramState::Failed);
        QCOMPARE(findEdge(graph, apiServer, etcd)->state, DiagramEdgeState::Broken);
    }

    void mirrorPods()
    {
        DiagramInput input = clusterInput();
        addMirrorPod(input, "kube-apiserver", false);
        addMirrorPod(input, "etcd", false);
        addMirrorPod(input, "kube-scheduler", true);
        input.kinds[DiagramKind::Leases].objects.remove(QStringLiteral("kube-system/kube-scheduler"));
        const DiagramGraph graph = buildArchitectureGraph(input, {});
        const DiagramNode *pod = graph.node(QStringLiteral("Pod/kube-system/kube-apiserver-kaji-control-plane"));
        QVERIFY(pod);
        QCOMPARE(pod->parent, apiServer);
        QCOMPARE(pod->state, DiagramState::Ok);
        QVERIFY(pod->details.contains(QLatin1String("On kaji-control-plane")));
        QVERIFY(!pod->explanation.isEmpty());
        QCOMPARE(graph.node(QStringLiteral("Pod/kube-system/etcd-kaji-control-plane"))->parent, etcd);
        // The scheduler has no Lease but a crash-looping pod: that is what it shows.
        const DiagramNode *sched = graph.node(scheduler);
        QCOMPARE(sched->state, DiagramState::Failed);
        QVERIFY(sched->reasons.join(u'\n').contains(QLatin1String("CrashLoopBackOff")));
        QCOMPARE(graph.node(QStringLiteral("Pod/kube-system/kube-scheduler-kaji-control-plane"))->parent, scheduler);
    }

    void hiddenByPermissions()
    {
        DiagramInput input = clusterInput();
        input.kinds[DiagramKind::Leases] = KindFacts{KindAccess::Forbidden, QStringLiteral("leases is forbidden"), {}, {}};
        input.kinds[DiagramKind::Nodes] = KindFacts{KindAccess::Forbidden, QStringLiteral("nodes is forbidden"), {}, {}};
        input.kinds[DiagramKind::DaemonSets] = KindFacts{KindAccess::Forbidden, {}, {}, {}};
        const DiagramGraph graph = buildArchitectureGraph(input, {});
        QCOMPARE(graph.node(scheduler)->state, DiagramState::Hidden);
        QCOMPARE(graph.node(controllerManager)->state, DiagramState::Hidden);
        QCOMPARE(graph.node(scheduler)->reasons, QStringList{QStringLiteral("Hidden by permissions")});
        QCOMPARE(graph.node(QStringLiteral("KubeProxy/kube-system/kube-proxy"))->state, DiagramState::Hidden);
        // Nodes cannot be listed, but the pods name them.
        for (const QString &name : nodeNames)
            QCOMPARE(graph.node(nodeId("Node", name))->state, DiagramState::Hidden);
        for (const DiagramNode &node : graph.nodes)
            QVERIFY2(node.state != DiagramState::Missing && node.state != DiagramState::NotDetected, qPrintable(node.id));
        const QString notes = graph.notes.join(u'\n');
        QVERIFY(notes.contains(QLatin1String("listing leases")) && notes.contains(QLatin1String("listing nodes")));

        // Nodes readable, their heartbeats not.
        input = clusterInput();
        input.kinds[DiagramKind::Leases].access = KindAccess::Forbidden;
        input.kinds[DiagramKind::Leases].objects.clear();
        const DiagramGraph heartbeats = buildArchitectureGraph(input, {});
        const DiagramNode *worker = heartbeats.node(nodeId("Kubelet", QStringLiteral("kaji-worker-1")));
        QCOMPARE(worker->state, DiagramState::Ok);
        QVERIFY(worker->details.contains(QLatin1String("Heartbeat hidden by permissions")));
    }

    void managedControlPlane()
    {
        // EKS: its version says so; the scenario's nodes run on aws://.
        DiagramInput input = clusterInput();
        input.controlPlane.gitVersion = QStringLiteral("v1.30.4-eks-a737599");
        for (const char *lease : {"kube-system/kube-scheduler", "kube-system/kube-controller-manager"})
            input.kinds[DiagramKind::Leases].objects.remove(QLatin1String(lease));
        const DiagramGraph graph = buildArchitectureGraph(input, {});
        const QString card = QStringLiteral("ManagedControlPlane//control-plane");
        QVERIFY(graph.node(card));
        QCOMPARE(graph.node(card)->state, DiagramState::NotObservable);
        QVERIFY(graph.node(card)->name.contains(QLatin1String("EKS")));
        QVERIFY(!graph.node(card)->explanation.isEmpty());
        for (const QString &id : {etcd, scheduler, controllerManager}) {
            QCOMPARE(graph.node(id)->state, DiagramState::NotObservable);
            QCOMPARE(graph.node(id)->parent, card);
        }
        QCOMPARE(graph.node(apiServer)->parent, card);
        QCOMPARE(graph.node(apiServer)->state, DiagramState::Ok);
        for (const DiagramNode &node : graph.nodes)
            QVERIFY2(node.state != DiagramState::Missing && node.state != DiagramState::Failed, qPrintable(node.id));
        QVERIFY(graph.notes.join(u'\n').contains(QLatin1String("EKS")));

        // aws:// nodes without -eks- in the version: a cluster run by its owner
        // (the local test cluster runs its scheduler without a leader Lease).
        input.controlPlane.gitVersion = QStringLiteral("v1.36.3");
        const DiagramGraph selfRunOnAws = buildArchitectureGraph(input, {});
        QVERIFY(!selfRunOnAws.node(card));
        QCOMPARE(selfRunOnAws.node(scheduler)->state, DiagramState::NotDetected);
        QVERIFY(selfRunOnAws.node(scheduler)->parent.isEmpty());

        // AKS tells no version suffix: azure:// nodes and no control plane of the cluster's own.
        for (Kaji::Kube::ObjectFacts &node : input.kinds[DiagramKind::Nodes].objects)
            node.fields["spec"]["providerID"] = "azure:///subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachineScaleSets/z/virtualMachines/0";
        input.controlPlane.gitVersion = QStringLiteral("v1.30.4");
        QCOMPARE(buildArchitectureGraph(input, {}).node(scheduler)->state, DiagramState::NotObservable);
        // The same nodes with a scheduler Lease in sight: a self-run control plane.
        KajiTest::addToInput(input, KajiTest::loadJsonFile(QStringLiteral(KAJI_TEST_DATA_DIR "/diagram/control-plane.json")),
                             {DiagramKind::Leases});
        const DiagramGraph selfRun = buildArchitectureGraph(input, {});
        QVERIFY(!selfRun.node(card));
        QCOMPARE(selfRun.node(etcd)->state, DiagramState::Ok);
    }

    void sameInputSameGraph()
    {
        const DiagramGraph first = buildArchitectureGraph(clusterInput(), {});
        QHashSeed::setDeterministicGlobalSeed();
        const DiagramGraph second = buildArchitectureGraph(clusterInput(), {});
        QHashSeed::resetRandomGlobalSeed();
        QVERIFY(first == second);
    }
};

QTEST_GUILESS_MAIN(TestArchitectureGraph)
#include "tst_architecturegraph.moc"
