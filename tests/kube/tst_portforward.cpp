// Port-forward against the local cluster: kwok forwards port 8080 of every
// pod to the demo server, whose POST /echo sends the body back.

#include "clusterfixture.h"
#include "echoclient.h"
#include "portforwardsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

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

// A forward to deployment/storefront:8080, started and given time to
// become active.
std::unique_ptr<PortForwardSession> startStorefront(ApiClient *client)
{
    auto session = std::make_unique<PortForwardSession>(
        client, target("shop", "deployment", QStringLiteral("storefront"), "8080"), QHostAddress::LocalHost, 0);
    session->start();
    KajiTest::waitUntil([&] { return session->state() != State::Starting; });
    return session;
}

// An HTTP CONNECT proxy on loopback that counts the tunnels it opens.
class ConnectProxy : public QTcpServer {
public:
    int tunnels = 0;
    int open = 0; // relays whose client has not closed yet

    ConnectProxy()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

private:
    // Anything but a CONNECT from a well-behaved client is out of scope here.
    void serve(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
                return;
            }
            if (!client->canReadLine() || upstream->state() != QAbstractSocket::UnconnectedState)
                return;
            const QList<QByteArray> request = client->readLine().split(' ');
            if (request.value(0) != "CONNECT")
                return client->close();
            const QString target = QString::fromLatin1(request.value(1));
            upstream->connectToHost(target.section(u':', 0, 0), target.section(u':', 1).toUShort());
        });
        connect(upstream, &QTcpSocket::connected, client, [this, client, upstream] {
            ++tunnels;
            ++open;
            connect(client, &QTcpSocket::disconnected, this, [this] { --open; });
            QByteArray rest = client->readAll(); // the request's headers, then maybe data
            rest = rest.mid(rest.indexOf("\r\n\r\n") + 4);
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            upstream->write(rest);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
};

// The TLS server name (SNI) in a ClientHello, empty when there is none.
QString serverNameIn(const QByteArray &hello)
{
    qsizetype p = 0;
    bool ok = true;
    const auto byte = [&](qsizetype at) -> int {
        ok = ok && at < hello.size();
        return ok ? quint8(hello.at(at)) : 0;
    };
    const auto word = [&](qsizetype at) { return byte(at) << 8 | byte(at + 1); };
    if (byte(0) != 0x16 || byte(5) != 1) // a handshake record holding a ClientHello
        return {};
    p = 5 + 4 + 2 + 32; // handshake header, version, random
    p += 1 + byte(p); // session id
    p += 2 + word(p); // cipher suites
    p += 1 + byte(p); // compression methods
    const qsizetype end = p + 2 + word(p);
    for (p += 2; ok && p + 4 <= end; p += 4 + word(p + 2)) {
        if (word(p) == 0) // server_name: list length, name type, name length, name
            return ok ? QString::fromLatin1(hello.mid(p + 4 + 5, word(p + 4 + 3))) : QString();
    }
    return {};
}

// Relays TCP to the API server and notes the server name each TLS client
// sends, so a test sees what went on the wire.
class SniRelay : public QTcpServer {
public:
    QStringList serverNames;

    SniRelay(const QHostAddress &address, const QString &upstreamHost, quint16 upstreamPort)
    {
        listen(address, 0);
        connect(this, &QTcpServer::newConnection, this, [this, upstreamHost, upstreamPort] {
            while (QTcpSocket *client = nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                auto hello = std::make_shared<QByteArray>();
                connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, hello] {
                    const QByteArray bytes = client->readAll();
                    if (hello->size() < 4096) {
                        *hello += bytes;
                        const QString name = serverNameIn(*hello);
                        if (!name.isEmpty()) {
                            serverNames << name;
                            hello->fill('\0', 4096); // done with this connection
                        }
                    }
                    upstream->write(bytes);
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                upstream->connectToHost(upstreamHost, upstreamPort);
            }
        });
    }
};

// Threads of this process (Linux).
int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace

class TestPortForward : public QObject {
    Q_OBJECT

    static void transports()
    {
        QTest::addColumn<PortForwardSession::Transport>("transport");
        QTest::newRow("tunnel") << PortForwardSession::Transport::Tunnel;
        QTest::newRow("websocket-per-connection") << PortForwardSession::Transport::WebSocketPerConnection;
    }

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
        const auto forward = startStorefront(&client);
        PortForwardSession &session = *forward;
        QVERIFY2(session.state() == State::Active, qPrintable(session.lastError()));
        const quint16 port = session.localPort();
        QStringList failures;
        connect(&session, &PortForwardSession::connectionFailed, this, [&](const QString &text) { failures << text; });
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
            QVERIFY2(reply.ok, qPrintable(QStringLiteral("connection %1: %2 (forward: %3)")
                                              .arg(i)
                                              .arg(reply.error, failures.join(QStringLiteral("; ")))));
            QCOMPARE(reply.sha256, KajiTest::sha256(bodies[i]));
        }
        QVERIFY2(maxOpen > 1, "the connections never overlapped");
        QVERIFY(KajiTest::waitUntil([&] { return session.openConnections() == 0; }));
    }

    void slowReaderIsNotBufferedWithoutBound_data() { transports(); }

    void slowReaderIsNotBufferedWithoutBound()
    {
        QFETCH(PortForwardSession::Transport, transport);
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        session.setTransport(transport);
        session.start();
        KajiTest::waitUntil([&] { return session.state() != State::Starting; });
        QVERIFY2(session.state() == State::Active, qPrintable(session.lastError()));
        const quint16 port = session.localPort();
        const QByteArray body = randomBytes(128 * 1024 * 1024);
        // The client sends without reading: the echo fills every buffer on
        // the way back, and the forward must stop reading instead of
        // queueing what the client does not take. The client's socket takes
        // in at most 64 KiB (Qt's waitFor* calls would otherwise read for
        // it), and it writes until the whole path is full and its writes
        // stall, so the bound is checked however fast the machine is.
        std::atomic<int> phase{0};
        auto reply = std::async(std::launch::async, [&] {
            KajiTest::EchoReply result;
            QTcpSocket socket;
            socket.setReadBufferSize(64 * 1024);
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(5000))
                return result;
            socket.write("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(body.size())
                         + "\r\n\r\n");
            qsizetype handed = 0;
            QElapsedTimer clock;
            clock.start();
            QElapsedTimer stalled; // since the forward last took any of it
            stalled.start();
            qint64 accepted = 0;
            while (clock.elapsed() < 60000 && stalled.elapsed() < 3000) {
                if (socket.bytesToWrite() < 1024 * 1024 && handed < body.size()) {
                    socket.write(body.constData() + handed, qMin<qsizetype>(1024 * 1024, body.size() - handed));
                    handed = qMin<qsizetype>(handed + 1024 * 1024, body.size());
                }
                if (socket.bytesToWrite() == 0 && handed == body.size())
                    break; // all of it was taken: the forward kept reading
                socket.waitForBytesWritten(100);
                if (handed - socket.bytesToWrite() > accepted) {
                    accepted = handed - socket.bytesToWrite();
                    stalled.restart();
                }
            }
            phase = 1;
            while (phase != 2)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            socket.setReadBufferSize(0);
            socket.write(body.constData() + handed, body.size() - handed);
            QByteArray received;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 total = 0;
            bool headerDone = false;
            while (total < body.size() && socket.waitForReadyRead(30000)) {
                QByteArray data = socket.readAll();
                if (!headerDone) {
                    received += data;
                    const qsizetype split = received.indexOf("\r\n\r\n");
                    if (split < 0)
                        continue;
                    data = received.mid(split + 4);
                    headerDone = true;
                }
                hash.addData(data);
                total += data.size();
            }
            result.ok = total == body.size();
            result.sha256 = hash.result();
            result.bytes = total;
            return result;
        });
        QVERIFY(KajiTest::waitUntil([&] { return phase == 1; }, 90000));
        const qint64 inWhileStalled = session.bytesIn();
        const qint64 outWhileStalled = session.bytesOut();
        phase = 2;
        QVERIFY(KajiTest::waitUntil([&] { return reply.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
                                    180000));
        const auto result = reply.get();
        qInfo("while the client did not read: %lld MiB received from the pod, %lld MiB sent to it",
              inWhileStalled >> 20, outWhileStalled >> 20);
        // What may reach it: the kernel's socket buffers on both ends of the
        // local connection (they grow only while the client reads) plus the
        // forward's own queue (4 MiB); about 4 MiB arrive here, against
        // 37-116 MiB when the forward does not stop.
        QVERIFY2(inWhileStalled < 16 * 1024 * 1024, "the forward kept reading for a client that did not");
        QVERIFY(outWhileStalled < body.size());
        QVERIFY2(result.ok, qPrintable(QStringLiteral("%1 bytes echoed").arg(result.bytes)));
        QCOMPARE(result.sha256, KajiTest::sha256(body));
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
        // The pod first: in a terminating namespace kwok cannot write the
        // Killing event and the pod (and with it the namespace) would hang.
        KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("web"),
                           QStringLiteral("--timeout=60s")});
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

    void idleForwardStillWorks_data() { transports(); }

    void idleForwardStillWorks()
    {
        QFETCH(PortForwardSession::Transport, transport);
        const int idleSeconds = qEnvironmentVariableIntValue("KAJI_PF_IDLE_SECONDS") > 0
            ? qEnvironmentVariableIntValue("KAJI_PF_IDLE_SECONDS")
            : 8;
        // Exec plugin credentials that go stale while the forward idles: for
        // short lives the fake plugin's token claims to expire after half its
        // TTL, and Kaji renews 30 s before that, so a 64 s token is renewed
        // after ~2 s.
        qputenv("KAJI_FAKE_AWS_TOKEN_TTL", "64");
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-exec")));
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        session.setTransport(transport);
        session.start();
        KajiTest::waitUntil([&] { return session.state() != State::Starting; });
        QVERIFY2(session.state() == State::Active, qPrintable(session.lastError()));
        const quint16 port = session.localPort();
        KajiTest::EchoConnection kept;
        const QByteArray body = randomBytes(1024);
        QVERIFY(offThread([&] { return kept.connect(port) && kept.echo(body).ok; }));
        const int runsBefore = client.execPluginRuns();
        QTest::qWait(idleSeconds * 1000);
        const auto again = offThread([&] { return kept.echo(body); });
        QVERIFY2(again.ok, qPrintable(again.error));
        const auto fresh = offThread([&] { return KajiTest::echoOnce(port, body); });
        qunsetenv("KAJI_FAKE_AWS_TOKEN_TTL");
        QVERIFY2(fresh.ok, qPrintable(fresh.error));
        // A WebSocket per connection authenticates each; the tunnel was
        // authenticated once and carries the new connection as it is.
        if (idleSeconds >= 4 && transport == PortForwardSession::Transport::WebSocketPerConnection)
            QVERIFY2(client.execPluginRuns() > runsBefore, "the new connection reused an expired token");
        QCOMPARE(session.transport(), transport);
        offThread([&] { kept.close(); return 0; });
    }

    void tlsServerNameIsHonoured()
    {
        // The API server's certificate lists 127.0.0.1, not 127.0.0.2. Reached
        // at 127.0.0.2 (through a relay), it verifies only when tls-server-name
        // is what the certificate is checked against, and the relay sees the
        // name each TLS client sent.
        Kaji::Kube::RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        QUrl server(config.cluster.server);
        SniRelay relay(QHostAddress(QStringLiteral("127.0.0.2")), server.host(), quint16(server.port()));
        QVERIFY2(relay.isListening(), qPrintable(relay.errorString()));
        server.setHost(QStringLiteral("127.0.0.2"));
        server.setPort(relay.serverPort());
        config.cluster.server = server.toString();
        config.cluster.tlsServerName = QStringLiteral("kubernetes"); // in the certificate
        ApiClient client(config);
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        QString connectionError;
        connect(&session, &PortForwardSession::connectionFailed, this, [&](const QString &text) { connectionError = text; });
        session.start();
        QVERIFY2(KajiTest::waitUntil([&] { return session.state() == State::Active; }), qPrintable(session.lastError()));
        const int namesBefore = int(relay.serverNames.size()); // the API client's
        const quint16 port = session.localPort();
        const auto reply = offThread([&] { return KajiTest::echoOnce(port, "named", 15000); });
        QVERIFY2(reply.ok, qPrintable(connectionError));
        QVERIFY2(relay.serverNames.size() > namesBefore, "the forward's WebSocket sent no server name");
        QCOMPARE(QSet<QString>(relay.serverNames.cbegin(), relay.serverNames.cend()), QSet<QString>{QStringLiteral("kubernetes")});

        // A name the certificate does not list is still refused.
        config.cluster.tlsServerName = QStringLiteral("not-the-apiserver.example");
        ApiClient wrong(config);
        PortForwardSession refused(&wrong, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        refused.start();
        QVERIFY(KajiTest::waitUntil([&] { return refused.state() == State::Failed; }));
    }

    void tunnelCarriesFiftyConnectionsInOneWebSocket()
    {
        ConnectProxy proxy;
        Kaji::Kube::RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        config.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
        ApiClient client(config);
        const auto forward = startStorefront(&client);
        QVERIFY2(forward->state() == State::Active, qPrintable(forward->lastError()));
        const int before = proxy.tunnels;
        const quint16 port = forward->localPort();
        std::vector<QByteArray> bodies;
        for (int i = 0; i < 50; ++i)
            bodies.push_back(randomBytes(64 * 1024 + i));
        const auto replies = offThread([&] {
            std::vector<std::future<KajiTest::EchoReply>> pending;
            for (int i = 0; i < 50; ++i)
                pending.push_back(std::async(std::launch::async, [&, i] { return KajiTest::echoOnce(port, bodies[i]); }));
            std::vector<KajiTest::EchoReply> done;
            for (auto &reply : pending)
                done.push_back(reply.get());
            return done;
        });
        for (int i = 0; i < 50; ++i) {
            QVERIFY2(replies[i].ok, qPrintable(QStringLiteral("connection %1: %2").arg(i).arg(replies[i].error)));
            QCOMPARE(replies[i].sha256, KajiTest::sha256(bodies[i]));
        }
        QCOMPARE(forward->transport(), PortForwardSession::Transport::Tunnel);
        // One WebSocket for all fifty (the API client may reconnect once).
        QVERIFY2(proxy.tunnels - before <= 2, qPrintable(QString::number(proxy.tunnels - before)));
        QVERIFY(KajiTest::waitUntil([&] { return forward->openConnections() == 0; }));
    }

    void webSocketPerConnectionWhenAsked()
    {
        ConnectProxy proxy;
        Kaji::Kube::RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        config.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
        ApiClient client(config);
        PortForwardSession session(&client, target("shop", "deployment", QStringLiteral("storefront"), "8080"),
                                   QHostAddress::LocalHost, 0);
        session.setTransport(PortForwardSession::Transport::WebSocketPerConnection);
        session.start();
        QVERIFY2(KajiTest::waitUntil([&] { return session.state() == State::Active; }), qPrintable(session.lastError()));
        const int before = proxy.tunnels;
        const quint16 port = session.localPort();
        const QByteArray body = randomBytes(1024 * 1024);
        for (int i = 0; i < 3; ++i) {
            const auto reply = offThread([&] { return KajiTest::echoOnce(port, body, 30000); });
            QVERIFY2(reply.ok, qPrintable(reply.error));
            QCOMPARE(reply.sha256, KajiTest::sha256(body));
        }
        QCOMPARE(session.transport(), PortForwardSession::Transport::WebSocketPerConnection);
        QVERIFY2(proxy.tunnels - before >= 3, qPrintable(QString::number(proxy.tunnels - before)));
    }

    void everythingClosesWhenTheSessionGoes()
    {
        ConnectProxy proxy;
        const int threadsBefore = threadCount();
        quint16 port = 0;
        KajiTest::EchoConnection kept;
        {
            Kaji::Kube::RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
            config.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
            ApiClient client(config);
            auto forward = startStorefront(&client);
            QVERIFY2(forward->state() == State::Active, qPrintable(forward->lastError()));
            port = forward->localPort();
            QVERIFY(offThread([&] { return kept.connect(port) && kept.echo("open").ok; }));
            const int openWithForward = proxy.open;
            forward.reset(); // with a connection open
            // The tunnel's WebSocket is closed at once (the API client's stays).
            QVERIFY2(KajiTest::waitUntil([&] { return proxy.open < openWithForward; }), "the WebSocket stayed open");
            QTcpServer probe;
            QVERIFY2(probe.listen(QHostAddress::LocalHost, port), "the local port is still taken");
        }
        // The local client sees its connection closed.
        QVERIFY(!offThread([&] { return kept.echo("after", 5000).ok; }));
        QVERIFY2(KajiTest::waitUntil([&] { return proxy.open == 0; }), "a connection to the API server stayed open");
        QVERIFY2(KajiTest::waitUntil([&] { return threadCount() <= threadsBefore; }),
                 qPrintable(QStringLiteral("%1 threads before, %2 after").arg(threadsBefore).arg(threadCount())));
    }

    void throughTheKubeconfigProxy()
    {
        ConnectProxy proxy;
        Kaji::Kube::RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        config.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
        ApiClient client(config);
        const auto forward = startStorefront(&client);
        QVERIFY2(forward->state() == State::Active, qPrintable(forward->lastError()));
        const int beforeTunnel = proxy.tunnels;
        const quint16 port = forward->localPort();
        const QByteArray body = randomBytes(1024 * 1024);
        const auto reply = offThread([&] { return KajiTest::echoOnce(port, body, 30000); });
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QCOMPARE(reply.sha256, KajiTest::sha256(body));
        QVERIFY2(proxy.tunnels > beforeTunnel, "the WebSocket did not go through the proxy");
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
