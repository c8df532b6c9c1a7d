// The Pods table's usage columns against the real local cluster: the CPU and
// MEMORY cells say what `kubectl top` says for the same scrape, the
// percentages use the pods' real requests and limits, sorting is numeric,
// and with metrics-server stopped every cell and the usage chart say why
// (the APIService's reason) until it is back.

#include "application.h"
#include "detailspanel.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "metricscontroller.h"
#include "podspane.h"
#include "kindpanes.h"
#include "podtablemodel.h"
#include "resourcepane.h"
#include "resourcetablemodel.h"
#include "tablefilterproxy.h"
#include "tableroles.h"
#include "usageview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Kaji;
using M = Models::PodTableModel;

namespace {

const QString shopPodMetrics = QStringLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods");
const QString nodeMetrics = QStringLiteral("/apis/metrics.k8s.io/v1beta1/nodes");

M *podModel(Ui::MainWindow *window)
{
    return qobject_cast<M *>(window->podsPane()->proxy()->sourceModel());
}

QString cell(Ui::MainWindow *window, const QString &key, int column, int role = Qt::DisplayRole)
{
    M *model = podModel(window);
    const int row = model->rowForKey(key);
    return row < 0 ? QString() : model->index(row, column).data(role).toString();
}

bool hasFigure(Ui::MainWindow *window, const QString &key)
{
    return cell(window, key, M::Cpu).endsWith(u'm');
}

// Each item's sample time in metrics-server's answer at `path` now, by name.
// Only the sample times tell one scrape from the next: metrics-server stamps
// every item's creationTimestamp with the time of the request, so two answers
// from the same scrape differ whenever they straddle a second.
QHash<QString, QString> scrapeTimes(const QString &path)
{
    QHash<QString, QString> out;
    const QJsonObject list = QJsonDocument::fromJson(KajiGuiTest::kubectl({QStringLiteral("get"), QStringLiteral("--raw"), path})).object();
    for (const QJsonValue &item : list.value(QStringLiteral("items")).toArray())
        out.insert(item[QStringLiteral("metadata")][QStringLiteral("name")].toString(), item[QStringLiteral("timestamp")].toString());
    return out;
}

bool knob(const QString &action)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("bash"), {QStringLiteral(KAJI_SOURCE_DIR "/tests/cluster/knobs.sh"),
                                           qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE"), QStringLiteral("metrics-server"), action});
    return process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Starts metrics-server again however the test ends: the cluster is shared
// by the tests that follow.
struct RestartMetricsServer {
    ~RestartMetricsServer()
    {
        if (!knob(QStringLiteral("start")))
            qWarning("could not start metrics-server again: later tests will see no metrics");
    }
};

bool openUsageTab(Ui::DetailsPanel *panel)
{
    const int index = panel->tabs()->indexOf(panel->usageView());
    if (index < 0)
        return false;
    QTabBar *bar = panel->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return panel->tabs()->currentWidget() == panel->usageView();
}

// The table holds the figures of the metrics controller's latest reading.
bool showsLastReading(App::Application &app, const Models::UsageFiguresPtr &figures)
{
    const Kube::MetricsSamplePtr sample = app.metrics()->lastSample();
    return sample && figures && figures->takenMs() == sample->takenMs;
}

} // namespace

class TestUsageColumns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!KajiGuiTest::prepareApp())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void columnsMatchKubectlTop()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 950);
        app.metrics()->setInterval(2000);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString resizer = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/image-resizer-"));
        QVERIFY(!resizer.isEmpty());
        // The Pods pane is on screen: it wants readings by itself.
        QVERIFY(QTest::qWaitFor([&] { return app.metrics()->isReading(); }, 10000));
        QVERIFY2(QTest::qWaitFor([&] { return hasFigure(window, resizer); }, 150000),
                 qPrintable(cell(window, resizer, M::Cpu, Qt::ToolTipRole)));

        // Compare with kubectl top when both read the same scrape: the
        // sample times before and after kubectl top equal the app's. On a loaded
        // machine a scrape often lands between them: many tries, each cheap.
        bool compared = false;
        for (int attempt = 0; attempt < 20 && !compared; ++attempt) {
            QSignalSpy reading(app.metrics(), &App::MetricsController::readingRecorded);
            QVERIFY(reading.wait(10000));
            // The figures of a reading reach the table after the pool indexed them.
            QVERIFY(QTest::qWaitFor([&] { return showsLastReading(app, podModel(window)->usage()); }, 10000));
            const QHash<QString, QString> before = scrapeTimes(shopPodMetrics);
            const QByteArray top = KajiGuiTest::kubectl({QStringLiteral("top"), QStringLiteral("pod"), QStringLiteral("-n"),
                                                         QStringLiteral("shop"), QStringLiteral("--no-headers")});
            const QHash<QString, QString> after = scrapeTimes(shopPodMetrics);
            const Kube::MetricsSamplePtr sample = app.metrics()->lastSample();
            QVERIFY(sample && sample->pods);
            bool same = before == after && !before.isEmpty();
            for (const Kube::PodUsage &pod : sample->pods->items) {
                if (pod.namespaceName == QLatin1String("shop"))
                    same = same
                        && before.value(pod.name)
                            == QDateTime::fromSecsSinceEpoch(pod.timestampSecs).toUTC().toString(Qt::ISODate);
            }
            if (!same)
                continue;
            int rows = 0;
            for (const QByteArray &line : top.split('\n')) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                if (fields.size() < 3)
                    continue;
                const QString key = QStringLiteral("shop/") + QString::fromUtf8(fields[0]);
                QCOMPARE(cell(window, key, M::Cpu), QString::fromUtf8(fields[1]));
                QCOMPARE(cell(window, key, M::Memory), QString::fromUtf8(fields[2]));
                ++rows;
            }
            QVERIFY2(rows >= 5, top.constData());
            compared = true;
        }
        QVERIFY2(compared, "no reading of the app matched kubectl top's scrape");

        // Percentages from the pod's real spec: 200m CPU request, 512Mi memory limit, no CPU limit.
        const Models::UsageFigures::Figure *figure = podModel(window)->usage()->pod(QStringLiteral("shop"), resizer.section(u'/', 1));
        QVERIFY(figure);
        QCOMPARE(cell(window, resizer, M::CpuOfRequest), QStringLiteral("%1%").arg(figure->cpuMillis * 100 / 200));
        QCOMPARE(cell(window, resizer, M::MemoryOfLimit), QStringLiteral("%1%").arg(figure->memoryBytes * 100 / (512LL << 20)));
        QCOMPARE(cell(window, resizer, M::MemoryOfRequest), QStringLiteral("%1%").arg(figure->memoryBytes * 100 / (384LL << 20)));
        QCOMPARE(cell(window, resizer, M::CpuOfLimit), QStringLiteral("\u2013"));
        QVERIFY(cell(window, resizer, M::CpuOfLimit, Qt::ToolTipRole).contains(QStringLiteral("No CPU limit")));
        // A pod that does not run has a dash and says why, never 0.
        const QString payments = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/payments-"));
        QCOMPARE(cell(window, payments, M::Memory), QStringLiteral("\u2013"));
        QVERIFY(cell(window, payments, M::Memory, Qt::ToolTipRole).contains(QStringLiteral("not running")));

        // Numeric sort, busiest first: fluent-bit on the hot node (2400m) above storefront's 120m.
        QTableView *view = window->podsPane()->view();
        view->sortByColumn(M::Cpu, Qt::DescendingOrder);
        QAbstractItemModel *proxy = view->model();
        for (int row = 0; row + 1 < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, M::Cpu).data(Models::SortRole).toLongLong()
                    >= proxy->index(row + 1, M::Cpu).data(Models::SortRole).toLongLong());
        QVERIFY2(proxy->index(0, M::Name).data().toString().startsWith(QStringLiteral("fluent-bit-")),
                 qPrintable(proxy->index(0, M::Name).data().toString()));
        QVERIFY(proxy->index(0, M::Cpu).data(Models::SortRole).toLongLong() > 2000);
        view->horizontalScrollBar()->setValue(0);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-columns-en.png")));
        app.setLanguage(QStringLiteral("ja"));
        QTest::qWait(500);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-columns-ja.png")));
        app.setLanguage(QStringLiteral("en"));

        // The Nodes table: kubectl top nodes' four columns, percentages of allocatable.
        app.kindPanes()->open(QStringLiteral("nodes"));
        Ui::ResourcePane *nodesPane = app.kindPanes()->pane(QStringLiteral("nodes"));
        QVERIFY(nodesPane);
        auto *nodes = qobject_cast<Models::ResourceTableModel *>(nodesPane->proxy()->sourceModel());
        QVERIFY(QTest::qWaitFor([&] { return nodes->rowForKey(QStringLiteral("kaji-worker-2")) >= 0; }, 20000));
        QVERIFY(app.metrics()->isReading()); // the Nodes pane wants readings now
        const int first = nodes->firstUsageColumn();
        const auto nodeCell = [&](const QString &name, int usage) {
            return nodes->index(nodes->rowForKey(name), first + usage).data().toString();
        };
        QVERIFY2(QTest::qWaitFor([&] { return nodeCell(QStringLiteral("kaji-worker-2"), 1).endsWith(u'%'); }, 60000),
                 qPrintable(nodeCell(QStringLiteral("kaji-worker-2"), 1)));
        bool nodesCompared = false;
        for (int attempt = 0; attempt < 20 && !nodesCompared; ++attempt) {
            QSignalSpy reading(app.metrics(), &App::MetricsController::readingRecorded);
            QVERIFY(reading.wait(10000));
            QVERIFY(QTest::qWaitFor([&] { return showsLastReading(app, nodes->usage()); }, 10000));
            const QHash<QString, QString> before = scrapeTimes(nodeMetrics);
            const QByteArray top = KajiGuiTest::kubectl({QStringLiteral("top"), QStringLiteral("nodes"), QStringLiteral("--no-headers")});
            const QHash<QString, QString> after = scrapeTimes(nodeMetrics);
            const Kube::MetricsSamplePtr sample = app.metrics()->lastSample();
            QVERIFY(sample && sample->nodes);
            bool same = before == after && !before.isEmpty();
            for (const Kube::NodeUsage &n : sample->nodes->items)
                same = same && before.value(n.name) == QDateTime::fromSecsSinceEpoch(n.timestampSecs).toUTC().toString(Qt::ISODate);
            if (!same)
                continue;
            int rows = 0;
            for (const QByteArray &line : top.split('\n')) {
                const QList<QByteArray> f = line.simplified().split(' ');
                if (f.size() < 5 || f[1] == "<unknown>")
                    continue;
                const QString name = QString::fromUtf8(f[0]);
                for (int usage = 0; usage < 4; ++usage)
                    QCOMPARE(nodeCell(name, usage), QString::fromUtf8(f[usage + 1]));
                ++rows;
            }
            QVERIFY2(rows >= 3, top.constData());
            nodesCompared = true;
        }
        QVERIFY2(nodesCompared, "no reading of the app matched kubectl top nodes' scrape");
    }

    void metricsServerStopAndStart()
    {
        if (qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE").isEmpty())
            QSKIP("KAJI_TEST_CLUSTER_STATE is not set: run scripts/test.sh");
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 950);
        app.metrics()->setInterval(2000);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString key = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/storefront-"));
        QVERIFY(!key.isEmpty());
        QVERIFY2(QTest::qWaitFor([&] { return hasFigure(window, key); }, 150000), qPrintable(cell(window, key, M::Cpu, Qt::ToolTipRole)));
        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), key));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + key; }, 10000));
        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(openUsageTab(panel));
        Ui::UsageView *usage = panel->usageView();

        RestartMetricsServer restart;
        QVERIFY(knob(QStringLiteral("stop")));
        // The APIService's reason reaches the cells and the chart at the next reading.
        const auto unavailable = [&](const QString &text) {
            return text.contains(QStringLiteral("not available")) && text.contains(QStringLiteral("FailedDiscoveryCheck"));
        };
        QVERIFY2(QTest::qWaitFor([&] { return unavailable(cell(window, key, M::Cpu, Qt::ToolTipRole)); }, 30000),
                 qPrintable(cell(window, key, M::Cpu, Qt::ToolTipRole)));
        QCOMPARE(cell(window, key, M::Cpu), QStringLiteral("\u2013"));
        QVERIFY(unavailable(cell(window, key, M::MemoryOfLimit, Qt::ToolTipRole)));
        QVERIFY2(QTest::qWaitFor([&] { return unavailable(usage->stateText()); }, 10000), qPrintable(usage->stateText()));
        // The usage columns in sight beside the chart's reason.
        QTableView *view = window->podsPane()->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(Models::KeyRole).toString() == key)
                view->scrollTo(view->model()->index(row, M::MemoryOfLimit));
        }
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("usage-unavailable-en.png")));

        QVERIFY(knob(QStringLiteral("start")));
        QVERIFY2(QTest::qWaitFor([&] { return hasFigure(window, key); }, 150000), qPrintable(cell(window, key, M::Cpu, Qt::ToolTipRole)));
        QVERIFY2(QTest::qWaitFor([&] { return !unavailable(usage->stateText()); }, 10000), qPrintable(usage->stateText()));
    }
};

QTEST_MAIN(TestUsageColumns)
#include "tst_usagecolumns.moc"
