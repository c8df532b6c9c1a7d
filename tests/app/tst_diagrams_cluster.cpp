// The diagrams of the seeded scenario, read from the real local cluster
// through the same engine the window uses (fact watches, pod store, probes).

#include "diagram/diagrambuild.h"
#include "diagramreader.h"
#include "kubeconfigloader.h"

#include <QTest>

using namespace Kaji;
using Models::DiagramState;
using Models::DiagramView;

namespace {

Kube::RestConfig restConfig(const QString &context)
{
    const auto config = Kube::KubeConfigLoader::load({qEnvironmentVariable("KAJI_TEST_KUBECONFIG")});
    auto rest = Kube::restConfigFor(config, context);
    if (auto *error = std::get_if<QString>(&rest))
        qFatal("%s", qPrintable(*error));
    return std::get<Kube::RestConfig>(rest);
}

bool hasEdge(const Models::DiagramGraph &graph, const QString &from, const QString &to)
{
    return std::any_of(graph.edges.cbegin(), graph.edges.cend(),
                       [&](const Models::DiagramEdge &e) { return e.from == from && e.to == to; });
}

QStringList edgesFrom(const Models::DiagramGraph &graph, const QString &from)
{
    QStringList out;
    for (const Models::DiagramEdge &e : graph.edges) {
        if (e.from == from)
            out.append(e.to);
    }
    return out;
}

QString describe(const Models::DiagramGraph &graph)
{
    QStringList lines;
    for (const Models::DiagramNode &n : graph.nodes)
        lines.append(n.id + u' ' + Models::diagramStateName(n.state) + u' ' + n.details.join(u'|') + u' '
                     + n.reasons.join(u'|'));
    for (const Models::DiagramEdge &e : graph.edges)
        lines.append(e.from + QStringLiteral(" -> ") + e.to);
    return lines.join(u'\n');
}

} // namespace

class TestDiagramsCluster : public QObject {
    Q_OBJECT

private:
    Models::DiagramGraph graph(App::DiagramReader &reader, DiagramView view, const QStringList &namespaces = {})
    {
        const std::optional<Models::DiagramInput> input = reader.read(view);
        if (!input)
            qWarning("%s", qPrintable(reader.error()));
        Models::DiagramOptions options;
        options.namespaces = namespaces;
        return input ? Models::buildDiagram(view, *input, options) : Models::DiagramGraph();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KAJI_TEST_KUBECONFIG"))
            QFAIL("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, or tests/cluster/up.sh and export it");
    }

    void storage()
    {
        App::DiagramReader reader(restConfig(QStringLiteral("kaji-admin")));
        const Models::DiagramGraph g = graph(reader, DiagramView::Storage);
        QVERIFY2(!g.nodes.isEmpty(), "no storage graph");
        // The StatefulSet's claims are bound through static PVs to their class.
        for (const QString &ordinal : {QStringLiteral("0"), QStringLiteral("1")}) {
            const QString claim = QStringLiteral("PersistentVolumeClaim/infra/data-postgres-") + ordinal;
            const Models::DiagramNode *pvc = g.node(claim);
            QVERIFY2(pvc, qPrintable(describe(g)));
            QCOMPARE(pvc->state, DiagramState::Ok);
            QString pv;
            for (const Models::DiagramEdge &e : g.edges) {
                if (e.to == claim && e.from.startsWith(QLatin1String("PersistentVolume/")))
                    pv = e.from;
                if (e.from == claim && e.to.startsWith(QLatin1String("PersistentVolume/")))
                    pv = e.to;
            }
            QVERIFY2(!pv.isEmpty(), qPrintable(claim + u'\n' + describe(g)));
            const bool toClass = hasEdge(g, QStringLiteral("StorageClass//local-storage"), pv)
                || hasEdge(g, pv, QStringLiteral("StorageClass//local-storage"));
            QVERIFY2(toClass, qPrintable(pv + u'\n' + describe(g)));
        }
        // The pending claim carries its reason: nobody provisions gp3 here.
        const Models::DiagramNode *grafana = g.node(QStringLiteral("PersistentVolumeClaim/infra/grafana-data"));
        QVERIFY2(grafana, qPrintable(describe(g)));
        QVERIFY(grafana->state != DiagramState::Ok);
        QVERIFY2(grafana->reasons.join(u' ').contains(QLatin1String("ebs.csi.aws.com")),
                 qPrintable(grafana->reasons.join(u'|')));
    }

