// Benchmark (not a test): the Pods table with many pods, through the real
// models and the real view. The recorded pod list of bench_store
// (syntheticpods) is decoded by the PodStore as the connection thread would,
// and its first batch is fed to the app's PodsPane (PodTableModel, the
// TableFilterProxy sorting it, QTableView with the health delegate).
// Measures, per run:
//   - first paint: batch applied, proxy sorted, view laid out and painted;
//   - scrolling: PageDown presses and scrollTo jumps, each step painted;
//   - sorting: a click on each column's header (ascending, then descending);
//   - churn: a batch of live changes (half updates, a quarter each removals
//     and additions) applied to the sorted table and painted, 125 at once
//     and 24 at once (a live cluster's batches: a few scattered removals);
//   - findings: a diagnosis ends with findings about 2% of the pods (their
//     badges are painted in the table), then ends again with the same ones;
//   - a burst: one batch of 5,000 such changes (what the store hands over
//     after the connection thread was busy, or a rollout of a big
//     Deployment), on the table sorted by restarts and on the table
//     filtered by text, each applied and painted; the GUI thread must not
//     stall over 100 ms for it (issue 21), so a run over that bound says so
//     and the program exits with 1;
//   - typing a filter: "-7" typed into the filter box of the sorted table
//     key by key, three times, each key applied and painted;
//   - the command palette: opening it (every row of the table becomes an
//     entry, then ranked) and typing a pod's name into it, one key at a
//     time (each key ranks the entries again on the GUI thread);
//   - churn stalls: such batches arriving as the store sends them (125
//     changes every 250 ms = 500 changes/s) for --churn-secs, with the GUI
//     thread's stalls measured by StallProbe (p50, p99, max lateness).
// With --pods 10000 this is the GUI side of the 10k-pod, 500 changes/s
// case, which the local cluster cannot generate on a small shared machine.
// Prints every run and the medians. Offscreen is fine:
//   QT_QPA_PLATFORM=offscreen kaji_bench_podtable [--pods 50000] [--runs 3]
//       [--churn-secs 20] [--screenshot podtable-50k.png]
// The screenshot is the first painted table; a second one (…-by-ip.png)
// shows it after the sorts, sorted by IP.

#include "benchstats.h"
#include "findingbadges.h"
#include "palettemodel.h"
#include "paletteobjects.h"
#include "podspane.h"
#include "podstore.h"
#include "podtablemodel.h"
#include "stallprobe.h"
#include "syntheticpods.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Kaji;
using BenchStats::maximum;
using BenchStats::median;

