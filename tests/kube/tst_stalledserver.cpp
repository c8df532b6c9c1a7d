// A stalled API server (its process paused with SIGSTOP: connections stay
// open, the kernel still accepts and acknowledges, nothing answers) for
// longer than every bound under test. Each wait Kaji has on the server must
// end within its own bound with words a person can read: a GET, a list, a
// watch (the reflector's and a connection's pod store), a log follow, a
// WebSocket exec being opened and one already running quietly, and a
// port-forward tunnel being opened. After the server
// resumes, the stores equal the API again, the follow delivers what was
// written meanwhile exactly once, and a new tunnel opens. (The diagnosis
// runs: tests/app/tst_stalleddiagnosis.cpp.)
//
// The bounds are shortened through KAJI_TIMEOUTS so the pause is seconds,
// not minutes. Whatever happens to this process, the server is resumed: by
// the cleanup, and by a detached `kill -CONT` armed before the pause.

#include "apiserverpause.h"
#include "clusterconnection.h"
#include "clusterfixture.h"
#include "execsession.h"
#include "logstream.h"
#include "podstore.h"
#include "reflector.h"
#include "spdytunnel.h"
#include "timeouts.h"
#include "websocketrequest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSet>

using namespace Kaji::Kube;

namespace {

// The bounds under test (ms). The pause outlasts every one of them.
constexpr int ConnectMs = 3000;
constexpr int RequestMs = 4000;
constexpr int QuietMs = 3000;
constexpr int ProbeMs = 2000;
constexpr int PauseMs = 15000;
// What a loaded machine (two cores, other builds) may add to a bound.
constexpr int SlackMs = 3000;

// name -> "uid resourceVersion" as the API holds them now.
QMap<QString, QString> truth(const QString &ns)
{
    QMap<QString, QString> pods;
    const QByteArray out = KajiTest::kubectl(
        {QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-o"),
         QStringLiteral("jsonpath={range .items[*]}{.metadata.name} {.metadata.uid} {.metadata.resourceVersion}{\"\\n\"}{end}")});
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3)
            pods.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[1] + ' ' + f[2]));
    }
    return pods;
}

QMap<QString, QString> held(const PodStore &store, const QString &ns)
{
    QMap<QString, QString> pods;
    for (const PodRecord &pod : store.pods()) {
        if (pod.namespaceName == ns)
            pods.insert(pod.name, pod.uid + u' ' + pod.resourceVersion);
    }
    return pods;
}

void appendLog(const QString &file, const QList<QByteArray> &lines)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    const QByteArray stamp = LogStream::formatTimestamp(QDateTime::currentMSecsSinceEpoch() * 1000000);
    for (const QByteArray &line : lines)
        f.write(stamp + " stdout F " + line + '\n');
}

// When something ended (ms after the pause began) and what it said.
struct Ending {
    qint64 atMs = -1;
    QString message;
    bool ended() const { return atMs >= 0; }
};

} // namespace

