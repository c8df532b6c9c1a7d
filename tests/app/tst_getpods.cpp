// `kaji get pods` against `kubectl get pods` on the real local cluster: the
// same pods with the same READY, STATUS and RESTARTS, and kubectl-like
// failures for forbidden and unreachable contexts.

#include "clirun.h"

#include <QDir>
#include <QRegularExpression>
#include <QDir>
#include <QTemporaryFile>
#include <QTest>

namespace {

using Run = KajiCliTest::TextRun;

Run run(const QString &program, const QStringList &arguments)
{
    return KajiCliTest::runText(program, arguments);
}

// Time moves between the two commands: drop AGE and the "(… ago)" of
// RESTARTS, compare everything else cell by cell.
QStringList comparable(const QString &table, int ageColumn)
{
    QStringList rows;
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts)) {
        QString withoutAgo = line;
        withoutAgo.remove(QRegularExpression(QStringLiteral(" \\([0-9a-z]+ ago\\)")));
        QStringList cells = withoutAgo.split(u' ', Qt::SkipEmptyParts);
        if (cells.size() > ageColumn)
            cells.removeAt(ageColumn);
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

class TestGetPods : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void sameAsKubectl_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("ageColumn");
        QTest::newRow("all namespaces") << QStringList{QStringLiteral("-A")} << 5;
        QTest::newRow("wide, one namespace")
            << QStringList{QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("wide")} << 4;
        QTest::newRow("exec user") << QStringList{QStringLiteral("-A"), QStringLiteral("--context"), QStringLiteral("kaji-exec")} << 5;
        QTest::newRow("restricted user, its namespace")
            << QStringList{QStringLiteral("--context"), QStringLiteral("kaji-restricted")} << 4;
    }

    void sameAsKubectl()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, ageColumn);
        const QStringList command = QStringList{QStringLiteral("get"), QStringLiteral("pods")} + arguments;
        // Pods in the scenario restart on their own; a real difference
        // persists, a change between the two commands does not.
        QStringList ours, theirs;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Run kaji = run(QStringLiteral(KAJI_EXECUTABLE), command);
            const Run kubectl = run(QStringLiteral("kubectl"), command);
            QCOMPARE(kaji.exitCode, 0);
            QCOMPARE(kubectl.exitCode, 0);
            ours = comparable(kaji.out, ageColumn);
            theirs = comparable(kubectl.out, ageColumn);
            if (ours == theirs)
                break;
            QTest::qWait(1000);
        }
        QCOMPARE(ours, theirs);
        QVERIFY(ours.size() > 5);
    }

    // Every other kind prints the server's columns, as kubectl does.
    void otherKindsSameAsKubectl_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList kinds = {QStringLiteral("deployments"), QStringLiteral("statefulsets"), QStringLiteral("daemonsets"),
                                   QStringLiteral("replicasets"), QStringLiteral("jobs"), QStringLiteral("cronjobs"),
                                   QStringLiteral("svc"), QStringLiteral("endpointslices"), QStringLiteral("ingresses"),
                                   QStringLiteral("configmaps"), QStringLiteral("secrets"), QStringLiteral("pvc"),
                                   QStringLiteral("pv"), QStringLiteral("storageclasses"), QStringLiteral("nodes"),
                                   QStringLiteral("namespaces")};
        for (const QString &kind : kinds)
            QTest::newRow(qPrintable(kind)) << QStringList{kind, QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("wide")};
        QTest::newRow("deployments in shop") << QStringList{QStringLiteral("deploy"), QStringLiteral("-n"), QStringLiteral("shop")};
        QTest::newRow("restricted user's secrets")
            << QStringList{QStringLiteral("secrets"), QStringLiteral("--context"), QStringLiteral("kaji-restricted")};
    }

    void otherKindsSameAsKubectl()
    {
        QFETCH(QStringList, arguments);
        const QStringList command = QStringList{QStringLiteral("get")} + arguments;
        // AGE may tick between the two commands: compare again if so.
        QString ours, theirs;
        for (int attempt = 0; attempt < 3 && (attempt == 0 || ours != theirs); ++attempt) {
            const Run kaji = run(QStringLiteral(KAJI_EXECUTABLE), command);
            const Run kubectl = run(QStringLiteral("kubectl"), command);
            QCOMPARE(kaji.exitCode, kubectl.exitCode);
            ours = kaji.out;
            theirs = kubectl.out;
        }
        QCOMPARE(ours, theirs);
    }

    void objectsAsJsonAndYaml()
    {
        for (const char *format : {"json", "yaml"}) {
            const Run kaji = run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("get"), QStringLiteral("deployments"),
                                                                   QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("-o"),
                                                                   QString::fromLatin1(format)});
            QCOMPARE(kaji.exitCode, 0);
            // kubectl reads what we print and names the same objects.
            QTemporaryFile file(QDir::tempPath() + QStringLiteral("/kaji-get-XXXXXX.") + QString::fromLatin1(format));
            QVERIFY(file.open());
            file.write(kaji.out.toUtf8());
            file.close();
            const Run names = run(QStringLiteral("kubectl"), {QStringLiteral("create"), QStringLiteral("--dry-run=client"),
                                                              QStringLiteral("-o"), QStringLiteral("name"), QStringLiteral("-f"),
                                                              file.fileName()});
            const Run expected = run(QStringLiteral("kubectl"), {QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-n"),
                                                                 QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("name")});
            QCOMPARE(names.exitCode, 0);
            QCOMPARE(names.out, expected.out);
        }
    }

    void unknownKind()
    {
        const Run r = run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("get"), QStringLiteral("frobnicators")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("the server doesn't have a resource type \"frobnicators\"")));
    }

    void forbiddenClusterWide()
    {
        const Run r = run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                                                            QStringLiteral("--context"), QStringLiteral("kaji-restricted")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("Error from server (Forbidden): pods is forbidden")), qPrintable(r.err));
    }

    void unreachableServer()
    {
        const Run r = run(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("get"), QStringLiteral("pods"),
                                                            QStringLiteral("--context"), QStringLiteral("kaji-unreachable")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot reach")), qPrintable(r.err));
    }

    void emptyNamespace()
    {
        const Run r = run(QStringLiteral(KAJI_EXECUTABLE),
                          {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("no-such-namespace")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QStringLiteral("No resources found in no-such-namespace namespace.\n"));
    }
};

QTEST_GUILESS_MAIN(TestGetPods)
#include "tst_getpods.moc"
