// `kaji` as a command: exit codes, help, version, and `kaji contexts`
// compared line for line with `kubectl config get-contexts` on the same files.

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig")).absoluteFilePath(name);
}

Run run(const QString &program, const QStringList &arguments, const QStringList &kubeconfigs = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfigs.join(QDir::listSeparator()));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run kaji(const QStringList &arguments, const QStringList &kubeconfigs = {})
{
    return run(QStringLiteral(KAJI_EXECUTABLE), arguments, kubeconfigs);
}

QString kubectl()
{
    return QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = kaji({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("kaji " KAJI_VERSION " (Qt 6.")), qPrintable(r.out));
        QCOMPARE(kaji({QStringLiteral("version")}).out, r.out);
    }

    void help()
    {
        const Run r = kaji({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: kaji")));
        QVERIFY(r.out.contains(QStringLiteral("contexts")));
        QVERIFY(r.err.isEmpty());
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = kaji({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("kaji --help")));
    }

    void contextsRejectsUnknownArguments()
    {
        const Run r = kaji({QStringLiteral("contexts"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--bogus")));
    }

    void contextsMatchKubectl_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("arguments");
        const QStringList merged = {fixture(QStringLiteral("merge/first.yaml")), fixture(QStringLiteral("merge/second.yaml"))};
        const QStringList reversed = {merged.at(1), merged.at(0)};
        const QStringList auth = {fixture(QStringLiteral("auth-kinds.yaml"))};
        QTest::newRow("merged") << merged << QStringList{};
        QTest::newRow("reversed") << reversed << QStringList{};
        QTest::newRow("auth-kinds") << auth << QStringList{};
        QTest::newRow("names") << merged << QStringList{QStringLiteral("-o"), QStringLiteral("name")};
    }

    void contextsMatchKubectl()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, arguments);
        const QString reference = kubectl();
        QVERIFY2(!reference.isEmpty(), "kubectl must be on PATH: it is the reference for this test");
        const Run ours = kaji(QStringList{QStringLiteral("contexts")} + arguments, files);
        const Run theirs = run(reference, QStringList{QStringLiteral("config"), QStringLiteral("get-contexts")} + arguments, files);
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(theirs.exitCode, 0);
        QCOMPARE(ours.out, theirs.out);
    }

    // Kubeconfigs Kaji keeps as separate files (imported in the window) are
    // merged after the KUBECONFIG list, as kubectl would merge that list.
    void contextsIncludeKajisSeparateFiles()
    {
        const QString reference = kubectl();
        QVERIFY2(!reference.isEmpty(), "kubectl must be on PATH: it is the reference for this test");
        const QString first = fixture(QStringLiteral("merge/second.yaml"));
        const QString separate = fixture(QStringLiteral("auth-kinds.yaml"));
        QSettings settings(QStringLiteral("Kaji"), QStringLiteral("Kaji"));
        settings.setValue(QStringLiteral("kubeconfig/separateFiles"), QStringList{separate});
        settings.sync();
        const Run ours = kaji({QStringLiteral("contexts")}, {first});
        settings.remove(QStringLiteral("kubeconfig/separateFiles"));
        settings.sync();
        const Run theirs = run(reference, {QStringLiteral("config"), QStringLiteral("get-contexts")}, {first, separate});
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(kaji({QStringLiteral("contexts")}, {first}).out,
                 run(reference, {QStringLiteral("config"), QStringLiteral("get-contexts")}, {first}).out);
    }

    void brokenKubeconfigWarnsWithFileAndField()
    {
        const QString broken = fixture(QStringLiteral("broken-fields.yaml"));
        const Run r = kaji({QStringLiteral("contexts"), QStringLiteral("-o"), QStringLiteral("name")}, {broken});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("bad-ca\ndangling\ngood\n"));
        QVERIFY2(r.err.contains(broken + QStringLiteral(":clusters[bad-ca].cluster.certificate-authority-data")),
                 qPrintable(r.err));
    }

    // Every command that talks to a cluster names a context it cannot find,
    // exits 1 and prints nothing on stdout.
    void unknownContextIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("get") << QStringList{QStringLiteral("get"), QStringLiteral("pods")};
        QTest::newRow("logs") << QStringList{QStringLiteral("logs"), QStringLiteral("some-pod")};
        QTest::newRow("diagnose") << QStringList{QStringLiteral("diagnose")};
        QTest::newRow("port-forward") << QStringList{QStringLiteral("port-forward"), QStringLiteral("pod/web"), QStringLiteral("8080:80")};
    }

    void unknownContextIsNamed()
    {
        QFETCH(QStringList, arguments);
        const Run r = kaji(arguments + QStringList{QStringLiteral("--context"), QStringLiteral("no-such-context")},
                           {fixture(QStringLiteral("merge/first.yaml"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("kaji: ")) && r.err.contains(QStringLiteral("no-such-context")),
                 qPrintable(r.err));
    }

    // Credentials in the kubeconfig never reach the terminal.
    void noSecretInOutput()
    {
        const Run r = kaji({QStringLiteral("contexts")}, {fixture(QStringLiteral("auth-kinds.yaml"))});
        QVERIFY(!r.out.contains(QStringLiteral("hunter2")));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
