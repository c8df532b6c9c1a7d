// Benchmark (not a test): the whole windowed app (App::Application, its
// MainWindow and Pods pane, docks and all) against a real cluster with many
// pods and a steady churn of pod changes. Measures, per run:
//   - connect: from the app's start (it connects to the context used last,
//     set to --context) to the Pods table holding every pod the API lists;
//   - stalls of the GUI thread (StallProbe: a 5 ms timer recording its own
//     lateness) while connecting and while the churn runs: p50, p99, max;
//   - RSS of this process (the app is all of it) after the churn, and
//     settled after the idle period with what malloc holds of it;
//   - CPU of all threads in the minute after the churn (the app diagnoses
//     the changed pods once more), then idle CPU over a quiet period, with
//     each thread's share and the batches of changes that came meanwhile;
//   - that the table still holds exactly what the API lists afterwards;
//   - then what a user does with the big table, each with the GUI thread's
//     stalls meanwhile: sorting it by name and by restarts, typing a filter
//     key by key and clearing it, switching the language to Japanese and
//     back, and a diagnosis asked for from the Problems dock (issue 21: no
//     stall over 100 ms in any of them);
//   - the slowest deliveries of events on the GUI thread, with their
//     receivers (SlowEventApplication): who caused the longest stalls.
//
// Setting up 10,000 pods in the local cluster (tests/cluster, kwok plays
// the kubelets): the scenario has 20 pods, so
//   bash tests/cluster/up.sh STATE                  # prints the kubeconfig
//   bash tests/cluster/knobs.sh STATE scale 9980    # 50 tainted kwok nodes
// Measured on 2 shared cores at load 10-17: 255 s to create (39 pods/s),
// 650 s until all Running; then kube-apiserver ~970 MB RSS, etcd ~130 MB,
// controller-manager ~235 MB, scheduler ~160 MB, kwok ~210 MB (about
// 1.7 GB for the cluster), etcd data 165 MB.
// Such a machine sustains only ~20-40 API writes/s, far from 500/s: the
// churn rate reached is printed per run. kaji_bench_podtable --pods 10000
// measures the GUI side at 500 changes/s with the same models and view.
// Then, offscreen is fine:
//   QT_QPA_PLATFORM=offscreen KUBECONFIG=STATE/kubeconfig
//     kaji_bench_livepods --state STATE [--context kaji-admin] [--runs 3]
//       [--rate 500] [--churn-secs 30] [--idle-secs 30] [--screenshot live.png]
// The churn is tests/cluster/knobs.sh STATE churn RATE SECS (updates,
// deletes and creates of the load pods through the API).
// Stop the cluster afterwards: bash tests/cluster/down.sh --purge STATE

#include "allocatortuning.h"
#include "application.h"
#include "changedetails.h"
#include "clusterconnection.h"
#include "benchstats.h"
#include "docks.h"
#include "mainwindow.h"
#include "settings.h"
#include "podspane.h"
#include "slowevents.h"
#include "stallprobe.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Kaji;
using BenchStats::median;

