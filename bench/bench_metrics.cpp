// The usage pipeline at 10,000 pods, without a cluster: decoding a
// PodMetricsList as the connection thread does, recording a reading into the
// history, reading one pod's series back for its chart, and a reading's
// update of the Pods table's usage columns (figures built, one dataChanged,
// the proxy's live sort, a screenful of cells read as a paint would).
// Prints medians.

#include "benchstats.h"
#include "metrics/usagefigures.h"
#include "metrics/usagehistory.h"
#include "podtablemodel.h"
#include "resourcemetrics.h"
#include "tablefilterproxy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

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

// One reading's update of the table sorted by `column`, in milliseconds:
// building the figures (on the pool in the app) and handing them to the
// model, with the first screenful of cells read (on the GUI thread).
struct TableUpdate {
    double figuresMs = 0;
    double guiMs = 0;
};

TableUpdate tableUpdate(Kaji::Models::PodTableModel &model, Kaji::Models::TableFilterProxy &proxy,
                        const Kaji::Kube::MetricsSample &sample)
{
    using Model = Kaji::Models::PodTableModel;
    QElapsedTimer timer;
    timer.start();
    auto figures = std::make_shared<const Kaji::Models::UsageFigures>(sample, QString(), QString());
    TableUpdate update;
    update.figuresMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    model.setUsage(std::move(figures));
    qint64 sum = 0;
    for (int row = 0; row < 40; ++row) {
        for (int column = Model::Cpu; column <= Model::MemoryOfLimit; ++column)
            sum += proxy.index(row, column).data().toString().size();
    }
    update.guiMs = double(timer.nsecsElapsed()) / 1e6;
    if (sum <= 0)
        update.guiMs = -1;
    return update;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pods = 10000, runs = 9;
    const QByteArray json = podMetricsList(pods);
    std::vector<double> decode, record, series;
    Kaji::Models::UsageHistory history(240);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::optional<Kaji::Kube::PodUsageList> list = Kaji::Kube::decodePodMetrics(json);
        decode.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!list || list->items.size() != pods)
            return 1;
        Kaji::Kube::MetricsSample sample;
        sample.takenMs = 1000LL * run;
        sample.pods = std::move(list);
        timer.restart();
        history.record(sample);
        record.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto points = history.pod(QStringLiteral("ns-8"), QStringLiteral("app-1358"));
        series.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (points.isEmpty())
            return 1;
    }
    // The Pods table: a reading's update, sorted by name (rows stay) and by
    // CPU (the live sort moves rows).
    Kaji::Models::PodTableModel model;
    Kaji::Models::TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    auto batch = QSharedPointer<Kaji::Kube::PodChangeBatch>::create();
    batch->reset = true;
    batch->upserted = podRecords(pods);
    model.applyBatch(batch);
    std::vector<double> figuresMs, byName, byCpu;
    for (const int column : {int(Kaji::Models::PodTableModel::Name), int(Kaji::Models::PodTableModel::Cpu)}) {
        proxy.sort(column, column == Kaji::Models::PodTableModel::Cpu ? Qt::DescendingOrder : Qt::AscendingOrder);
        for (int run = 0; run < runs; ++run) {
            Kaji::Kube::MetricsSample sample;
            sample.pods = Kaji::Kube::decodePodMetrics(json);
            // Usage moves between readings, as it does.
            for (Kaji::Kube::PodUsage &pod : sample.pods->items)
                pod.containers[0].usage.cpuNanocores += qint64(run) * 7'000'000 * (pod.name.size() % 5);
            const TableUpdate update = tableUpdate(model, proxy, sample);
            if (update.guiMs < 0)
                return 1;
            figuresMs.push_back(update.figuresMs);
            (column == Kaji::Models::PodTableModel::Cpu ? byCpu : byName).push_back(update.guiMs);
        }
    }

    std::printf("PodMetricsList of %d pods: %.1f MB\n", pods, double(json.size()) / 1e6);
    std::printf("decode (connection thread): median %.1f ms, max %.1f ms over %d runs\n", BenchStats::median(decode),
                BenchStats::maximum(decode), runs);
    std::printf("record one reading into the history: median %.1f ms\n", BenchStats::median(record));
    std::printf("one pod's series for its chart: median %.3f ms\n", BenchStats::median(series));
    std::printf("a reading's figures for the Pods table (%d rows), on the pool: median %.1f ms, max %.1f ms\n", pods,
                BenchStats::median(figuresMs), BenchStats::maximum(figuresMs));
    std::printf("then on the GUI thread, sorted by name: median %.1f ms, max %.1f ms\n", BenchStats::median(byName),
                BenchStats::maximum(byName));
    std::printf("the same, sorted by CPU (live re-sort): median %.1f ms, max %.1f ms\n", BenchStats::median(byCpu),
                BenchStats::maximum(byCpu));
    std::printf("history for an hour at 15 s (240 readings), %d pods: %.1f MB held\n", pods,
                double(history.bytesHeld()) / 1e6);
    std::printf("RSS %ld KiB, peak %ld KiB\n", BenchStats::statusKiB("VmRSS"), BenchStats::statusKiB("VmHWM"));
    return 0;
}
