// The Diagrams tab of the running app against the real local cluster: every
// view renders (screenshots in both languages), clicking a node opens its
// details, and scaling a Deployment moves its own pods only: every other
// group stays exactly where it was.

#include "application.h"
#include "detailspanel.h"
#include "diagram/diagrampage.h"
#include "diagram/diagramnodeitem.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagramscontroller.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "namespacescope.h"

#include <QLabel>
#include <QTabBar>
#include <QTest>

using namespace Kaji;
using Models::DiagramView;

namespace {

const QString Namespace = QStringLiteral("diagram-test");

int podsOf(const Models::DiagramGraph &graph, const QString &prefix)
{
    int pods = 0;
    for (const Models::DiagramNode &n : graph.nodes) {
        if (n.kind == QLatin1String("Pod") && n.name.startsWith(prefix) && n.namespaceName == Namespace)
            ++pods;
    }
    return pods;
}

QByteArray deployment(const QString &name, int replicas)
{
    return QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: %1, namespace: %2}\n"
                          "spec:\n  replicas: %3\n  selector: {matchLabels: {app: %1}}\n"
                          "  template:\n    metadata: {labels: {app: %1}, annotations: {kaji.dev/simulate: fast}}\n"
                          "    spec: {containers: [{name: app, image: registry.example.com/%1:1}]}\n")
        .arg(name, Namespace)
        .arg(replicas)
        .toUtf8();
}

} // namespace

class TestDiagrams : public QObject {
    Q_OBJECT

    // Positions of every node not in the component of `movingPrefix`'s pods.
    QHash<QString, QPointF> positions(Ui::DiagramScene *scene, const QString &moving)
    {
        QHash<QString, QPointF> out;
        for (Ui::DiagramNodeItem *item : scene->nodeItems()) {
            if (!item->node().id.contains(moving))
                out.insert(item->node().id, item->scenePos());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
        KajiGuiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), Namespace, QStringLiteral("--wait=false"),
                              QStringLiteral("--ignore-not-found")});
        QVERIFY(QTest::qWaitFor([] {
            return KajiGuiTest::kubectl({QStringLiteral("get"), QStringLiteral("namespace"), Namespace,
                                         QStringLiteral("--ignore-not-found")}).isEmpty();
        }, 120000));
        KajiGuiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), Namespace});
        KajiGuiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                             deployment(QStringLiteral("web"), 2) + "---\n" + deployment(QStringLiteral("steady"), 1));
    }

    void cleanupTestCase()
    {
        KajiGuiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), Namespace, QStringLiteral("--wait=false")});
    }

    void everyViewRendersAndOpensDetails()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 900);
        window->selectContext(QStringLiteral("kaji-admin"));
        window->showDiagrams();
        App::DiagramsController *diagrams = app.diagrams();
        Ui::DiagramPage *page = diagrams->page();
        const auto shown = [&](DiagramView view, const QString &id) {
            page->viewTabs()->setCurrentIndex(int(view)); // as a click on the tab
            return QTest::qWaitFor([&] {
                return diagrams->graph().view == view && diagrams->graph().node(id) && page->scene()->nodeItem(id)
                    && !page->scene()->isAnimating();
            }, 30000);
        };
        struct Case {
            DiagramView view;
            QString id;
            const char *shot;
        };
        const QList<Case> cases = {
            {DiagramView::Workloads, QStringLiteral("Deployment/shop/storefront"), "workloads"},
            {DiagramView::Storage, QStringLiteral("PersistentVolumeClaim/infra/grafana-data"), "storage"},
            {DiagramView::Network, QStringLiteral("Service/shop/storefront"), "network"},
            {DiagramView::Architecture, QStringLiteral("Node//kaji-worker-1"), "architecture"},
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            app.setLanguage(language);
            for (const Case &c : cases) {
                QVERIFY2(shown(c.view, c.id), qPrintable(c.id));
                page->view()->fitDiagram();
                QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("diagram-%1-%2.png").arg(QLatin1String(c.shot), language)));
            }
        }
        app.setLanguage(QStringLiteral("en"));

        // A click on a node opens the same details a table row does.
        QVERIFY(shown(DiagramView::Workloads, QStringLiteral("Deployment/shop/storefront")));
        Ui::DiagramNodeItem *item = page->scene()->nodeItem(QStringLiteral("Deployment/shop/storefront"));
        page->view()->focusNode(item);
        QTest::qWait(100);
        const QPoint at = page->view()->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, at);
        QVERIFY2(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QLatin1String("Deployment shop/storefront"); }, 10000),
                 qPrintable(KajiGuiTest::detailsHeader(window)));
        QVERIFY(window->detailsPanel()->isVisible());
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("diagram-details-en.png")));
    }

    void scalingMovesOnlyItsOwnGroup()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1400, 860);
        window->selectContext(QStringLiteral("kaji-admin"));
        app.namespaces()->select({Namespace});
        window->showDiagrams();
        App::DiagramsController *diagrams = app.diagrams();
        Ui::DiagramPage *page = diagrams->page();
        page->viewTabs()->setCurrentIndex(int(DiagramView::Workloads));
        const auto settledWith = [&](int webPods) {
            return QTest::qWaitFor([&] {
                return podsOf(diagrams->graph(), QStringLiteral("web-")) == webPods
                    && podsOf(diagrams->graph(), QStringLiteral("steady-")) == 1 && !page->scene()->isAnimating()
                    && page->scene()->nodeItems().size() == diagrams->graph().nodes.size();
            }, 60000);
        };
        QVERIFY2(settledWith(2), qPrintable(QString::number(podsOf(diagrams->graph(), QStringLiteral("web-")))));
        QTest::qWait(DiagramsControllerSettle);
        const QHash<QString, QPointF> before = positions(page->scene(), QStringLiteral("/web"));
        QVERIFY(before.size() >= 3); // steady: Deployment, ReplicaSet, pod

        for (int replicas : {4, 1}) {
            KajiGuiTest::kubectl({QStringLiteral("-n"), Namespace, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=%1").arg(replicas)});
            QVERIFY2(settledWith(replicas), qPrintable(QStringLiteral("web pods: %1").arg(podsOf(diagrams->graph(), QStringLiteral("web-")))));
            QTest::qWait(DiagramsControllerSettle);
            const QHash<QString, QPointF> after = positions(page->scene(), QStringLiteral("/web"));
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
                QCOMPARE(after.value(it.key()), it.value());
            }
            QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("diagram-scaled-%1.png").arg(replicas)));
        }
    }

private:
    static constexpr int DiagramsControllerSettle = App::DiagramsController::DebounceMs * 3;
};

QTEST_MAIN(TestDiagrams)
#include "tst_diagrams.moc"
