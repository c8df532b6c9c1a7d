// The usage pipeline at 10,000 pods, without a cluster: decoding a
// PodMetricsList as the connection thread does, recording a reading into the
// history, and reading one pod's series back for its chart. Prints medians.

#include "benchstats.h"
#include "metrics/usagehistory.h"
#include "resourcemetrics.h"

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
    std::printf("PodMetricsList of %d pods: %.1f MB\n", pods, double(json.size()) / 1e6);
    std::printf("decode (connection thread): median %.1f ms, max %.1f ms over %d runs\n", BenchStats::median(decode),
                BenchStats::maximum(decode), runs);
    std::printf("record one reading into the history: median %.1f ms\n", BenchStats::median(record));
    std::printf("one pod's series for its chart: median %.3f ms\n", BenchStats::median(series));
    std::printf("history for an hour at 15 s (240 readings), %d pods: %.1f MB held\n", pods,
                double(history.bytesHeld()) / 1e6);
    std::printf("RSS %ld KiB, peak %ld KiB\n", BenchStats::statusKiB("VmRSS"), BenchStats::statusKiB("VmHWM"));
    return 0;
}
