// Kaji's native port-forward against `kubectl port-forward` on the same
// target, in one run (not a test; the figures go into notes):
//  1. throughput: a 256 MiB body echoed through the forward (POST /echo of
//     the local cluster's demo server), median of R runs;
//  2. latency: 1,000 small echoes over one keep-alive connection, and 1,000
//     over a fresh connection each (a new WebSocket/stream per connection);
//  3. idle: after KAJI_PF_IDLE_SECONDS (default 180) without traffic, the
//     kept connection and a new one still work.
// Kaji is measured over both of its transports: the SPDY tunnel in one
// WebSocket (the default) and one WebSocket per connection (the fallback).
// Usage: KUBECONFIG=... kaji_bench_portforward [--context C] [-n NS]
//        [--target deploy/storefront] [--port 8080] [--mib 256] [--requests 1000] [--runs 3]

#include "apiclient.h"
#include "echoclient.h"
#include "kubeconfigloader.h"
#include "portforwardsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <future>

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

Figures measure(const char *label, quint16 port, const Options &o, KajiTest::EchoConnection &idleConnection)
{
    Figures f;
    QByteArray big(qsizetype(o.mib) * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    const QByteArray digest = KajiTest::sha256(big);
    std::vector<double> rates;
    for (int run = 0; run < o.runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const auto reply = offThread([&] { return KajiTest::echoOnce(port, big, 600000); });
        if (!reply.ok || reply.sha256 != digest)
            fail(QStringLiteral("%1: %2 MiB echo failed: %3").arg(QLatin1String(label)).arg(o.mib).arg(reply.error));
        rates.push_back(o.mib / (clock.nsecsElapsed() / 1e9));
    }
    f.throughputMiBs = median(rates);

    const QByteArray small(64, 'k');
    std::vector<double> kept;
    std::vector<double> fresh;
    offThread([&] {
        KajiTest::EchoConnection connection;
        if (!connection.connect(port))
            return false;
        for (int i = 0; i < o.requests; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (!connection.echo(small).ok)
                return false;
            kept.push_back(clock.nsecsElapsed() / 1e6);
        }
        for (int i = 0; i < o.requests; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (!KajiTest::echoOnce(port, small).ok)
                return false;
            fresh.push_back(clock.nsecsElapsed() / 1e6);
        }
        return idleConnection.connect(port) && idleConnection.echo(small).ok;
    });
    if (int(kept.size()) != o.requests || int(fresh.size()) != o.requests)
        fail(QStringLiteral("%1: a small request failed").arg(QLatin1String(label)));
    f.keptMs = median(kept);
    f.freshMs = median(fresh);
    return f;
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
    KajiTest::EchoConnection tunnelIdle;
    KajiTest::EchoConnection perConnectionIdle;
    KajiTest::EchoConnection kubectlIdle;
    const Figures tunnel = measure("kaji tunnel", tunnelled->localPort(), o, tunnelIdle);
    const Figures websocket = measure("kaji websocket", perConnection->localPort(), o, perConnectionIdle);
    const Figures kube = measure("kubectl", kubectlPort, o, kubectlIdle);
    // Whether the tunnel stayed the tunnel (a server may refuse it).
    std::printf("kaji tunnel column: %s; websocket column: %s\n", qPrintable(tunnelled->transportName()),
                qPrintable(perConnection->transportName()));

    // All sit idle at the same time, then each must still answer.
    QEventLoop idle;
    QTimer::singleShot(o.idleSeconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const QByteArray small(64, 'i');
    const auto idleCheck = [&](KajiTest::EchoConnection &kept, quint16 port, Figures f) {
        offThread([&] {
            f.idleKeptOk = kept.echo(small, 15000).ok;
            f.idleFreshOk = KajiTest::echoOnce(port, small, 15000).ok;
            kept.close();
            return 0;
        });
        return f;
    };
    const Figures t = idleCheck(tunnelIdle, tunnelled->localPort(), tunnel);
    const Figures w = idleCheck(perConnectionIdle, perConnection->localPort(), websocket);
    const Figures k = idleCheck(kubectlIdle, kubectlPort, kube);

    std::printf("%-40s %10s %10s %10s %10s %10s\n", "", "tunnel", "websocket", "kubectl", "tun/kctl", "ws/kctl");
    const auto row = [](const char *label, double a, double b, double c) {
        std::printf("%-40s %10.3f %10.3f %10.3f %10.2f %10.2f\n", label, a, b, c, a / c, b / c);
    };
    row("throughput, MiB/s (median)", t.throughputMiBs, w.throughputMiBs, k.throughputMiBs);
    row("latency, one connection, ms (median)", t.keptMs, w.keptMs, k.keptMs);
    row("latency, fresh connections, ms (median)", t.freshMs, w.freshMs, k.freshMs);
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