    void network()
    {
        App::DiagramReader reader(restConfig(QStringLiteral("kaji-admin")));
        const Models::DiagramGraph g = graph(reader, DiagramView::Network, {QStringLiteral("shop")});
        // legacy-search: flagged, and the reason names its selector.
        const Models::DiagramNode *legacy = g.node(QStringLiteral("Service/shop/legacy-search"));
        QVERIFY2(legacy, qPrintable(describe(g)));
        QVERIFY(Models::isProblem(legacy->state));
        QVERIFY2(legacy->reasons.join(u' ').contains(QLatin1String("app.kubernetes.io/name=legacy-search")),
                 qPrintable(legacy->reasons.join(u'|')));
        // storefront reaches its three ready pods (through its slices).
        int readyPods = 0;
        QStringList frontier = edgesFrom(g, QStringLiteral("Service/shop/storefront"));
        QSet<QString> seen;
        while (!frontier.isEmpty()) {
            const QString id = frontier.takeFirst();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (id.startsWith(QLatin1String("Pod/shop/storefront-")) && g.node(id)->state == DiagramState::Ok)
                ++readyPods;
            frontier += edgesFrom(g, id);
        }
        QVERIFY2(readyPods == 3, qPrintable(describe(g)));
        // The Ingress's route to a Service that does not exist is drawn, dangling.
        const Models::DiagramNode *reviews = g.node(QStringLiteral("missing:Service/shop/reviews"));
        QVERIFY2(reviews, qPrintable(describe(g)));
        QCOMPARE(reviews->state, DiagramState::Missing);
        QVERIFY(hasEdge(g, QStringLiteral("Ingress/shop/shop-web"), reviews->id));
    }

    void architecture()
    {
        App::DiagramReader reader(restConfig(QStringLiteral("kaji-admin")));
        const Models::DiagramGraph g = graph(reader, DiagramView::Architecture);
        const auto byKind = [&](const QString &kind) {
            QList<const Models::DiagramNode *> out;
            for (const Models::DiagramNode &n : g.nodes) {
                if (n.kind == kind)
                    out.append(&n);
            }
            return out;
        };
        // The leaders of scheduler and controller manager, from their Leases.
        for (const QString &kind : {QStringLiteral("Scheduler"), QStringLiteral("ControllerManager")}) {
            const auto found = byKind(kind);
            QVERIFY2(found.size() == 1, qPrintable(kind + u'\n' + describe(g)));
            QCOMPARE(found.first()->state, DiagramState::Ok);
            QVERIFY2(!found.first()->details.isEmpty(), qPrintable(describe(g)));
        }
        QVERIFY2(!byKind(QStringLiteral("Etcd")).isEmpty(), qPrintable(describe(g)));
        // Every node card has its kubelet and container runtime, with versions.
        const auto nodes = byKind(QStringLiteral("Node"));
        QVERIFY2(nodes.size() >= 4, qPrintable(describe(g)));
        for (const Models::DiagramNode *node : nodes) {
            bool kubelet = false, runtime = false;
            for (const Models::DiagramNode &n : g.nodes) {
                if (n.parent != node->id)
                    continue;
                const QString text = n.name + u' ' + n.details.join(u' ');
                kubelet = kubelet || (n.kind == QLatin1String("Kubelet") && text.contains(QLatin1String("v1.36.3")));
                runtime = runtime || (n.kind == QLatin1String("ContainerRuntime") && text.contains(QLatin1String("containerd"))
                                      && text.contains(QLatin1String("2.1.4")));
            }
            QVERIFY2(kubelet && runtime, qPrintable(node->id + u'\n' + describe(g)));
        }
    }

    // Jane may not read Nodes or Leases: what they would show is hidden by
    // permissions, never drawn as missing or failed.
    void restrictedUserSeesHidden()
    {
        App::DiagramReader reader(restConfig(QStringLiteral("kaji-restricted")));
        const Models::DiagramGraph g = graph(reader, DiagramView::Architecture);
        QVERIFY2(!g.nodes.isEmpty(), "no architecture graph");
        int hidden = 0;
        for (const Models::DiagramNode &n : g.nodes) {
            QVERIFY2(n.state != DiagramState::Missing, qPrintable(n.id));
            if (n.state == DiagramState::Hidden)
                ++hidden;
            if (n.kind == QLatin1String("Scheduler") || n.kind == QLatin1String("ControllerManager"))
                QCOMPARE(n.state, DiagramState::Hidden);
        }
        QVERIFY2(hidden >= 2, qPrintable(describe(g)));
        QVERIFY2(!g.notes.isEmpty(), "no note says what is hidden");
    }
};

QTEST_GUILESS_MAIN(TestDiagramsCluster)
#include "tst_diagrams_cluster.moc"