namespace {

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

// Runs the event loop (never sleeps the GUI thread, which would look like
// a stall) until `done` holds or `timeoutMs` passed; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QElapsedTimer clock;
    clock.start();
    bool ok = done();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        ok = done();
        if (ok || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    if (!ok) {
        check.start(2);
        loop.exec();
    }
    return ok;
}

void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The pods the API lists right now, as kubectl counts them.
int podsInCluster(const QString &context)
{
    QProcess kubectl;
    kubectl.start(QStringLiteral("kubectl"), {QStringLiteral("--context"), context, QStringLiteral("get"),
                                              QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"),
                                              QStringLiteral("name")});
    // At 110,000 pods kubectl took over the two minutes this waited once,
    // and the run then measured nothing while claiming a 1 ms connect.
    if (!kubectl.waitForFinished(600000) || kubectl.exitCode() != 0)
        return -1;
    return int(kubectl.readAllStandardOutput().count('\n'));
}

void printStalls(const char *phase, const StallProbe::Summary &s)
{
    std::printf("    stalls %-8s p50 %5.1f ms, p99 %6.1f ms, max %6.1f ms (%zu samples)\n", phase, s.p50Ms, s.p99Ms,
                s.maxMs, s.samples);
}

struct Run {
    double connectMs = -1;
    StallProbe::Summary connectStalls, churnStalls;
    double rssMiB = 0;
    double settledRssMiB = 0, heapInUseMiB = 0, heapHeldFreeMiB = 0; // after the idle period
    double trimmedRssMiB = 0; // then after malloc_trim: what of RSS the allocator held
    double settleCpuPercent = 0; // the minute after the churn: one more diagnosis of the changed pods
    double idleCpuPercent = 0;
    QString idleByThread; // the idle period's CPU per thread name
    QString idleArrivals; // the batches the connection handed the GUI thread meanwhile
    QString churnReport;
    double tableChangesPerSec = 0; // row inserts, removals and changes the table received
    int shown = 0, listed = 0;
    // What the user did after the idle period, with the stalls meanwhile.
    QList<std::pair<QString, StallProbe::Summary>> interactions;
};

constexpr int DiagnosisMinuteMs = 65 * 1000;

struct Options {
    QString context, state, knobs, screenshot;
    int rate = 500, churnSecs = 30, idleSecs = 30;
};

SlowEventApplication *slowEvents()
{
    return static_cast<SlowEventApplication *>(QCoreApplication::instance());
}

// Batches the connection handed on, by signal and watch, since cleared.
QMap<QString, int> &arrivals()
{
    static QMap<QString, int> counts;
    return counts;
}

QString describeArrivals()
{
    QStringList parts;
    for (auto it = arrivals().cbegin(); it != arrivals().cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

// CPU per thread name between two readings, as a share of one core over
// `wallSecs`, busiest first; what threads that ended meanwhile spent is the
// rest of `totalSecs`.
QString describeThreadCpu(const QHash<QString, BenchStats::ThreadCpu> &before,
                          const QHash<QString, BenchStats::ThreadCpu> &after, double totalSecs, double wallSecs)
{
    QMap<QString, double> byName;
    double counted = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double spent = it->seconds - before.value(it.key()).seconds;
        byName[it->name] += spent;
        counted += spent;
    }
    QList<std::pair<double, QString>> spent;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        spent.append({it.value(), it.key()});
    if (totalSecs - counted > 0.005)
        spent.append({totalSecs - counted, QStringLiteral("threads that ended")});
    std::sort(spent.begin(), spent.end(), std::greater<>());
    QStringList parts;
    for (const auto &[secs, name] : spent) {
        if (secs > 0)
            parts.append(QStringLiteral("%1 %2%").arg(name).arg(100 * secs / wallSecs, 0, 'f', 2));
    }
    return parts.join(QStringLiteral(", "));
}

// Names the batch a slow delivery to the connection carried: connected
// after the app's own receivers, these run last within the delivery.
// Counts the batches too (arrivals()).
void noteBatches(Kube::ClusterConnection *connection)
{
    if (!connection)
        return;
    QObject::connect(connection, &Kube::ClusterConnection::podsChanged, [](const Kube::PodChangeBatchPtr &batch) {
        ++arrivals()[QStringLiteral("pods")];
        slowEvents()->noteDelivery(QStringLiteral(": podsChanged, %1 upserted, %2 removed%3")
                                       .arg(batch->upserted.size())
                                       .arg(batch->removed.size())
                                       .arg(batch->reset ? QStringLiteral(", reset") : QString()));
    });
    QObject::connect(connection, &Kube::ClusterConnection::tableChanged,
                     [](const QString &resource, const Kube::TableChangeBatchPtr &) {
                         ++arrivals()[QStringLiteral("table ") + resource];
                         slowEvents()->noteDelivery(QStringLiteral(": tableChanged ") + resource);
                     });
    QObject::connect(connection, &Kube::ClusterConnection::factsChanged,
                     [](const QString &id, const Kube::FactChangeBatchPtr &) {
                         ++arrivals()[QStringLiteral("facts ") + id];
                         slowEvents()->noteDelivery(QStringLiteral(": factsChanged ") + id);
                     });
}

// The column whose header reads `title` (any case), -1 when none does.
int columnTitled(const QAbstractItemModel *model, const QString &title)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString().compare(title, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

// Sorting, filtering, a language switch and a diagnosis on the filled
// table, one after the other, each measured by `probe` until it has
// settled.
QList<std::pair<QString, StallProbe::Summary>> interact(App::Application &app, QTableView *view, StallProbe &probe)
{
    QList<std::pair<QString, StallProbe::Summary>> out;
    const auto measured = [&](const QString &what, const std::function<void()> &act) {
        slowEvents()->setPhase(what);
        probe.start();
        act();
        probe.stop();
        out.append({what, probe.summary()});
    };
    const QString restarts = QStringLiteral("Restarts");
    measured(QStringLiteral("sort"), [&] {
        view->sortByColumn(columnTitled(view->model(), QStringLiteral("Name")), Qt::DescendingOrder);
        spinFor(1500);
        view->sortByColumn(columnTitled(view->model(), restarts), Qt::DescendingOrder);
        spinFor(1500);
    });
    measured(QStringLiteral("filter"), [&] {
        const QString typed = QStringLiteral("load-1");
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            app.mainWindow()->podsPane()->setFilterText(typed.left(i));
            spinFor(300);
        }
        app.mainWindow()->podsPane()->setFilterText(QString());
        spinFor(1000);
    });
    measured(QStringLiteral("language"), [&] {
        app.setLanguage(QStringLiteral("ja"));
        spinFor(2000);
        app.setLanguage(QStringLiteral("en"));
        spinFor(2000);
    });
    measured(QStringLiteral("diagnose"), [&] {
        bool done = false;
        const QMetaObject::Connection finished =
            QObject::connect(app.docks(), &App::Docks::diagnosed, [&done](int) { done = true; });
        app.docks()->diagnose();
        spinUntil([&] { return done; }, 120000);
        QObject::disconnect(finished);
        spinFor(1000);
        if (!done)
            std::fprintf(stderr, "kaji_bench_livepods: the diagnosis asked for did not end within 120 s\n");
    });
    return out;
}

Run measure(const Options &options, bool screenshot)
{
    Run run;
    StallProbe probe;
    const int expected = podsInCluster(options.context);
    if (expected < 0) {
        std::fprintf(stderr, "kubectl could not count the cluster's pods: nothing to measure the table against\n");
        std::exit(1);
    }
    // Connect: from the app's start, which connects to the context used
    // last, until the table shows every pod the API lists. (Timed from a
    // later selectContext of the same context, as before, it left out the
    // first half second of the connection: at 5,500 pods it read 0 ms.)
    App::Settings().setLastContext(options.context);
    QElapsedTimer clock;
    clock.start();
    slowEvents()->setPhase(QStringLiteral("connect"));
    App::Application app;
    app.show();
    Ui::MainWindow *window = app.mainWindow();
    window->resize(1400, 900);
    QTableView *view = window->podsPane()->view();
    probe.start();
    noteBatches(app.connection());
    // Pods come and go between kubectl's count and the table's list (the
    // scenario's Jobs, deletions finishing): at 60,000 pods the table held
    // two fewer than kubectl had counted and the run waited in vain.
    constexpr int Drift = 10;
    if (spinUntil([&] { return view->model()->rowCount() >= expected - Drift; }, 120000))
        run.connectMs = double(clock.nsecsElapsed()) / 1e6;
    spinFor(2000); // the first paint and whatever the connection does next
    probe.stop();
    run.connectStalls = probe.summary();

    // Churn through the API while the table follows it. The rows the table
    // inserts, removes and changes are counted: one API operation is one to
    // three pod changes (kwok moves created and deleted pods on).
    qint64 tableChanges = 0;
    // The Pods table itself, under the view's proxy: it names the rows a
    // change spans (ChangeDetails).
    QAbstractItemModel *table = view->model();
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(table))
        table = proxy->sourceModel();
    const auto *details = dynamic_cast<const Models::ChangeDetails *>(table);
    const QMetaObject::Connection counters[] = {
        QObject::connect(table, &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int first, int last) {
            tableChanges += last - first + 1;
        }),
        QObject::connect(table, &QAbstractItemModel::rowsRemoved, [&](const QModelIndex &, int first, int last) {
            tableChanges += last - first + 1;
        }),
        // Changed rows, named in a span or one alone: the periodic AGE
        // refresh spans all rows and names none.
        QObject::connect(table, &QAbstractItemModel::dataChanged, [&](const QModelIndex &from, const QModelIndex &to) {
            const QList<int> *rows = details ? details->changedRowsInSpan() : nullptr;
            tableChanges += rows ? rows->size() : (from.row() == to.row() ? 1 : 0);
        }),
    };
    QProcess churn;
    churn.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer churnClock;
    churnClock.start();
    slowEvents()->setPhase(QStringLiteral("churn"));
    // Said as it begins, as the idle period is, for a profiler of the churn alone.
    std::fprintf(stderr, "kaji_bench_livepods: the churn of %d s begins\n", options.churnSecs);
    probe.start();
    churn.start(QStringLiteral("bash"), {options.knobs, options.state, QStringLiteral("churn"),
                                         QString::number(options.rate), QString::number(options.churnSecs)});
    spinUntil([&] { return churn.state() == QProcess::NotRunning; }, (options.churnSecs + 120) * 1000);
    probe.stop();
    run.churnStalls = probe.summary();
    for (const QMetaObject::Connection &counter : counters)
        QObject::disconnect(counter);
    run.tableChangesPerSec = double(tableChanges) / (double(churnClock.nsecsElapsed()) / 1e9);
    run.churnReport = QString::fromUtf8(churn.readAll()).trimmed();
    run.rssMiB = double(BenchStats::statusKiB("VmRSS")) / 1024;