namespace {

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What the user waits for after an action: queued work (delayed layouts,
// count updates) done and the visible rows painted.
void settleAndPaint(QTableView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->repaint();
}

Kube::PodChangeBatchPtr firstBatch(const QByteArray &list, double *decodeSecs)
{
    Kube::PodStore store;
    Kube::PodChangeBatchPtr batch;
    QObject::connect(&store, &Kube::PodStore::changed, [&](const Kube::PodChangeBatchPtr &b) { batch = b; });
    QElapsedTimer timer;
    timer.start();
    store.beginList();
    store.listPage(list);
    store.endList();
    store.flush();
    *decodeSecs = double(timer.nsecsElapsed()) / 1e9;
    return batch;
}

// Live changes against `base`: updates (a new restart count, so sorted
// columns move), removals and fresh pods, as the store would batch them.
Kube::PodChangeBatchPtr churnBatch(const QList<Kube::SharedRecord<Kube::PodRecord>> &base, int changes, int round)
{
    auto batch = QSharedPointer<Kube::PodChangeBatch>::create();
    QRandomGenerator random(quint32(round + 1));
    for (int i = 0; i < changes; ++i) {
        const Kube::PodRecord &pod = base.at(random.bounded(int(base.size())));
        if (i % 4 == 0) {
            batch->removed.append(pod.key());
        } else if (i % 4 == 1) {
            Kube::PodRecord fresh = pod;
            fresh.name = QStringLiteral("churn-%1-%2").arg(round).arg(i);
            batch->upserted.append(fresh);
        } else {
            Kube::PodRecord changed = pod;
            changed.status.restarts += 1;
            changed.resourceVersion += QLatin1Char('x');
            batch->upserted.append(changed);
        }
    }
    return batch;
}

constexpr int BurstChanges = 5000;
constexpr int SmallChurnChanges = 24; // 6 of them removals
constexpr double BurstBoundMs = 100;

struct Run {
    double firstPaintMs = 0;
    std::vector<double> pageDownMs, scrollToMs, churnMs, smallChurnMs;
    double burstSortedMs = 0, burstFilteredMs = 0;
    double findingsNewMs = 0, findingsSameMs = 0;
    double filterMs = 0, filterMaxMs = 0; // a key typed into the filter box, the table sorted
    double paletteOpenMs = 0;
    std::vector<double> paletteKeyMs; // one per key typed
    int paletteShown = 0; // entries shown for the whole query
    std::map<int, std::vector<double>> sortMs; // column -> steps
    StallProbe::Summary stalls;
};

// Batches as the store sends them at 500 changes/s, while the GUI thread's
// stalls are measured; the view paints as it would on screen.
StallProbe::Summary churnStalls(Models::PodTableModel &model, const QList<Kube::SharedRecord<Kube::PodRecord>> &base, int seconds)
{
    StallProbe probe;
    QTimer feed;
    int round = 1000;
    QObject::connect(&feed, &QTimer::timeout, [&] { model.applyBatch(churnBatch(base, 125, round++)); });
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    probe.start();
    feed.start(250);
    loop.exec();
    probe.stop();
    return probe.summary();
}

// The palette as PaletteController uses it: entries gathered from the
// table when it opens, then ranked again at every key the user types.
void measurePalette(const Models::PodTableModel &model, Run &run)
{
    Models::PaletteModel palette;
    QElapsedTimer timer;
    timer.start();
    QList<Models::PaletteEntry> entries;
    Models::appendObjectEntries(entries, model.rowKeys(), QStringLiteral("pods"), QStringLiteral("Pod"));
    palette.setEntries(std::move(entries));
    run.paletteOpenMs = msSince(timer);
    // A name the synthetic pods have ("service-42-7d9f8c6b5-100042"),
    // typed as a user would: its start, then the tail of its number.
    const QString query = QStringLiteral("service-42-100042");
    for (qsizetype typed = 1; typed <= query.size(); ++typed) {
        timer.restart();
        palette.setQuery(query.left(typed));
        run.paletteKeyMs.push_back(msSince(timer));
    }
    run.paletteShown = palette.rowCount();
}

Run measure(const Kube::PodChangeBatchPtr &batch, const QString &screenshot, int churnSecs)
{
    Run run;
    Models::PodTableModel model;
    Ui::PodsPane pane(&model);
    pane.resize(1400, 900);
    pane.show();
    QTableView *view = pane.view();
    settleAndPaint(view);

    QElapsedTimer timer;
    timer.start();
    model.applyBatch(batch);
    // A list of many rows is prepared off the GUI thread and comes in as
    // one reset later (KeyedTableModel::setBackgroundResetFrom): until it
    // has, the table is empty, and every figure below would be taken on an
    // empty table. First paint is the time until the rows are shown.
    QElapsedTimer waited;
    waited.start();
    while (model.isPreparingReset() && waited.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    settleAndPaint(view);
    run.firstPaintMs = msSince(timer);
    if (view->model()->rowCount() != batch->upserted.size())
        std::fprintf(stderr, "warning: table shows %d rows, batch had %lld\n", view->model()->rowCount(),
                     qlonglong(batch->upserted.size()));
    if (!screenshot.isEmpty()) {
        // The count's new text is laid out on the next pass of the loop.
        QCoreApplication::processEvents();
        pane.grab().save(screenshot);
    }

    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 1));
    for (int step = 0; step < 40; ++step) {
        timer.restart();
        QTest::keyClick(view, Qt::Key_PageDown);
        settleAndPaint(view);
        run.pageDownMs.push_back(msSince(timer));
    }
    QRandomGenerator random(7);
    for (int step = 0; step < 40; ++step) {
        const QModelIndex target = view->model()->index(random.bounded(view->model()->rowCount()), 1);
        timer.restart();
        view->scrollTo(target, QAbstractItemView::PositionAtCenter);
        settleAndPaint(view);
        run.scrollToMs.push_back(msSince(timer));
    }
    for (int column = 0; column < Models::PodTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            view->sortByColumn(column, order);
            settleAndPaint(view);
            run.sortMs[column].push_back(msSince(timer));
        }
    }
    if (!screenshot.isEmpty()) {
        // What the sorts leave behind, to look at: by IP, from the top.
        view->sortByColumn(Models::PodTableModel::Ip, Qt::AscendingOrder);
        view->scrollToTop();
        settleAndPaint(view);
        pane.grab().save(QFileInfo(screenshot).path() + u'/' + QFileInfo(screenshot).completeBaseName()
                         + QStringLiteral("-by-ip.png"));
    }
    // Churn on the table sorted as the user left it (by restarts, the
    // column the updates change, so rows really move).
    view->sortByColumn(Models::PodTableModel::Restarts, Qt::DescendingOrder);
    settleAndPaint(view);
    for (int round = 0; round < 20; ++round) {
        const auto changes = churnBatch(batch->upserted, 125, round); // 250 ms of churn at 500/s
        timer.restart();
        model.applyBatch(changes);
        settleAndPaint(view);
        run.churnMs.push_back(msSince(timer));
    }
    // What a live cluster hands over between two deliveries: a few dozen
    // changes, a few pods gone from scattered rows (each run of removed rows
    // may be told to the view as a removal of its own).
    for (int round = 0; round < 20; ++round) {
        const auto changes = churnBatch(batch->upserted, SmallChurnChanges, 100 + round);
        timer.restart();
        model.applyBatch(changes);
        settleAndPaint(view);
        run.smallChurnMs.push_back(msSince(timer));
    }
    run.stalls = churnStalls(model, batch->upserted, churnSecs);

