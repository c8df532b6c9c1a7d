// Charts drawn again and again (the Overview redraws its history every
// period, the usage view every reading) keep a fixed set of objects: the
// axes and series of the previous drawing are freed, not left behind.

#include "clearchart.h"
#include "overview/historychart.h"

#include <QChartView>
#include <QLineSeries>
#include <QPointer>
#include <QTest>
#include <QValueAxis>

using namespace Kaji;

class TestChartRedraws : public QObject {
    Q_OBJECT

private Q_SLOTS:
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

    void historyChartKeepsOneDrawing()
    {
        Ui::HistoryChart chart(Ui::HistoryChart::Subject::Pods);
        QChart *drawn = chart.findChild<QChartView *>()->chart();
        QList<Models::OverviewHistory::Point> points;
        for (int i = 0; i < 10; ++i) {
            Models::OverviewHistory::Point point;
            point.timeMs = 1'700'000'000'000 + i * 60'000;
            point.pods = Models::PodCounts{};
            point.pods->total = point.pods->running = 5 + i;
            points.append(point);
        }
        chart.show(points);
        const qsizetype axes = drawn->axes().size(), series = drawn->series().size();
        QVERIFY(axes > 0);
        QList<QPointer<QAbstractAxis>> previous;
        for (QAbstractAxis *axis : drawn->axes())
            previous.append(axis);
        for (int redraw = 0; redraw < 5; ++redraw)
            chart.show(points);
        QCOMPARE(drawn->axes().size(), axes);
        QCOMPARE(drawn->series().size(), series);
        for (const QPointer<QAbstractAxis> &axis : std::as_const(previous))
            QVERIFY(axis.isNull());
    }
};

QTEST_MAIN(TestChartRedraws)
#include "tst_chartredraws.moc"