    slowEvents()->setPhase(QStringLiteral("after"));
    // Idle: let the last watch events and kwok's status updates land first.
    spinFor(10000);
    run.listed = podsInCluster(options.context);
    spinFor(3000);
    run.shown = view->model()->rowCount();
    if (screenshot && !options.screenshot.isEmpty())
        window->grab().save(options.screenshot);
    const auto cpuPercentOver = [&](int ms) {
        const double cpuBefore = BenchStats::cpuSeconds();
        clock.restart();
        spinFor(ms);
        return 100 * (BenchStats::cpuSeconds() - cpuBefore) / (double(clock.nsecsElapsed()) / 1e9);
    };
    // The app diagnoses again within a minute of pods changing; idle means
    // after that, with nothing changing in the cluster.
    run.settleCpuPercent = cpuPercentOver(DiagnosisMinuteMs);
    arrivals().clear();
    // Said as it begins, so a profiler can be attached for this period alone.
    std::fprintf(stderr, "kaji_bench_livepods: the idle period of %d s begins\n", options.idleSecs);
    std::fflush(stderr);
    const auto threadsBefore = BenchStats::threadCpuSeconds();
    const double idleCpuBefore = BenchStats::cpuSeconds();
    QElapsedTimer idleClock;
    idleClock.start();
    run.idleCpuPercent = cpuPercentOver(options.idleSecs * 1000);
    run.idleByThread = describeThreadCpu(threadsBefore, BenchStats::threadCpuSeconds(),
                                         BenchStats::cpuSeconds() - idleCpuBefore,
                                         double(idleClock.nsecsElapsed()) / 1e9);
    run.idleArrivals = describeArrivals();
    run.settledRssMiB = double(BenchStats::statusKiB("VmRSS")) / 1024;
    run.heapInUseMiB = BenchStats::heapInUseMiB();
    run.heapHeldFreeMiB = BenchStats::heapHeldFreeMiB();
    BenchStats::trimHeap();
    run.trimmedRssMiB = double(BenchStats::statusKiB("VmRSS")) / 1024;
    run.interactions = interact(app, view, probe);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    App::tuneAllocator(); // as the app does
    SlowEventApplication qapp(argc, argv);
    // Settings of their own, so a benchmark never touches the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
    QCoreApplication::setApplicationName(QStringLiteral("KajiBench"));
    QSettings().clear();

