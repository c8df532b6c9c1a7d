#pragma once

// Small process figures shared by the GUI benchmarks (any thread).

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdlib> // defines __GLIBC__ where glibc is the C library
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace BenchStats {

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM").
inline long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// User + system CPU time of every thread of this process.
inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto secs = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return secs(usage.ru_utime) + secs(usage.ru_stime);
}

// CPU seconds of each live thread of this process, by thread id, with the
// thread's name (Linux: /proc/self/task; empty elsewhere). A thread that
// ended is not in it.
struct ThreadCpu {
    QString name;
    double seconds = 0;
};
inline QHash<QString, ThreadCpu> threadCpuSeconds()
{
    QHash<QString, ThreadCpu> threads;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QStringList tids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "tid (name) state ...": the name may hold spaces and parentheses.
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        // Fields 14 and 15 of stat(5), utime and stime, in clock ticks.
        threads.insert(tid, {QString::fromUtf8(line.mid(open + 1, close - open - 1)),
                             (fields[11].toDouble() + fields[12].toDouble()) / tick});
    }
    return threads;
}

// Bytes malloc has handed out and not had back, in MiB (glibc; 0 elsewhere).
inline double heapInUseMiB()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

// Bytes malloc holds free in its arenas, mapped and not given back (glibc):
// with heapInUseMiB, tells what RSS is data from what is the allocator's.
inline double heapHeldFreeMiB()
{
#ifdef __GLIBC__
    return double(mallinfo2().fordblks) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

// Has malloc give the free pages of its arenas back to the system (glibc);
// what RSS drops by then is what the allocator held of it.
inline void trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

} // namespace BenchStats
