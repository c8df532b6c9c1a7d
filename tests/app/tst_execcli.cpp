// `kaji exec` and `kaji attach` against the local cluster, side by side with
// `kubectl exec` on the same pod: the same stdout, stderr and exit code.

#include "clirun.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using KajiCliTest::Run;

namespace {

// `keepOpen`: stdin stays open until the process ends (an EOF would end a
// TTY session's input, and kwok then stops copying its output too).
Run runWithInput(const QString &program, const QStringList &arguments, const QByteArray &input, bool keepOpen = false)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    // Written as the process reads it, so a large input cannot dead-lock
    // against output nobody reads.
    qsizetype written = 0;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (written < input.size() && timer.elapsed() < 60000) {
        written += process.write(input.constData() + written, qMin<qsizetype>(input.size() - written, 1 << 20));
        process.waitForBytesWritten(1000);
        out += process.readAllStandardOutput();
    }
    if (!keepOpen)
        process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), out + process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestExecCli : public QObject {
    Q_OBJECT
private:
    QString m_pod;

    QStringList target() const
    {
        return {QStringLiteral("-n"), QStringLiteral("shop"), m_pod, QStringLiteral("-c"), QStringLiteral("storefront")};
    }
    Run kaji(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runWithInput(QStringLiteral(KAJI_EXECUTABLE), arguments, input);
    }
    Run kubectl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runWithInput(QStringLiteral("kubectl"), arguments, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KAJI_TEST_KUBECONFIG"))
            QSKIP("KAJI_TEST_KUBECONFIG is not set: no local cluster (tests/cluster/up.sh)");
        const Run pods = KajiCliTest::run(QStringLiteral("kubectl"),
                                          {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                                           QStringLiteral("shop"), QStringLiteral("-l"),
                                           QStringLiteral("app.kubernetes.io/name=storefront"), QStringLiteral("-o"),
                                           QStringLiteral("jsonpath={.items[0].metadata.name}")});
        m_pod = QString::fromUtf8(pods.out);
        QVERIFY2(!m_pod.isEmpty(), pods.err.constData());
    }

    void sameOutputAsKubectl()
    {
        const QStringList command = {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("echo out; printf 'a\\tb\\001'; echo err >&2; echo 日本語")};
        const Run ours = kaji(QStringList{QStringLiteral("exec")} + target() + command);
        const Run theirs = kubectl(QStringList{QStringLiteral("exec")} + target() + command);
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(ours.exitCode, theirs.exitCode);
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(ours.err, theirs.err);
        QCOMPARE(ours.out, QByteArray("out\na\tb\001日本語\n"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("0") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("42") << 42;
    }
    void exitCodes()
    {
        QFETCH(int, code);
        const QStringList command = {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("exit %1").arg(code)};
        const Run ours = kaji(QStringList{QStringLiteral("exec")} + target() + command);
        const Run theirs = kubectl(QStringList{QStringLiteral("exec")} + target() + command);
        // The local cluster's kwok carries a patch so it reports the code as
        // a kubelet does (tests/cluster/build/kwok/exec-exit-code.patch).
        QCOMPARE(theirs.exitCode, code);
        QCOMPARE(ours.exitCode, code);
        if (code != 0)
            QVERIFY2(ours.err.contains("exit code " + QByteArray::number(code)), ours.err.constData());
    }

    void stdinThroughAndBack()
    {
        // kwok never ends the command's stdin: head -c reads a known amount.
        const qsizetype size = 16 * 1024 * 1024;
        QByteArray input(size, Qt::Uninitialized);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(input.data()), size / 4);
        const QByteArray want = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
        const QStringList command = {QStringLiteral("--"), QStringLiteral("head"), QStringLiteral("-c"), QString::number(size)};
        QList<qint64> ourTimes, theirTimes;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            Run ours = kaji(QStringList{QStringLiteral("exec"), QStringLiteral("-i")} + target() + command, input);
            if (ours.exitCode != 0 || ours.out.size() != size) {
                // The local cluster's kwok can end the stream before the
                // command's output is drained (tst_execsession). A CI run
                // also saw exit 1 once, which it did not print and no run
                // here repeated: said with Kaji's message, then once more.
                qWarning("kaji exec -i: exit %d after %lld of %lld bytes (%s); again", ours.exitCode,
                         qlonglong(ours.out.size()), qlonglong(size), ours.err.trimmed().constData());
                timer.restart();
                ours = kaji(QStringList{QStringLiteral("exec"), QStringLiteral("-i")} + target() + command, input);
            }
            ourTimes << timer.restart();
            const Run theirs = kubectl(QStringList{QStringLiteral("exec"), QStringLiteral("-i")} + target() + command, input);
            const qint64 theirMs = timer.elapsed();
            QVERIFY2(ours.exitCode == 0,
                     qPrintable(QStringLiteral("kaji exec -i exited with %1: %2")
                                    .arg(ours.exitCode)
                                    .arg(QString::fromUtf8(ours.err))));
            QCOMPARE(QCryptographicHash::hash(ours.out, QCryptographicHash::Sha256), want);
            // kubectl is the yardstick for time, not what is tested: on a
            // loaded machine it once gave back a different 16 MiB (a fresh
            // clone's run). Said, and left out of the comparison.
            if (theirs.exitCode == 0 && QCryptographicHash::hash(theirs.out, QCryptographicHash::Sha256) == want)
                theirTimes << theirMs;
            else
                qWarning("kubectl exec -i: exit %d, %lld of %lld bytes back, not as sent; not timed", theirs.exitCode,
                         qlonglong(theirs.out.size()), qlonglong(size));
        }
        std::sort(ourTimes.begin(), ourTimes.end());
        std::sort(theirTimes.begin(), theirTimes.end());
        qInfo("16 MiB through stdin and back, median of 3: kaji %lld ms; kubectl %s", ourTimes[1],
              theirTimes.isEmpty() ? "no good run"
                                   : qPrintable(QStringLiteral("%1 ms (%2 good runs)").arg(theirTimes[theirTimes.size() / 2]).arg(theirTimes.size())));
    }

    void ttySizeAndResize()
    {
#ifndef Q_OS_UNIX
        QSKIP("-t needs a POSIX terminal");
#endif
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: no terminal to test -t with");
        // kaji runs on a pseudo-terminal of 91x17; once the remote shell
        // printed that size, the terminal becomes 120x40 (the kernel sends
        // kaji SIGWINCH) and a line on stdin lets the shell print its size again.
        // The shell lingers at the end: kwok ends a TTY session as soon as the
        // command exits and drops output its PTY still held.
        static const char driver[] = R"(
import fcntl, os, pty, struct, sys, termios, time
def size(fd, cols, rows): fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
pid, fd = pty.fork()
if pid == 0:
    size(0, 91, 17)
    os.execv(sys.argv[1], sys.argv[1:])
out, resized, deadline = b"", False, time.time() + 40
while time.time() < deadline:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
    if not resized and b"17 91" in out:
        resized = True
        size(fd, 120, 40)
        time.sleep(0.3)
        os.write(fd, b"go\r")
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
)";
        const QString shell = QStringLiteral(
            "while [ \"$(stty size)\" = '0 0' ]; do sleep 0.1; done; stty size; read line; "
            "while [ \"$(stty size)\" = '17 91' ]; do sleep 0.1; done; stty size; sleep 0.5");
        const QStringList arguments = QStringList{QStringLiteral("-c"), QString::fromLatin1(driver),
                                                  QStringLiteral(KAJI_EXECUTABLE), QStringLiteral("exec"),
                                                  QStringLiteral("-it")}
            + target() + QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), shell};
        const Run ours = KajiCliTest::run(python, arguments);
        const QByteArray seen = ours.out.toPercentEncoding(" \r\n") + " / " + ours.err;
        QVERIFY2(ours.exitCode == 0, seen.constData());
        QVERIFY2(ours.out.contains("17 91\r\n"), seen.constData());
        QVERIFY2(ours.out.contains("40 120\r\n"), seen.constData());
        // Without a terminal, -t is dropped with kubectl's warning.
        const Run piped = kaji(QStringList{QStringLiteral("exec"), QStringLiteral("-it")} + target()
                               + QStringList{QStringLiteral("--"), QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("3")},
                               "abc");
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out, QByteArray("abc"));
        QVERIFY(piped.err.contains("Unable to use a TTY"));
    }

    void forbiddenAndMissing()
    {
        const QStringList jane = {QStringLiteral("exec"), QStringLiteral("--context"), QStringLiteral("kaji-restricted"),
                                  QStringLiteral("-n"), QStringLiteral("infra"), QStringLiteral("postgres-0"),
                                  QStringLiteral("--"), QStringLiteral("true")};
        const Run ours = kaji(jane);
        QCOMPARE(ours.exitCode, 1);
        QVERIFY2(ours.err.contains("forbidden") && ours.err.contains("jane@kaji.test"), ours.err.constData());
        const Run missing = kaji({QStringLiteral("exec"), QStringLiteral("-n"), QStringLiteral("shop"),
                                  QStringLiteral("no-such-pod"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no-such-pod"), missing.err.constData());
    }

    // A pod of the scenario in each state that has no running container:
    // Kaji names the container and its state before trying, exits 1 as
    // kubectl does where it refuses (completed, unscheduled).
    void containerNotRunning_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("selector"); // kubectl's jsonpath filter over the namespace's pods
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<bool>("kubectlRefuses");
        QTest::newRow("crash loop") << QStringLiteral("shop")
                                    << QStringLiteral("{.items[?(@.metadata.labels.app\\.kubernetes\\.io/name==\"orders-api\")].metadata.name}")
                                    << QStringList{QStringLiteral("Container orders-api in pod shop/"), QStringLiteral("is not running")}
                                    << false;
        QTest::newRow("unscheduled") << QStringLiteral("shop")
                                     << QStringLiteral("{.items[?(@.metadata.labels.app\\.kubernetes\\.io/name==\"recommender\")].metadata.name}")
                                     << QStringList{QStringLiteral("is not scheduled to a node yet"), QStringLiteral("Unschedulable")}
                                     << true;
        QTest::newRow("completed") << QStringLiteral("batch")
                                   << QStringLiteral("{.items[?(@.status.phase==\"Succeeded\")].metadata.name}")
                                   << QStringList{QStringLiteral("terminated, Completed, exit code 0"), QStringLiteral("(phase Succeeded)")}
                                   << true;
    }
    void containerNotRunning()
    {
        QFETCH(QString, ns);
        QFETCH(QString, selector);
        QFETCH(QStringList, says);
        QFETCH(bool, kubectlRefuses);
        const Run pods = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns,
                                  QStringLiteral("-o"), QStringLiteral("jsonpath=") + selector});
        const QString pod = QString::fromUtf8(pods.out).section(u' ', 0, 0);
        QVERIFY2(!pod.isEmpty(), pods.err.constData());
        const QStringList command = {QStringLiteral("exec"), QStringLiteral("-n"), ns, pod, QStringLiteral("--"), QStringLiteral("true")};
        Run ours = kaji(command);
        // A crash-looping container runs for seconds between back-offs.
        for (int attempt = 0; attempt < 10 && ours.exitCode == 0; ++attempt) {
            QTest::qWait(3000);
            ours = kaji(command);
        }
        QCOMPARE(ours.exitCode, 1);
        for (const QString &words : says)
            QVERIFY2(ours.err.contains(words.toUtf8()), ours.err.constData());
        QVERIFY2(ours.err.contains(pod.toUtf8()), ours.err.constData());
        if (kubectlRefuses)
            QCOMPARE(kubectl(command).exitCode, 1);
    }

    void usageErrors()
    {
        QCOMPARE(kaji({QStringLiteral("exec"), m_pod}).exitCode, 2); // no command
        QCOMPARE(kaji({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("ls")}).exitCode, 2); // no pod
        QCOMPARE(kaji({QStringLiteral("attach"), m_pod, QStringLiteral("--"), QStringLiteral("ls")}).exitCode, 2);
        QCOMPARE(kaji({QStringLiteral("exec"), QStringLiteral("--bogus"), m_pod, QStringLiteral("--"), QStringLiteral("ls")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExecCli)
#include "tst_execcli.moc"
