// Port-forward against the local cluster: kwok forwards port 8080 of every
// pod to the demo server, whose POST /echo sends the body back.

#include "clusterfixture.h"
#include "echoclient.h"
#include "portforwardsession.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>

using Kaji::Kube::ApiClient;
using Kaji::Kube::PortForwardSession;
using Kaji::Kube::PortForwardTarget;
using State = Kaji::Kube::PortForwardSession::State;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// Runs `work` on another thread while this one drives the forward.
template<typename Work>
auto offThread(Work work, int timeoutMs = 120000)
{
    auto future = std::async(std::launch::async, std::move(work));
    KajiTest::waitUntil([&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
                        timeoutMs);
    return future.get();
}

PortForwardTarget target(const char *ns, const char *kind, const QString &name, const char *port)
{
    return {QString::fromLatin1(ns), QString::fromLatin1(kind), name, QString::fromLatin1(port)};
}

} // namespace

class TestPortForward : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void sixtyFourMebibytesThroughAServiceForward()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        // Service port 80 maps to the named targetPort "http" (8080).
        PortForwardSession session(&client, target("shop", "service", QStringLiteral("storefront"), "80"),
                                   QHostAddress::LocalHost, 0);
        session.start();
        QVERIFY2(KajiTest::waitUntil([&] { return session.state() != State::Starting; }), "no answer");
        QCOMPARE(session.state(), State::Active);
        QCOMPARE(session.remotePort(), quint16(8080));
        const quint16 port = session.localPort();
        const QByteArray body = randomBytes(64 * 1024 * 1024);
        const auto reply = offThread([&] { return KajiTest::echoOnce(port, body, 110000); });
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QCOMPARE(reply.sha256, KajiTest::sha256(body));
        QVERIFY(session.bytesOut() > body.size());
        QVERIFY(session.bytesIn() > body.size());
        QVERIFY(KajiTest::waitUntil([&] { return session.openConnections() == 0; }));
    }

    void fiftyConcurrentConnections()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        session.start();
        QVERIFY(KajiTest::waitUntil([&] { return session.state() == State::Active; }));
        const quint16 port = session.localPort();
        std::vector<std::future<KajiTest::EchoReply>> replies;
        std::vector<QByteArray> bodies;
        for (int i = 0; i < 50; ++i)
            bodies.push_back(randomBytes(256 * 1024));
        for (int i = 0; i < 50; ++i)
            replies.push_back(std::async(std::launch::async, [port, &bodies, i] { return KajiTest::echoOnce(port, bodies[i]); }));
        int maxOpen = 0;
        QVERIFY(KajiTest::waitUntil(
            [&] {
                maxOpen = qMax(maxOpen, session.openConnections());
                for (auto &reply : replies) {
                    if (reply.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                        return false;
                }
                return true;
            },
            120000));
        for (int i = 0; i < 50; ++i) {
            const auto reply = replies[i].get();
            QVERIFY2(reply.ok, qPrintable(QStringLiteral("connection %1: %2").arg(i).arg(reply.error)));
            QCOMPARE(reply.sha256, KajiTest::sha256(bodies[i]));
        }
        QVERIFY2(maxOpen > 1, "the connections never overlapped");
        QVERIFY(KajiTest::waitUntil([&] { return session.openConnections() == 0; }));
    }

    void deploymentForwardSurvivesRolloutRestart()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "http"),
                                   QHostAddress::LocalHost, 0);
        session.setHealthCheckInterval(300);
        QList<State> seen;
        connect(&session, &PortForwardSession::stateChanged, this, [&](State state) { seen.append(state); });
        session.start();
        QVERIFY(KajiTest::waitUntil([&] { return session.state() == State::Active; }));
        const QString before = session.podName();
        const quint16 port = session.localPort();
        const QByteArray body = randomBytes(4096);
        QVERIFY(offThread([&] { return KajiTest::echoOnce(port, body); }).ok);

        KajiTest::kubectl({QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("deployment/storefront"),
                           QStringLiteral("-n"), QStringLiteral("shop")});
        QElapsedTimer clock;
        clock.start();
        // Wait until the old pod is gone: the session must have noticed.
        QVERIFY2(KajiTest::waitUntil(
                     [&] {
                         return session.state() == State::Active && !session.podName().isEmpty()
                             && session.podName() != before;
                     },
                     120000),
                 qPrintable(session.lastError()));
        QVERIFY(seen.contains(State::Reconnecting));
        // The first request after the new pod was ready succeeds.
        qint64 gapMs = -1;
        QVERIFY(KajiTest::waitUntil(
            [&] {
                const auto reply = offThread([&] { return KajiTest::echoOnce(port, body, 5000); });
                if (reply.ok && reply.sha256 == KajiTest::sha256(body))
                    gapMs = clock.elapsed();
                return gapMs >= 0;
            },
            60000));
        qInfo("rollout restart: old pod %s, new pod %s; first successful request %lld ms after the restart",
              qPrintable(before), qPrintable(session.podName()), gapMs);
        QCOMPARE(session.state(), State::Active);
    }

    void restrictedUserOutsideItsNamespaceIsTold()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        PortForwardSession session(&client, target("infra", "statefulset", QStringLiteral("postgres"), "5432"),
                                   QHostAddress::LocalHost, 0);
        session.start();
        QVERIFY(KajiTest::waitUntil([&] { return session.state() == State::Failed; }));
        QVERIFY2(session.lastError().contains(QLatin1String("create on pods/portforward in namespace infra")),
                 qPrintable(session.lastError()));
    }

    void portForwardDeniedAtTheUpgradeNamesThePermission()
    {
        // The restricted user may read pods in this namespace, but not forward.
        const QString ns = QStringLiteral("pf-rbac-%1").arg(QRandomGenerator::global()->bounded(1000000));
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns});
        KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("create"), QStringLiteral("role"),
                           QStringLiteral("read-pods"), QStringLiteral("--verb=get,list"), QStringLiteral("--resource=pods")});
        KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("create"), QStringLiteral("rolebinding"),
                           QStringLiteral("read-pods"), QStringLiteral("--role=read-pods"),
                           QStringLiteral("--user=jane@kaji.test")});
        KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("run"), QStringLiteral("web"),
                           QStringLiteral("--image=nginx"), QStringLiteral("--port=8080")});
        KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod/web"), QStringLiteral("--timeout=60s")});
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        PortForwardSession session(&client, target(qPrintable(ns), "pod", QStringLiteral("web"), "8080"),
                                   QHostAddress::LocalHost, 0);
        session.start();
        const bool active = KajiTest::waitUntil([&] { return session.state() == State::Active; });
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, session.localPort());
        const bool failed = KajiTest::waitUntil([&] { return session.state() == State::Failed; });
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
        QVERIFY2(active, qPrintable(session.lastError()));
        QVERIFY(failed);
        QCOMPARE(session.lastError(),
                 QStringLiteral("forbidden: your user may not create pods/portforward in namespace %1").arg(ns));
    }

    void deletedBarePodIsReportedGone()
    {
        const QString name = QStringLiteral("pf-gone-%1").arg(QRandomGenerator::global()->bounded(1000000));
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("run"), name,
                           QStringLiteral("--image=nginx"), QStringLiteral("--port=8080")});
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("wait"),
                           QStringLiteral("--for=condition=Ready"), QStringLiteral("pod/") + name,
                           QStringLiteral("--timeout=60s")});
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PortForwardSession session(&client, target("shop", "pod", name, "8080"), QHostAddress::LocalHost, 0);
        session.setHealthCheckInterval(300);
        session.start();
        const bool active = KajiTest::waitUntil([&] { return session.state() == State::Active; });
        const quint16 port = session.localPort();
        const auto reply = offThread([&] { return KajiTest::echoOnce(port, "ping"); });
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("delete"), QStringLiteral("pod"),
                           name, QStringLiteral("--wait=false")});
        QVERIFY2(active, qPrintable(session.lastError()));
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QVERIFY(KajiTest::waitUntil([&] { return session.state() == State::Failed; }, 30000));
        QCOMPARE(session.lastError(), QStringLiteral("pod %1 no longer exists").arg(name));
        // The port is released, so nothing pretends to forward.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, port));
    }

    void idleForwardStillWorks()
    {
        const int idleSeconds = qEnvironmentVariableIntValue("KAJI_PF_IDLE_SECONDS") > 0
            ? qEnvironmentVariableIntValue("KAJI_PF_IDLE_SECONDS")
            : 5;
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-exec"))); // exec plugin credentials too
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        session.start();
        QVERIFY2(KajiTest::waitUntil([&] { return session.state() == State::Active; }), qPrintable(session.lastError()));
        const quint16 port = session.localPort();
        KajiTest::EchoConnection kept;
        const QByteArray body = randomBytes(1024);
        QVERIFY(offThread([&] { return kept.connect(port) && kept.echo(body).ok; }));
        QTest::qWait(idleSeconds * 1000);
        const auto again = offThread([&] { return kept.echo(body); });
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(offThread([&] { return KajiTest::echoOnce(port, body).ok; }));
        offThread([&] { kept.close(); return 0; });
    }

    void unreachableServerIsReported()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-unreachable")));
        PortForwardSession session(&client, target("shop", "pod", QStringLiteral("x"), "80"), QHostAddress::LocalHost, 0);
        session.start();
        QVERIFY(KajiTest::waitUntil([&] { return session.state() == State::Failed; }));
        QVERIFY2(session.lastError().startsWith(QLatin1String("cannot reach https://127.0.0.1:1")),
                 qPrintable(session.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestPortForward)
#include "tst_portforward.moc"
