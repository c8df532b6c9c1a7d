// The usage pipeline at 10,000 pods, without a cluster, split as the app
// splits it between threads:
// - decoding a PodMetricsList (connection thread);
// - recording a reading into the history: a copy of the history records it
//   on the pool, the GUI thread takes the copy (MetricsController);
// - the Pods table's usage columns: figures built and indexed by row on the
//   pool, then on the GUI thread the model takes them, the proxy re-sorts
//   (sorted by name, CPU or memory) and the view paints (UsageColumns);
// - the charts a reading redraws: the details panel's usage chart of one
//   pod (240 readings) and the overview's history chart.
// Prints medians, p99 and maxima. The GUI-thread parts are what must stay
// under a frame (16 ms).

#include "benchstats.h"
#include "metrics/usagefigures.h"
#include "metrics/usagehistory.h"
#include "overview/overviewpage.h"
#include "podtablemodel.h"
#include "resourcemetrics.h"
#include "tablefilterproxy.h"
#include "usageview.h"

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <cmath>
#include <cstdio>

namespace {

using Kaji::Models::PodTableModel;

// A PodMetricsList as metrics-server writes it: every other pod with a sidecar.
QByteArray podMetricsList(int pods)
{
    QByteArray json = R"({"kind":"PodMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},"items":[)";
    for (int i = 0; i < pods; ++i) {
        if (i)
            json += ',';
        json += R"({"metadata":{"name":"app-)" + QByteArray::number(i) + R"(","namespace":"ns-)" + QByteArray::number(i % 50)
            + R"(","creationTimestamp":"2026-12-03T05:00:00Z","labels":{"app":"web","pod-template-hash":"7c9d"}},)"
            + R"("timestamp":"2026-12-03T05:00:00Z","window":"15.012s","containers":[)"
            + R"({"name":"app","usage":{"cpu":")" + QByteArray::number(1234567 + i * 97) + R"(n","memory":")"
            + QByteArray::number(40000 + i) + R"(Ki"}})";
        if (i % 2 == 0)
            json += R"(,{"name":"sidecar","usage":{"cpu":"2100000n","memory":"12288Ki"}})";
        json += "]}";
    }
    return json + "]}";
}

// The pods of podMetricsList(), as the store hands them to the table.
QList<Kaji::Kube::PodRecord> podRecords(int pods)
{
    QList<Kaji::Kube::PodRecord> out;
    out.reserve(pods);
    for (int i = 0; i < pods; ++i) {
        Kaji::Kube::PodRecord pod;
        pod.namespaceName = QStringLiteral("ns-%1").arg(i % 50);
        pod.name = QStringLiteral("app-%1").arg(i);
        pod.phase = QStringLiteral("Running");
        pod.status.status = pod.phase;
        pod.cpuRequestMillis = 100;
        pod.memoryRequestBytes = 64LL << 20;
        pod.memoryLimitBytes = i % 3 ? 128LL << 20 : -1;
        out.append(pod);
    }
    return out;
}