class TestStalledServer : public QObject {
    Q_OBJECT
    QString m_ns;
    KajiTest::ApiserverPause m_pause;

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        qputenv("KAJI_TIMEOUTS", QStringLiteral("connect=%1,request=%2,quiet=%3,probe=%4")
                                     .arg(ConnectMs)
                                     .arg(RequestMs)
                                     .arg(QuietMs)
                                     .arg(ProbeMs)
                                     .toUtf8());
        // Read once per process: nothing may have read it before.
        QCOMPARE(Timeouts::current().requestMs, RequestMs);
        QCOMPARE(Timeouts::current().quietMs, QuietMs);
        QVERIFY2(m_pause.running(), "no running kube-apiserver in the state dir's run/kube-apiserver.pid");
        m_ns = QStringLiteral("kaji-stall-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        for (int i = 0; i < 3; ++i)
            KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                              KajiTest::podManifest(m_ns, QStringLiteral("seed-%1").arg(i)));
    }

    void cleanup() { m_pause.resume(); }

    void cleanupTestCase()
    {
        m_pause.resume();
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void everyWaitEndsThenRecovers()
    {
        const RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        ApiClient client(config);

        // A watch: the test namespace's pods.
        PodStore store;
        store.setFlushInterval(20);
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        QList<std::pair<qint64, Reflector::State>> states;
        QElapsedTimer clock;
        connect(&reflector, &Reflector::stateChanged, this,
                [&](Reflector::State state) { states.append({clock.isValid() ? clock.elapsed() : -1, state}); });
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        QVERIFY(KajiTest::waitUntil([&] { return held(store, m_ns) == truth(m_ns); }));

        // A log follow of a container whose log file the test writes.
        const QString logPod = KajiTest::firstPod(QStringLiteral("shop"), QStringLiteral("app.kubernetes.io/name=storefront"));
        QVERIFY(!logPod.isEmpty());
        const QString logFile = qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/pod-logs/storefront.log");
        QVERIFY(QFile::exists(logFile));
        LogOptions logOptions;
        logOptions.container = QStringLiteral("storefront");
        logOptions.follow = true;
        logOptions.tailLines = 0;
        LogStream follow(&client, QStringLiteral("shop"), logPod, logOptions);
        QByteArray followed;
        Ending followBroke;
        std::optional<QString> followFinished;
        connect(&follow, &LogStream::linesReceived, this, [&](const QByteArray &lines) { followed += lines; });
        connect(&follow, &LogStream::reconnecting, this, [&](int, int, const QString &reason) {
            if (!followBroke.ended() && clock.isValid())
                followBroke = {clock.elapsed(), reason};
        });
        connect(&follow, &LogStream::finished, this, [&](LogFailure, const QString &message) { followFinished = message; });
        follow.start();

        // A connection as the window has one: its own thread and pod store.
        ClusterConnection connection(config);
        QVERIFY(KajiTest::waitUntil([&] { return connection.state() == Reflector::State::Synced; }, 60000));
        // A line through the follow first: a resume asks from the last
        // timestamp it saw (with none, from the tail it was asked for).
        // The follow may still be connecting, and a follow starts at the
        // tail, after what was written before (in a fresh clone's run ten
        // seconds after the cluster came up, a line written once did not
        // come through in 20 s): a line each second until one does.
        const QByteArray run = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QElapsedTimer sinceWritten;
        QVERIFY(KajiTest::waitUntil([&] {
            if (followed.contains("kaji-stall " + run + " before"))
                return true;
            if (!sinceWritten.isValid() || sinceWritten.elapsed() >= 1000) {
                appendLog(logFile, {"kaji-stall " + run + " before"});
                sinceWritten.start();
            }
            return false;
        }));

        // An exec that is connected and quiet (a shell waiting for its user).
        ExecSession quiet(&client, {QStringLiteral("shop"), logPod, QStringLiteral("storefront"),
                                    {QStringLiteral("sleep"), QStringLiteral("60")}});
        Ending quietExec;
        connect(&quiet, &ExecSession::finished, this,
                [&](const ExecResult &r) { quietExec = {clock.isValid() ? clock.elapsed() : -1, r.message}; });
        quiet.start();
        QVERIFY(KajiTest::waitUntil([&] { return quiet.isConnected(); }));
        // Quiet with the server answering is no reason to end it.
        QTest::qWait(QuietMs + ProbeMs);
        QVERIFY(quiet.isConnected() && !quietExec.ended());
        QVERIFY(quiet.watchdog().probeCount() >= 1);

        QVERIFY(m_pause.pause(PauseMs / 1000 + 20));
        clock.start();
        qInfo("kube-apiserver (pid %lld) paused", m_pause.pid());

        Ending get, list, exec, tunnel, connectionState;
        client.get("/api/v1/namespaces/" + m_ns.toUtf8() + "/pods/seed-0", [&](const ApiResult &r) {
            get = {clock.elapsed(), r.ok() ? QStringLiteral("ok") : r.error};
        });
        client.get("/api/v1/pods?limit=500", [&](const ApiResult &r) {
            list = {clock.elapsed(), r.ok() ? QStringLiteral("ok") : r.error};
        });
        ExecRequest execRequest{QStringLiteral("shop"), logPod, QStringLiteral("storefront"), {QStringLiteral("true")}};
        ExecSession session(&client, execRequest);
        connect(&session, &ExecSession::finished, this,
                [&](const ExecResult &r) { exec = {clock.elapsed(), r.message}; });
        session.start();
        const auto auth = client.requestAuth();
        QVERIFY(std::holds_alternative<RequestAuth>(auth));
        const auto dial = webSocketDial(config, std::get<RequestAuth>(auth),
                                        "/api/v1/namespaces/shop/pods/" + logPod.toUtf8() + "/portforward");
        QVERIFY(std::holds_alternative<WebSocketDial>(dial));
        QPointer<SpdyTunnel> spdy = new SpdyTunnel(this);
        connect(spdy, &SpdyTunnel::failed, this, [&](const QString &message) { tunnel = {clock.elapsed(), message}; });
        connect(spdy, &SpdyTunnel::ready, this, [&] { tunnel = {clock.elapsed(), QStringLiteral("ready")}; });
        spdy->open(std::get<WebSocketDial>(dial));
        connect(&connection, &ClusterConnection::stateChanged, this, [&](Reflector::State state, const QString &message) {
            if (state != Reflector::State::Synced && !connectionState.ended())
                connectionState = {clock.elapsed(), message};
        });
        QList<QByteArray> written;
        for (int i = 0; i < 3; ++i)
            written << "kaji-stall " + run + " paused " + QByteArray::number(i);
        appendLog(logFile, written);

        // Everything ends within its bound while the server stays paused.
        QTest::qWait(PauseMs);
        const qint64 pausedFor = clock.elapsed();
        QVERIFY(m_pause.resume());
        qInfo("resumed after %lld ms", pausedFor);
        const auto reflectorGaveUp = [&] {
            for (const auto &[at, state] : std::as_const(states))
                if (at >= 0 && state == Reflector::State::Reconnecting)
                    return at;
            return qint64(-1);
        };
        const auto report = [](const char *what, const Ending &e) {
            qInfo("%s ended after %lld ms: %s", what, e.atMs, qPrintable(e.message));
        };
        report("GET", get);
        report("list", list);
        report("exec", exec);
        report("quiet exec", quietExec);
        report("port-forward tunnel", tunnel);
        report("log follow", followBroke);
        report("connection's pod watch", connectionState);
        qInfo("watch gave up after %lld ms (%d stalls)", reflectorGaveUp(), reflector.stallCount());

        const QString noAnswer = Timeouts::noAnswerWithin(RequestMs);
        const qint64 requestBound = RequestMs + SlackMs;
        const qint64 streamBound = QuietMs + ProbeMs + SlackMs;
        QVERIFY(get.ended() && get.atMs <= requestBound);
        QCOMPARE(get.message, noAnswer);
        QVERIFY(list.ended() && list.atMs <= requestBound);
        QCOMPARE(list.message, noAnswer);
        QVERIFY(exec.ended() && exec.atMs <= requestBound);
        QVERIFY2(exec.message.contains(noAnswer), qPrintable(exec.message));
        QVERIFY(quietExec.ended() && quietExec.atMs >= 0 && quietExec.atMs <= streamBound);
        QVERIFY2(quietExec.message.contains(Timeouts::noAnswerWithin(ProbeMs)), qPrintable(quietExec.message));
        QVERIFY(tunnel.ended() && tunnel.atMs <= requestBound);
        QCOMPARE(tunnel.message, noAnswer);
        QVERIFY(reflectorGaveUp() >= 0 && reflectorGaveUp() <= streamBound);
        QVERIFY(reflector.stallCount() >= 1);
        QVERIFY(followBroke.ended() && followBroke.atMs <= streamBound);
        QVERIFY2(followBroke.message.contains(Timeouts::noAnswerWithin(ProbeMs)), qPrintable(followBroke.message));
        QVERIFY(!followFinished.has_value()); // a follow reconnects, it does not end
        QVERIFY(connectionState.ended() && connectionState.atMs <= streamBound);

        // Recovery: the stores equal the API, including a change made now.
        clock.restart();
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          KajiTest::podManifest(m_ns, QStringLiteral("after-pause")));
        QVERIFY2(KajiTest::waitUntil([&] { return held(store, m_ns) == truth(m_ns); }, 60000),
                 qPrintable(QStringList(held(store, m_ns).keys()).join(u' ')));
        QCOMPARE(reflector.state(), Reflector::State::Synced);
        qInfo("watch store equal to the API %lld ms after the resume", clock.elapsed());
        QVERIFY(KajiTest::waitUntil([&] { return connection.state() == Reflector::State::Synced; }, 60000));
        qInfo("connection synced %lld ms after the resume", clock.elapsed());
        // The lines written during the pause, once each.
        const auto ours = [&] {
            QList<QByteArray> lines;
            for (const QByteArray &line : followed.split('\n'))
                if (line.contains("kaji-stall " + run + " paused"))
                    lines << line;
            return lines;
        };
        QVERIFY2(KajiTest::waitUntil([&] { return ours().size() >= written.size(); }, 60000), followed.right(500).constData());
        QTest::qWait(1000); // a repeat would arrive now
        QCOMPARE(ours(), written);
        qInfo("log follow resumed (%d reconnects)", follow.reconnectCount());
        // New requests and tunnels work.
        QVERIFY(KajiTest::getAndWait(client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods/seed-0").ok());
        auto *again = new SpdyTunnel(this);
        bool ready = false;
        connect(again, &SpdyTunnel::ready, this, [&] { ready = true; });
        again->open(std::get<WebSocketDial>(dial));
        QVERIFY(KajiTest::waitUntil([&] { return ready; }, 30000));
        again->abort();
        follow.stop();
        reflector.stop();
    }
};

QTEST_GUILESS_MAIN(TestStalledServer)
#include "tst_stalledserver.moc"
