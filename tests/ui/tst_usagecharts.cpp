// The Usage tab against the real local cluster, whose metrics-server serves
// metrics.k8s.io through the aggregator: a storefront pod's CPU and memory
// fill in against its request and limit, a node's against allocatable, and
// a user who may not read node metrics is told so instead of seeing a 0.

#include "application.h"
#include "detailscontroller.h"
#include "kindpanes.h"
#include "detailspanel.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "metricscontroller.h"
#include "podspane.h"
#include "tablefilterproxy.h"
#include "tableroles.h"
#include "usageview.h"

#include <QChartView>
#include <QComboBox>
#include <QTableView>
#include <QLabel>
#include <QLineSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Kaji;

namespace {

bool openUsageTab(Ui::DetailsPanel *panel)
{
    const int index = panel->tabs()->indexOf(panel->usageView());
    if (index < 0)
        return false;
    QTabBar *bar = panel->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return panel->tabs()->currentWidget() == panel->usageView();
}

QStringList seriesNames(Ui::UsageView *view, const char *chart)
{
    QStringList names;
    auto *chartView = view->findChild<QChartView *>(QLatin1String(chart));
    for (QAbstractSeries *series : chartView->chart()->series())
        names.append(series->name());
    return names;
}

} // namespace

class TestUsageCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!KajiGuiTest::prepareApp())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void podAndNodeUsage()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 950);
        app.metrics()->setInterval(2000); // the test reads faster than metrics-server changes
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString key = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/storefront-"));
        QVERIFY(!key.isEmpty());
        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), key));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + key; }, 10000));
        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(openUsageTab(panel));
        Ui::UsageView *usage = panel->usageView();
        // Figures arrive (metrics-server may need up to two minutes after start).
        QVERIFY2(QTest::qWaitFor([&] { return usage->pointsShown() >= 2; }, 150000), qPrintable(usage->stateText()));
        const QStringList cpu = seriesNames(usage, "usageCpuChart");
        QVERIFY2(cpu.contains(QStringLiteral("Usage")) && cpu.contains(QStringLiteral("Request")), qPrintable(cpu.join(u',')));
        QVERIFY(seriesNames(usage, "usageMemoryChart").contains(QStringLiteral("Limit")));
        const auto points = app.metrics()->history().pod(QStringLiteral("shop"), key.section(u'/', 1));
        QVERIFY(!points.isEmpty() && points.last().present);
        QVERIFY2(points.last().cpuMillis > 0, "storefront pods are busy in the scenario");
        QVERIFY(usage->stateText().contains(QStringLiteral("reading")));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-pod-en.png")));

        // One container of the two: its own series against its own lines.
        auto *picker = usage->findChild<QComboBox *>(QStringLiteral("usageContainer"));
        QVERIFY(picker && picker->isVisible());
        QCOMPARE(picker->count(), 3); // whole pod, storefront, envoy
        QVERIFY(usage->pickContainer(QStringLiteral("envoy")));
        QCOMPARE(usage->container(), QStringLiteral("envoy"));
        QVERIFY2(QTest::qWaitFor([&] { return usage->pointsShown() >= 2; }, 30000), qPrintable(usage->stateText()));
        QVERIFY(usage->stateText().contains(QStringLiteral("container envoy")));
        const auto envoy = app.metrics()->history().container(QStringLiteral("shop"), key.section(u'/', 1), QStringLiteral("envoy"));
        QVERIFY(!envoy.isEmpty() && envoy.last().present);
        // Each container uses 60m in the scenario: half the pod's figure.
        QVERIFY2(envoy.last().cpuMillis < points.last().cpuMillis, "a container's series, not the pod's");
        QVERIFY(seriesNames(usage, "usageCpuChart").contains(QStringLiteral("Request")));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-container-en.png")));
        app.setLanguage(QStringLiteral("ja"));
        QTest::qWait(500);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-container-ja.png")));
        app.setLanguage(QStringLiteral("en"));
        QVERIFY(usage->pickContainer(QString()));

        // A node: against its allocatable; the hot one of the scenario.
        app.details()->navigateTo(QStringLiteral("node"), QString(), QStringLiteral("kaji-worker-2"));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QLatin1String("Node kaji-worker-2"); }, 10000));
        QVERIFY(openUsageTab(panel));
        QVERIFY2(QTest::qWaitFor([&] { return usage->pointsShown() >= 1; }, 60000), qPrintable(usage->stateText()));
        QVERIFY(seriesNames(usage, "usageCpuChart").contains(QStringLiteral("Allocatable")));
        QVERIFY(app.metrics()->history().node(QStringLiteral("kaji-worker-2")).last().cpuMillis > 1000);
        app.setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(panel->tabs()->tabText(panel->tabs()->indexOf(usage)), QStringLiteral("使用量"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-node-ja.png")));
        app.setLanguage(QStringLiteral("en"));

        // Leaving the tab, with the Pods table (whose usage columns want
        // readings too) out of sight, stops the readings: nothing polls
        // while nobody looks.
        panel->tabs()->setCurrentIndex(0);
        QVERIFY(app.metrics()->isReading()); // the Pods pane is on screen
        app.kindPanes()->open(QStringLiteral("deployments.apps"));
        QVERIFY(QTest::qWaitFor([&] { return !app.metrics()->isReading(); }, 5000));
        const int readings = app.metrics()->history().readings();
        QTest::qWait(5000);
        QCOMPARE(app.metrics()->history().readings(), readings);
    }

    // jane may list pods in her namespace only: the readings follow her
    // scope (one list per namespace) and her pods' charts fill in.
    void scopedUserSeesHerPods()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 950);
        app.metrics()->setInterval(2000);
        window->selectContext(QStringLiteral("kaji-restricted"));
        const QString key = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/storefront-"));
        QVERIFY(!key.isEmpty());
        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), key));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + key; }, 10000));
        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(openUsageTab(panel));
        Ui::UsageView *usage = panel->usageView();
        QVERIFY2(QTest::qWaitFor([&] { return usage->pointsShown() >= 1; }, 60000), qPrintable(usage->stateText()));
    }
};

QTEST_MAIN(TestUsageCharts)
#include "tst_usagecharts.moc"