// Reading `run` of `base`: usage moves between readings, as it does, so a
// sort by usage moves rows.
Kaji::Kube::MetricsSample readingOf(const Kaji::Kube::MetricsSample &base, int run)
{
    Kaji::Kube::MetricsSample sample = base;
    sample.takenMs = 15000LL * run;
    for (Kaji::Kube::PodUsage &pod : sample.pods->items) {
        const qint64 wobble = qint64((run * 7919 + pod.name.size() * 104729 + pod.name.back().unicode() * 31) % 997);
        pod.containers[0].usage.cpuNanocores += wobble * 1'000'000;
        pod.containers[0].usage.memoryBytes += wobble << 20;
    }
    return sample;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

void print(const char *what, const std::vector<double> &ms)
{
    std::printf("%-62s median %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%zu runs)\n", what, BenchStats::median(ms),
                percentile(ms, 0.99), BenchStats::maximum(ms), ms.size());
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Whether the proxy's rows are in `order` by `column`'s sort value.
bool sorted(const QAbstractItemModel &proxy, int column, Qt::SortOrder order)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const qint64 a = proxy.index(row - 1, column).data(PodTableModel::SortRole).toLongLong();
        const qint64 b = proxy.index(row, column).data(PodTableModel::SortRole).toLongLong();
        if (order == Qt::DescendingOrder ? a < b : a > b)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int pods = 10000, decodeRuns = 9, tableRuns = 31;
    const int readings = 240; // an hour at 15 s
    const QByteArray json = podMetricsList(pods);

    std::vector<double> decode;
    Kaji::Kube::MetricsSample base;
    for (int run = 0; run < decodeRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::optional<Kaji::Kube::PodUsageList> list = Kaji::Kube::decodePodMetrics(json);
        decode.push_back(msSince(timer));
        if (!list || list->items.size() != pods)
            return 1;
        base.pods = std::move(list);
    }

    // The history, an hour of readings, recorded as MetricsController does.
    std::vector<double> recordPool, recordGui, chartRead;
    Kaji::Models::UsageHistory history(readings);
    for (int run = 0; run < readings; ++run) {
        const Kaji::Kube::MetricsSample sample = readingOf(base, run);
        QElapsedTimer timer;
        timer.start();
        Kaji::Models::UsageHistory copy = history;
        copy.record(sample);
        recordPool.push_back(msSince(timer));
        timer.restart();
        history = std::move(copy);
        recordGui.push_back(msSince(timer));
        timer.restart();
        const auto points = history.pod(QStringLiteral("ns-8"), QStringLiteral("app-1358"));
        chartRead.push_back(msSince(timer));
        if (points.size() != std::min(run + 1, readings) || !points.last().present)
            return 1;
    }

    // The Pods table in a view, a row selected; a reading's update sorted by
    // name (rows stay), then by CPU and by memory (rows move).
    PodTableModel model;
    Kaji::Models::TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    auto batch = QSharedPointer<Kaji::Kube::PodChangeBatch>::create();
    batch->reset = true;
    batch->upserted = Kaji::Kube::sharedRecords(podRecords(pods));
    model.applyBatch(batch);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    std::vector<double> figuresPool;
    // The last case: sorted by CPU with a text filter typed ("app-1": 1,111
    // rows), which matches usage texts too, so Qt filters every row again.
    constexpr int Cases = 4;
    std::vector<double> updates[Cases], paints[Cases], totals[Cases];
    const int columns[] = {PodTableModel::Name, PodTableModel::Cpu, PodTableModel::Memory, PodTableModel::Cpu};
    for (int c = 0; c < Cases; ++c) {
        if (c == 3)
            proxy.setFilterText(QStringLiteral("app-1"));
        const int column = columns[c];
        const Qt::SortOrder order = column == PodTableModel::Name ? Qt::AscendingOrder : Qt::DescendingOrder;
        view.sortByColumn(column, order);
        view.selectionModel()->setCurrentIndex(proxy.index(5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString selected = view.currentIndex().data(PodTableModel::KeyRole).toString();
        for (int run = 0; run < tableRuns; ++run) {
            const Kaji::Kube::MetricsSample sample = readingOf(base, run + c * tableRuns);
            QElapsedTimer timer;
            timer.start();
            auto figures = std::make_shared<Kaji::Models::UsageFigures>(sample, QString(), QString());
            figures->indexRows(model.rowKeys(), model.rowsVersion());
            figuresPool.push_back(msSince(timer));
            timer.restart();
            model.setUsage(std::move(figures));
            const double update = msSince(timer);
            timer.restart();
            view.viewport()->repaint();
            const double painted = msSince(timer);
            updates[c].push_back(update);
            paints[c].push_back(painted);
            totals[c].push_back(update + painted);
            const bool check = run == 0 || run == tableRuns - 1;
            if (check && column != PodTableModel::Name && !sorted(proxy, column, order)) {
                std::fprintf(stderr, "the table is not sorted by column %d after a reading\n", column);
                return 1;
            }
        }
        // The selection follows its pod wherever the re-sort took it.
        if (view.currentIndex().data(PodTableModel::KeyRole).toString() != selected
            || !view.selectionModel()->isRowSelected(view.currentIndex().row(), {})) {
            std::fprintf(stderr, "the selection did not follow its row\n");
            return 1;
        }
    }

    // The charts a reading redraws.
    Kaji::Ui::UsageView usageView;
    usageView.resize(700, 600);
    usageView.setSubject(QStringLiteral("Pod"), QStringLiteral("ns-8"), QStringLiteral("app-1358"), {});
    usageView.show();
    Kaji::Ui::OverviewPage overview;
    overview.resize(1400, 900);
    overview.show();
    Kaji::Models::OverviewHistory overviewHistory;
    QApplication::processEvents();
    std::vector<double> usageChart, overviewChart;
    for (int run = 0; run < tableRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        usageView.showPoints(history.pod(QStringLiteral("ns-8"), QStringLiteral("app-1358")));
        usageView.repaint();
        usageChart.push_back(msSince(timer));
        Kaji::Models::PodCounts counts;
        counts.total = counts.running = pods - run;
        for (int i = 0; i < 40; ++i) // fill the chart: one point per period
            overviewHistory.record(Kaji::Models::OverviewHistory::DefaultPeriodMs * (run * 40 + i), counts, run);
        timer.restart();
        overview.showHistory(overviewHistory.points());
        overview.repaint();
        overviewChart.push_back(msSince(timer));
    }

    std::printf("PodMetricsList of %d pods: %.1f MB\n", pods, double(json.size()) / 1e6);
    print("decode (connection thread)", decode);
    print("record a reading into a copy of the history (pool)", recordPool);
    print("take the recorded history (GUI thread)", recordGui);
    print("one pod's series for its chart (GUI thread)", chartRead);
    print("a reading's figures, indexed by table row (pool)", figuresPool);
    const char *sorts[] = {"name", "CPU (descending)", "memory (descending)", "CPU, filtered by text \"app-1\""};
    for (int c = 0; c < Cases; ++c) {
        std::printf("Pods table of %d rows sorted by %s, on the GUI thread:\n", pods, sorts[c]);
        print("  the model takes the figures, proxy re-sorts, view updates", updates[c]);
        print("  the view paints the visible rows", paints[c]);
        print("  both (two event-loop slices in the app: the sum)", totals[c]);
    }
    print("usage chart of one pod, 240 readings, redrawn (GUI thread)", usageChart);
    print("overview history chart redrawn (GUI thread)", overviewChart);
    std::printf("history for an hour at 15 s (%d readings), %d pods: %.1f MB held\n", readings, pods,
                double(history.bytesHeld()) / 1e6);
    std::printf("RSS %ld KiB, peak %ld KiB\n", BenchStats::statusKiB("VmRSS"), BenchStats::statusKiB("VmHWM"));
    return 0;
}
