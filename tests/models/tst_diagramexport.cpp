// `kaji diagram -o json|dot`: every field of a node and edge in JSON, and dot
// that Graphviz reads back (parsed with cgraph when it is installed) whatever
// quotes, backslashes and newlines the names and reasons hold.

#include "diagram/diagramexport.h"
#include "diagram/diagramids.h"
#include "diagram/workloadgraph.h"
#include "diagramfixture.h"

#include <QTest>

#include <graphviz/cgraph.h>

using namespace Kaji::Models;

namespace {

DiagramGraph smallGraph()
{
    DiagramGraph graph;
    graph.view = DiagramView::Workloads;
    DiagramNode deployment;
    deployment.id = QStringLiteral("Deployment/shop/web");
    deployment.kind = QStringLiteral("Deployment");
    deployment.namespaceName = QStringLiteral("shop");
    deployment.name = QStringLiteral("web");
    deployment.column = 1;
    deployment.details = {QStringLiteral("1/3 ready")};
    deployment.state = DiagramState::Warning;
    deployment.reasons = {QStringLiteral("1 of 3 available")};
    deployment.resourceId = QStringLiteral("deployments.apps");
    deployment.labels = {{QStringLiteral("app"), QStringLiteral("web")}};
    deployment.findingSeverity = 2;
    deployment.findingText = QStringLiteral("2 pods crash");
    DiagramNode pods;
    pods.id = podGroupId(deployment.id);
    pods.kind = QStringLiteral("Pod");
    pods.namespaceName = QStringLiteral("shop");
    pods.name = QStringLiteral("web");
    pods.column = 3;
    pods.details = {QStringLiteral("3 pods: 1 ready, 2 crash-looping")};
    pods.state = DiagramState::Failed;
    pods.resourceId = QStringLiteral("pods");
    pods.aggregate = true;
    pods.counts = {{DiagramState::Ok, 1}, {DiagramState::Failed, 2}};
    pods.members = {QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")};
    graph.nodes = {deployment, pods};
    graph.edges = {{deployment.id, pods.id, DiagramEdgeKind::Owns, DiagramEdgeState::Normal, QStringLiteral("3")}};
    graph.notes = {QStringLiteral("Hidden by permissions: replicasets")};
    return graph;
}

} // namespace

class TestDiagramExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const std::string expected
            = R"({"edges":[{"from":"Deployment/shop/web","kind":"owns","label":"3","state":"normal",)"
              R"("to":"pods:Deployment/shop/web"}],"nodes":[{"column":1,"details":["1/3 ready"],)"
              R"("finding":{"severity":2,"text":"2 pods crash"},"id":"Deployment/shop/web",)"
              R"("kind":"Deployment","labels":{"app":"web"},"name":"web","namespace":"shop",)"
              R"("reasons":["1 of 3 available"],"resourceId":"deployments.apps","state":"warning"},)"
              R"({"aggregate":{"counts":{"failed":2,"ok":1},"members":["web-1","web-2","web-3"]},)"
              R"("column":3,"details":["3 pods: 1 ready, 2 crash-looping"],"id":"pods:Deployment/shop/web",)"
              R"("kind":"Pod","labels":{},"name":"web","namespace":"shop","reasons":[],"resourceId":"pods",)"
              R"("state":"failed"}],"notes":["Hidden by permissions: replicasets"],"view":"workloads"})";
        QCOMPARE(diagramToJson(smallGraph()).dump(), expected);
    }

    void dot()
    {
        const QString expected = QStringLiteral("digraph \"workloads\" {\n"
                                                "  graph [rankdir=\"LR\", newrank=\"true\"];\n"
                                                "  node [shape=\"box\"];\n"
                                                "  // Hidden by permissions: replicasets\n"
                                                "  \"Deployment/shop/web\" [label=\"web\\n1/3 ready\", "
                                                "kind=\"Deployment\", namespace=\"shop\", state=\"warning\", "
                                                "tooltip=\"1 of 3 available\"];\n"
                                                "  \"pods:Deployment/shop/web\" [label=\"web\\n3 pods: 1 ready, 2 "
                                                "crash-looping\", kind=\"Pod\", namespace=\"shop\", "
                                                "state=\"failed\", aggregate=\"true\"];\n"
                                                "  { rank=\"same\"; \"Deployment/shop/web\"; }\n"
                                                "  { rank=\"same\"; \"pods:Deployment/shop/web\"; }\n"
                                                "  \"Deployment/shop/web\" -> \"pods:Deployment/shop/web\" "
                                                "[kind=\"owns\", state=\"normal\", label=\"3\"];\n"
                                                "}\n");
        QCOMPARE(diagramToDot(smallGraph()), expected);
    }

    // Quotes, backslashes and line breaks in text never break the syntax.
    void dotEscapes()
    {
        DiagramGraph graph = smallGraph();
        graph.nodes[0].name = QStringLiteral("we\"b");
        graph.nodes[0].id = QStringLiteral("Deployment/shop/we\"b");
        graph.nodes[0].details = {QStringLiteral("C:\\temp\\"), QStringLiteral("two\nlines")};
        graph.nodes[0].reasons = {QStringLiteral("say \"hi\"\\")};
        graph.edges[0].from = graph.nodes[0].id;
        graph.notes = {QStringLiteral("a note\n} digraph x {")};
        const QString dot = diagramToDot(graph);
        QVERIFY(dot.contains(
            QStringLiteral("\"Deployment/shop/we\\\"b\" [label=\"we\\\"b\\nC:\\\\temp\\\\\\ntwo\\nlines\"")));
        QVERIFY(dot.contains(QStringLiteral("tooltip=\"say \\\"hi\\\"\\\\\"")));
        QVERIFY(dot.contains(QStringLiteral("  // a note } digraph x {\n")));
        const QByteArray text = dot.toUtf8();
        Agraph_t *parsed = agmemread(text.constData());
        QVERIFY2(parsed, text.constData());
        QCOMPARE(agnnodes(parsed), 2);
        QCOMPARE(agnedges(parsed), 1);
        QByteArray id = QByteArrayLiteral("Deployment/shop/we\"b");
        Agnode_t *deployment = agnode(parsed, id.data(), 0);
        QVERIFY(deployment);
        QCOMPARE(QByteArray(agget(deployment, const_cast<char *>("state"))), QByteArrayLiteral("warning"));
        QCOMPARE(QByteArray(agget(deployment, const_cast<char *>("kind"))), QByteArrayLiteral("Deployment"));
        agclose(parsed);
    }

    // The whole recorded scenario: Graphviz reads every node and edge.
    void scenarioDotParses()
    {
        const DiagramGraph graph = buildWorkloadGraph(KajiTest::scenarioInput(), {});
        const QString dot = diagramToDot(graph);
        QCOMPARE(dot.count(QStringLiteral(" -> ")), graph.edges.size());
        const QByteArray text = dot.toUtf8();
        Agraph_t *parsed = agmemread(text.constData());
        QVERIFY(parsed);
        QCOMPARE(agnnodes(parsed), int(graph.nodes.size()));
        QCOMPARE(agnedges(parsed), int(graph.edges.size()));
        agclose(parsed);
        const nlohmann::json json = diagramToJson(graph);
        QCOMPARE(json["nodes"].size(), size_t(graph.nodes.size()));
        QCOMPARE(json["edges"].size(), size_t(graph.edges.size()));
    }
};

QTEST_GUILESS_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
