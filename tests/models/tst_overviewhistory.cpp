#include "overview/overviewhistory.h"

#include <QTest>

using namespace Kaji;
using Models::OverviewHistory;

namespace {

Models::PodCounts running(int n)
{
    Models::PodCounts counts;
    counts.total = counts.running = n;
    return counts;
}

} // namespace

class TestOverviewHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onePointPerPeriod()
    {
        OverviewHistory history(10, 15000);
        history.record(1000, running(3), 1);
        history.record(14999, running(4), std::nullopt); // same period: the newest count stands
        QCOMPARE(history.size(), 1);
        QList<OverviewHistory::Point> points = history.points();
        QCOMPARE(points.first().timeMs, 0);
        QCOMPARE(points.first().pods->running, 4);
        QCOMPARE(points.first().warnings.value_or(-1), 1); // not erased by an unknown
        history.record(15000, running(5), 0);
        points = history.points();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.last().timeMs, 15000);
        QCOMPARE(points.last().warnings.value_or(-1), 0); // a counted 0 is a 0
    }

    void skippedPeriodsAreOneGap()
    {
        OverviewHistory history(10, 15000);
        history.record(0, running(1), std::nullopt);
        history.record(100000, running(2), std::nullopt); // six periods later
        const QList<OverviewHistory::Point> points = history.points();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(1).timeMs, 15000);
        QVERIFY(!points.at(1).pods);
        QVERIFY(!points.at(1).warnings);
        QCOMPARE(points.at(2).timeMs, 90000);
        QVERIFY(!points.at(0).warnings); // events were not watched: a gap, not a 0
    }

    void ringKeepsTheNewest()
    {
        OverviewHistory history(4, 10);
        for (int i = 0; i < 7; ++i)
            history.record(i * 10, running(i), i);
        const QList<OverviewHistory::Point> points = history.points();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.first().pods->running, 3);
        QCOMPARE(points.last().pods->running, 6);
        QCOMPARE(points.last().timeMs, 60);
        history.clear();
        QCOMPARE(history.size(), 0);
        QVERIFY(history.points().isEmpty());
    }

    void clockGoingBackKeepsHistory()
    {
        OverviewHistory history(4, 10);
        history.record(50, running(1), 1);
        history.record(20, running(9), 9);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.points().first().pods->running, 1);
    }

    void defaultsHoldFourHours()
    {
        const OverviewHistory history;
        QCOMPARE(history.capacity() * history.periodMs(), qint64(4) * 3600 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestOverviewHistory)
#include "tst_overviewhistory.moc"
