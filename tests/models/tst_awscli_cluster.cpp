// The aws CLI runner against the local cluster's fake aws (tests/cluster/fake-aws):
// cluster lists, the CLI's own errors with exit codes, update-kubeconfig
// streamed line by line, the install hint when aws is missing, the time limit.

#include "eks/awscli.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kaji::Models::AwsCli;

class TestAwsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_state = qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE");
        if (m_state.isEmpty())
            QSKIP("KAJI_TEST_CLUSTER_STATE is not set: run scripts/test.sh");
        QVERIFY(m_home.isValid());
        // A home of our own: the login shell asked for its PATH reads no
        // profile that could add a real aws.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("SHELL", "/bin/sh");
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".aws")));
        QFile config(m_home.filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile kaji-demo]\nregion = ap-northeast-1\n");
        config.close();
        qunsetenv("AWS_CONFIG_FILE");
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        qunsetenv("AWS_PROFILE");
        m_path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_state + QStringLiteral("/bin:")) + m_path);
        qputenv("KUBECONFIG", QFile::encodeName(m_home.filePath(QStringLiteral("kube/config"))));
    }

    void listsTheClustersOfARegion()
    {
        AwsCli cli;
        QSignalSpy listed(&cli, &AwsCli::clustersListed);
        QSignalSpy failed(&cli, &AwsCli::failed);
        cli.listClusters(QStringLiteral("kaji-demo"), QStringLiteral("ap-northeast-1"));
        QVERIFY(cli.isRunning());
        QVERIFY(listed.wait(30000));
        QCOMPARE(listed.at(0).at(0).toStringList(),
            (QStringList { QStringLiteral("kaji-local"), QStringLiteral("kaji-unmapped") }));
        QVERIFY(!cli.isRunning());

        cli.listClusters(QStringLiteral("kaji-demo"), QStringLiteral("eu-north-1"));
        QVERIFY(listed.wait(30000));
        QCOMPARE(listed.at(1).at(0).toStringList(), QStringList());
        QCOMPARE(failed.count(), 0);
    }

    void theCliErrorWithItsExitCode()
    {
        AwsCli cli;
        QSignalSpy failed(&cli, &AwsCli::failed);
        cli.listClusters(QStringLiteral("nobody"), QStringLiteral("ap-northeast-1"));
        QVERIFY(failed.wait(30000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("exit code 255")), qPrintable(message));
        QVERIFY2(
            message.contains(QLatin1String("The config profile (nobody) could not be found")), qPrintable(message));
    }

    void updateKubeconfigStreamsItsOutput()
    {
        AwsCli cli;
        QSignalSpy lines(&cli, &AwsCli::outputLine);
        QSignalSpy updated(&cli, &AwsCli::kubeconfigUpdated);
        QSignalSpy failed(&cli, &AwsCli::failed);
        cli.updateKubeconfig(
            QStringLiteral("kaji-local"), QStringLiteral("ap-northeast-1"), QStringLiteral("kaji-demo"), QString());
        QVERIFY(updated.wait(30000));
        const QString arn = QStringLiteral("arn:aws:eks:ap-northeast-1:123456789012:cluster/kaji-local");
        QCOMPARE(updated.at(0).at(0).toString(), arn);
        const QString file = m_home.filePath(QStringLiteral("kube/config"));
        QCOMPARE(lines.count(), 1);
        QCOMPARE(lines.at(0).at(0).toString(), QStringLiteral("Added new context %1 to %2").arg(arn, file));
        QCOMPARE(lines.at(0).at(1).toBool(), false);

        cli.updateKubeconfig(QStringLiteral("kaji-local"), QStringLiteral("ap-northeast-1"),
            QStringLiteral("kaji-demo"), QStringLiteral("tokyo"));
        QVERIFY(updated.wait(30000));
        QCOMPARE(updated.at(1).at(0).toString(), QStringLiteral("tokyo"));
        QCOMPARE(lines.last().at(0).toString(), QStringLiteral("Added new context tokyo to %1").arg(file));

        cli.updateKubeconfig(QStringLiteral("no-such"), QStringLiteral("ap-northeast-1"), QString(), QString());
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("ResourceNotFoundException")));
        QCOMPARE(lines.last().at(1).toBool(), true);
        QCOMPARE(updated.count(), 2);
    }

    void aTimeLimit()
    {
        AwsCli cli;
        cli.setTimeouts(1, 1);
        QSignalSpy failed(&cli, &AwsCli::failed);
        QSignalSpy listed(&cli, &AwsCli::clustersListed);
        cli.listClusters(QStringLiteral("kaji-demo"), QStringLiteral("ap-northeast-1"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("did not finish within")),
            qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!cli.isRunning());
        QTest::qWait(500);
        QCOMPARE(listed.count(), 0);
    }

    void missingAwsSaysHowToInstallIt()
    {
        // The state's bin dir left out: no aws on PATH, nor in the login shell's.
        qputenv("PATH", "/usr/bin:/bin");
        AwsCli cli;
        QSignalSpy failed(&cli, &AwsCli::failed);
        cli.listClusters(QStringLiteral("kaji-demo"), QStringLiteral("ap-northeast-1"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), AwsCli::installHint());
        QVERIFY(AwsCli::installHint().contains(QLatin1String("brew install awscli")));
        qputenv("PATH", QFile::encodeName(m_state + QStringLiteral("/bin:")) + m_path);
    }

private:
    QString m_state;
    QByteArray m_path;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli_cluster.moc"
