#pragma once

// Synthetic diagram graphs shaped like what the builders in models/diagram
// make from a cluster: workloads, storage, network and architecture.

#include "diagram/diagramgraph.h"
#include "diagram/diagramids.h"

#include <QString>
#include <QStringList>

namespace KajiDiagramTest {

using Kaji::Models::DiagramEdge;
using Kaji::Models::DiagramEdgeKind;
using Kaji::Models::DiagramEdgeState;
using Kaji::Models::DiagramGraph;
using Kaji::Models::DiagramNode;
using Kaji::Models::DiagramState;
using Kaji::Models::DiagramView;

inline DiagramNode makeNode(const QString &kind, const QString &ns, const QString &name, int column,
    DiagramState state = DiagramState::Ok, const QStringList &details = {})
{
    DiagramNode node;
    node.id = Kaji::Models::diagramNodeId(kind, ns, name);
    node.kind = kind;
    node.namespaceName = ns;
    node.name = name;
    node.column = column;
    node.state = state;
    node.details = details;
    node.resourceId = kind.toLower() + QStringLiteral("s");
    return node;
}

inline DiagramEdge makeEdge(const DiagramNode &from, const DiagramNode &to,
    DiagramEdgeKind kind = DiagramEdgeKind::Owns, DiagramEdgeState state = DiagramEdgeState::Normal,
    const QString &label = {})
{
    return DiagramEdge { from.id, to.id, kind, state, label };
}

// Deployment → `replicaSets` ReplicaSets → `pods` pods each.
inline void addDeployment(
    DiagramGraph &graph, const QString &ns, const QString &name, int replicaSets = 2, int pods = 5)
{
    const DiagramNode deployment = makeNode(
        QStringLiteral("Deployment"), ns, name, 0, DiagramState::Ok, { QStringLiteral("%1/%1 ready").arg(pods) });
    graph.nodes.append(deployment);
    for (int r = 0; r < replicaSets; ++r) {
        const DiagramNode rs
            = makeNode(QStringLiteral("ReplicaSet"), ns, QStringLiteral("%1-%2c9f8b6d").arg(name).arg(r), 1,
                DiagramState::Ok, { QStringLiteral("revision %1").arg(r + 1) });
        graph.nodes.append(rs);
        graph.edges.append(makeEdge(deployment, rs));
        for (int p = 0; p < pods; ++p) {
            const DiagramNode pod = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("%1-x%2k4p").arg(rs.name).arg(p),
                2, DiagramState::Ok, { QStringLiteral("Running 1/1") });
            graph.nodes.append(pod);
            graph.edges.append(makeEdge(rs, pod));
        }
    }
}

// `count` Deployments, each its own connected component.
inline DiagramGraph manyDeployments(int count, int replicaSets = 2, int pods = 5)
{
    DiagramGraph graph;
    graph.view = DiagramView::Workloads;
    for (int i = 0; i < count; ++i)
        addDeployment(graph, QStringLiteral("ns%1").arg(i / 20, 2, 10, QLatin1Char('0')),
            QStringLiteral("app%1").arg(i, 3, 10, QLatin1Char('0')), replicaSets, pods);
    return graph;
}

