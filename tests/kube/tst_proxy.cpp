// ApiClient through an HTTP proxy, on the real cluster: the kubeconfig's
// proxy-url, HTTPS_PROXY from the environment, and NO_PROXY exempting the
// server. The proxy is a small CONNECT proxy written here (it relays bytes;
// the API server on the other end is the real one), which records where
// each tunnel went, so the test sees whether requests passed through it.

#include "clusterfixture.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Kaji::Kube;
using KajiTest::getAndWait;

namespace {

class ConnectProxy : public QObject {
public:
    ConnectProxy()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QStringList &tunnels() const { return m_tunnels; }

private:
    void accept(QTcpSocket *client)
    {
        auto *header = new QByteArray;
        connect(client, &QTcpSocket::disconnected, client, [client, header] {
            delete header;
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, header] {
            header->append(client->readAll());
            const qsizetype end = header->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> request = header->left(header->indexOf("\r\n")).split(' ');
            const QByteArray rest = header->mid(end + 4);
            if (request.size() != 3 || request[0] != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QString target = QString::fromUtf8(request[1]);
            m_tunnels.append(target);
            relay(client, target, rest);
        });
    }

    void relay(QTcpSocket *client, const QString &target, const QByteArray &early)
    {
        disconnect(client, &QTcpSocket::readyRead, this, nullptr);
        const QUrl parsed(QStringLiteral("//") + target);
        auto *upstream = new QTcpSocket(client);
        QPointer<QTcpSocket> guard(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            upstream->write(early);
            upstream->write(client->readAll());
        });
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [guard] {
            if (guard)
                guard->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [guard] {
            if (guard)
                guard->disconnectFromHost();
        });
        upstream->connectToHost(parsed.host(), quint16(parsed.port()));
    }

    QTcpServer m_server;
    QStringList m_tunnels;
};

// The API server's host:port, as a CONNECT line names it.
QString serverAuthority(const RestConfig &config)
{
    const QUrl url(config.cluster.server);
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
}

// Sets (or, with an empty value, unsets) an environment variable for one test.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

class TestProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void kubeconfigProxyUrl()
    {
        ConnectProxy proxy;
        ScopedEnv noProxy("NO_PROXY", "127.0.0.1,localhost"); // proxy-url is used regardless, as kubectl does
        ScopedEnv noProxyLower("no_proxy", "127.0.0.1,localhost");
        RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        config.cluster.proxyUrl = proxy.url();
        ApiClient client(config);
        const ApiResult result = getAndWait(client, "/api/v1/namespaces/shop/pods");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.body["items"].empty());
        QCOMPARE(result.httpVersion, 20); // HTTP/2 inside the tunnel
        QCOMPARE(proxy.tunnels(), QStringList{serverAuthority(config)});
    }

    void httpsProxyFromTheEnvironment()
    {
        ConnectProxy proxy;
        ScopedEnv https("HTTPS_PROXY", proxy.url().toUtf8());
        ScopedEnv httpsLower("https_proxy", {});
        ScopedEnv noProxy("NO_PROXY", {});
        ScopedEnv noProxyLower("no_proxy", {});
        const RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        ApiClient client(config);
        const ApiResult result = getAndWait(client, "/api/v1/namespaces/shop/pods");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(proxy.tunnels(), QStringList{serverAuthority(config)});
    }

    void noProxyBypassesIt()
    {
        ConnectProxy proxy;
        ScopedEnv https("HTTPS_PROXY", proxy.url().toUtf8());
        ScopedEnv httpsLower("https_proxy", {});
        ScopedEnv noProxy("NO_PROXY", "example.com,127.0.0.1");
        ScopedEnv noProxyLower("no_proxy", {});
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const ApiResult result = getAndWait(client, "/api/v1/namespaces/shop/pods");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(proxy.tunnels().isEmpty());
    }

    void deadProxyIsReported()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            closed.listen(QHostAddress::LocalHost, 0);
            port = closed.serverPort(); // free again once closed
        }
        RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        config.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        ApiClient client(config);
        const ApiResult result = getAndWait(client, "/version");
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 0L);
        QVERIFY2(result.error.contains(QLatin1String("proxy"), Qt::CaseInsensitive), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
