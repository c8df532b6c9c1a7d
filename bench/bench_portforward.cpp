// Kaji's native port-forward against `kubectl port-forward` on the same
// target, in one run (not a test; the figures go into notes):
//  1. throughput: a 256 MiB body echoed through the forward (POST /echo of
//     the local cluster's demo server), median of R runs;
//  2. latency: 1,000 small echoes over one keep-alive connection, and 1,000
//     over a fresh connection each (a new WebSocket/stream per connection);
//  The forwards take turns run by run (and 100 requests at a time), so the
//  load of a shared machine weighs on each alike.
//  3. cost: CPU time the forwarder spent on the throughput runs, per MiB
//     echoed (Kaji: this process's main thread, which runs its forwards;
//     kubectl: its whole process). Less load-dependent than throughput on
//     a shared machine;
//  4. idle: after KAJI_PF_IDLE_SECONDS (default 180) without traffic, the
//     kept connection and a new one still work.
// Kaji is measured over both of its transports: the SPDY tunnel in one
// WebSocket (the default) and one WebSocket per connection (the fallback).
// KAJI_PF_SERVER_PIDS=pid,pid (the local cluster's API server and kwok) adds
// what those processes spent per MiB for each forward.
// Usage: KUBECONFIG=... kaji_bench_portforward [--context C] [-n NS]
//        [--target deploy/storefront] [--port 8080] [--mib 256] [--requests 1000] [--runs 3]

#include "apiclient.h"
#include "echoclient.h"
#include "kubeconfigloader.h"
#include "portforwardsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <future>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {

struct Options {
    QString context;
    QString namespaceName = QStringLiteral("shop");
    QString target = QStringLiteral("deploy/storefront");
    QString port = QStringLiteral("8080");
    int mib = 256;
    int requests = 1000;
    int runs = 3;
    int idleSeconds = 180;
};

struct Figures {
    double throughputMiBs = 0; // median
    double keptMs = 0; // median per request, one connection
    double freshMs = 0; // median per request, new connection each
    double cpuMsPerMiB = NAN; // forwarder CPU over the throughput runs
    double serverCpuMsPerMiB = NAN; // the processes in KAJI_PF_SERVER_PIDS, likewise
    bool idleKeptOk = false;
    bool idleFreshOk = false;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs `work` on another thread while this one serves Kaji's forward.
template<typename Work>
auto offThread(Work work)
{
    auto future = std::async(std::launch::async, std::move(work));
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (future.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            loop.quit();
    });
    poll.start(2);
    loop.exec();
    return future.get();
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_portforward: %s\n", qPrintable(what));
    std::exit(1);
}

// CPU seconds used so far by what forwards: NaN where this cannot be read.
using CpuClock = std::function<double()>;

