// Kube::ExecSession against the local cluster (tests/cluster: kwok runs each
// exec as a host command in STATE_DIR/exec-root). What kwok v0.8.0 cannot do
// is said where it matters: it reports a non-zero exit as an InternalError
// and never ends a command's stdin.

#include "clusterfixture.h"
#include "execsession.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace Kaji::Kube;

namespace {

struct Outcome {
    QByteArray out;
    QByteArray err;
    std::optional<ExecResult> result;
};

// Runs `request` to the end, feeding `input` once connected.
Outcome runExec(ApiClient &client, const ExecRequest &request, const QByteArray &input = {},
                const std::function<void(ExecSession &)> &onConnected = {}, int timeoutMs = 60000)
{
    Outcome outcome;
    ExecSession session(&client, request);
    QObject::connect(&session, &ExecSession::output, [&](int channel, const QByteArray &data) {
        (channel == 2 ? outcome.err : outcome.out) += data;
    });
    QObject::connect(&session, &ExecSession::finished, [&](const ExecResult &r) { outcome.result = r; });
    QObject::connect(&session, &ExecSession::connected, [&] {
        if (onConnected)
            onConnected(session);
    });
    if (!input.isEmpty())
        session.writeStdin(input); // before the connection: kept until it is up
    session.start();
    KajiTest::waitUntil([&] { return outcome.result.has_value(); }, timeoutMs);
    return outcome;
}

} // namespace

