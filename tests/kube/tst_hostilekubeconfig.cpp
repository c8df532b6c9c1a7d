// Kubeconfigs from anywhere (SECURITY.md): the loader the window and the
// command line share meets hostile files (a 100 MB file, a YAML alias bomb,
// deep nesting, invalid UTF-8) and gives a clear problem for the file in
// bounded time and memory, without crashing. A relative exec command runs
// only from the kubeconfig's own directory, never from the working directory.
// The command line's side of the same files is in tests/app/tst_securitycli.

#include "sanitizerstretch.h"
#include "apiclient.h"
#include "kubeconfigloader.h"
#include "restconfig.h"

#include "clusterfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji::Kube;

namespace {

constexpr qint64 Stretch = KajiTest::SanitizerStretch;

// The process's peak resident set (VmHWM), in MB; -1 where /proc is missing.
qint64 peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// Starts a new peak (Linux 4.0+: "5" to clear_refs resets VmHWM), so the
// bytes the test itself made do not count.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// Shared with tests/app/tst_securitycli.cpp, which feeds the same files to
// `kaji contexts` and kubectl.
#include "hostilekubeconfigs.h"

class TestHostileKubeConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileFileGivesClearProblemInBoundedTimeAndMemory_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : KajiHostile::kinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }

    void hostileFileGivesClearProblemInBoundedTimeAndMemory()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString hostile = dir.filePath(kind);
        QVERIFY(writeFile(hostile, KajiHostile::make(kind)));
        const QString good = dir.filePath(QStringLiteral("good"));
        QVERIFY(writeFile(good, KajiHostile::good()));

        resetPeakRss();
        const qint64 before = currentRssMb();
        QElapsedTimer timer;
        timer.start();
        QStringList unusable;
        const KubeConfig config = KubeConfigLoader::load({good, hostile}, &unusable);
        const qint64 ms = timer.elapsed();
        const qint64 growth = peakRssMb() - before;
        qInfo("%s: %lld ms, peak RSS %lld MB above the start", qPrintable(kind), ms, growth);
        QVERIFY2(ms < 10000 * Stretch, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        if (before >= 0)
            QVERIFY2(growth < 500 * Stretch, qPrintable(QStringLiteral("peak RSS grew by %1 MB").arg(growth)));

        // The good file still counts; the hostile one is named, as unusable.
        QVERIFY(config.contexts.contains(QStringLiteral("good")));
        const auto problem = std::find_if(config.problems.cbegin(), config.problems.cend(),
                                          [&](const KubeConfigProblem &p) { return p.file.endsWith(kind); });
        QVERIFY2(problem != config.problems.cend(), "no problem names the hostile file");
        QVERIFY(problem->field.isEmpty());
        QCOMPARE(unusable, QStringList{hostile});
        qInfo("%s: %s", qPrintable(kind), qPrintable(problem->message.left(200)));
        QVERIFY(!problem->message.isEmpty());
        QVERIFY2(problem->message.size() < 1000, "the message must say what is wrong, not echo the file");
        const QString expected = KajiHostile::messageWord(kind);
        QVERIFY2(problem->message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(expected, problem->message)));
    }

    // yaml-cpp reads documents without end from some short input (found by
    // fuzz_kubeconfigedit): six bytes took 7.5 s under ASan and were refused
    // for "more than 500000 YAML nodes". Only the first document is read.
    void endlessDocumentsAreNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeFile(path, QByteArray("!\n,\n\n\x06")));
        QElapsedTimer timer;
        timer.start();
        const KubeConfig config = KubeConfigLoader::load({path});
        const qint64 ms = timer.elapsed();
        qInfo("%lld ms", ms);
        QVERIFY2(ms < 500 * Stretch, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        for (const KubeConfigProblem &problem : config.problems) {
            qInfo("%s", qPrintable(problem.message));
            QVERIFY2(!problem.message.contains(QLatin1String("nodes")), qPrintable(problem.message));
        }
    }

    // The limits themselves: a file just under them (about 490,000 nodes)
    // loads, within the same bounds.
    void fileJustUnderTheLimitsLoadsInBoundedTimeAndMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QByteArray text = "apiVersion: v1\nkind: Config\nusers:\n";
        const int users = 70000; // 7 nodes each
        for (int i = 0; i < users; ++i)
            text += "- name: u" + QByteArray::number(i) + "\n  user: {token: t}\n";
        QVERIFY(writeFile(path, text));
        const qsizetype bytes = text.size();
        text.clear();
        text.squeeze();
        resetPeakRss();
        const qint64 before = currentRssMb();
        QElapsedTimer timer;
        timer.start();
        QStringList unusable;
        const KubeConfig config = KubeConfigLoader::load({path}, &unusable);
        const qint64 ms = timer.elapsed();
        const qint64 growth = peakRssMb() - before;
        qInfo("%lld bytes, %d users: %lld ms, peak RSS %lld MB above the start", qint64(bytes), users, ms, growth);
        QVERIFY(unusable.isEmpty());
        QCOMPARE(config.users.size(), users);
        QVERIFY(ms < 10000 * Stretch);
        if (before >= 0)
            QVERIFY2(growth < 500 * Stretch, qPrintable(QStringLiteral("peak RSS grew by %1 MB").arg(growth)));
    }

    // Run as written, without a shell: arguments that a shell would expand
    // or split reach the plugin byte for byte, and nothing they say runs.
    void execArgumentsReachThePluginVerbatimWithoutAShell()
    {
#ifndef Q_OS_UNIX
        QSKIP("shell-script plugin");
#endif
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("injected"));
        const QString argsFile = dir.filePath(QStringLiteral("args"));
        const QString plugin = dir.filePath(QStringLiteral("plugin"));
        QVERIFY(writeFile(plugin, "#!/bin/sh\nfor a in \"$@\"; do printf '%s|' \"$a\"; done > '" + argsFile.toUtf8()
                                      + "'\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                                        "\"ExecCredential\",\"status\":{\"token\":\"x\"}}'\n"));
        QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QStringList args = {QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("; touch %1").arg(marker),
                                  QStringLiteral("`touch %1`").arg(marker), QStringLiteral("two words"), QStringLiteral("*"),
                                  QStringLiteral("$HOME"), QStringLiteral("'quoted'")};
        RestConfig config;
        config.contextName = QStringLiteral("c");
        config.cluster.server = QStringLiteral("https://127.0.0.1:1");
        ExecConfig exec;
        exec.command = plugin;
        exec.args = args;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        config.user.exec = exec;
        ApiClient client(config);
        KajiTest::getAndWait(client, "/version");
        QFile received(argsFile);
        QVERIFY2(received.open(QIODevice::ReadOnly), "the plugin did not run");
        QCOMPARE(QString::fromUtf8(received.readAll()), args.join(u'|') + u'|');
        QVERIFY2(!QFile::exists(marker), "an argument was run by a shell");
    }

    // A relative command with a slash means the kubeconfig's directory (as
    // in kubectl): a same-named program in the working directory never runs.
    void relativeExecCommandRunsOnlyFromTheKubeconfigDirectory()
    {
#ifndef Q_OS_UNIX
        QSKIP("shell-script plugin");
#endif
        QTemporaryDir home, elsewhere;
        QVERIFY(QDir().mkpath(elsewhere.filePath(QStringLiteral("bin"))));
        const QString marker = elsewhere.filePath(QStringLiteral("ran"));
        const QString decoy = elsewhere.filePath(QStringLiteral("bin/plugin"));
        QVERIFY(writeFile(decoy, "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\nexit 1\n"));
        QFile::setPermissions(decoy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString kubeconfig = home.filePath(QStringLiteral("config"));
        QVERIFY(writeFile(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: c\n"
                                      "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                                      "contexts: [{name: c, context: {cluster: c, user: u}}]\n"
                                      "users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, "
                                      "command: ./bin/plugin}}}]\n"));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(elsewhere.path()));
        const KubeConfig config = KubeConfigLoader::load({kubeconfig});
        auto rest = restConfigFor(config, QStringLiteral("c"));
        QVERIFY(std::holds_alternative<RestConfig>(rest));
        const RestConfig &resolved = std::get<RestConfig>(rest);
        QCOMPARE(resolved.user.exec->command, QDir(home.path()).filePath(QStringLiteral("bin/plugin")));
        ApiClient client(resolved);
        const ApiResult result = KajiTest::getAndWait(client, "/version");
        QDir::setCurrent(previous);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("bin/plugin")), qPrintable(result.error));
        QVERIFY2(!QFile::exists(marker), "the working directory's program ran");
    }
};

QTEST_GUILESS_MAIN(TestHostileKubeConfig)
#include "tst_hostilekubeconfig.moc"