inline DiagramGraph workloadsGraph()
{
    DiagramGraph graph;
    graph.view = DiagramView::Workloads;
    const QString ns = QStringLiteral("shop");

    const DiagramNode hpa = makeNode(QStringLiteral("HorizontalPodAutoscaler"), ns, QStringLiteral("storefront"), 0,
        DiagramState::Ok, { QStringLiteral("3 replicas (2–6), CPU 41%") });
    const DiagramNode storefront = makeNode(QStringLiteral("Deployment"), ns, QStringLiteral("storefront"), 1,
        DiagramState::Progressing, { QStringLiteral("3/4 ready, rolling out") });
    const DiagramNode rsNew = makeNode(QStringLiteral("ReplicaSet"), ns, QStringLiteral("storefront-7d9f8b6c5d"), 2,
        DiagramState::Progressing, { QStringLiteral("revision 4, 2/3 ready") });
    const DiagramNode rsOld = makeNode(QStringLiteral("ReplicaSet"), ns, QStringLiteral("storefront-5c4b7f9d8"), 2,
        DiagramState::Ok, { QStringLiteral("revision 3, 1/1 ready") });
    graph.nodes << hpa << storefront << rsNew << rsOld;
    graph.edges << makeEdge(hpa, storefront, DiagramEdgeKind::Scales) << makeEdge(storefront, rsNew)
                << makeEdge(storefront, rsOld);
    const QStringList suffixes { QStringLiteral("x2k4p"), QStringLiteral("q8m2z"), QStringLiteral("t7v9c") };
    for (int i = 0; i < suffixes.size(); ++i) {
        const bool starting = i == 2;
        const DiagramNode pod = makeNode(QStringLiteral("Pod"), ns, rsNew.name + u'-' + suffixes[i], 3,
            starting ? DiagramState::Progressing : DiagramState::Ok,
            { starting ? QStringLiteral("ContainerCreating 0/1") : QStringLiteral("Running 1/1") });
        graph.nodes << pod;
        graph.edges << makeEdge(rsNew, pod);
    }
    const DiagramNode oldPod = makeNode(QStringLiteral("Pod"), ns, rsOld.name + QStringLiteral("-b5n6w"), 3,
        DiagramState::Ok, { QStringLiteral("Running 1/1") });
    graph.nodes << oldPod;
    graph.edges << makeEdge(rsOld, oldPod);

    const DiagramNode orders = makeNode(QStringLiteral("Deployment"), ns, QStringLiteral("orders-api"), 1,
        DiagramState::Warning, { QStringLiteral("1/2 ready") });
    const DiagramNode ordersRs = makeNode(QStringLiteral("ReplicaSet"), ns, QStringLiteral("orders-api-6b8d9c7f4"), 2,
        DiagramState::Warning, { QStringLiteral("revision 2, 1/2 ready") });
    DiagramNode crashing = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("orders-api-6b8d9c7f4-kq2lz"), 3,
        DiagramState::Failed, { QStringLiteral("CrashLoopBackOff 0/1 (12 restarts)") });
    crashing.reasons = { QStringLiteral("The container exits with code 1 at start-up") };
    crashing.findingSeverity = 1;
    crashing.findingText = QStringLiteral("orders-api crashes: the database migration fails (Flyway)");
    const DiagramNode running = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("orders-api-6b8d9c7f4-m3n8d"), 3,
        DiagramState::Ok, { QStringLiteral("Running 1/1") });
    graph.nodes << orders << ordersRs << crashing << running;
    graph.edges << makeEdge(orders, ordersRs) << makeEdge(ordersRs, crashing) << makeEdge(ordersRs, running);

    const DiagramNode db = makeNode(
        QStringLiteral("StatefulSet"), ns, QStringLiteral("db"), 1, DiagramState::Ok, { QStringLiteral("2/2 ready") });
    graph.nodes << db;
    for (int i = 0; i < 2; ++i) {
        const DiagramNode pod = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("db-%1").arg(i), 3, DiagramState::Ok,
            { QStringLiteral("Running 1/1") });
        const DiagramNode claim = makeNode(QStringLiteral("PersistentVolumeClaim"), ns,
            QStringLiteral("data-db-%1").arg(i), 4, DiagramState::Ok, { QStringLiteral("10Gi RWO, Bound") });
        graph.nodes << pod << claim;
        graph.edges << makeEdge(db, pod)
                    << makeEdge(pod, claim, DiagramEdgeKind::Claims, DiagramEdgeState::Normal, QStringLiteral("data"));
    }

    const DiagramNode agent = makeNode(QStringLiteral("DaemonSet"), ns, QStringLiteral("log-agent"), 1,
        DiagramState::Warning, { QStringLiteral("10/12 ready") });
    DiagramNode agentPods = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("12 pods"), 3, DiagramState::Warning);
    agentPods.id = Kaji::Models::podGroupId(agent.id);
    agentPods.aggregate = true;
    agentPods.resourceId.clear();
    agentPods.counts = { { DiagramState::Ok, 10 }, { DiagramState::Failed, 2 } };
    for (int i = 0; i < 12; ++i)
        agentPods.members.append(QStringLiteral("log-agent-%1").arg(QChar(u'a' + i)));
    graph.nodes << agent << agentPods;
    graph.edges << makeEdge(agent, agentPods);

    const DiagramNode report = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("report-28871"), 3,
        DiagramState::Progressing, { QStringLiteral("Pending 0/1") });
    DiagramNode lost = makeNode(QStringLiteral("PersistentVolumeClaim"), ns, QStringLiteral("reports"), 4,
        DiagramState::Missing, { QStringLiteral("referenced by the pod, absent") });
    lost.id = Kaji::Models::missingNodeId(lost.kind, ns, lost.name);
    lost.resourceId.clear();
    graph.nodes << report << lost;
    graph.edges << makeEdge(report, lost, DiagramEdgeKind::Claims, DiagramEdgeState::Broken, QStringLiteral("reports"));

    DiagramNode cronJobs = makeNode(QStringLiteral("CronJob"), ns, QStringLiteral("CronJobs"), 0, DiagramState::Hidden,
        { QStringLiteral("cannot list cronjobs") });
    cronJobs.id = QStringLiteral("hidden:CronJob/shop");
    graph.nodes << cronJobs;
    const DiagramNode migrate = makeNode(QStringLiteral("Job"), ns, QStringLiteral("migrate-v4"), 1,
        DiagramState::Finished, { QStringLiteral("1/1 completed") });
    const DiagramNode migratePod = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("migrate-v4-8xk2d"), 3,
        DiagramState::Finished, { QStringLiteral("Completed 0/1") });
    graph.nodes << migrate << migratePod;
    graph.edges << makeEdge(migrate, migratePod);
    graph.notes << QStringLiteral("CronJobs: hidden by permissions");
    return graph;
}