class TestExecSession : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ApiClient> m_admin;
    QString m_pod; // a storefront pod in shop
    QString m_ns; // this test's namespace, holding the pod "no-shell"

    ExecRequest storefront(QStringList command) const
    {
        return {QStringLiteral("shop"), m_pod, QStringLiteral("storefront"), std::move(command)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KajiTest::clusterKubeconfig().isEmpty())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: no local cluster (tests/cluster/up.sh)");
        m_admin = std::make_unique<ApiClient>(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        m_pod = QString::fromUtf8(KajiTest::kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                                                     QStringLiteral("shop"), QStringLiteral("-l"),
                                                     QStringLiteral("app.kubernetes.io/name=storefront"),
                                                     QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].metadata.name}")}));
        QVERIFY(!m_pod.isEmpty());
        m_ns = QStringLiteral("kaji-exec-test-%1").arg(QCoreApplication::applicationPid());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("run"), QStringLiteral("no-shell"),
                           QStringLiteral("--image=alpine"), QStringLiteral("--restart=Never")});
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void stdoutStderrAndSuccess()
    {
        const Outcome o = runExec(*m_admin, storefront({QStringLiteral("sh"), QStringLiteral("-c"),
                                                        QStringLiteral("echo out; echo err >&2; pwd")}));
        QVERIFY(o.result);
        QCOMPARE(o.result->kind, ExecResult::Kind::Success);
        QCOMPARE(o.result->exitCode, 0);
        QCOMPARE(o.out, QByteArray("out\n" + qgetenv("KAJI_TEST_CLUSTER_STATE") + "/exec-root/shop\n"));
        QCOMPARE(o.err, QByteArray("err\n"));
    }

    void nonZeroExit_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("1") << 1;
        QTest::newRow("42") << 42;
    }
    void nonZeroExit()
    {
        QFETCH(int, code);
        const Outcome o = runExec(*m_admin, storefront({QStringLiteral("sh"), QStringLiteral("-c"),
                                                        QStringLiteral("exit %1").arg(code)}));
        QVERIFY(o.result);
        // The local cluster's kwok is patched to report the code as a kubelet does.
        QCOMPARE(int(o.result->kind), int(ExecResult::Kind::ExitCode));
        QCOMPARE(o.result->exitCode, code);
    }

    void stdinRoundTrip()
    {
        // kwok never closes the command's stdin, so the command reads a
        // known amount (head -c) rather than to the end (cat).
        const qsizetype size = 16 * 1024 * 1024;
        QByteArray input(size, Qt::Uninitialized);
        QRandomGenerator(17).fillRange(reinterpret_cast<quint32 *>(input.data()), size / 4);
        ExecRequest request = storefront({QStringLiteral("head"), QStringLiteral("-c"), QString::number(size)});
        request.stdinOpen = true;
        Outcome o;
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QElapsedTimer timer;
            timer.start();
            o = runExec(*m_admin, request, input, [](ExecSession &s) { QVERIFY(s.closeStdin()); });
            qInfo("16 MiB through stdin and back in %lld ms", timer.elapsed());
            QVERIFY(o.result);
            QCOMPARE(o.result->kind, ExecResult::Kind::Success);
            if (o.out.size() == size)
                break;
            // The local cluster's kwok once reported the command's success
            // and closed the stream before all of its output was sent (13.2
            // of 16 MiB, on a loaded machine; kubectl got a short copy the
            // same way): the session ends when the server closes, after
            // every frame that came. Said, and tried once more.
            qWarning("attempt %d: the server closed after %lld of %lld bytes", attempt, qlonglong(o.out.size()),
                     qlonglong(size));
        }
        QCOMPARE(o.out.size(), size);
        QCOMPARE(QCryptographicHash::hash(o.out, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    }

    void ttySizeAndResize()
    {
        // The command starts while the first size is on its way (kwok sets
        // the PTY's size beside the running command, as a kubelet does), so
        // it waits for a size before printing it; a resize travels apart
        // from stdin, so after "go" it waits for the new size too. It lingers
        // at the end: kwok ends a TTY session as soon as the command exits
        // and drops output its PTY still held.
        ExecRequest request = storefront({QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("while [ \"$(stty size)\" = '0 0' ]; do sleep 0.1; done; "
                                                         "stty size; read line; "
                                                         "while [ \"$(stty size)\" = '17 91' ]; do sleep 0.1; done; stty size; sleep 0.5")});
        request.stdinOpen = true;
        request.tty = true;
        Outcome o;
        ExecSession session(m_admin.get(), request);
        session.resize(91, 17); // before the connection: sent first thing
        QObject::connect(&session, &ExecSession::output, [&](int channel, const QByteArray &data) {
            QCOMPARE(channel, 1); // a TTY has one stream
            o.out += data;
        });
        QObject::connect(&session, &ExecSession::finished, [&](const ExecResult &r) { o.result = r; });
        session.start();
        QVERIFY2(KajiTest::waitUntil([&] { return o.out.contains("17 91"); }), o.out.constData());
        session.resize(120, 40);
        session.writeStdin("go\r");
        const bool ended = KajiTest::waitUntil([&] { return o.result.has_value(); });
        if (!ended)
            session.cancel();
        QVERIFY2(ended && o.out.contains("40 120"), o.out.constData());
        QCOMPARE(o.result->kind, ExecResult::Kind::Success);
        QCOMPARE(session.protocol(), QByteArray("v5.channel.k8s.io"));
    }

    void missingCommand()
    {
        const Outcome o = runExec(*m_admin, storefront({QStringLiteral("/bin/no-such-shell")}));
        QVERIFY(o.result);
        QCOMPARE(o.result->kind, ExecResult::Kind::ServerError);
        QVERIFY2(o.result->message.contains(QLatin1String("no such file or directory")), qPrintable(o.result->message));
    }

    void podWithoutShell()
    {
        QVERIFY(KajiTest::waitUntil([&] {
            return KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pod"),
                                      QStringLiteral("no-shell"), QStringLiteral("-o"),
                                      QStringLiteral("jsonpath={.status.phase}")})
                == "Running";
        }, 60000));
        for (const QString &shell : {QStringLiteral("/bin/bash"), QStringLiteral("/bin/sh")}) {
            const Outcome o = runExec(*m_admin, {m_ns, QStringLiteral("no-shell"), {}, {shell}});
            QVERIFY(o.result);
            QCOMPARE(o.result->kind, ExecResult::Kind::ServerError);
            QVERIFY(o.result->message.contains(QLatin1String("no such file or directory")));
        }
    }

    void forbiddenForJane()
    {
        ApiClient jane(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        const Outcome o = runExec(jane, {QStringLiteral("infra"), QStringLiteral("postgres-0"), {}, {QStringLiteral("true")}});
        QVERIFY(o.result);
        QCOMPARE(o.result->kind, ExecResult::Kind::Forbidden);
        QCOMPARE(o.result->httpStatus, 403);
        QVERIFY2(o.result->message.contains(QLatin1String("create pods/exec")), qPrintable(o.result->message));
        QVERIFY2(o.result->message.contains(QLatin1String("jane@kaji.test")), qPrintable(o.result->message));
        // The same user may exec in shop (ClusterRole edit there).
        const Outcome allowed = runExec(jane, storefront({QStringLiteral("echo"), QStringLiteral("ok")}));
        QVERIFY(allowed.result);
        QCOMPARE(allowed.result->kind, ExecResult::Kind::Success);
        QCOMPARE(allowed.out, QByteArray("ok\n"));
    }

    void noSuchPod()
    {
        const Outcome o = runExec(*m_admin, {QStringLiteral("shop"), QStringLiteral("no-such-pod"), {}, {QStringLiteral("true")}});
        QVERIFY(o.result);
        QCOMPARE(o.result->kind, ExecResult::Kind::NotFound);
        QVERIFY2(o.result->message.contains(QLatin1String("no-such-pod")), qPrintable(o.result->message));
    }

    void attachFollowsOutput()
    {
        ExecRequest request{QStringLiteral("shop"), m_pod, QStringLiteral("storefront"), {}, true};
        Outcome o;
        ExecSession session(m_admin.get(), request);
        QObject::connect(&session, &ExecSession::output, [&](int, const QByteArray &data) { o.out += data; });
        QObject::connect(&session, &ExecSession::finished, [&](const ExecResult &r) { o.result = r; });
        QSignalSpy connected(&session, &ExecSession::connected);
        session.start();
        QVERIFY(connected.wait(20000));
        // kwok's attach follows the storefront log from its end.
        const QByteArray marker = "attach marker " + QByteArray::number(QCoreApplication::applicationPid());
        QTest::qWait(1000);
        QFile log(qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/pod-logs/storefront.log"));
        if (!qEnvironmentVariableIsSet("KAJI_TEST_CLUSTER_STATE"))
            QSKIP("KAJI_TEST_CLUSTER_STATE is not set: cannot write to the storefront log");
        QVERIFY(log.open(QIODevice::Append));
        log.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + " stdout F " + marker + "\n");
        log.close();
        QVERIFY2(KajiTest::waitUntil([&] { return o.out.contains(marker); }), o.out.constData());
        session.cancel();
        QVERIFY(KajiTest::waitUntil([&] { return o.result.has_value(); }));
        QCOMPARE(o.result->kind, ExecResult::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestExecSession)
#include "tst_execsession.moc"
