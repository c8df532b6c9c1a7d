// Benchmark for the log viewer (not a test; the figures go into notes):
//  1. open: a 1,000,000-line log appended into a LogModel in batches,
//  2. search: plain (case-insensitive) and regex over all of it, on the pool,
//  3. live feed: 20,000 lines/s appended while a LogView shows and follows
//     them; a 10 ms timer on the GUI thread measures how late it fires
//     (stalls the user would feel).
// Run: `QT_QPA_PLATFORM=offscreen kaji_bench_logs [--lines N] [--rate R]
// [--seconds S] [--runs R]`. Prints medians over R runs.

#include "logmodel.h"
#include "logsource.h"
#include "logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Kaji::Models;

namespace {

// CPU time of the process (all threads: the search runs on the pool) and of
// this thread: on a shared machine the wall clock also counts the time other
// processes held the cores.
double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

// Lines shaped like a Spring Boot service's, ~120 bytes each.
LogBatch lines(qint64 first, qint64 count)
{
    static const char *levels[] = {" INFO", " INFO", " INFO", " WARN", "DEBUG", " INFO", "ERROR"};
    LogBatch batch;
    batch.text.reserve(count * 130);
    for (qint64 i = first; i < first + count; ++i) {
        batch.text += "2026-11-26T10:00:00.000Z " + QByteArray(levels[i % 7]) + " 1 --- [nio-8080-exec-"
            + QByteArray::number(i % 10) + "] d.k.demo.orders.OrderController : order " + QByteArray::number(i * 7919 % 1000003)
            + " handled in " + QByteArray::number(i % 97) + " ms\n";
        batch.timestamps.append(1795687200000000000LL + i * 1000);
    }
    return batch;
}

// Pretends to be a pod: the benchmark pushes lines through it.
class FeedSource : public LogSource {
public:
    QString title() const override { return QStringLiteral("bench/feed"); }
    QList<LogContainerChoice> containers() const override { return {{QStringLiteral("app"), false}}; }
    QString defaultContainer() const override { return QStringLiteral("app"); }
    void open(const LogRequest &) override { Q_EMIT cleared(); }
    void close() override {}
    void download(const LogRequest &, const QString &) override {}
    void push(const LogBatch &batch) { Q_EMIT linesArrived(batch); }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = argument(args, QStringLiteral("--lines"), 1000000);
    const int rate = argument(args, QStringLiteral("--rate"), 20000);
    const int seconds = argument(args, QStringLiteral("--seconds"), 5);
    const int runs = argument(args, QStringLiteral("--runs"), 3);

    std::vector<LogBatch> batches;
    for (qint64 first = 0; first < total; first += 20000)
        batches.push_back(lines(first, std::min<qint64>(20000, total - first)));

    std::vector<double> openMs, plainMs, regexMs, openCpu, plainCpu, regexCpu;
    for (int run = 0; run < runs; ++run) {
        LogModel model;
        QElapsedTimer timer;
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        timer.start();
        for (const LogBatch &b : batches)
            model.append(b);
        openMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        openCpu.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
        const auto search = [&](const LogPattern &pattern, std::vector<double> &cpuOut) {
            QElapsedTimer t;
            const double processCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
            t.start();
            model.setPattern(pattern);
            while (model.isSearching())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            cpuOut.push_back(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processCpu);
            return double(t.nsecsElapsed()) / 1e6;
        };
        plainMs.push_back(search({QStringLiteral("order 4242"), false, false}, plainCpu));
        std::printf("  run %d: %d matches plain, ", run, model.matchCount());
        regexMs.push_back(search({QStringLiteral("exec-[37]\\].*in 9\\d ms"), true, false}, regexCpu));
        std::printf("%d matches regex\n", model.matchCount());
    }
    std::printf("open %d lines: median %.0f ms wall, %.0f ms CPU\n", total, median(openMs), median(openCpu));
    std::printf("search plain, case-insensitive: median %.0f ms wall, %.0f ms CPU (all threads)\n", median(plainMs), median(plainCpu));
    std::printf("search regex: median %.0f ms wall, %.0f ms CPU (all threads)\n", median(regexMs), median(regexCpu));

    std::vector<double> worstMs, p99Ms;
    for (int run = 0; run < runs; ++run) {
        auto *feed = new FeedSource; // the view owns it
        FeedSource &source = *feed;
        Kaji::Ui::LogView view(feed);
        view.resize(1200, 600);
        view.show();
        view.setFollow(true);
        view.setSearchText(QStringLiteral("ERROR"));
        QElapsedTimer clock;
        clock.start();
        std::vector<double> lateness;
        QTimer probe;
        qint64 expected = clock.elapsed() + 10;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            lateness.push_back(double(std::max<qint64>(0, now - expected)));
            expected = now + 10;
        });
        probe.start(10);
        // The network side delivers batches every 50 ms (PodLogWorker's pace).
        qint64 sent = 0;
        QTimer feeder;
        QObject::connect(&feeder, &QTimer::timeout, [&] {
            const qint64 due = clock.elapsed() * rate / 1000;
            if (due > sent) {
                source.push(lines(sent, due - sent));
                sent = due;
            }
        });
        feeder.start(50);
        while (clock.elapsed() < seconds * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::sort(lateness.begin(), lateness.end());
        worstMs.push_back(lateness.empty() ? 0 : lateness.back());
        p99Ms.push_back(lateness.empty() ? 0 : lateness[lateness.size() * 99 / 100]);
        std::printf("  feed run %d: %lld lines, %zu ticks, worst stall %.0f ms\n", run, sent, lateness.size(),
                    worstMs.back());
    }
    std::printf("feed %d lines/s for %d s: GUI timer lateness median of worst %.0f ms, median of p99 %.0f ms\n", rate,
                seconds, median(worstMs), median(p99Ms));
    return 0;
}
