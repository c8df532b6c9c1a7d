// A connection to the API server that dies without either end being told
// (a VPN or NAT losing its state): the kernel keeps the socket, nothing
// arrives, and TCP keepalive needs minutes to notice. libcurl multiplexes
// every HTTP/2 request onto that one connection, so each would wait out its
// own deadline until then. After one request gets no answer within its
// bound, the next must go over a new connection and succeed; a watch on the
// dead connection must be back, over a new one, once its silence check
// fails.
//
// The test talks to the local cluster's API server through a relay
// (SilencingProxy) that silences the connections it already carries. The
// bounds are shortened through KAJI_TIMEOUTS.

#include "apiclient.h"
#include "clusterfixture.h"
#include "podstore.h"
#include "reflector.h"
#include "silencingproxy.h"
#include "timeouts.h"

#include <QElapsedTimer>
#include <QUrl>

using namespace Kaji::Kube;

namespace {

constexpr int RequestMs = 3000;
constexpr int QuietMs = 2000;
constexpr int ProbeMs = 2000;
constexpr int SlackMs = 3000;

// The local cluster's server, reached through `proxy`.
RestConfig throughProxy(KajiTest::SilencingProxy &proxy, RestConfig config)
{
    QUrl server(config.cluster.server);
    server.setPort(proxy.port());
    config.cluster.server = server.toString();
    return config;
}

bool holds(const PodStore &store, const QString &ns, const QString &name)
{
    return store.pods().contains(ns + u'/' + name);
}

quint16 apiPort()
{
    return quint16(QUrl(KajiTest::restConfig(QStringLiteral("kaji-admin")).cluster.server).port());
}

} // namespace

class TestDeadConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        qputenv("KAJI_TIMEOUTS", QStringLiteral("connect=%1,request=%1,quiet=%2,probe=%3")
                                     .arg(RequestMs).arg(QuietMs).arg(ProbeMs).toUtf8());
        QCOMPARE(Timeouts::current().requestMs, RequestMs); // read once per process
        m_ns = QStringLiteral("kaji-dead-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void nextRequestTakesANewConnection()
    {
        KajiTest::SilencingProxy proxy(apiPort());
        QVERIFY(proxy.port() != 0);
        ApiClient client(throughProxy(proxy, KajiTest::restConfig(QStringLiteral("kaji-admin"))));

        const ApiResult first = KajiTest::getAndWait(client, "/version");
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.httpVersion, 20); // one multiplexed connection
        QCOMPARE(proxy.connections(), 1);

        proxy.silenceExisting();
        QElapsedTimer clock;
        clock.start();
        const ApiResult lost = KajiTest::getAndWait(client, "/version");
        qInfo("on the silenced connection: %s after %lld ms", qPrintable(lost.error), clock.elapsed());
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error, Timeouts::noAnswerWithin(RequestMs));

        clock.restart();
        const ApiResult next = KajiTest::getAndWait(client, "/api/v1/namespaces/default");
        qInfo("the next request: %s after %lld ms over %d connections", next.ok() ? "ok" : qPrintable(next.error),
              clock.elapsed(), proxy.connections());
        QVERIFY2(next.ok(), qPrintable(next.error));
        QVERIFY(clock.elapsed() < RequestMs + SlackMs);
        QCOMPARE(proxy.connections(), 2);
        // And the ones after it share the new connection again.
        QVERIFY(KajiTest::getAndWait(client, "/version").ok());
        QCOMPARE(proxy.connections(), 2);
    }

    // A watch sends nothing while nothing changes; its silence check (a
    // GET with the probe bound) finds the connection dead, and the watch
    // starts again over a new one: a pod made after the silence arrives.
    void watchComesBackOverANewConnection()
    {
        KajiTest::SilencingProxy proxy(apiPort());
        ApiClient client(throughProxy(proxy, KajiTest::restConfig(QStringLiteral("kaji-admin"))));
        PodStore store;
        store.setFlushInterval(20);
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));

        proxy.silenceExisting();
        QElapsedTimer clock;
        clock.start();
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          KajiTest::podManifest(m_ns, QStringLiteral("after-silence")));
        const bool arrived = KajiTest::waitUntil([&] { return holds(store, m_ns, QStringLiteral("after-silence")); },
                                                 QuietMs + ProbeMs + RequestMs + 4 * SlackMs);
        qInfo("the pod made after the silence arrived: %s after %lld ms (%d stalls, %d connections)",
              arrived ? "yes" : "no", clock.elapsed(), reflector.stallCount(), proxy.connections());
        QVERIFY(arrived);
        QVERIFY(reflector.stallCount() >= 1);
        QVERIFY(proxy.connections() >= 2);
        QVERIFY(clock.elapsed() <= QuietMs + ProbeMs + SlackMs);
    }

private:
    QString m_ns;
};

QTEST_GUILESS_MAIN(TestDeadConnection)
#include "tst_deadconnection.moc"