inline DiagramGraph storageGraph()
{
    DiagramGraph graph;
    graph.view = DiagramView::Storage;
    const DiagramNode standard = makeNode(QStringLiteral("StorageClass"), QString(), QStringLiteral("standard"), 0,
        DiagramState::Ok, { QStringLiteral("rancher.io/local-path, default"), QStringLiteral("WaitForFirstConsumer") });
    const DiagramNode fast = makeNode(QStringLiteral("StorageClass"), QString(), QStringLiteral("fast-ssd"), 0,
        DiagramState::Ok, { QStringLiteral("ebs.csi.aws.com"), QStringLiteral("Immediate") });
    graph.nodes << standard << fast;
    for (int i = 0; i < 2; ++i) {
        const DiagramNode pv = makeNode(QStringLiteral("PersistentVolume"), QString(),
            QStringLiteral("pvc-3f9a1c2e-%1b7d").arg(i), 1, DiagramState::Ok, { QStringLiteral("10Gi RWO, Delete") });
        const DiagramNode pvc = makeNode(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("shop"),
            QStringLiteral("data-db-%1").arg(i), 2, DiagramState::Ok, { QStringLiteral("Bound") });
        const DiagramNode pod = makeNode(QStringLiteral("Pod"), QStringLiteral("shop"), QStringLiteral("db-%1").arg(i),
            3, DiagramState::Ok, { QStringLiteral("Running 1/1") });
        graph.nodes << pv << pvc << pod;
        graph.edges << makeEdge(standard, pv, DiagramEdgeKind::Provisions)
                    << makeEdge(pvc, pv, DiagramEdgeKind::Binds, DiagramEdgeState::Normal, QStringLiteral("RWO"))
                    << makeEdge(pod, pvc, DiagramEdgeKind::Claims);
    }
    const DiagramNode pending
        = makeNode(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("shop"), QStringLiteral("uploads"), 2,
            DiagramState::Progressing, { QStringLiteral("Pending: waiting for first consumer") });
    graph.nodes << pending;
    graph.edges << makeEdge(standard, pending, DiagramEdgeKind::Provisions);
    DiagramNode released = makeNode(QStringLiteral("PersistentVolume"), QString(), QStringLiteral("pv-archive"), 1,
        DiagramState::Warning, { QStringLiteral("50Gi RWX, Retain, Released") });
    released.reasons = { QStringLiteral("Its claim was deleted; the data stays until someone reclaims it") };
    graph.nodes << released;
    graph.edges << makeEdge(fast, released, DiagramEdgeKind::Provisions);
    DiagramNode failed = makeNode(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("batch"),
        QStringLiteral("scratch"), 2, DiagramState::Failed, { QStringLiteral("ProvisioningFailed: quota exceeded") });
    failed.findingSeverity = 1;
    failed.findingText = QStringLiteral("The volume cannot be provisioned");
    DiagramNode gone
        = makeNode(QStringLiteral("StorageClass"), QString(), QStringLiteral("premium"), 0, DiagramState::Missing);
    gone.id = Kaji::Models::missingNodeId(gone.kind, QString(), gone.name);
    graph.nodes << failed << gone;
    graph.edges << makeEdge(gone, failed, DiagramEdgeKind::Provisions, DiagramEdgeState::Broken);
    return graph;
}

