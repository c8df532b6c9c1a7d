// Incremental diagram updates: the layouter's worker works out what differs
// from the picture on screen, and the scene touches only those items. The
// scene after any sequence of incremental updates must equal a scene built
// afresh from the last picture (same items, texts, places, routes), and a
// status change must name only the nodes it changed.

#include "diagramfixtures.h"

#include "diagram/diagramchanges.h"
#include "diagram/diagramedgeitem.h"
#include "diagram/diagramlayouter.h"
#include "diagram/diagramnodeitem.h"
#include "diagram/diagramscene.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji;
using namespace KajiDiagramTest;

namespace {

struct Arranged {
    DiagramGraph graph;
    Ui::DiagramPicture picture;
    Ui::DiagramChanges changes;
};

// Arranges on the layouter's worker, as the page does.
bool arrange(Ui::DiagramLayouter &layouter, const DiagramGraph &graph, Arranged &out)
{
    QSignalSpy spy(&layouter, &Ui::DiagramLayouter::arranged);
    layouter.arrange(graph);
    if (!spy.wait(20000))
        return false;
    out.graph = spy.first().at(0).value<DiagramGraph>();
    out.picture = spy.first().at(1).value<Ui::DiagramPicture>();
    out.changes = spy.first().at(2).value<Ui::DiagramChanges>();
    return true;
}

// Every node item as (id → state, scene rect) and every edge item's route.
struct SceneState {
    QHash<QString, std::pair<DiagramNode, QRectF>> nodes;
    QMultiHash<QString, QRectF> edges; // "from→to" → scene bounding rect
    bool operator==(const SceneState &) const = default;
};

SceneState stateOf(const Ui::DiagramScene &scene)
{
    SceneState state;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *node = qgraphicsitem_cast<Ui::DiagramNodeItem *>(item))
            state.nodes.insert(node->node().id, { node->node(), node->sceneBoundingRect() });
        else if (auto *edge = qgraphicsitem_cast<Ui::DiagramEdgeItem *>(item))
            state.edges.insert(edge->edge().from + u'>' + edge->edge().to, edge->sceneBoundingRect());
    }
    return state;
}

// One more pod under the first ReplicaSet of `app`.
DiagramGraph withExtraPod(DiagramGraph graph, const QString &app)
{
    for (const DiagramNode &node : std::as_const(graph.nodes)) {
        if (node.kind == QLatin1String("ReplicaSet") && node.name.startsWith(app)) {
            const DiagramNode pod = makeNode(QStringLiteral("Pod"), node.namespaceName, app + QStringLiteral("-new"), 2);
            graph.edges.append(makeEdge(node, pod));
            graph.nodes.append(pod);
            break;
        }
    }
    return graph;
}

} // namespace

class TestDiagramChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusChangeNamesOnlyThatNode()
    {
        Ui::DiagramLayouter layouter;
        const DiagramGraph graph = manyDeployments(30);
        Arranged first;
        QVERIFY(arrange(layouter, graph, first));
        QVERIFY(first.changes.complete);
        QVERIFY(first.changes.kinds.contains(QStringLiteral("Pod")));

        DiagramGraph recoloured = graph;
        recoloured.nodes[7].state = DiagramState::Failed;
        recoloured.nodes[7].reasons = { QStringLiteral("crash loop") };
        Arranged second;
        QVERIFY(arrange(layouter, recoloured, second));
        QVERIFY(!second.changes.complete);
        QCOMPARE(second.changes.nodes, QList<int> { 7 });
        QVERIFY(second.changes.removedNodes.isEmpty());
        QVERIFY(second.changes.edges.isEmpty());
        QVERIFY(second.changes.removedEdges.isEmpty());
        QVERIFY(!second.changes.frames);
        QCOMPARE(second.changes.bounds, second.picture.bounds());

        // The same graph again: nothing to do.
        Arranged third;
        QVERIFY(arrange(layouter, recoloured, third));
        QVERIFY(third.changes.nodes.isEmpty());
    }

    void incrementalSceneEqualsAFreshOne()
    {
        Ui::DiagramLayouter layouter;
        Ui::DiagramScene incremental;
        DiagramGraph graph = manyDeployments(12);
        QList<DiagramGraph> steps;
        // Recolour, add a pod, remove a whole deployment, rename an edge
        // label, then back to the start.
        DiagramGraph recoloured = graph;
        for (DiagramNode &node : recoloured.nodes) {
            if (node.kind == QLatin1String("Pod") && node.name.endsWith(u'3'))
                node.state = DiagramState::Warning;
        }
        steps << graph << recoloured << withExtraPod(recoloured, QStringLiteral("app004"));
        DiagramGraph fewer = steps.last();
        fewer.nodes.removeIf([](const DiagramNode &node) { return node.name.startsWith(QLatin1String("app002")); });
        fewer.edges.removeIf([](const DiagramEdge &edge) {
            return edge.from.contains(QLatin1String("app002")) || edge.to.contains(QLatin1String("app002"));
        });
        steps << fewer;
        DiagramGraph labelled = fewer;
        labelled.edges[0].label = QStringLiteral("owns 3");
        steps << labelled << graph;

        for (const DiagramGraph &step : std::as_const(steps)) {
            Arranged arranged;
            QVERIFY(arrange(layouter, step, arranged));
            incremental.show(arranged.graph, arranged.picture, arranged.changes, false);
            Ui::DiagramScene fresh;
            fresh.show(arranged.graph, arranged.picture, false);
            QCOMPARE(stateOf(incremental), stateOf(fresh));
            QCOMPARE(incremental.diagramBounds(), fresh.diagramBounds());
        }
    }

    void aClearedSceneGetsEverything()
    {
        Ui::DiagramLayouter layouter;
        Ui::DiagramScene scene;
        const DiagramGraph graph = manyDeployments(4);
        Arranged first;
        QVERIFY(arrange(layouter, graph, first));
        scene.show(first.graph, first.picture, first.changes, false);
        scene.clearDiagram();
        layouter.forgetShown();
        Arranged again;
        QVERIFY(arrange(layouter, graph, again));
        QVERIFY(again.changes.complete);
        scene.show(again.graph, again.picture, again.changes, false);
        QCOMPARE(scene.nodeItems().size(), graph.nodes.size());
    }

    void anOvertakenResultIsNoBase()
    {
        // Three graphs in a row: the second is overtaken by the third and
        // never drawn, so the third's changes count from the first.
        Ui::DiagramLayouter layouter;
        const DiagramGraph graph = manyDeployments(6);
        Arranged first;
        QVERIFY(arrange(layouter, graph, first));
        DiagramGraph second = graph;
        second.nodes[3].state = DiagramState::Failed;
        DiagramGraph third = graph;
        third.nodes[5].state = DiagramState::Warning;
        QSignalSpy spy(&layouter, &Ui::DiagramLayouter::arranged);
        layouter.arrange(second);
        layouter.arrange(third);
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.first().at(2).value<Ui::DiagramChanges>();
        QCOMPARE(changes.nodes, QList<int> { 5 });
    }
};

QTEST_MAIN(TestDiagramChanges)
#include "tst_diagramchanges.moc"