    // Findings about every 50th pod, as a diagnosis run hands them over.
    Models::Findings findings;
    for (int row = 0; row < model.rowCount(); row += 50) {
        const Kube::PodRecord &pod = model.recordAt(row);
        Models::Finding finding;
        finding.ruleId = QStringLiteral("pod.crashloop");
        finding.severity = Models::Severity::Error;
        finding.object = {QStringLiteral("Pod"), pod.namespaceName, pod.name};
        finding.headline = QStringLiteral("Container app keeps crashing");
        findings.append(finding);
    }
    timer.restart();
    Models::FindingBadges::shared()->setFindings(findings);
    settleAndPaint(view);
    run.findingsNewMs = msSince(timer);
    timer.restart();
    Models::FindingBadges::shared()->setFindings(findings);
    settleAndPaint(view);
    run.findingsSameMs = msSince(timer);
    Models::FindingBadges::shared()->setFindings({});

    // The burst, sorted and then filtered as well (the filter takes the
    // proxy's slower path: changed rows are filtered again).
    // Built before the clock starts: making the changed records is the
    // benchmark's work, not the app's.
    const Kube::PodChangeBatchPtr burst = churnBatch(model.records(), BurstChanges, 7000);
    timer.restart();
    model.applyBatch(burst);
    settleAndPaint(view);
    run.burstSortedMs = msSince(timer);
    // Typed key by key, three times over (cleared between, not timed):
    // "-" keeps nearly every row, "-7" about a third.
    std::vector<double> keys;
    for (int round = 0; round < 3; ++round) {
        for (const QString &typed : {QStringLiteral("-"), QStringLiteral("-7")}) {
            timer.restart();
            pane.setFilterText(typed);
            settleAndPaint(view);
            keys.push_back(msSince(timer));
        }
        if (round < 2) {
            pane.setFilterText(QString());
            settleAndPaint(view);
        }
    }
    run.filterMs = median(keys);
    run.filterMaxMs = maximum(keys);
    const Kube::PodChangeBatchPtr filteredBurst = churnBatch(model.records(), BurstChanges, 7001);
    timer.restart();
    model.applyBatch(filteredBurst);
    settleAndPaint(view);
    run.burstFilteredMs = msSince(timer);
    measurePalette(model, run);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int pods = argument(args, QStringLiteral("--pods"), QStringLiteral("50000")).toInt();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const QString screenshot = argument(args, QStringLiteral("--screenshot"), QString());
    const int churnSecs = argument(args, QStringLiteral("--churn-secs"), QStringLiteral("20")).toInt();

    const QByteArray list = asReceivedBody(syntheticPodList(pods));
    double decodeSecs = 0;
    const Kube::PodChangeBatchPtr batch = firstBatch(list, &decodeSecs);
    std::printf("input: %d pods (%.1f MiB JSON), decoded by the store in %.3f s (connection thread in the app)\n",
                pods, double(list.size()) / 1048576, decodeSecs);

