// Charts drawn again and again (the Overview redraws its history every
// period, the usage view every reading) keep a fixed set of objects: the
// axes and series of the previous drawing are freed, not left behind. The
// Overview's capacity charts, lists, counts and history, shown the same
// figures again (a quiet cluster counted again), are left as they are.

#include "clearchart.h"
#include "overview/capacitychart.h"
#include "overview/historychart.h"
#include "overview/objectlist.h"
#include "overview/overviewpage.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QTest>
#include <QValueAxis>

using namespace Kaji;

class TestChartRedraws : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameFiguresAreNotDrawnAgain()
    {
        Ui::OverviewPage page;
        Models::SourceState readable;
        readable.access = Models::KindAccess::Readable;
        page.showNodes(readable, {});
        Models::CapacityTotals totals;
        totals.total.cpuAllocatableMillis = 4000;
        totals.total.cpuRequestMillis = 1500;
        totals.nodes.append(totals.total);
        totals.nodes.last().node = QStringLiteral("node-1");
        page.showCapacity(readable, totals, {});
        QChart *cpu = page.findChild<Ui::CapacityChart *>(QStringLiteral("overviewCpu"))->findChild<QChartView *>()->chart();
        QVERIFY(!cpu->series().isEmpty());
        const QPointer<QAbstractSeries> drawn(cpu->series().first());
        page.showCapacity(readable, totals, {});
        QVERIFY(!drawn.isNull()); // the same figures: the same drawing
        totals.total.cpuRequestMillis = 2500;
        page.showCapacity(readable, totals, {});
        QVERIFY(drawn.isNull()); // others: drawn anew

        // Nodes, pods and workloads counted the same: their labels are not
        // set again (a mark put in one stays), other counts replace it.
        const auto label = [&](const char *name) { return page.findChild<QLabel *>(QLatin1String(name)); };
        Models::NodeCounts nodes;
        nodes.total = nodes.ready = 3;
        page.showNodes(readable, nodes);
        Models::PodCounts pods;
        pods.total = pods.running = 7;
        page.showPods(readable, pods);
        Models::WorkloadCounts deployments;
        deployments.total = deployments.ready = 2;
        const QList<std::pair<Models::SourceState, Models::WorkloadCounts>> workloads{{readable, deployments}};
        page.showWorkloads(workloads);
        const char *marked[] = {"nodesSummary", "podsRunning", "workloadDeployment"};
        for (const char *name : marked) {
            QVERIFY2(label(name), name);
            label(name)->setText(QStringLiteral("mark"));
        }
        page.showNodes(readable, nodes);
        page.showPods(readable, pods);
        page.showWorkloads(workloads);
        for (const char *name : marked)
            QCOMPARE(label(name)->text(), QStringLiteral("mark"));
        nodes.ready = 2;
        page.showNodes(readable, nodes);
        QVERIFY(label("nodesSummary")->text().contains(QLatin1String("2")));
        pods.running = 6;
        page.showPods(readable, pods);
        QCOMPARE(label("podsRunning")->text(), QStringLiteral("6"));
        deployments.ready = 1;
        page.showWorkloads({{readable, deployments}});
        QVERIFY(label("workloadDeployment")->text() != QLatin1String("mark"));

        Ui::ObjectList list(QStringLiteral("problems"), 5);
        const QList<Ui::ObjectList::Entry> entries = {{QStringLiteral("web-1 crash looping"), {}, Qt::red, {}}};
        list.setEntries(entries);
        list.item(0)->setData(Qt::UserRole, QStringLiteral("kept")); // gone if the row were made anew
        list.setEntries(entries);
        QCOMPARE(list.item(0)->data(Qt::UserRole).toString(), QStringLiteral("kept"));
        list.setEntries({{QStringLiteral("web-2 crash looping"), {}, Qt::red, {}}});
        QCOMPARE(list.count(), 1);
        QCOMPARE(list.item(0)->text(), QStringLiteral("web-2 crash looping"));
    }

    void clearingFreesAxesAndSeries()
    {
        QChart chart;
        auto *axis = new QValueAxis;
        auto *series = new QLineSeries;
        chart.addAxis(axis, Qt::AlignLeft);
        chart.addSeries(series);
        series->attachAxis(axis);
        const QPointer<QValueAxis> axisLeft(axis);
        const QPointer<QLineSeries> seriesLeft(series);
        Ui::clearChart(&chart);
        QVERIFY(chart.axes().isEmpty());
        QVERIFY(chart.series().isEmpty());
        QVERIFY(axisLeft.isNull());
        QVERIFY(seriesLeft.isNull());
    }

    // A new reading moves the points of the drawing there is; a gap (a
    // line broken in two) draws anew, freeing the drawing before.
    void historyChartKeepsOneDrawing()
    {
        Ui::HistoryChart chart(Ui::HistoryChart::Subject::Pods);
        QChart *drawn = chart.findChild<QChartView *>()->chart();
        QList<Models::OverviewHistory::Point> points;
        const auto reading = [&](int i, bool read = true) {
            Models::OverviewHistory::Point point;
            point.timeMs = 1'700'000'000'000 + i * 60'000;
            if (read) {
                point.pods = Models::PodCounts{};
                point.pods->total = point.pods->running = 5 + i;
            }
            points.append(point);
        };
        for (int i = 0; i < 10; ++i)
            reading(i);
        chart.show(points);
        const qsizetype axes = drawn->axes().size(), series = drawn->series().size();
        QVERIFY(axes > 0);
        QCOMPARE(chart.pointsDrawn(), 40); // four lines (phases), ten readings
        const auto current = [&] {
            QList<QPointer<QObject>> objects;
            for (QAbstractAxis *axis : drawn->axes())
                objects.append(axis);
            for (QAbstractSeries *line : drawn->series())
                objects.append(line);
            return objects;
        };
        const QList<QPointer<QObject>> first = current();
        for (int redraw = 0; redraw < 5; ++redraw) {
            reading(10 + redraw);
            chart.show(points);
        }
        QCOMPARE(chart.pointsDrawn(), 60);
        QCOMPARE(current(), first); // the same axes and series, moved
        auto *running = qobject_cast<QLineSeries *>(drawn->series().first());
        QCOMPARE(running->count(), 15);
        QCOMPARE(running->at(14).y(), 19.0);

        // The same history again (a count with no new period): nothing is
        // laid out again, so a range set meanwhile stays.
        auto *time = qobject_cast<QDateTimeAxis *>(drawn->axes(Qt::Horizontal).first());
        QVERIFY(time);
        const QDateTime mark = QDateTime::fromMSecsSinceEpoch(0);
        time->setRange(mark, mark.addSecs(60));
        chart.show(points);
        QCOMPARE(time->min(), mark);
        QCOMPARE(chart.pointsDrawn(), 60);

        reading(15, false); // no reading: every line breaks
        reading(16);
        chart.show(points);
        QCOMPARE(drawn->axes().size(), axes);
        QCOMPARE(drawn->series().size(), series * 2);
        for (const QPointer<QObject> &object : first)
            QVERIFY(object.isNull());
        QCOMPARE(chart.pointsDrawn(), 64);
    }
};

QTEST_MAIN(TestChartRedraws)
#include "tst_chartredraws.moc"
