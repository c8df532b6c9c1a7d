// Benchmark for the store path (not a test; the figures go into notes):
//  1. decode a recorded list of N realistic pods and build the store,
//  2. the store's memory per pod (RSS delta once the JSON is freed),
//  3. watch events applied per second on one thread (decode + store),
//  4. index queries against a scan of every record: a label selector, a
//     node's pods and an owner's dependents (microseconds per query).
// Run pinned to one core: `taskset -c 0 kaji_bench_store [--pods N]
// [--events E] [--runs R]`. Prints medians over R runs, of wall time and of
// this thread's CPU time (on a shared machine the CPU figure is the one to
// compare; wall time also counts the time other processes had the core).

#include "labelselector.h"
#include "podstore.h"
#include "syntheticpods.h"
#include "watchdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// User + system CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int pods = argument(args, QStringLiteral("--pods"), 50000);
    const int events = argument(args, QStringLiteral("--events"), 100000);
    const int runs = argument(args, QStringLiteral("--runs"), 5);

    const QByteArray list = asReceivedBody(syntheticPodList(pods));
    std::string stream;
    for (int i = 0; i < events; ++i)
        stream += syntheticWatchLine(i % pods, 2000000 + i);
    std::printf("input: %d pods, %.1f MiB list (%.1f KiB/pod), %d watch events (%.1f MiB)\n", pods,
                double(list.size()) / 1048576, double(list.size()) / pods / 1024, events,
                double(stream.size()) / 1048576);

    std::vector<double> listSecs, listCpuSecs, bytesPerPod, eventsPerSec, eventsPerCpuSec, indexedMicros, scanMicros;
    for (int run = 0; run < runs; ++run) {
        malloc_trim(0);
        const long before = rssKiB();
        Kaji::Kube::PodStore store;
        QElapsedTimer timer;
        timer.start();
        qint64 cpu = threadCpuNs();
        // Pages as the reflector hands them over: the raw list text.
        store.beginList();
        store.listPage(list);
        store.endList();
        listSecs.push_back(double(timer.nsecsElapsed()) / 1e9);
        listCpuSecs.push_back(double(threadCpuNs() - cpu) / 1e9);
        malloc_trim(0);
        bytesPerPod.push_back(double(rssKiB() - before) * 1024 / double(store.pods().size()));

        Kaji::Kube::WatchDecoder decoder;
        std::vector<Kaji::Kube::WatchEvent> decoded;
        timer.restart();
        cpu = threadCpuNs();
        constexpr size_t Chunk = 64 * 1024; // what one socket read brings
        for (size_t offset = 0; offset < stream.size(); offset += Chunk) {
            decoder.feed(stream.data() + offset, std::min(Chunk, stream.size() - offset), decoded);
            for (const auto &event : decoded)
                store.apply(event.type, std::string_view(event.object.constData(), size_t(event.object.size())));
            decoded.clear();
        }
        store.flush();
        eventsPerSec.push_back(double(events) / (double(timer.nsecsElapsed()) / 1e9));
        eventsPerCpuSec.push_back(double(events) / (double(threadCpuNs() - cpu) / 1e9));

        // One app's pods (~50 of 50,000), one node's (~100), one owner's (~50).
        const auto selector = *Kaji::Kube::LabelSelector::parse(QStringLiteral("app=service-7,tier=backend"));
        const QString node = QStringLiteral("node-7");
        const QString owner = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-200000000007");
        constexpr int Queries = 200;
        qsizetype found = 0;
        timer.restart();
        for (int q = 0; q < Queries; ++q)
            found += store.records().keysMatching(selector).size() + store.records().keysOnNode(node).size()
                + store.records().keysOwnedBy(owner).size();
        indexedMicros.push_back(double(timer.nsecsElapsed()) / 1e3 / Queries);
        qsizetype scanned = 0;
        timer.restart();
        for (int q = 0; q < Queries / 20; ++q) {
            for (const Kaji::Kube::PodRecord &pod : store.pods())
                scanned += selector.matches(pod.labels) + (pod.nodeName == node) + pod.ownerUids.contains(owner);
        }
        scanMicros.push_back(double(timer.nsecsElapsed()) / 1e3 / (Queries / 20));
        if (found != scanned * 20)
            std::printf("index and scan disagree: %lld vs %lld\n", qlonglong(found), qlonglong(scanned * 20));
        std::printf("run %d: list %.3f s (CPU %.3f s), %.0f B/pod, %.0f events/s (per CPU second %.0f), 3 indexed queries "
                    "%.1f us (scan %.0f us)\n",
                    run + 1, listSecs.back(), listCpuSecs.back(), bytesPerPod.back(), eventsPerSec.back(),
                    eventsPerCpuSec.back(), indexedMicros.back(), scanMicros.back());
    }
    std::printf("median over %d runs: decode+store %d pods %.3f s (CPU %.3f s); store %.0f B/pod; %.0f watch events/s "
                "(%.0f per CPU second); selector+node+owner queries %.1f us indexed vs %.0f us scanned\n",
                runs, pods, median(listSecs), median(listCpuSecs), median(bytesPerPod), median(eventsPerSec),
                median(eventsPerCpuSec), median(indexedMicros), median(scanMicros));
    return 0;
}