#ifdef Q_OS_LINUX
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double processCpuSeconds(qint64 pid)
{
    // utime and stime are fields 14 and 15, counted after the ')' that ends the name.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return NAN;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return NAN;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}
#else
double threadCpuSeconds()
{
    return NAN;
}

double processCpuSeconds(qint64)
{
    return NAN;
}
#endif

// One forward being measured: Kaji over one transport, or kubectl.
struct Column {
    const char *label;
    quint16 port;
    CpuClock cpu;
    Figures f;
    KajiTest::EchoConnection idle; // opened now, used again after the idle wait
};

// The runs take turns across the columns, so a change in the shared
// machine's load while the bench runs falls on all of them alike.
void measureThroughput(std::vector<Column *> &columns, const Options &o)
{
    QByteArray big(qsizetype(o.mib) * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    const QByteArray digest = KajiTest::sha256(big);
    std::vector<std::vector<double>> rates(columns.size());
    std::vector<double> cpuSeconds(columns.size());
    std::vector<double> serverSeconds(columns.size());
    // The API server and kubelet of a local cluster: how the forward talks
    // to them changes what they spend too.
    const auto serverCpu = [] {
        double sum = NAN;
        const QList<QByteArray> pids = qgetenv("KAJI_PF_SERVER_PIDS").split(',');
        for (const QByteArray &pid : pids) {
            if (!pid.isEmpty())
                sum = (std::isnan(sum) ? 0 : sum) + processCpuSeconds(pid.toLongLong());
        }
        return sum;
    };
    for (int run = 0; run < o.runs; ++run) {
        for (size_t c = 0; c < columns.size(); ++c) {
            Column &column = *columns[c];
            const double cpuBefore = column.cpu();
            const double serverBefore = serverCpu();
            QElapsedTimer clock;
            clock.start();
            const auto reply = offThread([&] { return KajiTest::echoOnce(column.port, big, 600000); });
            if (!reply.ok || reply.sha256 != digest)
                fail(QStringLiteral("%1: %2 MiB echo failed: %3").arg(QLatin1String(column.label)).arg(o.mib).arg(reply.error));
            rates[c].push_back(o.mib / (clock.nsecsElapsed() / 1e9));
            cpuSeconds[c] += column.cpu() - cpuBefore;
            serverSeconds[c] += serverCpu() - serverBefore;
        }
    }
    for (size_t c = 0; c < columns.size(); ++c) {
        columns[c]->f.throughputMiBs = median(rates[c]);
        columns[c]->f.cpuMsPerMiB = cpuSeconds[c] * 1000 / (double(o.mib) * o.runs);
        columns[c]->f.serverCpuMsPerMiB = serverSeconds[c] * 1000 / (double(o.mib) * o.runs);
    }
}

// Small requests, in blocks that take turns across the columns likewise.
void measureLatency(std::vector<Column *> &columns, const Options &o)
{
    constexpr int Block = 100;
    const QByteArray small(64, 'k');
    std::vector<std::vector<double>> kept(columns.size());
    std::vector<std::vector<double>> fresh(columns.size());
    const QString failed = offThread([&]() -> QString {
        std::vector<KajiTest::EchoConnection> connections(columns.size());
        for (size_t c = 0; c < columns.size(); ++c) {
            if (!connections[c].connect(columns[c]->port))
                return QLatin1String(columns[c]->label);
        }
        for (int done = 0; done < o.requests; done += Block) {
            const int count = qMin(Block, o.requests - done);
            for (size_t c = 0; c < columns.size(); ++c) {
                for (int i = 0; i < count; ++i) {
                    QElapsedTimer clock;
                    clock.start();
                    if (!connections[c].echo(small).ok)
                        return QLatin1String(columns[c]->label);
                    kept[c].push_back(clock.nsecsElapsed() / 1e6);
                }
                for (int i = 0; i < count; ++i) {
                    QElapsedTimer clock;
                    clock.start();
                    if (!KajiTest::echoOnce(columns[c]->port, small).ok)
                        return QLatin1String(columns[c]->label);
                    fresh[c].push_back(clock.nsecsElapsed() / 1e6);
                }
            }
        }
        for (Column *column : columns) {
            if (!column->idle.connect(column->port) || !column->idle.echo(small).ok)
                return QLatin1String(column->label);
        }
        return {};
    });
    if (!failed.isEmpty())
        fail(QStringLiteral("%1: a small request failed").arg(failed));
    for (size_t c = 0; c < columns.size(); ++c) {
        columns[c]->f.keptMs = median(kept[c]);
        columns[c]->f.freshMs = median(fresh[c]);
    }
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString &name = args[i];
        const QString &value = args[i + 1];
        if (name == QLatin1String("--context"))
            o.context = value;
        else if (name == QLatin1String("-n"))
            o.namespaceName = value;
        else if (name == QLatin1String("--target"))
            o.target = value;
        else if (name == QLatin1String("--port"))
            o.port = value;
        else if (name == QLatin1String("--mib"))
            o.mib = value.toInt();
        else if (name == QLatin1String("--requests"))
            o.requests = value.toInt();
        else if (name == QLatin1String("--runs"))
            o.runs = value.toInt();
        else
            fail(QStringLiteral("unknown option %1").arg(name));
    }
    if (qEnvironmentVariableIntValue("KAJI_PF_IDLE_SECONDS") > 0)
        o.idleSeconds = qEnvironmentVariableIntValue("KAJI_PF_IDLE_SECONDS");
    const auto config = Kaji::Kube::KubeConfigLoader::load(Kaji::Kube::KubeConfigLoader::defaultPaths());
    if (o.context.isEmpty())
        o.context = config.currentContext;
    auto rest = Kaji::Kube::restConfigFor(config, o.context);
    if (auto *error = std::get_if<QString>(&rest))
        fail(*error);

    // Kaji, in this process, once per transport.
    Kaji::Kube::ApiClient client(std::get<Kaji::Kube::RestConfig>(rest));
    const auto kind = Kaji::Kube::PortForwardTarget::canonicalKind(o.target.section(u'/', 0, 0));
    if (!kind)
        fail(QStringLiteral("unsupported target %1").arg(o.target));
    using Session = Kaji::Kube::PortForwardSession;
    const auto startSession = [&](Session::Transport transport) {
        auto session = std::make_unique<Session>(&client, Kaji::Kube::PortForwardTarget{o.namespaceName, *kind,
                                                                                       o.target.section(u'/', 1), o.port},
                                                 QHostAddress::LocalHost, 0);
        session->setTransport(transport);
        session->start();
        QEventLoop wait;
        QTimer::singleShot(0, &wait, [&] {
            if (session->state() != Session::State::Starting)
                wait.quit();
        });
        QObject::connect(session.get(), &Session::stateChanged, &wait, &QEventLoop::quit);
        wait.exec();
        if (session->state() != Session::State::Active)
            fail(session->lastError());
        return session;
    };
    const auto tunnelled = startSession(Session::Transport::Tunnel);
    const auto perConnection = startSession(Session::Transport::WebSocketPerConnection);

    // kubectl, as a child process on its own port.
    const quint16 kubectlPort = freePort();
    QProcess kubectl;
    kubectl.start(QStringLiteral("kubectl"), {QStringLiteral("port-forward"), QStringLiteral("--context"), o.context,
                                              QStringLiteral("-n"), o.namespaceName, o.target,
                                              QStringLiteral("%1:%2").arg(kubectlPort).arg(o.port)});
    if (!kubectl.waitForReadyRead(30000))
        fail(QStringLiteral("kubectl port-forward did not start: %1").arg(QString::fromUtf8(kubectl.readAllStandardError())));

    std::printf("target %s/%s port %s, %d MiB x %d runs, %d requests, idle %d s\n", qPrintable(o.namespaceName),
                qPrintable(o.target), qPrintable(o.port), o.mib, o.runs, o.requests, o.idleSeconds);
    Column tunnel{"kaji tunnel", tunnelled->localPort(), threadCpuSeconds, {}, {}};
    Column websocket{"kaji websocket", perConnection->localPort(), threadCpuSeconds, {}, {}};
    Column kube{"kubectl", kubectlPort, [pid = kubectl.processId()] { return processCpuSeconds(pid); }, {}, {}};
    std::vector<Column *> columns{&tunnel, &websocket, &kube};
    measureThroughput(columns, o);
    measureLatency(columns, o);
    // Whether the tunnel stayed the tunnel (a server may refuse it).
    std::printf("kaji tunnel column: %s; websocket column: %s\n", qPrintable(tunnelled->transportName()),
                qPrintable(perConnection->transportName()));

    // All sit idle at the same time, then each must still answer.
    QEventLoop idle;
    QTimer::singleShot(o.idleSeconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const QByteArray small(64, 'i');
    for (Column *column : columns) {
        offThread([&] {
            column->f.idleKeptOk = column->idle.echo(small, 15000).ok;
            column->f.idleFreshOk = KajiTest::echoOnce(column->port, small, 15000).ok;
            column->idle.close();
            return 0;
        });
    }
    const Figures &t = tunnel.f;
    const Figures &w = websocket.f;
    const Figures &k = kube.f;

    std::printf("%-40s %10s %10s %10s %10s %10s\n", "", "tunnel", "websocket", "kubectl", "tun/kctl", "ws/kctl");
    const auto row = [](const char *label, double a, double b, double c) {
        std::printf("%-40s %10.3f %10.3f %10.3f %10.2f %10.2f\n", label, a, b, c, a / c, b / c);
    };
    row("throughput, MiB/s (median)", t.throughputMiBs, w.throughputMiBs, k.throughputMiBs);
    row("latency, one connection, ms (median)", t.keptMs, w.keptMs, k.keptMs);
    row("latency, fresh connections, ms (median)", t.freshMs, w.freshMs, k.freshMs);
    row("forwarder CPU, ms per MiB echoed", t.cpuMsPerMiB, w.cpuMsPerMiB, k.cpuMsPerMiB);
    if (!std::isnan(t.serverCpuMsPerMiB))
        row("server CPU (KAJI_PF_SERVER_PIDS), ms/MiB", t.serverCpuMsPerMiB, w.serverCpuMsPerMiB, k.serverCpuMsPerMiB);
    const auto verdict = [](const Figures &f) {
        return QStringLiteral("%1/%2").arg(QLatin1String(f.idleKeptOk ? "ok" : "FAIL"),
                                           QLatin1String(f.idleFreshOk ? "ok" : "FAIL"));
    };
    std::printf("%-40s %10s %10s %10s\n", "after idle: kept/new connection", qPrintable(verdict(t)),
                qPrintable(verdict(w)), qPrintable(verdict(k)));
    kubectl.terminate();
    kubectl.waitForFinished(5000);
    tunnelled->stop();
    perConnection->stop();
    return 0;
}
