// The first diagnosis of a connection waits for its pods to be listed: its
// read lists every object of the cluster and, run at the same moment as
// the Pods table's first list on the same server, made the table take three
// times as long to fill at 48,000 pods (cluster).

#include "../kube/clusterfixture.h"
#include "clusterconnection.h"
#include "diagnosisrunner.h"
#include "findingmodel.h"

#include <QElapsedTimer>

using namespace Kaji;
using RunState = Models::FindingModel::RunState;

class TestFirstDiagnosis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void waitsForThePodsToBeListed()
    {
        QElapsedTimer clock;
        clock.start();
        qint64 listedAt = -1, runningAt = -1;
        Kube::ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        Models::FindingModel findings;
        App::DiagnosisRunner runner(&findings);
        connect(&connection, &Kube::ClusterConnection::stateChanged, this, [&](Kube::ClusterConnection::State state) {
            if (state == Kube::ClusterConnection::State::Synced && listedAt < 0)
                listedAt = clock.nsecsElapsed();
        });
        connect(&findings, &Models::FindingModel::runStateChanged, this, [&] {
            if (findings.runState() == RunState::Running && runningAt < 0)
                runningAt = clock.nsecsElapsed();
        });
        QCOMPARE(connection.state(), Kube::ClusterConnection::State::Connecting);
        runner.setConnection(&connection);
        // Nothing is read yet, and the Problems dock says why.
        QCOMPARE(findings.runState(), RunState::NotRun);
        QVERIFY2(findings.runMessage().contains(QLatin1String("pods to be listed")), qPrintable(findings.runMessage()));

        QVERIFY(KajiTest::waitUntil([&] { return findings.runState() == RunState::Current; }, 120000));
        QVERIFY(listedAt >= 0);
        QVERIFY2(runningAt >= listedAt, qPrintable(QStringLiteral("diagnosis began %1 ms before the pods were listed")
                                                       .arg(double(listedAt - runningAt) / 1e6)));
    }

    void runsAtOnceOnAListedConnection()
    {
        Kube::ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        QVERIFY(KajiTest::waitUntil([&] { return connection.state() == Kube::ClusterConnection::State::Synced; }, 60000));
        Models::FindingModel findings;
        App::DiagnosisRunner runner(&findings);
        runner.setConnection(&connection);
        QCOMPARE(findings.runState(), RunState::Running);
        QVERIFY(KajiTest::waitUntil([&] { return findings.runState() == RunState::Current; }, 120000));
    }
};

QTEST_GUILESS_MAIN(TestFirstDiagnosis)
#include "tst_firstdiagnosis.moc"
