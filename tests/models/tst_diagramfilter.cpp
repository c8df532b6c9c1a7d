// Filtering a built diagram (kinds, label selector, problems only) and
// splitting it into connected components in a stable order, with the
// structural hash the layout cache keys on.

#include "diagram/diagramcomponents.h"
#include "diagram/diagramfilter.h"
#include "diagram/diagramids.h"
#include "diagram/storagegraph.h"
#include "diagram/workloadgraph.h"
#include "diagramfixture.h"

#include <QTest>

using namespace Kaji::Models;
using namespace KajiTest;

namespace {

DiagramNode node(
    const QString &kind, const QString &ns, const QString &name, int column, DiagramState state = DiagramState::Ok)
{
    DiagramNode n;
    n.id = diagramNodeId(kind, ns, name);
    n.kind = kind;
    n.namespaceName = ns;
    n.name = name;
    n.column = column;
    n.state = state;
    return n;
}

QStringList ids(const DiagramGraph &graph)
{
    QStringList result;
    for (const DiagramNode &n : graph.nodes)
        result.append(n.id);
    return result;
}

QList<QStringList> componentIds(const DiagramGraph &graph)
{
    QList<QStringList> result;
    for (const QList<int> &component : diagramComponents(graph)) {
        QStringList members;
        for (int i : component)
            members.append(graph.nodes.at(i).id);
        result.append(members);
    }
    return result;
}

// Two namespaces, cluster-scoped objects alone and tied to a claim.
DiagramGraph mixedGraph()
{
    DiagramGraph graph;
    graph.nodes = {
        node(QStringLiteral("StorageClass"), {}, QStringLiteral("unused"), 0),
        node(QStringLiteral("PersistentVolume"), {}, QStringLiteral("pv-b"), 1),
        node(QStringLiteral("Deployment"), QStringLiteral("a"), QStringLiteral("web"), 1),
        node(QStringLiteral("Pod"), QStringLiteral("a"), QStringLiteral("web-1"), 3),
        node(QStringLiteral("Pod"), QStringLiteral("a"), QStringLiteral("loner"), 3),
        node(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("b"), QStringLiteral("data"), 2),
        node(QStringLiteral("Pod"), QStringLiteral("b"), QStringLiteral("db-0"), 3),
    };
    graph.edges = {
        {QStringLiteral("Deployment/a/web"), QStringLiteral("Pod/a/web-1"), DiagramEdgeKind::Owns,
            DiagramEdgeState::Normal, {}},
        {QStringLiteral("PersistentVolumeClaim/b/data"), QStringLiteral("PersistentVolume//pv-b"),
            DiagramEdgeKind::Binds, DiagramEdgeState::Normal, {}},
        {QStringLiteral("Pod/b/db-0"), QStringLiteral("PersistentVolumeClaim/b/data"), DiagramEdgeKind::Claims,
            DiagramEdgeState::Normal, {}},
        {QStringLiteral("Pod/a/loner"), QStringLiteral("no-such-node"), DiagramEdgeKind::Claims,
            DiagramEdgeState::Broken, {}},
    };
    return graph;
}

} // namespace

class TestDiagramFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyFilterKeepsAll()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        QCOMPARE(applyFilter(graph, {}), graph);
    }

    void kinds()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        DiagramFilter filter;
        filter.kinds = {QStringLiteral("Deployment"), QStringLiteral("ReplicaSet")};
        const DiagramGraph filtered = applyFilter(graph, filter);
        QCOMPARE(filtered.nodes.size(), 16);
        for (const DiagramNode &n : filtered.nodes)
            QVERIFY(filter.kinds.contains(n.kind));
        QCOMPARE(filtered.edges.size(), 8);
        for (const DiagramEdge &edge : filtered.edges)
            QVERIFY(
                edge.from.startsWith(QLatin1String("Deployment/")) && edge.to.startsWith(QLatin1String("ReplicaSet/")));
        QCOMPARE(filtered.view, graph.view);
    }

    void labelSelector()
    {
        const DiagramGraph graph = buildStorageGraph(scenarioInput(), {});
        DiagramFilter filter;
        filter.labelSelector = QStringLiteral("app.kubernetes.io/name=postgres");
        const DiagramGraph filtered = applyFilter(graph, filter);
        QCOMPARE(ids(filtered),
            QStringList({QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0"),
                QStringLiteral("PersistentVolumeClaim/infra/data-postgres-1"), QStringLiteral("Pod/infra/postgres-0"),
                QStringLiteral("Pod/infra/postgres-1"), QStringLiteral("StatefulSet/infra/postgres")}));
        QCOMPARE(filtered.edges.size(), 4);
        // Unlabelled objects never match a selector, not even a negative one.
        filter.labelSelector = QStringLiteral("!legacy");
        for (const DiagramNode &n : applyFilter(graph, filter).nodes)
            QVERIFY2(!n.labels.isEmpty(), qPrintable(n.id));
    }

    void badSelectorFiltersNothingAndSaysSo()
    {
        const DiagramGraph graph = buildStorageGraph(scenarioInput(), {});
        DiagramFilter filter;
        filter.labelSelector = QStringLiteral("app in (web");
        const DiagramGraph filtered = applyFilter(graph, filter);
        QCOMPARE(filtered.nodes, graph.nodes);
        QCOMPARE(filtered.notes.size(), graph.notes.size() + 1);
        QVERIFY(filtered.notes.last().startsWith(QLatin1String("Label selector not applied: ")));
    }

    void aggregatesMatchOnSharedLabels()
    {
        DiagramInput input;
        const json owner
            = controllerRef(QStringLiteral("DaemonSet"), QStringLiteral("agent"), QStringLiteral("uid-ds"));
        for (int i = 0; i < 3; ++i) {
            json pod = podJson(QStringLiteral("ops"), QStringLiteral("agent-%1").arg(i), owner);
            pod["metadata"]["labels"]["node"] = QStringLiteral("n%1").arg(i).toStdString();
            addPod(input, pod);
        }
        DiagramOptions options;
        options.fanLimit = 2;
        const DiagramGraph graph = buildWorkloadGraph(input, options);
        const QString group = podGroupId(QStringLiteral("DaemonSet/ops/agent"));
        DiagramFilter filter;
        filter.labelSelector = QStringLiteral("app=demo");
        QVERIFY(applyFilter(graph, filter).node(group));
        filter.labelSelector = QStringLiteral("node=n1");
        QVERIFY(!applyFilter(graph, filter).node(group));
    }

    // A failing pod keeps its ReplicaSet and Deployment; healthy groups go.
    void problemsOnlyKeepsWholeComponents()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        DiagramFilter filter;
        filter.problemsOnly = true;
        const DiagramGraph filtered = applyFilter(graph, filter);
        for (const char *id : {"Deployment/shop/checkout", "ReplicaSet/shop/checkout-6754887574",
                 "Pod/shop/checkout-6754887574-s4bhp", "Job/batch/db-backup", "Pod/batch/db-backup-mgsb9"})
            QVERIFY2(filtered.node(QLatin1String(id)), id);
        for (const char *id : {"Deployment/shop/storefront", "DaemonSet/infra/fluent-bit", "Job/batch/nightly-export",
                 "StatefulSet/infra/postgres", "PersistentVolumeClaim/infra/data-postgres-0"})
            QVERIFY2(!filtered.node(QLatin1String(id)), id);
        QCOMPARE(filtered.nodes.size(), 5 * 3 + 3);
        QCOMPARE(filtered.edges.size(), 5 * 2 + 2);

        // Healthy members of a group with a problem stay.
        DiagramGraph mixed = mixedGraph();
        mixed.nodes[6].state = DiagramState::Failed;
        QCOMPARE(ids(applyFilter(mixed, filter)),
            QStringList({QStringLiteral("PersistentVolume//pv-b"), QStringLiteral("PersistentVolumeClaim/b/data"),
                QStringLiteral("Pod/b/db-0")}));

        // After a kind filter, components are what is left.
        filter.kinds = {QStringLiteral("Pod")};
        const DiagramGraph pods = applyFilter(graph, filter);
        QCOMPARE(pods.nodes.size(), 7);
        for (const DiagramNode &n : pods.nodes)
            QVERIFY2(isProblem(n.state), qPrintable(n.id));
    }

    void componentsInStableOrder()
    {
        const DiagramGraph graph = mixedGraph();
        QCOMPARE(componentIds(graph),
            (QList<QStringList> {
                {QStringLiteral("StorageClass//unused")},
                {QStringLiteral("Deployment/a/web"), QStringLiteral("Pod/a/web-1")},
                {QStringLiteral("Pod/a/loner")},
                {QStringLiteral("PersistentVolume//pv-b"), QStringLiteral("PersistentVolumeClaim/b/data"),
                    QStringLiteral("Pod/b/db-0")},
            }));
        // The same graph with its nodes in another order: the same components, same order.
        DiagramGraph reversed = graph;
        std::reverse(reversed.nodes.begin(), reversed.nodes.end());
        QCOMPARE(componentIds(reversed).size(), 4);
        QCOMPARE(componentIds(reversed).at(1).first(), QStringLiteral("Pod/a/web-1"));
        QCOMPARE(componentIds(reversed).at(3).size(), 3);
        QCOMPARE(componentIds(reversed).at(3).last(), QStringLiteral("PersistentVolume//pv-b"));
    }

    void childrenJoinTheirParentsComponent()
    {
        DiagramGraph graph;
        graph.nodes = {node(QStringLiteral("Node"), {}, QStringLiteral("n1"), 0),
            node(QStringLiteral("Kubelet"), {}, QStringLiteral("n1"), 1)};
        graph.nodes[1].parent = graph.nodes[0].id;
        QCOMPARE(diagramComponents(graph), (QList<QList<int>> {{0, 1}}));
    }

    void hashFollowsStructureOnly()
    {
        DiagramGraph graph = mixedGraph();
        graph.nodes[6].details = {QStringLiteral("Running 1/1")};
        const QList<QList<int>> components = diagramComponents(graph);
        const QByteArray hash = componentHash(graph, components.at(3));
        QCOMPARE(hash.size(), 20);
        QVERIFY(hash != componentHash(graph, components.at(1)));

        DiagramGraph repainted = graph;
        repainted.nodes[6].state = DiagramState::Failed;
        repainted.nodes[6].reasons = {QStringLiteral("Crash-looping")};
        repainted.nodes[6].details = {QStringLiteral("CrashLoopBackOff 0/1")};
        repainted.edges[2].state = DiagramEdgeState::Broken;
        QCOMPARE(componentHash(repainted, components.at(3)), hash);

        DiagramGraph reordered = graph;
        std::reverse(reordered.edges.begin(), reordered.edges.end());
        QList<int> backwards = components.at(3);
        std::reverse(backwards.begin(), backwards.end());
        QCOMPARE(componentHash(reordered, backwards), hash);

        DiagramGraph taller = graph;
        taller.nodes[6].details = {QStringLiteral("Running 1/1"), QStringLiteral("on node-1")};
        QVERIFY(componentHash(taller, components.at(3)) != hash);

        DiagramGraph moved = graph;
        moved.nodes[6].column = 4;
        QVERIFY(componentHash(moved, components.at(3)) != hash);

        DiagramGraph rewired = graph;
        rewired.edges[2].kind = DiagramEdgeKind::Owns;
        QVERIFY(componentHash(rewired, components.at(3)) != hash);

        DiagramGraph extra = graph;
        extra.edges.append({QStringLiteral("Pod/b/db-0"), QStringLiteral("PersistentVolume//pv-b"),
            DiagramEdgeKind::Uses, DiagramEdgeState::Normal, {}});
        QVERIFY(componentHash(extra, components.at(3)) != hash);
    }
};

QTEST_GUILESS_MAIN(TestDiagramFilter)
#include "tst_diagramfilter.moc"
