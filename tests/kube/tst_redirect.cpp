// A redirect never carries credentials elsewhere (SECURITY.md): ApiClient
// talks to a small server written here that answers every request with a
// redirect to a second server, on another host (127.0.0.2) or another port.
// The second server must see no connection at all, so neither the
// Authorization header nor the client certificate can reach it, and the
// caller gets the redirect as a failure it can read. This tests Kaji's HTTP
// client, not Kubernetes, so it needs no cluster. The TLS rows make their
// certificates with the openssl command and skip without it.

#include "apiclient.h"

#include "clusterfixture.h"

#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji::Kube;

namespace {

// Records each request's header block; answers with `response`.
class RecordingServer : public QObject {
public:
    RecordingServer(const QHostAddress &address, const std::optional<QSslConfiguration> &tls)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            connect(server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
                ++m_connections; // a handshake that failed still reached us
            });
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        QVERIFY(m_server->listen(address, 0));
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
    }

    quint16 port() const { return m_server->serverPort(); }
    QByteArray response;
    int connections() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; }
    int peerCertificates() const { return m_peerCertificates; }

private:
    void accept(QTcpSocket *socket)
    {
        ++m_connections;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket); ssl && !ssl->peerCertificate().isNull())
            ++m_peerCertificates;
        auto *header = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, header] {
            delete header;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, header] {
            header->append(socket->readAll());
            if (!header->contains("\r\n\r\n"))
                return;
            m_requests.append(header->left(header->indexOf("\r\n\r\n")));
            header->clear();
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer *m_server = nullptr;
    int m_connections = 0;
    int m_peerCertificates = 0;
    QList<QByteArray> m_requests;
};

QByteArray redirectTo(int status, const QString &location)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Redirect\r\nLocation: " + location.toUtf8()
        + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
}

// A throwaway key and self-signed certificate made by the openssl command.
struct Pem {
    QByteArray certificate;
    QByteArray key;
};

std::optional<Pem> makeCertificate(const QString &dir, const QString &name, const QString &commonName)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return std::nullopt;
    const QString key = dir + u'/' + name + QStringLiteral(".key");
    const QString cert = dir + u'/' + name + QStringLiteral(".crt");
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    QFile c(cert), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return std::nullopt;
    return Pem{c.readAll(), k.readAll()};
}

} // namespace

class TestRedirect : public QObject {
    Q_OBJECT

    static constexpr char Token[] = "redirect-test-token-0123456789";

private Q_SLOTS:
    void redirectCarriesNothingElsewhere_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("targetHost");
        QTest::addColumn<int>("status");
        for (const bool tls : {false, true}) {
            for (const int status : {301, 302, 307, 308}) {
                const QByteArray scheme = tls ? "https" : "http";
                QTest::addRow("%s %d to another host", scheme.constData(), status) << tls << QStringLiteral("127.0.0.2") << status;
                QTest::addRow("%s %d to another port", scheme.constData(), status) << tls << QStringLiteral("127.0.0.1") << status;
            }
        }
    }

    void redirectCarriesNothingElsewhere()
    {
        QFETCH(bool, tls);
        QFETCH(QString, targetHost);
        QFETCH(int, status);

        RestConfig config;
        config.contextName = QStringLiteral("redirect");
        config.user.token = QLatin1String(Token);
        std::optional<QSslConfiguration> serverTls;
        if (tls) {
            QTemporaryDir dir;
            const std::optional<Pem> server = makeCertificate(dir.path(), QStringLiteral("server"), QStringLiteral("127.0.0.1"));
            const std::optional<Pem> client = makeCertificate(dir.path(), QStringLiteral("client"), QStringLiteral("kaji-test"));
            if (!server || !client)
                QSKIP("the openssl command is needed to make the test certificates");
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setLocalCertificate(QSslCertificate(server->certificate));
            c.setPrivateKey(QSslKey(server->key, QSsl::Ec));
            // Ask for a client certificate without judging it: the test
            // counts who receives one.
            c.setPeerVerifyMode(QSslSocket::QueryPeer);
            serverTls = c;
            config.cluster.insecureSkipTlsVerify = true;
            config.user.clientCertificateData = client->certificate;
            config.user.clientKeyData = client->key;
        }
        RecordingServer target(QHostAddress(targetHost), serverTls);
        RecordingServer origin(QHostAddress(QStringLiteral("127.0.0.1")), serverTls);
        const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
        origin.response = redirectTo(status, QStringLiteral("%1://%2:%3/api/v1/namespaces").arg(scheme, targetHost).arg(target.port()));
        target.response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
        config.cluster.server = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(origin.port());

        ApiClient client(config);
        const ApiResult result = KajiTest::getAndWait(client, "/api/v1/namespaces");

        // The credentials went where they belong: the test would prove
        // nothing if the client sent none at all.
        QCOMPARE(origin.requests().size(), 1);
        QVERIFY(origin.requests().first().contains(QByteArray("Authorization: Bearer ") + Token));
        if (tls)
            QCOMPARE(origin.peerCertificates(), 1);
        // Not followed: the other server was never contacted.
        QCOMPARE(target.connections(), 0);
        QCOMPARE(target.requests().size(), 0);
        // The caller sees a failure naming the status, not an empty success.
        QCOMPARE(result.status, long(status));
        QVERIFY(!result.ok());
        QVERIFY2(!result.error.contains(QLatin1String(Token)), "the error message must not quote the token");
        qInfo("%s", qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestRedirect)
#include "tst_redirect.moc"