inline DiagramGraph networkGraph()
{
    DiagramGraph graph;
    graph.view = DiagramView::Network;
    const QString ns = QStringLiteral("shop");
    const DiagramNode ingress = makeNode(QStringLiteral("Ingress"), ns, QStringLiteral("shop"), 0,
        DiagramState::Warning, { QStringLiteral("shop.example.com"), QStringLiteral("TLS") });
    const DiagramNode cls = makeNode(QStringLiteral("IngressClass"), QString(), QStringLiteral("nginx"), 1);
    DiagramNode tls = makeNode(QStringLiteral("Secret"), ns, QStringLiteral("shop-tls"), 1, DiagramState::Missing);
    tls.id = Kaji::Models::missingNodeId(tls.kind, ns, tls.name);
    const DiagramNode web = makeNode(QStringLiteral("Service"), ns, QStringLiteral("storefront"), 1, DiagramState::Ok,
        { QStringLiteral("ClusterIP 10.96.0.12"), QStringLiteral("80 → http") });
    DiagramNode api = makeNode(QStringLiteral("Service"), ns, QStringLiteral("orders-api"), 1, DiagramState::Failed,
        { QStringLiteral("ClusterIP 10.96.0.31"), QStringLiteral("8080 → api") });
    api.reasons = { QStringLiteral("No ready endpoint: its only pod crashes") };
    api.findingSeverity = 0;
    api.findingText = QStringLiteral("orders-api reaches no ready pod");
    const DiagramNode slice = makeNode(QStringLiteral("EndpointSlice"), ns, QStringLiteral("storefront-8x2kd"), 2,
        DiagramState::Ok, { QStringLiteral("3 endpoints, 2 ready") });
    const DiagramNode apiSlice = makeNode(QStringLiteral("EndpointSlice"), ns, QStringLiteral("orders-api-q7w2e"), 2,
        DiagramState::Warning, { QStringLiteral("1 endpoint, 0 ready") });
    graph.nodes << ingress << cls << tls << web << api << slice << apiSlice;
    graph.edges << makeEdge(ingress, cls, DiagramEdgeKind::Uses)
                << makeEdge(ingress, tls, DiagramEdgeKind::Uses, DiagramEdgeState::Broken, QStringLiteral("TLS"))
                << makeEdge(ingress, web, DiagramEdgeKind::Routes, DiagramEdgeState::Normal, QStringLiteral("/ → 80"))
                << makeEdge(
                       ingress, api, DiagramEdgeKind::Routes, DiagramEdgeState::Normal, QStringLiteral("/api → 8080"))
                << makeEdge(web, slice, DiagramEdgeKind::Routes) << makeEdge(api, apiSlice, DiagramEdgeKind::Routes);
    const QList<std::pair<QString, DiagramEdgeState>> pods { { QStringLiteral("storefront-7d9f8b6c5d-x2k4p"),
                                                                 DiagramEdgeState::Ready },
        { QStringLiteral("storefront-7d9f8b6c5d-q8m2z"), DiagramEdgeState::Ready },
        { QStringLiteral("storefront-5c4b7f9d8-b5n6w"), DiagramEdgeState::Terminating } };
    for (const auto &[name, state] : pods) {
        const DiagramNode pod = makeNode(QStringLiteral("Pod"), ns, name, 3,
            state == DiagramEdgeState::Terminating ? DiagramState::Progressing : DiagramState::Ok,
            { state == DiagramEdgeState::Terminating ? QStringLiteral("Terminating") : QStringLiteral("Running 1/1") });
        graph.nodes << pod;
        graph.edges << makeEdge(slice, pod, DiagramEdgeKind::Targets, state);
    }
    const DiagramNode crashing = makeNode(QStringLiteral("Pod"), ns, QStringLiteral("orders-api-6b8d9c7f4-kq2lz"), 3,
        DiagramState::Failed, { QStringLiteral("CrashLoopBackOff 0/1") });
    graph.nodes << crashing;
    graph.edges << makeEdge(apiSlice, crashing, DiagramEdgeKind::Targets, DiagramEdgeState::ServingNotReady);
    DiagramNode lonely = makeNode(QStringLiteral("Service"), ns, QStringLiteral("legacy-admin"), 1,
        DiagramState::Failed, { QStringLiteral("selector app=admin matches no pod") });
    lonely.reasons = { QStringLiteral("Near miss: pods with app=admin-v2") };
    graph.nodes << lonely;
    return graph;
}

