// Benchmark (not a test): the diagrams at cluster scale, with the real
// builders, Graphviz layout, scene and page, on a synthetic cluster of
// --namespaces namespaces and --pods pods in all (default 200 and 10,000:
// Deployments of 12 pods behind a Service and its EndpointSlice, a
// StatefulSet with claims bound to volumes). Prints, as medians of --runs:
//   - building the workloads and the network graph of all namespaces;
//   - laying both out (every component through Graphviz, cold cache);
//   - relaying after a status change (components cached: no Graphviz call);
//   - the GUI thread's stalls while the page follows churn (--churn pods
//     change state every 500 ms for --churn-secs), builds on the pool as the
//     app does; p50/p99/max;
//   - RSS added by the open diagram (input copy, graphs, scene).
//   QT_QPA_PLATFORM=offscreen kaji_bench_diagram [--runs 3] [--pods 10000]
//     [--namespaces 200] [--churn 200] [--churn-secs 20] [--screenshot F.png]

#include "benchstats.h"
#include "diagram/diagramlayouter.h"
#include "diagram/diagrampage.h"
#include "diagram/diagramscene.h"
#include "diagram/diagrambuild.h"
#include "stallprobe.h"
#include "syntheticcluster.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTest>
#include <QtConcurrent>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>

using namespace Kaji;
using BenchStats::median;

namespace {

int intArgument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

void trimFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = intArgument(args, QStringLiteral("--runs"), 3);
    const int pods = intArgument(args, QStringLiteral("--pods"), 10000);
    const int namespaces = intArgument(args, QStringLiteral("--namespaces"), 200);
    const int churn = intArgument(args, QStringLiteral("--churn"), 200);
    const int churnSecs = intArgument(args, QStringLiteral("--churn-secs"), 20);
    const qsizetype shotAt = args.indexOf(QStringLiteral("--screenshot"));
    const QString screenshot = shotAt >= 0 ? args.value(shotAt + 1) : QString();

    const long rssStart = BenchStats::statusKiB("VmRSS");
    Models::DiagramInput base = syntheticCluster(namespaces, pods / namespaces, QDateTime::currentSecsSinceEpoch());
    const long rssInput = BenchStats::statusKiB("VmRSS");
    std::printf("synthetic cluster: %lld pods in %d namespaces, RSS %.0f MiB\n", qlonglong(base.podList.size()), namespaces,
                double(rssInput) / 1024);

    std::vector<double> buildWorkloads, buildNetwork, layoutCold, layoutCached, buildTotal;
    Models::DiagramGraph workloads, network;
    auto scene = std::make_unique<Ui::DiagramScene>(); // measures for the layout runs
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        workloads = Models::buildDiagram(Models::DiagramView::Workloads, base, {});
        buildWorkloads.push_back(msSince(clock));
        clock.restart();
        network = Models::buildDiagram(Models::DiagramView::Network, base, {});
        buildNetwork.push_back(msSince(clock));

        Ui::DiagramLayouter layouter; // a fresh cache: every component through Graphviz
        clock.restart();
        layouter.arrangeNow(workloads, scene->measure(workloads));
        Ui::DiagramLayouter networkLayouter;
        networkLayouter.arrangeNow(network, scene->measure(network));
        layoutCold.push_back(msSince(clock));
        buildTotal.push_back(buildWorkloads.back() + buildNetwork.back() + layoutCold.back());

        Models::DiagramInput changed = base;
        churnPods(changed, run * churn, churn);
        const Models::DiagramGraph again = Models::buildDiagram(Models::DiagramView::Workloads, changed, {});
        clock.restart();
        layouter.arrangeNow(again, scene->measure(again));
        layoutCached.push_back(msSince(clock));
    }
    std::printf("workloads graph: %lld nodes, %lld edges; network graph: %lld nodes, %lld edges\n",
                qlonglong(workloads.nodes.size()), qlonglong(workloads.edges.size()), qlonglong(network.nodes.size()),
                qlonglong(network.edges.size()));
    std::printf("build workloads: median %.1f ms\nbuild network: median %.1f ms\n", median(buildWorkloads),
                median(buildNetwork));
    std::printf("layout both (cold cache): median %.1f ms\n", median(layoutCold));
    std::printf("build + layout, both views: median %.1f ms (target <= 1000)\n", median(buildTotal));
    std::printf("layout after a status change (cached): median %.1f ms\n", median(layoutCached));

    // The page following churn, as DiagramsController drives it: builds on
    // the pool, the newest result shown, the GUI thread watched for stalls.
    scene.reset(); // the app measures on the page's layouter
    trimFreedMemory();
    const long rssBeforePage = BenchStats::statusKiB("VmRSS");
    Ui::DiagramPage page;
    page.resize(1400, 900);
    page.show();
    page.setCurrentView(Models::DiagramView::Workloads);
    page.setGraph(workloads);
    workloads = {}; // the page holds the graph it shows
    QTest::qWait(2000);
    StallProbe probe;
    probe.start();
    // The app holds one copy of the cluster and the graph of the view shown.
    Models::DiagramInput live = std::move(base);
    network = {};
    QElapsedTimer clock;
    clock.start();
    int round = 0, shown = 0;
    bool building = false;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        churnPods(live, round++ * churn, churn);
        if (building)
            return;
        building = true;
        auto *watcher = new QFutureWatcher<Models::DiagramGraph>();
        QObject::connect(watcher, &QFutureWatcher<Models::DiagramGraph>::finished, [&, watcher] {
            page.setGraph(watcher->result());
            ++shown;
            building = false;
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(&Models::buildDiagram, Models::DiagramView::Workloads, live,
                                             Models::DiagramOptions(), Models::DiagramFilter()));
    });
    tick.start(500);
    while (clock.elapsed() < churnSecs * 1000)
        QTest::qWait(50);
    tick.stop();
    if (!QTest::qWaitFor([&] { return !building; }, 30000))
        std::fprintf(stderr, "the last graph was still building after 30 s\n");
    probe.stop();
    const StallProbe::Summary stalls = probe.summary();
    std::printf("churn: %d pods every 500 ms for %d s, %d graphs shown; GUI stalls p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                "(target p99 <= 50)\n",
                churn, churnSecs, shown, stalls.p50Ms, stalls.p99Ms, stalls.maxMs);
    QTest::qWait(1000);
    // The app gives freed memory back to the system every minute (the
    // diagnosis runner's returnFreedMemory); without that, glibc's arenas
    // would keep the churn's freed graphs counted here.
    trimFreedMemory();
    const long rssEnd = BenchStats::statusKiB("VmRSS");
    std::printf("RSS: start %.0f MiB, with the input %.0f MiB, with graphs %.0f MiB, with the page %.0f MiB; added by the "
                "open diagram %.0f MiB (target <= 100), %.0f MiB of it the input (pods the app holds anyway, and the "
                "diagram's own fact watches)\n",
                double(rssStart) / 1024, double(rssInput) / 1024, double(rssBeforePage) / 1024, double(rssEnd) / 1024,
                double(rssEnd - rssStart) / 1024, double(rssInput - rssStart) / 1024);
    if (!screenshot.isEmpty())
        page.grab().save(screenshot);
    return 0;
}
