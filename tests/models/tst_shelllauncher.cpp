// Models::ShellLauncher against the local cluster: bash where there is one,
// a plain message where the image has no shell (a pod named no-shell, see
// tests/cluster/lib/kwok_config.py), and RBAC asked before anything runs.

#include "../kube/clusterfixture.h"
#include "accesschecker.h"
#include "shelllauncher.h"

using namespace Kaji;

namespace {

struct Run {
    QByteArray out;
    QStringList started;
    std::optional<Kube::ExecResult> result;
};

void watch(Models::ShellLauncher &launcher, Run &run)
{
    QObject::connect(&launcher, &Models::ShellLauncher::output, [&](const QByteArray &data) { run.out += data; });
    QObject::connect(&launcher, &Models::ShellLauncher::shellStarted, [&](const QString &s) { run.started << s; });
    QObject::connect(&launcher, &Models::ShellLauncher::finished, [&](const Kube::ExecResult &r) { run.result = r; });
}

} // namespace

class TestShellLauncher : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Kube::ApiClient> m_admin;
    QString m_ns;

private Q_SLOTS:
    void missingCommandIsRecognised()
    {
        using Kind = Kube::ExecResult::Kind;
        const auto result = [](Kind kind, int code, const char *message) {
            return Kube::ExecResult{kind, code, QString::fromLatin1(message), 0};
        };
        QVERIFY(Models::ShellLauncher::isMissingCommand(
            result(Kind::ServerError, -1, "OCI runtime exec failed: exec failed: unable to start container process: "
                                          "exec: \"/bin/bash\": stat /bin/bash: no such file or directory: unknown"),
            false));
        QVERIFY(Models::ShellLauncher::isMissingCommand(
            result(Kind::ServerError, -1, "exec: \"bash\": executable file not found in $PATH"), false));
        QVERIFY(Models::ShellLauncher::isMissingCommand(result(Kind::ExitCode, 127, ""), false));
        // It ran: whatever it printed, the shell existed.
        QVERIFY(!Models::ShellLauncher::isMissingCommand(result(Kind::ExitCode, 127, ""), true));
        QVERIFY(!Models::ShellLauncher::isMissingCommand(result(Kind::ExitCode, 1, ""), false));
        QVERIFY(!Models::ShellLauncher::isMissingCommand(result(Kind::Forbidden, -1, "no such file or directory"), false));
        QVERIFY(!Models::ShellLauncher::isMissingCommand(
            result(Kind::ServerError, -1, "container not found (\"web\")"), false));
    }

    void initTestCase()
    {
        if (KajiTest::clusterKubeconfig().isEmpty())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: no local cluster (tests/cluster/up.sh)");
        m_admin = std::make_unique<Kube::ApiClient>(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        m_ns = QStringLiteral("kaji-shell-test-%1").arg(QCoreApplication::applicationPid());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("run"), QStringLiteral("no-shell"),
                           QStringLiteral("--image=alpine"), QStringLiteral("--restart=Never")});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("run"), QStringLiteral("web"),
                           QStringLiteral("--image=nginx"), QStringLiteral("--restart=Never")});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod"), QStringLiteral("--all"), QStringLiteral("--timeout=60s")});
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void bashWhenThereIsOne()
    {
        Kube::AccessChecker access(m_admin.get());
        Models::ShellLauncher launcher(m_admin.get(), &access, m_ns, QStringLiteral("web"), QString());
        Run run;
        watch(launcher, run);
        launcher.start(100, 30);
        // Typed before the shell answers: it must reach the shell that runs.
        launcher.writeStdin("echo \"shell=$0 size=$(stty size)\"\r");
        // Exit only once the answer is read, as a user would: kwok closes the
        // pty as soon as the command ends, without passing on what it printed
        // last (a kubelet drains it), so "...; exit 0" in one line lost the
        // whole answer on a busy machine.
        QVERIFY2(KajiTest::waitUntil([&] { return run.out.contains("shell=/bin/bash"); }, 30000), run.out.constData());
        launcher.writeStdin("exit 0\r");
        QVERIFY(KajiTest::waitUntil([&] { return run.result.has_value(); }, 30000));
        QCOMPARE(run.result->kind, Kube::ExecResult::Kind::Success);
        QCOMPARE(launcher.shell(), QStringLiteral("/bin/bash"));
        QCOMPARE(run.started, QStringList{QStringLiteral("/bin/bash")});
        QVERIFY2(run.out.contains("shell=/bin/bash"), run.out.constData());
    }

    void neitherShell()
    {
        Kube::AccessChecker access(m_admin.get());
        Models::ShellLauncher launcher(m_admin.get(), &access, m_ns, QStringLiteral("no-shell"), QString());
        Run run;
        watch(launcher, run);
        launcher.start(80, 24);
        QVERIFY(KajiTest::waitUntil([&] { return run.result.has_value(); }, 30000));
        QCOMPARE(run.result->kind, Kube::ExecResult::Kind::NoShell);
        QCOMPARE(launcher.shell(), QStringLiteral("/bin/sh")); // both were tried, sh last
        QVERIFY(run.started.isEmpty());
        QVERIFY2(run.result->message.contains(QLatin1String("/bin/bash"))
                     && run.result->message.contains(QLatin1String("/bin/sh")),
                 qPrintable(run.result->message));
    }

    void forbiddenBeforeTrying()
    {
        Kube::ApiClient jane(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        Kube::AccessChecker access(&jane);
        Models::ShellLauncher launcher(&jane, &access, QStringLiteral("infra"), QStringLiteral("postgres-0"), QString());
        Run run;
        watch(launcher, run);
        launcher.start(80, 24);
        QVERIFY(KajiTest::waitUntil([&] { return run.result.has_value(); }, 30000));
        QCOMPARE(run.result->kind, Kube::ExecResult::Kind::Forbidden);
        QVERIFY(launcher.shell().isEmpty()); // no exec was sent
        QVERIFY2(run.result->message.contains(QLatin1String("create pods/exec")), qPrintable(run.result->message));
        QVERIFY(run.result->message.contains(QLatin1String("infra")));
    }
};

QTEST_GUILESS_MAIN(TestShellLauncher)
#include "tst_shelllauncher.moc"
