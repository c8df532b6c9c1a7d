// KubePortForwarder against the local cluster: destroying it (as Kaji does
// when it quits) leaves no listening socket, connection or thread behind.

#include "kubeconfigloader.h"
#include "kubeportforwarder.h"

#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Kaji::Models::KubePortForwarder;
using Kaji::Models::PortForwarder;

namespace {

int threadCount() // Linux
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace

class TestKubePortForwarder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void closesEverythingWhenDestroyed()
    {
        const int threadsBefore = threadCount();
        quint16 port = 0;
        QTcpSocket client;
        {
            KubePortForwarder forwarder(Kaji::Kube::KubeConfigLoader::load({qEnvironmentVariable("KAJI_TEST_KUBECONFIG")}));
            Kaji::Models::PortForwardRequest request;
            request.context = QStringLiteral("kaji-admin");
            request.namespaceName = QStringLiteral("shop");
            request.kind = QStringLiteral("deployment");
            request.name = QStringLiteral("storefront");
            request.remotePort = QStringLiteral("8080");
            const int id = forwarder.start(request);
            QCOMPARE(forwarder.sessionIds(), QList<int>{id});
            QVERIFY2(QTest::qWaitFor([&] { return forwarder.session(id).state == PortForwarder::State::Active; }, 20000),
                     qPrintable(forwarder.session(id).lastError));
            port = forwarder.session(id).localPort;
            QVERIFY(port != 0);
            client.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(client.waitForConnected(5000));
            client.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QByteArray answer;
            QVERIFY(QTest::qWaitFor([&] {
                answer += client.readAll();
                return answer.contains("port-forward\n");
            }, 15000));
            QVERIFY(QTest::qWaitFor([&] { return forwarder.session(id).connections == 1; }));
            QVERIFY(!forwarder.session(id).transport.isEmpty());
        }
        QTcpServer probe;
        QVERIFY2(probe.listen(QHostAddress::LocalHost, port), "the local port is still taken");
        QVERIFY2(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 5000),
                 "the local connection stayed open");
        QVERIFY2(QTest::qWaitFor([&] { return threadCount() <= threadsBefore; }, 10000),
                 qPrintable(QStringLiteral("%1 threads before, %2 after").arg(threadsBefore).arg(threadCount())));
    }
};

QTEST_MAIN(TestKubePortForwarder)
#include "tst_kubeportforwarder.moc"