inline DiagramGraph architectureGraph(bool managed = false)
{
    DiagramGraph graph;
    graph.view = DiagramView::Architecture;
    const DiagramState cp = managed ? DiagramState::NotObservable : DiagramState::Ok;
    QList<DiagramNode> apiServers;
    for (int i = 0; i < 2; ++i) {
        DiagramNode api
            = makeNode(QStringLiteral("APIServer"), QString(), QStringLiteral("kube-apiserver-%1").arg(i + 1), 0, cp,
                { managed ? QStringLiteral("endpoint hidden by the provider")
                          : QStringLiteral("10.0.0.%1:6443").arg(10 + i) });
        api.explanation = QStringLiteral("Serves the Kubernetes API; every component talks to the cluster through it.");
        apiServers << api;
    }
    DiagramNode etcd = makeNode(QStringLiteral("Etcd"), QString(), QStringLiteral("etcd"), 0, cp,
        { managed ? QStringLiteral("not observable") : QStringLiteral("readyz: etcd ok") });
    etcd.explanation = QStringLiteral("Stores the cluster's state; without it the API cannot read or write.");
    DiagramNode scheduler = makeNode(QStringLiteral("Scheduler"), QString(), QStringLiteral("kube-scheduler"), 0, cp,
        { managed ? QStringLiteral("not observable") : QStringLiteral("leader cp-1, renewed 3s ago") });
    DiagramNode manager
        = makeNode(QStringLiteral("ControllerManager"), QString(), QStringLiteral("kube-controller-manager"), 0,
            managed ? cp : DiagramState::Hidden, { QStringLiteral("Leases hidden by permissions") });
    const DiagramNode version = makeNode(QStringLiteral("Version"), QString(),
        managed ? QStringLiteral("v1.30.4-eks-a737599") : QStringLiteral("v1.36.3"), 0, DiagramState::Ok,
        { QStringLiteral("linux/amd64") });
    graph.nodes << apiServers << etcd << scheduler << manager << version;
    for (const DiagramNode &api : std::as_const(apiServers))
        graph.edges << makeEdge(api, etcd, DiagramEdgeKind::Talks);
    graph.edges << makeEdge(scheduler, apiServers[0], DiagramEdgeKind::Talks);

    for (int i = 0; i < 4; ++i) {
        const bool down = i == 3;
        DiagramNode node = makeNode(QStringLiteral("Node"), QString(), QStringLiteral("kaji-worker-%1").arg(i + 1), 1,
            down ? DiagramState::Failed : DiagramState::Ok,
            { down ? QStringLiteral("NotReady for 6m") : QStringLiteral("Ready"),
                QStringLiteral("v1.36.3 · linux/amd64") });
        if (down)
            node.reasons = { QStringLiteral("The kubelet stopped posting status") };
        DiagramNode kubelet = makeNode(QStringLiteral("Kubelet"), QString(), QStringLiteral("kubelet"), 1,
            down ? DiagramState::Failed : DiagramState::Ok,
            { down ? QStringLiteral("heartbeat 6m ago") : QStringLiteral("heartbeat 4s ago") });
        kubelet.id = QStringLiteral("Kubelet//") + node.name;
        kubelet.parent = node.id;
        DiagramNode runtime = makeNode(QStringLiteral("ContainerRuntime"), QString(), QStringLiteral("containerd"), 1,
            DiagramState::Ok, { QStringLiteral("containerd 2.1.4") });
        runtime.id = QStringLiteral("ContainerRuntime//") + node.name;
        runtime.parent = node.id;
        graph.nodes << node << kubelet << runtime;
        graph.edges << makeEdge(kubelet, apiServers[i % 2], DiagramEdgeKind::Talks,
            down ? DiagramEdgeState::Broken : DiagramEdgeState::Normal);
    }
    DiagramNode proxy = makeNode(QStringLiteral("KubeProxy"), QString(), QStringLiteral("kube-proxy"), 2,
        DiagramState::NotDetected, { QStringLiteral("no kube-proxy DaemonSet; a CNI may replace it") });
    const DiagramNode dns = makeNode(QStringLiteral("DNS"), QString(), QStringLiteral("coredns"), 2, DiagramState::Ok,
        { QStringLiteral("2/2 ready") });
    graph.nodes << proxy << dns;
    if (!managed)
        graph.notes << QStringLiteral("Leases: hidden by permissions");
    return graph;
}

} // namespace KajiDiagramTest
