#include "diagnosisschedule.h"

#include <QTest>

using Kaji::App::DiagnosisSchedule;

class TestDiagnosisSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstCheckRuns()
    {
        const DiagnosisSchedule schedule;
        QVERIFY(schedule.due(1000));
    }

    // A minute without pod changes costs no read; a change makes the next
    // check run; a run clears it.
    void runsOnlyAfterPodsChanged()
    {
        DiagnosisSchedule schedule;
        schedule.started(1000);
        QVERIFY(!schedule.due(1060));
        QVERIFY(!schedule.due(1120));
        schedule.podsChanged();
        QVERIFY(schedule.due(1180));
        schedule.started(1180);
        QVERIFY(!schedule.due(1240));
    }

    // Changes during a run count for the next check.
    void changeDuringRunCounts()
    {
        DiagnosisSchedule schedule;
        schedule.started(1000);
        schedule.podsChanged();
        QVERIFY(schedule.due(1060));
    }

    void quietClusterStillRunsNowAndThen()
    {
        DiagnosisSchedule schedule;
        schedule.started(1000);
        QVERIFY(!schedule.due(1000 + DiagnosisSchedule::FullIntervalSecs - 1));
        QVERIFY(schedule.due(1000 + DiagnosisSchedule::FullIntervalSecs));
    }

    // A run that took long (a large cluster read in full) keeps the next one
    // for changed pods at bay: diagnosis takes at most a twentieth of the time.
    void longRunsSpaceTheNext()
    {
        DiagnosisSchedule schedule;
        schedule.started(1000);
        schedule.finished(6000);
        schedule.podsChanged();
        QVERIFY(!schedule.due(1060));
        QVERIFY(!schedule.due(1119));
        QVERIFY(schedule.due(1120));
        schedule.started(1300);
        schedule.finished(3000); // a small cluster keeps the minute
        schedule.podsChanged();
        QVERIFY(schedule.due(1360));
        schedule.started(1360);
        schedule.finished(60000); // however long, three minutes at most
        schedule.podsChanged();
        QVERIFY(!schedule.due(1360 + 179));
        QVERIFY(schedule.due(1360 + 180));
    }

    void failedReadRetriesAtNextCheck()
    {
        DiagnosisSchedule schedule;
        schedule.started(1000);
        schedule.failed();
        QVERIFY(schedule.due(1060));
    }

    void resetForgetsTheLastCluster()
    {
        DiagnosisSchedule schedule;
        schedule.started(1000);
        schedule.reset();
        QVERIFY(schedule.due(1001));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisSchedule)
#include "tst_diagnosisschedule.moc"
