// The diagrams page over synthetic graphs: clicks on a node, its badge and
// an aggregate's button report the right node; a status change repaints in
// place; search selects and centres; the filter controls report the filter;
// the view tabs ask for a view and drop late graphs of the old one; export
// writes well-formed SVG with the labels as text, and PNG. Saves
// screenshots of every view in light and dark.

#include "darkpalette.h"
#include "diagramfixtures.h"

#include "diagram/diagramexporter.h"
#include "diagram/diagramfilterbar.h"
#include "diagram/diagramnodeitem.h"
#include "diagram/diagrampage.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace Kaji;
using namespace KajiDiagramTest;

namespace {

bool drawn(Ui::DiagramPage &page, const DiagramGraph &graph)
{
    return QTest::qWaitFor(
        [&] { return !page.isArranging() && page.scene()->graph() == graph && !page.scene()->isAnimating(); }, 10000);
}

// Shows the page with a graph drawn, as a user would first see it.
bool showGraph(Ui::DiagramPage &page, const DiagramGraph &graph)
{
    page.resize(1280, 820);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    page.setGraph(graph);
    return drawn(page, graph);
}

QPoint viewPointOf(Ui::DiagramPage &page, const QString &id, const QPointF &offset = {})
{
    Ui::DiagramNodeItem *item = page.scene()->nodeItem(id);
    if (!item)
        return {};
    page.view()->ensureVisible(item, 20, 20);
    return page.view()->mapFromScene(item->mapToScene(item->rect().center() + offset));
}

QPoint viewPointOf(Ui::DiagramPage &page, const QString &id, Ui::DiagramNodeItem::Part part)
{
    Ui::DiagramNodeItem *item = page.scene()->nodeItem(id);
    const QRectF rect = part == Ui::DiagramNodeItem::Part::Badge ? item->badgeRect() : item->expandRect();
    return viewPointOf(page, id, rect.center() - item->rect().center());
}


QStringList svgTexts(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace

class TestDiagramPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clicksReportTheNode()
    {
        Ui::DiagramPage page;
        const DiagramGraph graph = workloadsGraph();
        QVERIFY(showGraph(page, graph));
        QCOMPARE(page.scene()->nodeItems().size(), graph.nodes.size());
        QCOMPARE(page.currentView(), DiagramView::Workloads);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("diagramStatus"))
                    ->text()
                    .contains(QStringLiteral("CronJobs: hidden by permissions")));

