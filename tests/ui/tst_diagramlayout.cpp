// Diagram layout: Graphviz per connected component on the layout thread,
// packed by Kaji so that updates keep every untouched component exactly
// where it was; layouts cached by structure so status changes cost no
// Graphviz call; the same graph gives the same picture; the architecture
// grid puts components inside their cards. Prints the layout timings.

#include "diagramfixtures.h"

#include "diagram/architecturelayout.h"
#include "diagram/componentpacker.h"
#include "diagram/diagramlayouter.h"
#include "diagram/diagramnodeitem.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramstyle.h"
#include "diagram/layoutthread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji;
using namespace KajiDiagramTest;

namespace {

Ui::DiagramMeasures fixedMeasures(const DiagramGraph &graph)
{
    Ui::DiagramMeasures measures;
    for (const DiagramNode &node : graph.nodes)
        measures.nodes.insert(node.id, node.kind == QLatin1String("Pod") ? QSizeF(232, 52) : QSizeF(184, 60));
    for (const DiagramEdge &edge : graph.edges)
        measures.labelWidths.append(edge.label.isEmpty() ? 0 : 60);
    return measures;
}

QHash<QString, QRectF> sceneRects(const Ui::DiagramPicture &picture)
{
    QHash<QString, QRectF> rects;
    for (auto it = picture.nodes.constBegin(); it != picture.nodes.constEnd(); ++it)
        rects.insert(it.key(), it->rect.translated(picture.components.value(it->component)));
    return rects;
}

// Deployments of varied size: app000 … app039, 1 to 6 pods per ReplicaSet.
DiagramGraph variedDeployments(int count = 40)
{
    DiagramGraph graph;
    for (int i = 0; i < count; ++i)
        addDeployment(graph, QStringLiteral("shop"), QStringLiteral("app%1").arg(i, 3, 10, QLatin1Char('0')), 1 + i % 2,
            1 + i % 6);
    return graph;
}

bool inComponent(const QString &id, const QString &app)
{
    return id.section(u'/', 2).startsWith(app);
}

// A new pod where the builders would put it: after its ReplicaSet's last pod.
DiagramGraph withExtraPod(DiagramGraph graph, const QString &app)
{
    int last = -1;
    QString owner;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].kind == QLatin1String("ReplicaSet") && graph.nodes[i].name.startsWith(app)
            && owner.isEmpty())
            owner = graph.nodes[i].id;
        if (inComponent(graph.nodes[i].id, app))
            last = i;
    }
    const DiagramNode pod
        = makeNode(QStringLiteral("Pod"), QStringLiteral("shop"), app + QStringLiteral("-new-pod"), 2);
    graph.nodes.insert(last + 1, pod);
    graph.edges.append(DiagramEdge { owner, pod.id, DiagramEdgeKind::Owns, DiagramEdgeState::Normal, {} });
    return graph;
}

DiagramGraph without(DiagramGraph graph, const std::function<bool(const QString &)> &drop)
{
    graph.nodes.removeIf([&](const DiagramNode &node) { return drop(node.id); });
    graph.edges.removeIf([&](const DiagramEdge &edge) { return drop(edge.from) || drop(edge.to); });
    return graph;
}

void verifyNoOverlap(const QHash<QString, QRectF> &rects)
{
    const QList<QString> ids = rects.keys();
    for (int a = 0; a < ids.size(); ++a) {
        for (int b = a + 1; b < ids.size(); ++b)
            QVERIFY2(
                !rects[ids[a]].intersects(rects[ids[b]]), qPrintable(ids[a] + QStringLiteral(" overlaps ") + ids[b]));
    }
}

} // namespace

class TestDiagramLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void componentsDoNotOverlap()
    {
        const DiagramGraph graph = variedDeployments();
        Ui::DiagramLayouter layouter;
        const Ui::DiagramPicture picture = layouter.arrangeNow(graph, fixedMeasures(graph));
        QCOMPARE(picture.nodes.size(), graph.nodes.size());
        QCOMPARE(picture.components.size(), 40);
        QVERIFY(picture.errors.isEmpty());
        verifyNoOverlap(sceneRects(picture));
        // Columns: a Deployment left of its ReplicaSets, those left of their pods.
        const QHash<QString, QRectF> rects = sceneRects(picture);
        for (const DiagramEdge &edge : graph.edges) {
            QVERIFY(rects[edge.from].right() < rects[edge.to].left());
            const Ui::DiagramPicture::Edge &route = picture.edges[graph.edges.indexOf(edge)];
            QVERIFY(!route.path.isEmpty());
            QVERIFY(route.hasArrow);
            // The arrow ends at its head's box.
            const QPointF tip = route.arrowTip + picture.components.value(route.component);
            QVERIFY2(rects[edge.to].adjusted(-2, -2, 2, 2).contains(tip), qPrintable(edge.to));
        }
    }

    void kindsStandInColumnOrder()
    {
        // Storage: StorageClass 0, PersistentVolume 1, claim 2, Pod 3, while
        // pods point at their claims and claims at their volumes (leftwards).
        const DiagramGraph graph = storageGraph();
        Ui::DiagramLayouter layouter;
        const Ui::DiagramPicture picture = layouter.arrangeNow(graph, fixedMeasures(graph));
        const QHash<QString, QRectF> rects = sceneRects(picture);
        for (const DiagramNode &a : graph.nodes) {
            for (const DiagramNode &b : graph.nodes) {
                if (picture.nodes[a.id].component == picture.nodes[b.id].component && a.column < b.column)
                    QVERIFY2(rects[a.id].right() < rects[b.id].left(), qPrintable(a.id + u' ' + b.id));
            }
        }
        // Every arrow still points at the edge's head, whichever way it runs.
        for (int e = 0; e < graph.edges.size(); ++e) {
            const Ui::DiagramPicture::Edge &route = picture.edges[e];
            QVERIFY(route.hasArrow);
            const QPointF origin = picture.components.value(route.component);
            QVERIFY(rects[graph.edges[e].to].adjusted(-2, -2, 2, 2).contains(route.arrowTip + origin));
            QVERIFY(rects[graph.edges[e].from].adjusted(-2, -2, 2, 2).contains(route.path.pointAtPercent(0) + origin));
            QVERIFY(QLineF(route.path.pointAtPercent(1), route.arrowBase).length() < 1);
        }
    }

    void untouchedComponentsKeepTheirPlaces()
    {
        const DiagramGraph graph = variedDeployments();
        Ui::DiagramLayouter layouter;
        const QHash<QString, QRectF> before = sceneRects(layouter.arrangeNow(graph, fixedMeasures(graph)));

        // app007 gains a pod: it grows out of its slot, nobody else moves.
        const QString grown = QStringLiteral("app007");
        const DiagramGraph bigger = withExtraPod(graph, grown);
        const QHash<QString, QRectF> after = sceneRects(layouter.arrangeNow(bigger, fixedMeasures(bigger)));
        int compared = 0;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (inComponent(it.key(), grown))
                continue;
            QCOMPARE(after.value(it.key()), it.value());
            ++compared;
        }
        QVERIFY(compared > 200);
        QCOMPARE(after.size(), bigger.nodes.size());
        verifyNoOverlap(after);

        // One goes away: its slot stays empty, the rest stays put.
        const QString removed = QStringLiteral("app020");
        const DiagramGraph fewer = without(bigger, [&](const QString &id) { return inComponent(id, removed); });
        const QHash<QString, QRectF> afterRemoval = sceneRects(layouter.arrangeNow(fewer, fixedMeasures(fewer)));
        for (auto it = afterRemoval.constBegin(); it != afterRemoval.constEnd(); ++it)
            QCOMPARE(it.value(), after.value(it.key()));

        // A new one comes: it takes a free place, the rest stays put.
        DiagramGraph more = fewer;
        addDeployment(more, QStringLiteral("shop"), QStringLiteral("zz-new"), 1, 2);
        const Ui::DiagramPicture addedPicture = layouter.arrangeNow(more, fixedMeasures(more));
        const QHash<QString, QRectF> afterAddition = sceneRects(addedPicture);
        for (auto it = afterRemoval.constBegin(); it != afterRemoval.constEnd(); ++it)
            QCOMPARE(afterAddition.value(it.key()), it.value());
        verifyNoOverlap(afterAddition);

        // A shrinking one keeps its slot: its Deployment stays where it was
        // (it is the first of its column, which Graphviz keeps at the top).
        const QString shrunk = QStringLiteral("app005");
        const DiagramGraph smaller
            = without(more, [&](const QString &id) { return id == QStringLiteral("Pod/shop/app005-0c9f8b6d-x5k4p"); });
        QCOMPARE(smaller.nodes.size(), more.nodes.size() - 1);
        const Ui::DiagramPicture shrunkPicture = layouter.arrangeNow(smaller, fixedMeasures(smaller));
        const QString deployment = QStringLiteral("Deployment/shop/") + shrunk;
        QVERIFY(shrunkPicture.components.contains(deployment));
        QCOMPARE(shrunkPicture.components.value(deployment), addedPicture.components.value(deployment));
        const QHash<QString, QRectF> afterShrinking = sceneRects(shrunkPicture);
        for (auto it = afterShrinking.constBegin(); it != afterShrinking.constEnd(); ++it) {
            if (!inComponent(it.key(), shrunk))
                QCOMPARE(it.value(), afterAddition.value(it.key()));
        }
    }

    void statusChangesCostNoLayout()
    {
        const DiagramGraph graph = variedDeployments(12);
        Ui::DiagramLayouter layouter;
        Ui::LayoutThread &thread = Ui::LayoutThread::instance();
        const qint64 start = thread.graphvizRuns();
        const Ui::DiagramPicture first = layouter.arrangeNow(graph, fixedMeasures(graph));
        QCOMPARE(thread.graphvizRuns() - start, 12);

        DiagramGraph changed = graph;
        for (DiagramNode &node : changed.nodes) {
            if (node.kind == QLatin1String("Pod") && node.name.endsWith(QLatin1String("x0k4p"))) {
                node.state = DiagramState::Failed;
                node.details = { QStringLiteral("CrashLoopBackOff 0/1 (3 restarts)") };
                node.findingSeverity = 1;
            }
        }
        changed.edges[0].state = DiagramEdgeState::Broken;
        const Ui::DiagramPicture second = layouter.arrangeNow(changed, fixedMeasures(changed));
        QCOMPARE(thread.graphvizRuns() - start, 12);
        QCOMPARE(sceneRects(second), sceneRects(first));

        // One component changes shape: one layout, only that one.
        const DiagramGraph grown = withExtraPod(changed, QStringLiteral("app003"));
        layouter.arrangeNow(grown, fixedMeasures(grown));
        QCOMPARE(thread.graphvizRuns() - start, 13);

        // Measured sizes are the same in every state, so the real measures
        // give the same guarantee.
        const Ui::DiagramStyle style(QApplication::palette(), QApplication::font());
        for (int i = 0; i < graph.nodes.size(); ++i)
            QCOMPARE(Ui::DiagramNodeItem::measure(changed.nodes[i], style),
                Ui::DiagramNodeItem::measure(graph.nodes[i], style));
    }

    void sameGraphSamePicture()
    {
        const DiagramGraph graph = workloadsGraph();
        const Ui::DiagramStyle style(QApplication::palette(), QApplication::font());
        Ui::DiagramMeasures measures = fixedMeasures(graph);
        for (const DiagramNode &node : graph.nodes)
            measures.nodes[node.id] = Ui::DiagramNodeItem::measure(node, style);
        Ui::DiagramLayouter a;
        Ui::DiagramLayouter b;
        const Ui::DiagramPicture one = a.arrangeNow(graph, measures);
        const Ui::DiagramPicture two = b.arrangeNow(graph, measures);
        QCOMPARE(sceneRects(one), sceneRects(two));
        QCOMPARE(one.components, two.components);
        for (int e = 0; e < graph.edges.size(); ++e)
            QVERIFY(one.edges[e].path == two.edges[e].path);

        // After other graphs, a re-arrange packs exactly as from scratch.
        const DiagramGraph other = variedDeployments(5);
        a.arrangeNow(other, fixedMeasures(other));
        a.resetPlacement();
        QCOMPARE(sceneRects(a.arrangeNow(graph, measures)), sceneRects(one));
        verifyNoOverlap(sceneRects(one));
    }

    void arrangesOnTheLayoutThread()
    {
        const DiagramGraph graph = variedDeployments(6);
        Ui::DiagramLayouter layouter;
        QSignalSpy spy(&layouter, &Ui::DiagramLayouter::arranged);
        layouter.arrange(graph, fixedMeasures(graph));
        QVERIFY(layouter.isBusy());
        // Graphs coming meanwhile: only the latest is drawn.
        DiagramGraph second = graph;
        second.nodes[1].state = DiagramState::Warning;
        DiagramGraph third = graph;
        third.nodes[1].state = DiagramState::Failed;
        layouter.arrange(second, fixedMeasures(second));
        layouter.arrange(third, fixedMeasures(third));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<DiagramGraph>(), third);
        // Cached: the answer costs no Graphviz run.
        const qint64 runs = Ui::LayoutThread::instance().graphvizRuns();
        layouter.arrange(graph, fixedMeasures(graph));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(Ui::LayoutThread::instance().graphvizRuns(), runs);
    }

    void architectureIsAGrid()
    {
        for (const bool managed : { false, true }) {
            const DiagramGraph graph = architectureGraph(managed);
            Ui::DiagramLayouter layouter;
            const Ui::DiagramPicture picture = layouter.arrangeNow(graph, fixedMeasures(graph));
            QCOMPARE(picture.nodes.size(), graph.nodes.size());
            QHash<QString, QRectF> topLevel;
            for (const DiagramNode &node : graph.nodes) {
                const QRectF rect = picture.nodes[node.id].rect;
                if (node.parent.isEmpty()) {
                    topLevel.insert(node.id, rect);
                } else {
                    QVERIFY(picture.nodes[node.parent].card);
                    QVERIFY2(picture.nodes[node.parent].rect.contains(rect), qPrintable(node.id));
                }
            }
            verifyNoOverlap(topLevel);
            QStringList titles;
            for (const auto &frame : picture.frames)
                titles.append(frame.title);
            QCOMPARE(titles,
                QStringList({ managed ? QStringLiteral("Managed control plane") : QStringLiteral("Control plane"),
                    QStringLiteral("Nodes"), QStringLiteral("Add-ons") }));
            QCOMPARE(picture.frames.first().unobservable, managed);
            // Sections stack: each frame below the previous one.
            for (int f = 1; f < picture.frames.size(); ++f)
                QVERIFY(picture.frames[f].rect.top() > picture.frames[f - 1].rect.bottom());
            // The broken kubelet connection is drawn; a healthy one that
            // would cross other boxes is not, so no line seems to link them.
            int drawn = 0;
            for (int e = 0; e < graph.edges.size(); ++e) {
                const bool broken = graph.edges[e].state == DiagramEdgeState::Broken;
                QVERIFY2(!broken || !picture.edges[e].path.isEmpty(), qPrintable(graph.edges[e].from));
                if (picture.edges[e].path.isEmpty() || broken)
                    continue;
                ++drawn;
                const QLineF line(picture.edges[e].path.elementAt(0), picture.edges[e].arrowTip);
                for (const DiagramNode &node : graph.nodes) {
                    if (node.id == graph.edges[e].from || node.id == graph.edges[e].to
                        || graph.node(graph.edges[e].from)->parent == node.id
                        || graph.node(graph.edges[e].to)->parent == node.id)
                        continue;
                    const QRectF box = picture.nodes[node.id].rect.adjusted(1, 1, -1, -1);
                    for (int step = 0; step <= 20; ++step)
                        QVERIFY2(
                            !box.contains(line.pointAt(step / 20.0)), qPrintable(graph.edges[e].from + u' ' + node.id));
                }
            }
            QVERIFY(drawn >= 2);
        }
    }

    void packerReusesFreedSlots()
    {
        Ui::ComponentPacker packer;
        const auto placed = packer.place({ { QStringLiteral("a"), { 300, 200 } }, { QStringLiteral("b"), { 300, 400 } },
            { QStringLiteral("c"), { 300, 200 } } });
        // b goes away; d fits in its slot and takes it; e does not fit and goes to the end.
        const auto next = packer.place({ { QStringLiteral("a"), { 300, 200 } }, { QStringLiteral("c"), { 300, 200 } },
            { QStringLiteral("d"), { 280, 380 } }, { QStringLiteral("e"), { 900, 900 } } });
        QCOMPARE(next.value(QStringLiteral("a")), placed.value(QStringLiteral("a")));
        QCOMPARE(next.value(QStringLiteral("c")), placed.value(QStringLiteral("c")));
        QCOMPARE(next.value(QStringLiteral("d")), placed.value(QStringLiteral("b")));
        const QRectF e(next.value(QStringLiteral("e")), QSizeF(900, 900));
        for (const QString &key : { QStringLiteral("a"), QStringLiteral("c") })
            QVERIFY(!e.intersects(QRectF(next.value(key), QSizeF(300, 200))));
        QVERIFY(!e.intersects(QRectF(next.value(QStringLiteral("d")), QSizeF(280, 380))));
        // Afresh: the same items in the same order give the same places.
        packer.reset();
        QCOMPARE(packer.place({ { QStringLiteral("a"), { 300, 200 } }, { QStringLiteral("b"), { 300, 400 } },
                     { QStringLiteral("c"), { 300, 200 } } }),
            placed);
    }

    void badInputIsDrawnAnyway()
    {
        DiagramGraph graph;
        const DiagramNode a = makeNode(QStringLiteral("Deployment"), QStringLiteral("x"), QStringLiteral("a"), 0);
        DiagramNode b = makeNode(QStringLiteral("ReplicaSet"), QStringLiteral("x"), QString(1000, u'b'), 1);
        DiagramNode cycle = makeNode(QStringLiteral("Kubelet"), QString(), QStringLiteral("k"), 0);
        cycle.parent = cycle.id;
        graph.nodes << a << b << a << cycle;
        graph.edges << makeEdge(a, a) << makeEdge(a, b) << DiagramEdge { a.id, QStringLiteral("nowhere"), {}, {}, {} }
                    << makeEdge(b, a);
        for (const DiagramView view : { DiagramView::Workloads, DiagramView::Architecture }) {
            graph.view = view;
            Ui::DiagramLayouter layouter;
            const Ui::DiagramPicture picture = layouter.arrangeNow(graph, fixedMeasures(graph));
            QCOMPARE(picture.nodes.size(), 3);
            QCOMPARE(picture.edges.size(), graph.edges.size());
            QVERIFY(picture.edges[0].path.isEmpty()); // to itself
            QVERIFY(picture.edges[2].path.isEmpty()); // to a node that is not there
            Ui::DiagramScene scene;
            scene.show(graph, layouter.arrangeNow(graph, scene.measure(graph)), false);
            QCOMPARE(scene.nodeItems().size(), 3); // a repeated id is drawn once
        }
    }

    void plainLayoutWhenGraphvizCannot()
    {
        Ui::ComponentInput input;
        input.boxes = { { QStringLiteral("a"), { 100, 40 }, 0 }, { QStringLiteral("b"), { 120, 50 }, 1 },
            { QStringLiteral("c"), { 80, 30 }, 1 } };
        input.links = { { 0, 1 }, { 0, 2 }, { 1, 1 } };
        const Ui::ComponentLayout layout = Ui::plainLayout(input, QStringLiteral("syntax error"));
        QCOMPARE(layout.error, QStringLiteral("syntax error"));
        QHash<QString, QRectF> rects;
        for (int i = 0; i < input.boxes.size(); ++i) {
            const QSizeF size = input.boxes[i].size;
            rects.insert(
                input.boxes[i].id, QRectF(layout.centres[i] - QPointF(size.width() / 2, size.height() / 2), size));
            QVERIFY(QRectF(QPointF(), layout.size).contains(rects[input.boxes[i].id]));
        }
        verifyNoOverlap(rects);
        QVERIFY(rects[QStringLiteral("a")].right() < rects[QStringLiteral("b")].left());
        QVERIFY(!layout.routes[0].path.isEmpty() && !layout.routes[1].path.isEmpty());
        QVERIFY(layout.routes[2].path.isEmpty());
    }

    // Not a pass/fail test: the figures the issue asks for.
    void timings()
    {
        Ui::LayoutThread &thread = Ui::LayoutThread::instance();
        const DiagramGraph one = manyDeployments(1);
        const DiagramGraph many = manyDeployments(400);
        QElapsedTimer timer;

        Ui::DiagramLayouter single;
        timer.start();
        single.arrangeNow(one, fixedMeasures(one));
        const qint64 oneMs = timer.nsecsElapsed() / 1000;

        Ui::DiagramLayouter layouter;
        const qint64 runs = thread.graphvizRuns();
        timer.restart();
        layouter.arrangeNow(many, fixedMeasures(many));
        const qint64 manyMs = timer.elapsed();
        const qint64 manyRuns = thread.graphvizRuns() - runs;

        const DiagramGraph changed = withExtraPod(many, QStringLiteral("app123"));
        timer.restart();
        layouter.arrangeNow(changed, fixedMeasures(changed));
        const qint64 againMs = timer.elapsed();
        qInfo("layout (a) 1 component of %lld nodes: %.2f ms", qint64(one.nodes.size()), oneMs / 1000.0);
        qInfo("layout (b) %lld components, %lld nodes: %lld ms (%lld Graphviz runs)", qint64(400),
            qint64(many.nodes.size()), manyMs, manyRuns);
        qInfo("layout (c) the same after one component changed: %lld ms (%lld Graphviz runs)", againMs,
            thread.graphvizRuns() - runs - manyRuns);
        QCOMPARE(manyRuns, 400);
        QCOMPARE(thread.graphvizRuns() - runs - manyRuns, 1);

        // What the GUI thread spends on the same graph: measuring it with
        // the fonts, creating the items, then a status-only update.
        Ui::DiagramScene scene;
        timer.restart();
        const Ui::DiagramMeasures measures = scene.measure(changed);
        const qint64 measureMs = timer.elapsed();
        const Ui::DiagramPicture picture = layouter.arrangeNow(changed, measures);
        timer.restart();
        scene.show(changed, picture, false);
        const qint64 createMs = timer.elapsed();
        DiagramGraph recoloured = changed;
        for (DiagramNode &node : recoloured.nodes)
            node.state = node.kind == QLatin1String("Pod") ? DiagramState::Failed : node.state;
        timer.restart();
        scene.show(recoloured, layouter.arrangeNow(recoloured, scene.measure(recoloured)), true);
        const qint64 updateMs = timer.elapsed();
        qInfo("scene: measuring %lld nodes %lld ms, creating the items %lld ms, a status update of every pod %lld ms",
            qint64(changed.nodes.size()), measureMs, createMs, updateMs);
    }
};

QTEST_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
