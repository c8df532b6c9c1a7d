// `kaji port-forward` against `kubectl port-forward` on the local cluster:
// the same lines on stdout, a working forward, kubectl-like exit codes.

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

namespace {

QProcessEnvironment clusterEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
    return env;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString firstLines(QProcess &process)
{
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPortForwardCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void printsWhatKubectlPrints()
    {
        const quint16 port = freePort();
        const QStringList arguments = {QStringLiteral("port-forward"), QStringLiteral("-n"), QStringLiteral("shop"),
                                       QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("svc/storefront"), QStringLiteral("%1:80").arg(port)};
        QProcess kaji;
        kaji.setProcessEnvironment(clusterEnvironment());
        kaji.start(QStringLiteral(KAJI_EXECUTABLE), arguments);
        QVERIFY(QTest::qWaitFor([&] { return kaji.canReadLine(); }, 20000));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n");
        // kwok keeps the stream open after the answer (kubectl's too): read
        // until the body is in.
        QByteArray answer;
        while (!answer.contains("port-forward\n") && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        QVERIFY2(answer.contains("hello through port-forward"), answer.constData());
        QTest::qWait(300);
        ::kill(pid_t(kaji.processId()), SIGINT);
        QVERIFY(kaji.waitForFinished(10000));
        QCOMPARE(kaji.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kaji.exitCode(), 0);
        const QString kajiOut = firstLines(kaji);

        QProcess kubectl;
        kubectl.setProcessEnvironment(clusterEnvironment());
        kubectl.start(QStringLiteral("kubectl"), arguments);
        QVERIFY(QTest::qWaitFor([&] { return kubectl.canReadLine(); }, 20000));
        QTcpSocket viaKubectl;
        viaKubectl.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(viaKubectl.waitForConnected(5000));
        viaKubectl.write("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n");
        QByteArray viaKubectlAnswer;
        while (!viaKubectlAnswer.contains("port-forward\n") && viaKubectl.waitForReadyRead(10000))
            viaKubectlAnswer += viaKubectl.readAll();
        QTest::qWait(300);
        ::kill(pid_t(kubectl.processId()), SIGINT);
        kubectl.waitForFinished(10000);
        QCOMPARE(kajiOut, firstLines(kubectl));
        QCOMPARE(kajiOut, QStringLiteral("Forwarding from 127.0.0.1:%1 -> 8080\nHandling connection for %1\n").arg(port));
    }

    void refusedAndUnreachableExitWithOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("forbidden") << QStringList{QStringLiteral("--context"), QStringLiteral("kaji-restricted"),
                                                  QStringLiteral("-n"), QStringLiteral("infra"),
                                                  QStringLiteral("sts/postgres"), QStringLiteral(":5432")}
                                   << "create on pods/portforward in namespace infra";
        QTest::newRow("unreachable") << QStringList{QStringLiteral("--context"), QStringLiteral("kaji-unreachable"),
                                                    QStringLiteral("pod/x"), QStringLiteral(":80")}
                                     << "cannot reach https://127.0.0.1:1";
        QTest::newRow("missing") << QStringList{QStringLiteral("-n"), QStringLiteral("shop"),
                                                QStringLiteral("deploy/no-such-deployment"), QStringLiteral(":80")}
                                 << "deployment/no-such-deployment not found in namespace shop";
    }
    void refusedAndUnreachableExitWithOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess kaji;
        kaji.setProcessEnvironment(clusterEnvironment());
        kaji.start(QStringLiteral(KAJI_EXECUTABLE), QStringList{QStringLiteral("port-forward")} + arguments);
        QVERIFY(kaji.waitForFinished(30000));
        QCOMPARE(kaji.exitCode(), 1);
        const QString err = QString::fromUtf8(kaji.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void badCommandLinesExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no port") << QStringList{QStringLiteral("svc/storefront")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("job/x"), QStringLiteral("80")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("pod/x"), QStringLiteral("70000:80")};
        QTest::newRow("bad address") << QStringList{QStringLiteral("--address"), QStringLiteral("nowhere"),
                                                    QStringLiteral("pod/x"), QStringLiteral("80")};
    }
    void badCommandLinesExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QProcess kaji;
        kaji.start(QStringLiteral(KAJI_EXECUTABLE), QStringList{QStringLiteral("port-forward")} + arguments);
        QVERIFY(kaji.waitForFinished(10000));
        QCOMPARE(kaji.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPortForwardCli)
#include "tst_portforwardcli.moc"
