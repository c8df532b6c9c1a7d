// Diagnosis runs against a stalled API server (its process paused with
// SIGSTOP for longer than every bound under test): a run ends Failed with a
// readable reason within its requests' deadline, a run whose own read
// watchdog is shorter ends by that watchdog, and after the server resumes a
// new run completes. Nothing stays "running"; `kaji diagnose` ends by its
// own bound on the whole read likewise. The bounds are shortened through
// KAJI_TIMEOUTS so the pause is seconds, not minutes.

#include "../kube/apiserverpause.h"
#include "clirun.h"
#include "../kube/clusterfixture.h"
#include "clusterconnection.h"
#include "diagnosisrunner.h"
#include "findingmodel.h"
#include "timeouts.h"

#include <QElapsedTimer>

using namespace Kaji;
using RunState = Models::FindingModel::RunState;

namespace {

constexpr int ConnectMs = 3000;
constexpr int RequestMs = 4000;
constexpr int ReadMs = 2500; // the second runner's read watchdog, below RequestMs
constexpr int PauseMs = 12000;
constexpr int SlackMs = 3000; // what a loaded machine may add to a bound

} // namespace

class TestStalledDiagnosis : public QObject {
    Q_OBJECT
    KajiTest::ApiserverPause m_pause;

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        qputenv("KAJI_TIMEOUTS", QStringLiteral("connect=%1,request=%2").arg(ConnectMs).arg(RequestMs).toUtf8());
        QCOMPARE(Kube::Timeouts::current().requestMs, RequestMs); // read once per process
        QVERIFY2(m_pause.running(), "no running kube-apiserver in the state dir's run/kube-apiserver.pid");
    }

    void cleanup() { m_pause.resume(); }

    void runsEndThenRecover()
    {
        Kube::ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        Models::FindingModel findings, watchedFindings;
        App::DiagnosisRunner runner(&findings), watchedRunner(&watchedFindings);
        runner.setConnection(&connection);
        watchedRunner.setConnection(&connection);
        QVERIFY(KajiTest::waitUntil([&] { return findings.runState() == RunState::Current; }, 120000));
        QVERIFY(KajiTest::waitUntil([&] { return watchedFindings.runState() == RunState::Current; }, 120000));
        watchedRunner.setReadTimeoutMs(ReadMs); // from its next run on

        QVERIFY(m_pause.pause(PauseMs / 1000 + 20));
        QElapsedTimer clock;
        clock.start();
        qint64 runEnded = -1, watchedRunEnded = -1;
        connect(&findings, &Models::FindingModel::runStateChanged, this, [&] {
            if (findings.runState() != RunState::Running && runEnded < 0)
                runEnded = clock.elapsed();
        });
        connect(&watchedFindings, &Models::FindingModel::runStateChanged, this, [&] {
            if (watchedFindings.runState() != RunState::Running && watchedRunEnded < 0)
                watchedRunEnded = clock.elapsed();
        });
        runner.run();
        watchedRunner.run();
        QCOMPARE(findings.runState(), RunState::Running);
        QCOMPARE(watchedFindings.runState(), RunState::Running);
        QTest::qWait(PauseMs);
        QVERIFY(m_pause.resume());
        qInfo("runs ended after %lld and %lld ms: \"%s\" / \"%s\"", runEnded, watchedRunEnded,
              qPrintable(findings.runMessage()), qPrintable(watchedFindings.runMessage()));

        QVERIFY(runEnded >= 0 && runEnded <= RequestMs + SlackMs);
        QCOMPARE(findings.runState(), RunState::Failed);
        QVERIFY2(findings.runMessage().contains(Kube::Timeouts::noAnswerWithin(RequestMs))
                     || findings.runMessage().contains(Kube::Timeouts::noAnswerWithin(ConnectMs)),
                 qPrintable(findings.runMessage()));
        QVERIFY(watchedRunEnded >= 0 && watchedRunEnded <= ReadMs + SlackMs);
        QCOMPARE(watchedFindings.runState(), RunState::Failed);
        QVERIFY2(watchedFindings.runMessage().contains(QLatin1String("not read within")),
                 qPrintable(watchedFindings.runMessage()));

        // Both runners diagnose again once the server answers.
        clock.restart();
        watchedRunner.setReadTimeoutMs(120000);
        runner.run();
        watchedRunner.run();
        QVERIFY2(KajiTest::waitUntil([&] { return findings.runState() == RunState::Current; }, 120000),
                 qPrintable(findings.runMessage()));
        QVERIFY2(KajiTest::waitUntil([&] { return watchedFindings.runState() == RunState::Current; }, 120000),
                 qPrintable(watchedFindings.runMessage()));
        qInfo("new runs completed %lld ms after the resume", clock.elapsed());
    }

    // The command line bounds its read as a whole too: with a read bound
    // below every request's deadline, a stalled server ends the command by
    // that bound, with exit code 1 and the reason, not by a request's
    // deadline (or never, had the server answered each page just in time).
    void commandLineReadEnds()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
        env.insert(QStringLiteral("KAJI_TIMEOUTS"), QStringLiteral("connect=%1,request=%2,read=%3")
                                                        .arg(RequestMs * 2).arg(RequestMs * 2).arg(ReadMs));
        QVERIFY(m_pause.pause(PauseMs / 1000 + 20));
        const KajiCliTest::Run run =
            KajiCliTest::runWith(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("diagnose"), QStringLiteral("-A")},
                                 env, PauseMs);
        QVERIFY(m_pause.resume());
        const QString err = QString::fromUtf8(run.err);
        qInfo("kaji diagnose ended after %lld ms with %d: %s", run.ms, run.exitCode, qPrintable(err.trimmed()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(err.contains(QStringLiteral("the cluster was not read within %1 s").arg((ReadMs + 500) / 1000)),
                 qPrintable(err));
        QVERIFY(run.ms <= ReadMs + SlackMs);
    }
};

QTEST_GUILESS_MAIN(TestStalledDiagnosis)
#include "tst_stalleddiagnosis.moc"
