// SECURITY.md: a kubeconfig file that exists but cannot be read or parsed
// (and the hostile ones of hostilekubeconfigs.h) fails every command the way
// kubectl fails (exit 1, naming the file), in bounded time and memory, while
// a missing file does not (kubectl skips those too). No cluster needed;
// tst_credentialleaks holds the cluster part of SECURITY.md.

#include "../sanitizerfactor.h"
#include "../kube/hostilekubeconfigs.h"
#include "clirun.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

namespace {

using KajiCliTest::Run;
using KajiCliTest::runWith;

// The largest resident set of any child waited for so far, in MB.
qint64 childrenPeakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSecurityCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brokenKubeconfigFailsLikeKubectl_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("contents"); // empty: made by KajiHostile, or a directory/missing file
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says"); // in kaji's message
        QTest::addColumn<bool>("askKubectl");
        QTest::newRow("not YAML") << QStringLiteral("badyaml")
                                  << QByteArray("apiVersion: v1\nclusters:\n- name: a\n  cluster: {server: \"https://x\"\ncontexts: []\n")
                                  << 1 << QStringLiteral("line 5") << true;
        QTest::newRow("not a map") << QStringLiteral("notmap") << QByteArray("- a\n- b\n") << 1
                                   << QStringLiteral("map") << true;
        QTest::newRow("a directory") << QStringLiteral("directory") << QByteArray() << 1 << QStringLiteral("cannot be read")
                                     << true;
        QTest::newRow("missing") << QStringLiteral("missing") << QByteArray() << 0 << QString() << true;
        for (const QString &kind : KajiHostile::kinds()) {
            // kubectl reads 60-100 MB of YAML for a long while and into
            // gigabytes: not asked.
            QTest::newRow(qPrintable(kind)) << kind << QByteArray() << 1 << KajiHostile::messageWord(kind)
                                            << (kind != QLatin1String("huge") && kind != QLatin1String("many-nodes"));
        }
    }

    void brokenKubeconfigFailsLikeKubectl()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, contents);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QFETCH(bool, askKubectl);
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good"));
        QVERIFY(writeFile(good, KajiHostile::good()));
        const QString broken = dir.filePath(kind);
        if (kind == QLatin1String("directory"))
            QVERIFY(QDir().mkpath(broken));
        else if (kind != QLatin1String("missing"))
            QVERIFY(writeFile(broken, contents.isEmpty() ? KajiHostile::make(kind) : contents));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), good + QDir::listSeparator() + broken);
        env.insert(QStringLiteral("HOME"), dir.path());

        const Run contexts = runWith(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("contexts")}, env);
        const qint64 peak = childrenPeakRssMb();
        qInfo("kaji contexts: exit %d in %lld ms, children's peak RSS so far %lld MB; %s", contexts.exitCode, contexts.ms,
              peak, contexts.err.trimmed().left(300).constData());
        QVERIFY2(contexts.ms < 10000 * KAJI_SANITIZER_FACTOR, "more than 10 s (times the sanitizer factor)");
        QVERIFY2(peak < 500 * KAJI_SANITIZER_FACTOR, "a child used more than 500 MB (times the sanitizer factor)");
        QCOMPARE(contexts.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(contexts.err.contains(broken.toUtf8()), "the message must name the file");
            QVERIFY2(QString::fromUtf8(contexts.err).contains(says, Qt::CaseInsensitive), contexts.err.constData());
            QVERIFY2(contexts.out.isEmpty(), "no partial table");
        } else {
            QVERIFY(contexts.out.contains("good"));
        }
        // Every command that needs a cluster stops at the same point.
        const Run get = runWith(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("get"), QStringLiteral("pods"),
                                                                  QStringLiteral("--context"), QStringLiteral("good")}, env);
        if (exitCode != 0) {
            QCOMPARE(get.exitCode, 1);
            QVERIFY(get.err.contains(broken.toUtf8()));
        }

        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (askKubectl && !kubectl.isEmpty()) {
            const Run theirs = runWith(kubectl, {QStringLiteral("config"), QStringLiteral("get-contexts")}, env, 30000);
            qInfo("kubectl config get-contexts: exit %d; %s", theirs.exitCode, theirs.err.trimmed().left(200).constData());
            QCOMPARE(contexts.exitCode, theirs.exitCode);
        }
    }

};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
