// `kaji logs` against `kubectl logs` on the real local cluster: the same
// bytes on stdout and the same exit code for pods, workloads, containers and
// every option kubectl offers for one pod.

#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <algorithm>

namespace {

using KajiCliTest::Run;
using KajiCliTest::run;

QString firstPod(const QString &label)
{
    const Run r = run(QStringLiteral("kubectl"),
                      {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("shop"),
                       QStringLiteral("-l"), label, QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].metadata.name}")});
    return QString::fromUtf8(r.out).trimmed();
}

} // namespace

namespace {

// Output of --prefix split into runs of one container's lines, the runs
// sorted: the same bytes per container, whatever order they came in.
QByteArray containerBlocks(const QByteArray &out)
{
    QList<QByteArray> blocks;
    QByteArray prefix;
    for (const QByteArray &line : out.split('\n')) {
        const QByteArray linePrefix = line.left(line.indexOf(']') + 1);
        if (blocks.isEmpty() || linePrefix != prefix)
            blocks.append(QByteArray());
        prefix = linePrefix;
        blocks.last() += line + '\n';
    }
    std::sort(blocks.begin(), blocks.end());
    return blocks.join();
}

} // namespace

class TestLogsCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void sameBytesAsKubectl_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto args = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
        QTest::newRow("previous instance") << args("-n shop deploy/orders-api -p");
        QTest::newRow("crash loop, current") << args("-n shop deployment/orders-api");
        QTest::newRow("OOM-killed previous") << args("-n shop deploy/image-resizer --previous");
        QTest::newRow("tail") << args("-n shop deploy/orders-api -p --tail 7");
        QTest::newRow("timestamps") << args("-n shop deploy/orders-api --previous --timestamps --tail=20");
        QTest::newRow("since") << args("-n kube-system deploy/coredns --since 3h");
        QTest::newRow("limit bytes") << args("-n shop deploy/orders-api -p --limit-bytes 333");
        QTest::newRow("other container") << args("-n shop deploy/storefront -c envoy");
        QTest::newRow("all containers, prefixed") << args("-n shop deploy/storefront --all-containers --prefix --tail 4");
        QTest::newRow("service") << args("-n shop svc/storefront -c envoy --tail 3");
        QTest::newRow("pod by name") << QStringList{QStringLiteral("-n"), QStringLiteral("shop"),
                                                    firstPod(QStringLiteral("app.kubernetes.io/name=orders-api")),
                                                    QStringLiteral("-p")};
        QTest::newRow("pod/NAME") << QStringList{QStringLiteral("-n"), QStringLiteral("shop"),
                                                 QStringLiteral("pod/") + firstPod(QStringLiteral("app.kubernetes.io/name=inventory"))};
        QTest::newRow("waiting container") << args("-n shop deploy/payments");
        QTest::newRow("no previous instance") << args("-n shop deploy/inventory -p");
        QTest::newRow("forbidden") << args("--context kaji-restricted -n kube-system deploy/coredns");
        QTest::newRow("missing pod") << args("-n shop no-such-pod");
    }

    void sameBytesAsKubectl()
    {
        QFETCH(QStringList, arguments);
        const QStringList command = QStringList{QStringLiteral("logs")} + arguments;
        // Storefront pods log every request; a real difference persists, a
        // line written between the two commands does not.
        // kubectl prints --all-containers in Go map order (it differs from
        // run to run); each container's block must still be the same bytes.
        const bool anyOrder = arguments.contains(QStringLiteral("--all-containers"));
        const auto comparable = [anyOrder](const QByteArray &out) { return anyOrder ? containerBlocks(out) : out; };
        Run kaji, kubectl;
        for (int attempt = 0; attempt < 3; ++attempt) {
            kaji = run(QStringLiteral(KAJI_EXECUTABLE), command);
            kubectl = run(QStringLiteral("kubectl"), command);
            if (comparable(kaji.out) == comparable(kubectl.out) && kaji.exitCode == kubectl.exitCode)
                break;
        }
        QCOMPARE(kaji.exitCode, kubectl.exitCode);
        QCOMPARE(comparable(kaji.out), comparable(kubectl.out));
        if (kubectl.exitCode != 0)
            QVERIFY2(!kaji.err.isEmpty(), "a failure must say why");
    }

    void followPrintsWhatArrives()
    {
        // Both follow the same container; a line the container writes
        // afterwards reaches both, byte for byte.
        const QString pod = firstPod(QStringLiteral("app.kubernetes.io/name=storefront"));
        const QStringList command = {QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("shop"), pod,
                                     QStringLiteral("-c"), QStringLiteral("storefront"), QStringLiteral("-f"),
                                     QStringLiteral("--tail"), QStringLiteral("1"), QStringLiteral("--timestamps")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
        QProcess kaji, kubectl;
        QByteArray kajiOut, kubectlOut;
        for (auto [process, out] : {std::pair{&kaji, &kajiOut}, std::pair{&kubectl, &kubectlOut}}) {
            process->setProcessEnvironment(env);
            connect(process, &QProcess::readyReadStandardOutput, this, [process, out] { *out += process->readAllStandardOutput(); });
        }
        kaji.start(QStringLiteral(KAJI_EXECUTABLE), command);
        kubectl.start(QStringLiteral("kubectl"), command);
        QTRY_VERIFY_WITH_TIMEOUT(kajiOut.count('\n') >= 1 && kubectlOut.count('\n') >= 1, 20000);
        QCOMPARE(kaji.state(), QProcess::Running); // still following

        const QByteArray marker = "kaji-logscommand follow " + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QFile log(qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/pod-logs/storefront.log"));
        QVERIFY(log.open(QIODevice::Append));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        log.write(now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1() + "000000Z stdout F " + marker + '\n');
        log.close();
        QTRY_VERIFY_WITH_TIMEOUT(kajiOut.contains(marker) && kubectlOut.contains(marker), 20000);
        kaji.kill();
        kubectl.kill();
        kaji.waitForFinished();
        kubectl.waitForFinished();
        QCOMPARE(kajiOut, kubectlOut);
    }

    void usageErrors()
    {
        QCOMPARE(run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("logs")}).exitCode, 2);
        QCOMPARE(run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("logs"), QStringLiteral("x"), QStringLiteral("--since"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("logs"), QStringLiteral("x"), QStringLiteral("--tail"), QStringLiteral("many")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestLogsCommand)
#include "tst_logscommand.moc"