        QSignalSpy activated(&page, &Ui::DiagramPage::nodeActivated);
        const QString storefront = QStringLiteral("Deployment/shop/storefront");
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, viewPointOf(page, storefront));
        QCOMPARE(activated.count(), 1);
        const auto node = activated.first().first().value<DiagramNode>();
        QCOMPARE(node.id, storefront);
        QCOMPARE(node.resourceId, QStringLiteral("deployments"));
        QCOMPARE(node.namespaceName, QStringLiteral("shop"));
        QVERIFY(page.scene()->nodeItem(storefront)->isSelected());

        QSignalSpy finding(&page, &Ui::DiagramPage::findingRequested);
        const QString crashing = QStringLiteral("Pod/shop/orders-api-6b8d9c7f4-kq2lz");
        QTest::mouseClick(
            page.view()->viewport(), Qt::LeftButton, {}, viewPointOf(page, crashing, Ui::DiagramNodeItem::Part::Badge));
        QCOMPARE(finding.count(), 1);
        QCOMPARE(finding.first().first().value<DiagramNode>().id, crashing);

        QSignalSpy toggled(&page, &Ui::DiagramPage::aggregateToggled);
        const QString group = Models::podGroupId(QStringLiteral("DaemonSet/shop/log-agent"));
        QTest::mouseClick(
            page.view()->viewport(), Qt::LeftButton, {}, viewPointOf(page, group, Ui::DiagramNodeItem::Part::Expand));
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, viewPointOf(page, group));
        QCOMPARE(toggled.count(), 2);
        QCOMPARE(toggled.first().first().toString(), group);

        // Hovering tells name, kind, state, reasons and the finding.
        const QPoint at = viewPointOf(page, crashing);
        QHelpEvent help(QEvent::ToolTip, at, page.view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(page.view()->viewport(), &help);
        QVERIFY(QTest::qWaitFor([] { return QToolTip::isVisible(); }));
        for (const QString &part : { QStringLiteral("orders-api-6b8d9c7f4-kq2lz"), QStringLiteral("Pod in shop"),
                 QStringLiteral("State: Failing"), QStringLiteral("exits with code 1"), QStringLiteral("Flyway") })
            QVERIFY2(QToolTip::text().contains(part), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        const QPoint badge = viewPointOf(page, crashing, Ui::DiagramNodeItem::Part::Badge);
        QHelpEvent badgeHelp(QEvent::ToolTip, badge, page.view()->viewport()->mapToGlobal(badge));
        QApplication::sendEvent(page.view()->viewport(), &badgeHelp);
        QVERIFY(QTest::qWaitFor([] { return QToolTip::text().startsWith(QStringLiteral("orders-api crashes")); }));
        QToolTip::hideText();

        QSignalSpy menu(&page, &Ui::DiagramPage::contextMenuRequested);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, page.view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(page.view()->viewport(), &event);
        QCOMPARE(menu.count(), 1);
        QCOMPARE(menu.first().first().value<DiagramNode>().id, crashing);

        // Keyboard: Enter on the focused node opens it.
        page.view()->setFocus();
        page.scene()->nodeItem(storefront)->setFocus();
        QTest::keyClick(page.view()->viewport(), Qt::Key_Right);
        QVERIFY(page.scene()->focusItem() != page.scene()->nodeItem(storefront));
        QTest::keyClick(page.view()->viewport(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        // Tab goes on to another node.
        QGraphicsItem *before = page.scene()->focusItem();
        QTest::keyClick(page.view(), Qt::Key_Tab);
        QVERIFY(page.scene()->focusItem() && page.scene()->focusItem() != before);
        QVERIFY(page.view()->hasFocus());
        QVERIFY(
            activated.last().first().value<DiagramNode>().id.startsWith(QStringLiteral("ReplicaSet/shop/storefront-")));
    }

    void statusChangesRepaintInPlace()
    {
        Ui::DiagramPage page;
        const DiagramGraph graph = workloadsGraph();
        QVERIFY(showGraph(page, graph));
        QHash<QString, QPointF> before;
        for (Ui::DiagramNodeItem *item : page.scene()->nodeItems())
            before.insert(item->node().id, item->scenePos());

        DiagramGraph failing = graph;
        failing.nodes[1].state = DiagramState::Failed;
        failing.nodes[1].details = { QStringLiteral("0/4 ready") };
        Ui::DiagramNodeItem *item = page.scene()->nodeItem(failing.nodes[1].id);
        page.setGraph(failing);
        QVERIFY(drawn(page, failing));
        QCOMPARE(page.scene()->nodeItem(failing.nodes[1].id), item);
        QCOMPARE(item->node().state, DiagramState::Failed);
        for (Ui::DiagramNodeItem *each : page.scene()->nodeItems())
            QCOMPARE(each->scenePos(), before.value(each->node().id));

        // The orders group gains a pod: it may move, nothing else does.
        DiagramGraph grown = failing;
        const DiagramNode pod
            = makeNode(QStringLiteral("Pod"), QStringLiteral("shop"), QStringLiteral("orders-api-6b8d9c7f4-zz9x1"), 3);
        grown.nodes.insert(
            grown.nodes.indexOf(*grown.node(QStringLiteral("Pod/shop/orders-api-6b8d9c7f4-m3n8d"))) + 1, pod);
        grown.edges.append(DiagramEdge { QStringLiteral("ReplicaSet/shop/orders-api-6b8d9c7f4"), pod.id,
            DiagramEdgeKind::Owns, DiagramEdgeState::Normal, {} });
        page.setGraph(grown);
        // It glides to its new place.
        QVERIFY(QTest::qWaitFor([&page] { return page.scene()->isAnimating(); }, 5000));
        QVERIFY(drawn(page, grown));
        for (Ui::DiagramNodeItem *each : page.scene()->nodeItems()) {
            if (!each->node().name.startsWith(QStringLiteral("orders-api")))
                QCOMPARE(each->scenePos(), before.value(each->node().id));
        }
    }

    void searchSelectsAndCentres()
    {
        Ui::DiagramPage page;
        const DiagramGraph graph = workloadsGraph();
        QVERIFY(showGraph(page, graph));
        page.view()->setZoom(2.0);
        page.activateWindow();
        page.searchEdit()->setFocus();
        QVERIFY(QTest::qWaitFor([&page] { return page.searchEdit()->hasFocus(); }));

        QTest::keyClicks(page.searchEdit(), QStringLiteral("orders"));
        QList<QString> selected;
        for (QGraphicsItem *item : page.scene()->selectedItems())
            selected.append(static_cast<Ui::DiagramNodeItem *>(item)->node().id);
        QCOMPARE(selected.size(), 4);
        auto *focused = static_cast<Ui::DiagramNodeItem *>(page.scene()->focusItem());
        QCOMPARE(focused->node().id, QStringLiteral("Deployment/shop/orders-api"));
        const auto visible = [&page](Ui::DiagramNodeItem *item) {
            const QRectF shown = page.view()->mapToScene(page.view()->viewport()->rect()).boundingRect();
            return shown.contains(item->mapToScene(item->rect().center()));
        };
        QVERIFY(visible(focused));
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        focused = static_cast<Ui::DiagramNodeItem *>(page.scene()->focusItem());
        QCOMPARE(focused->node().id, QStringLiteral("ReplicaSet/shop/orders-api-6b8d9c7f4"));
        QVERIFY(visible(focused));
        QVERIFY(page.searchEdit()->hasFocus()); // Enter again goes on

        // A pod folded into an aggregate is found through it.
        page.searchEdit()->setText(QStringLiteral("log-agent-c"));
        QCOMPARE(page.scene()->selectedItems().size(), 1);
        QVERIFY(static_cast<Ui::DiagramNodeItem *>(page.scene()->selectedItems().first())->node().aggregate);
        page.searchEdit()->setText(QStringLiteral("no-such-thing"));
        QVERIFY(page.scene()->selectedItems().isEmpty());
    }

    void filterControlsReport()
    {
        Ui::DiagramPage page;
        const DiagramGraph graph = workloadsGraph();
        QVERIFY(showGraph(page, graph));
        QSignalSpy spy(&page, &Ui::DiagramPage::filterChanged);

        page.filterBar()->problemsButton()->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.last().first().value<Models::DiagramFilter>().problemsOnly);

        QTest::keyClicks(page.filterBar()->labelEdit(), QStringLiteral("app=web"));
        QTest::keyClick(page.filterBar()->labelEdit(), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().first().value<Models::DiagramFilter>().labelSelector, QStringLiteral("app=web"));
        QTest::qWait(700); // the typing delay has passed: no second report of the same
        QCOMPARE(spy.count(), 2);

        // The kinds menu lists the graph's kinds; unticking Pod keeps the others.
        QAction *pods = nullptr;
        QStringList kinds;
        for (QAction *action : page.filterBar()->kindsMenu()->actions()) {
            if (action->isCheckable())
                kinds.append(action->text());
            if (action->text() == QLatin1String("Pod"))
                pods = action;
        }
        QVERIFY(
            kinds.contains(QStringLiteral("StatefulSet")) && kinds.contains(QStringLiteral("PersistentVolumeClaim")));
        QVERIFY(pods && pods->isChecked());
        pods->trigger();
        QCOMPARE(spy.count(), 3);
        const Models::DiagramFilter filter = spy.last().first().value<Models::DiagramFilter>();
        QCOMPARE(filter.kinds.size(), kinds.size() - 1);
        QVERIFY(!filter.kinds.contains(QStringLiteral("Pod")));
        QCOMPARE(page.filter().kinds, filter.kinds);

        // Nothing left after filtering: the page says so and offers to clear.
        DiagramGraph empty;
        page.setGraph(empty);
        QVERIFY(drawn(page, empty));
        auto *message = page.findChild<QLabel *>(QStringLiteral("diagramMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("matches the filter")));
        auto *clear = page.findChild<QPushButton *>(QStringLiteral("diagramClearFilter"));
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QCOMPARE(spy.count(), 4);
        QVERIFY(spy.last().first().value<Models::DiagramFilter>().isEmpty());
        page.setGraph(empty);
        QVERIFY(QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("namespaces hold no objects")); }));
    }

    void tabsAskForAView()
    {
        Ui::DiagramPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Before any graph, the page says what it waits for.
        page.setLoading(QStringLiteral("Reading workloads…"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("diagramMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Reading workloads…"));
        page.setGraph(workloadsGraph());
        QSignalSpy spy(&page, &Ui::DiagramPage::viewRequested);
        page.viewTabs()->setCurrentIndex(int(DiagramView::Storage));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<DiagramView>(), DiagramView::Storage);
        QCOMPARE(page.currentView(), DiagramView::Storage);
        // A late update of the old view does not take the page back.
        page.setGraph(workloadsGraph());
        QCOMPARE(page.currentView(), DiagramView::Storage);
        const DiagramGraph storage = storageGraph();
        page.setGraph(storage);
        QVERIFY(drawn(page, storage));
        // The controller may switch views itself.
        const DiagramGraph network = networkGraph();
        page.setGraph(network);
        QVERIFY(drawn(page, network));
        QCOMPARE(page.viewTabs()->currentIndex(), int(DiagramView::Network));
        QCOMPARE(spy.count(), 1);
    }

    void exportsSvgAndPng()
    {
        QTemporaryDir dir;
        Ui::DiagramPage page;
        const DiagramGraph graph = networkGraph();
        QVERIFY(showGraph(page, graph));
        page.scene()->nodeItems().first()->setSelected(true);

        QString error;
        const QString svg = dir.filePath(QStringLiteral("network.svg"));
        QVERIFY2(page.exportTo(svg, &error), qPrintable(error));
        const QStringList texts = svgTexts(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &label :
            { QStringLiteral("storefront"), QStringLiteral("orders-api"), QStringLiteral("legacy-admin"),
                QStringLiteral("/ → 80"), QStringLiteral("Missing"), QStringLiteral("EndpointSlice") })
            QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" not in ") + texts.join(u'|')));
        QVERIFY(page.scene()->nodeItems().first()->isSelected()); // export left the selection alone

        const QString png = dir.filePath(QStringLiteral("network.png"));
        QVERIFY2(page.exportTo(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 600 && image.height() > 200);

        QVERIFY(!page.exportTo(dir.filePath(QStringLiteral("network.jpg")), &error));
        QVERIFY(error.contains(QStringLiteral(".svg")));
        QVERIFY(!page.exportTo(dir.filePath(QStringLiteral("missing-dir/network.png")), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot write")));

        // Headless, as the command line does it.
        error.clear();
        const QString architecture = dir.filePath(QStringLiteral("architecture.svg"));
        QVERIFY2(Ui::exportDiagram(architectureGraph(), architecture, &error), qPrintable(error));
        const QStringList archTexts = svgTexts(architecture, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &label :
            { QStringLiteral("kaji-worker-4"), QStringLiteral("Control plane"), QStringLiteral("containerd"),
                QStringLiteral("Hidden by permissions"), QStringLiteral("Not detected") })
            QVERIFY2(archTexts.contains(label), qPrintable(label));
        const QString workloads = dir.filePath(QStringLiteral("workloads.png"));
        QVERIFY2(Ui::exportDiagram(workloadsGraph(), workloads, &error), qPrintable(error));
        QVERIFY(!QImage(workloads).isNull());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        const QList<std::pair<QString, DiagramGraph>> graphs { { QStringLiteral("architecture"), architectureGraph() },
            { QStringLiteral("architecture-managed"), architectureGraph(true) },
            { QStringLiteral("workloads"), workloadsGraph() }, { QStringLiteral("storage"), storageGraph() },
            { QStringLiteral("network"), networkGraph() } };
        for (const bool dark : { false, true }) {
            for (const auto &[name, graph] : graphs) {
                Ui::DiagramPage page;
                if (dark)
                    page.setPalette(KajiGuiTest::darkPalette());
                QVERIFY(showGraph(page, graph));
                QTest::qWait(50);
                const QString file
                    = QDir(dir).filePath(QStringLiteral("diagram-%1-%2.png")
                                             .arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
                QVERIFY(page.grab().save(file));
            }
        }
    }
};

QTEST_MAIN(TestDiagramPage)
#include "tst_diagrampage.moc"