    const QStringList args = qapp.arguments();
    Options options;
    options.context = argument(args, QStringLiteral("--context"), QStringLiteral("kaji-admin"));
    options.state = argument(args, QStringLiteral("--state"), QString());
    options.knobs = argument(args, QStringLiteral("--knobs"), QStringLiteral(KAJI_SOURCE_DIR "/tests/cluster/knobs.sh"));
    options.screenshot = argument(args, QStringLiteral("--screenshot"), QString());
    options.rate = argument(args, QStringLiteral("--rate"), QStringLiteral("500")).toInt();
    options.churnSecs = argument(args, QStringLiteral("--churn-secs"), QStringLiteral("30")).toInt();
    options.idleSecs = argument(args, QStringLiteral("--idle-secs"), QStringLiteral("30")).toInt();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    if (options.state.isEmpty() || qEnvironmentVariableIsEmpty("KUBECONFIG")) {
        std::fprintf(stderr, "usage: KUBECONFIG=STATE/kubeconfig kaji_bench_livepods --state STATE [...]\n");
        return 2;
    }

    std::vector<double> connect, connectP99, connectMax, p50, p99, max, rss, settledRss, idle, changes;
    for (int r = 0; r < runs; ++r) {
        const Run run = measure(options, r == 0);
        std::printf("run %d: connect to filled table %.0f ms; %s\n", r + 1, run.connectMs,
                    qPrintable(run.churnReport));
        printStalls("connect", run.connectStalls);
        std::printf("    the table received %.0f row changes/s during the churn\n", run.tableChangesPerSec);
        printStalls("churn", run.churnStalls);
        std::printf("    RSS after churn %.0f MiB; CPU %.2f%% the minute after, then idle %.2f%%; table %d rows, "
                    "API lists %d\n",
                    run.rssMiB, run.settleCpuPercent, run.idleCpuPercent, run.shown, run.listed);
        std::printf("    idle by thread: %s\n", qPrintable(run.idleByThread));
        std::printf("    batches handed on while idle: %s\n", qPrintable(run.idleArrivals));
        std::printf("    settled: RSS %.0f MiB, of which malloc: %.0f MiB in use, %.0f MiB held free; "
                    "%.0f MiB after malloc_trim\n",
                    run.settledRssMiB, run.heapInUseMiB, run.heapHeldFreeMiB, run.trimmedRssMiB);
        for (const auto &[what, stalls] : run.interactions)
            printStalls(qPrintable(what), stalls);
        connect.push_back(run.connectMs);
        connectP99.push_back(run.connectStalls.p99Ms);
        connectMax.push_back(run.connectStalls.maxMs);
        p50.push_back(run.churnStalls.p50Ms);
        p99.push_back(run.churnStalls.p99Ms);
        max.push_back(run.churnStalls.maxMs);
        rss.push_back(run.rssMiB);
        settledRss.push_back(run.settledRssMiB);
        idle.push_back(run.idleCpuPercent);
        changes.push_back(run.tableChangesPerSec);
    }
    std::printf("\nmedian over %d runs:\n", runs);
    std::printf("  connect to filled Pods table  %7.0f ms (stalls meanwhile: p99 %.1f ms, max %.1f ms)\n",
                median(connect), median(connectP99), median(connectMax));
    std::printf("  GUI stalls under churn        p50 %.1f ms, p99 %.1f ms, max %.1f ms (%.0f row changes/s)\n",
                median(p50), median(p99), median(max), median(changes));
    std::printf("  RSS after churn               %7.0f MiB (peak %ld MiB)\n", median(rss),
                BenchStats::statusKiB("VmHWM") / 1024);
    std::printf("  RSS settled (after idle)      %7.0f MiB\n", median(settledRss));
    std::printf("  idle CPU                      %7.2f %%\n", median(idle));
    // What held the GUI thread longest, over all runs.
    std::printf("\nslowest GUI-thread events (wall clock, of it the GUI thread on a CPU):\n");
    for (const SlowEventApplication::SlowEvent &slow : qapp.slowest(12))
        std::printf("  %7.1f ms (CPU %5.1f)  %-8s %s\n", slow.ms, slow.cpuMs, qPrintable(slow.phase),
                    qPrintable(slow.what));
    return 0;
}