    std::vector<double> stallP50, stallP99, stallMax;
    std::vector<double> firstPaint, pageDownMed, pageDownMax, scrollToMed, scrollToMax, churnMed, churnMax;
    std::vector<double> smallChurnMed, smallChurnMax;
    std::vector<double> burstSorted, burstFiltered;
    std::vector<double> paletteOpen, paletteKeyMed, paletteKeyMax, filterKeyMed, filterKeyMax;
    std::map<int, std::vector<double>> sortMed, sortMax;
    for (int r = 0; r < runs; ++r) {
        const Run run = measure(batch, r == 0 ? screenshot : QString(), churnSecs);
        stallP50.push_back(run.stalls.p50Ms);
        stallP99.push_back(run.stalls.p99Ms);
        stallMax.push_back(run.stalls.maxMs);
        firstPaint.push_back(run.firstPaintMs);
        pageDownMed.push_back(median(run.pageDownMs));
        pageDownMax.push_back(maximum(run.pageDownMs));
        scrollToMed.push_back(median(run.scrollToMs));
        scrollToMax.push_back(maximum(run.scrollToMs));
        churnMed.push_back(median(run.churnMs));
        churnMax.push_back(maximum(run.churnMs));
        std::printf("run %d: first paint %.0f ms; PageDown median %.1f max %.1f ms; scrollTo median %.1f max %.1f ms; "
                    "churn batch median %.1f max %.1f ms\n",
                    r + 1, run.firstPaintMs, pageDownMed.back(), pageDownMax.back(), scrollToMed.back(),
                    scrollToMax.back(), churnMed.back(), churnMax.back());
        smallChurnMed.push_back(median(run.smallChurnMs));
        smallChurnMax.push_back(maximum(run.smallChurnMs));
        std::printf("  small batch (%d changes) median %.1f max %.1f ms\n", SmallChurnChanges, smallChurnMed.back(),
                    smallChurnMax.back());
        std::printf("  stalls under 500 changes/s for %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu samples)\n",
                    churnSecs, run.stalls.p50Ms, run.stalls.p99Ms, run.stalls.maxMs, run.stalls.samples);
        std::printf("  %d changes in one batch: sorted %.1f ms, sorted and filtered %.1f ms; "
                    "filter key typed median %.1f ms, max %.1f ms\n",
                    BurstChanges, run.burstSortedMs, run.burstFilteredMs, run.filterMs, run.filterMaxMs);
        filterKeyMed.push_back(run.filterMs);
        filterKeyMax.push_back(run.filterMaxMs);
        std::printf("  findings about %d pods arrive: %.1f ms; the same again: %.1f ms\n", pods / 50,
                    run.findingsNewMs, run.findingsSameMs);
        std::printf("  palette: opened with every pod %.1f ms; each key typed median %.1f ms, max %.1f ms "
                    "(%d shown at the end)\n",
                    run.paletteOpenMs, median(run.paletteKeyMs), maximum(run.paletteKeyMs), run.paletteShown);
        paletteOpen.push_back(run.paletteOpenMs);
        paletteKeyMed.push_back(median(run.paletteKeyMs));
        paletteKeyMax.push_back(maximum(run.paletteKeyMs));
        burstSorted.push_back(run.burstSortedMs);
        burstFiltered.push_back(run.burstFilteredMs);
        for (const auto &[column, steps] : run.sortMs) {
            sortMed[column].push_back(median(steps));
            sortMax[column].push_back(maximum(steps));
            std::printf("  sort column %d: asc %.0f ms, desc %.0f ms\n", column, steps[0], steps[1]);
        }
    }
    const Models::PodTableModel names;
    std::printf("\nmedian over %d runs, %d pods:\n", runs, pods);
    std::printf("  first painted table          %7.0f ms (+ %.0f ms store decode off the GUI thread)\n",
                median(firstPaint), decodeSecs * 1000);
    std::printf("  PageDown step     median %6.1f ms, max %6.1f ms\n", median(pageDownMed), median(pageDownMax));
    std::printf("  scrollTo step     median %6.1f ms, max %6.1f ms\n", median(scrollToMed), median(scrollToMax));
    std::printf("  churn batch (125) median %6.1f ms, max %6.1f ms\n", median(churnMed), median(churnMax));
    std::printf("  small batch (%d)  median %6.1f ms, max %6.1f ms\n", SmallChurnChanges, median(smallChurnMed),
                median(smallChurnMax));
    std::printf("  stalls at 500 changes/s p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", median(stallP50),
                median(stallP99), median(stallMax));
    for (const auto &[column, values] : sortMed) {
        std::printf("  sort by %-9s median %6.1f ms, max %6.1f ms\n",
                    qPrintable(names.headerData(column, Qt::Horizontal).toString()), median(values),
                    median(sortMax[column]));
    }
    std::printf("  filter key typed  median %6.1f ms, max %6.1f ms\n", median(filterKeyMed), median(filterKeyMax));
    std::printf("  palette opened    %6.1f ms; key typed median %6.1f ms, max %6.1f ms\n", median(paletteOpen),
                median(paletteKeyMed), median(paletteKeyMax));
    // Not the table's memory: the synthetic list this program makes (as
    // nlohmann trees, then text) is most of it at 100,000 pods.
    std::printf("  this process's RSS now %ld MiB, peak %ld MiB (its synthetic input included)\n",
                BenchStats::statusKiB("VmRSS") / 1024,
                BenchStats::statusKiB("VmHWM") / 1024);
    const double burstWorst = std::max(median(burstSorted), median(burstFiltered));
    std::printf("  %d-change batch   sorted %.1f ms, filtered %.1f ms: %s the %.0f ms bound\n", BurstChanges,
                median(burstSorted), median(burstFiltered), burstWorst <= BurstBoundMs ? "within" : "OVER",
                BurstBoundMs);
    return burstWorst <= BurstBoundMs ? 0 : 1;
}
