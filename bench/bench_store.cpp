// Benchmark for the store path (not a test; the figures go into notes):
//  1. decode a recorded list of N realistic pods and build the store,
//  2. the store's memory per pod (RSS delta once the JSON is freed),
//  3. watch events applied per second on one thread (decode + store).
// Run pinned to one core: `taskset -c 0 kaji_bench_store [--pods N]
// [--events E] [--runs R]`. Prints medians over R runs.

#include "podstore.h"
#include "syntheticpods.h"
#include "watchdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
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

    const std::string list = syntheticPodList(pods);
    std::string stream;
    for (int i = 0; i < events; ++i)
        stream += syntheticWatchLine(i % pods, 2000000 + i);
    std::printf("input: %d pods, %.1f MiB list (%.1f KiB/pod), %d watch events (%.1f MiB)\n", pods,
                double(list.size()) / 1048576, double(list.size()) / pods / 1024, events,
                double(stream.size()) / 1048576);

    std::vector<double> listSecs, bytesPerPod, eventsPerSec;
    for (int run = 0; run < runs; ++run) {
        malloc_trim(0);
        const long before = rssKiB();
        Kaji::Kube::PodStore store;
        QElapsedTimer timer;
        timer.start();
        // Pages as the reflector hands them over: the raw list text.
        store.beginList();
        store.listPage(list);
        store.endList();
        listSecs.push_back(double(timer.nsecsElapsed()) / 1e9);
        malloc_trim(0);
        bytesPerPod.push_back(double(rssKiB() - before) * 1024 / double(store.pods().size()));

        Kaji::Kube::WatchDecoder decoder;
        std::vector<Kaji::Kube::WatchEvent> decoded;
        timer.restart();
        constexpr size_t Chunk = 64 * 1024; // what one socket read brings
        for (size_t offset = 0; offset < stream.size(); offset += Chunk) {
            decoder.feed(stream.data() + offset, std::min(Chunk, stream.size() - offset), decoded);
            for (const auto &event : decoded)
                store.apply(event.type, std::string_view(event.object.constData(), size_t(event.object.size())));
            decoded.clear();
        }
        store.flush();
        eventsPerSec.push_back(double(events) / (double(timer.nsecsElapsed()) / 1e9));
        std::printf("run %d: list %.3f s, %.0f B/pod, %.0f events/s\n", run + 1, listSecs.back(), bytesPerPod.back(),
                    eventsPerSec.back());
    }
    std::printf("median over %d runs: decode+store %d pods %.3f s; store %.0f B/pod; %.0f watch events/s\n", runs, pods,
                median(listSecs), median(bytesPerPod), median(eventsPerSec));
    return 0;
}
