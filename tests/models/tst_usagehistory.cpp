// The usage history: readings in a bounded ring, gaps kept as gaps (never a
// 0), pods summed from their containers, deleted objects forgotten once
// they left the window, figures in 16 bits, and the memory it may hold: an
// hour of 10,000 pods, a shorter window when there are many more.

#include "metrics/usagehistory.h"

#include <QTest>

#include <limits>

using namespace Kaji;

namespace {

Kube::MetricsSample reading(qint64 timeMs, const QList<std::tuple<QString, QString, qint64, qint64>> &containers,
                            const QList<std::pair<QString, qint64>> &nodes = {})
{
    Kube::MetricsSample s;
    s.takenMs = timeMs;
    s.pods = Kube::PodUsageList{};
    for (const auto &[pod, container, millis, bytes] : containers) {
        Kube::PodUsage *p = nullptr;
        for (Kube::PodUsage &existing : s.pods->items)
            if (existing.name == pod)
                p = &existing;
        if (!p) {
            s.pods->items.append(Kube::PodUsage{QStringLiteral("shop"), pod, 0, 15000, {}});
            p = &s.pods->items.last();
        }
        p->containers.append({container, {millis * 1'000'000, bytes}});
    }
    s.nodes = Kube::NodeUsageList{};
    for (const auto &[name, millis] : nodes)
        s.nodes->items.append({name, 0, 15000, {millis * 1'000'000, 1 << 30}});
    return s;
}

} // namespace

class TestUsageHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void podsAreTheSumOfTheirContainers()
    {
        Models::UsageHistory history(4);
        history.record(reading(1000, {{QStringLiteral("api"), QStringLiteral("app"), 100, 64 << 20},
                                      {QStringLiteral("api"), QStringLiteral("proxy"), 5, 8 << 20}},
                               {{QStringLiteral("worker-1"), 900}}));
        const auto pod = history.pod(QStringLiteral("shop"), QStringLiteral("api"));
        QCOMPARE(pod.size(), 1);
        QVERIFY(pod[0].present);
        QCOMPARE(pod[0].cpuMillis, qint64(105));
        QCOMPARE(pod[0].memoryBytes, qint64(72 << 20));
        QCOMPARE(pod[0].timeMs, qint64(1000));
        QCOMPARE(history.containers(QStringLiteral("shop"), QStringLiteral("api")),
                 (QStringList{QStringLiteral("app"), QStringLiteral("proxy")}));
        QCOMPARE(history.node(QStringLiteral("worker-1")).at(0).cpuMillis, qint64(900));
        QVERIFY(history.node(QStringLiteral("nowhere")).isEmpty());
    }

    void missingReadingsAreGaps()
    {
        Models::UsageHistory history(8);
        history.record(reading(1000, {{QStringLiteral("api"), QStringLiteral("app"), 100, 1 << 20}}));
        Kube::MetricsSample failed;
        failed.takenMs = 2000; // the pod list failed: no pods at all
        history.record(failed);
        history.record(reading(3000, {{QStringLiteral("api"), QStringLiteral("app"), 0, 1 << 20}}));
        const auto points = history.pod(QStringLiteral("shop"), QStringLiteral("api"));
        QCOMPARE(points.size(), 3);
        QVERIFY(points[0].present);
        QVERIFY(!points[1].present);
        QCOMPARE(points[1].timeMs, qint64(2000));
        // A measured 0 is a measurement.
        QVERIFY(points[2].present);
        QCOMPARE(points[2].cpuMillis, qint64(0));
    }

    void theRingKeepsTheLastReadingsAndForgetsTheGone()
    {
        Models::UsageHistory history(3);
        for (int i = 0; i < 5; ++i) {
            QList<std::tuple<QString, QString, qint64, qint64>> containers{{QStringLiteral("api"), QStringLiteral("app"), 10 * i, 1 << 20}};
            if (i == 0)
                containers.append({QStringLiteral("gone"), QStringLiteral("app"), 1, 1 << 20});
            history.record(reading(1000 * (i + 1), containers));
        }
        const auto points = history.pod(QStringLiteral("shop"), QStringLiteral("api"));
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].timeMs, qint64(3000));
        QCOMPARE(points[0].cpuMillis, qint64(20));
        QCOMPARE(points[2].cpuMillis, qint64(40));
        // Deleted after the first reading, out of the window now: forgotten.
        QVERIFY(history.containers(QStringLiteral("shop"), QStringLiteral("gone")).isEmpty());
        QVERIFY(history.pod(QStringLiteral("shop"), QStringLiteral("gone")).isEmpty());
    }

    // MetricsController records into a copy on the pool while the GUI
    // thread reads the original: they share readings, never changes.
    void aCopyRecordsWithoutChangingTheOriginal()
    {
        Models::UsageHistory history(3);
        history.record(reading(1000, {{QStringLiteral("api"), QStringLiteral("app"), 10, 1 << 20}}, {{QStringLiteral("n1"), 5}}));
        Models::UsageHistory copy = history;
        for (int i = 2; i <= 4; ++i)
            copy.record(reading(1000 * i, {{QStringLiteral("api"), QStringLiteral("app"), 10 * i, 1 << 20},
                                           {QStringLiteral("new"), QStringLiteral("app"), 1, 1 << 20}}));
        QCOMPARE(history.readings(), 1);
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("api")).size(), 1);
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("api")).at(0).cpuMillis, qint64(10));
        QVERIFY(history.containers(QStringLiteral("shop"), QStringLiteral("new")).isEmpty());
        QCOMPARE(history.node(QStringLiteral("n1")).size(), 1);
        // The copy moved on: its window starts at the second reading.
        QCOMPARE(copy.readings(), 4);
        const auto points = copy.pod(QStringLiteral("shop"), QStringLiteral("api"));
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].cpuMillis, qint64(20));
        QCOMPARE(points[2].cpuMillis, qint64(40));
        // The node went unsampled for the whole window: gone from the copy only.
        QVERIFY(copy.node(QStringLiteral("n1")).isEmpty());
        QVERIFY(!history.node(QStringLiteral("n1")).isEmpty());
    }

    // A pod created after another was forgotten takes over its storage, and
    // none of its figures: the readings before its first are gaps.
    void aNewPodInheritsNothingFromAForgottenOne()
    {
        Models::UsageHistory history(3);
        const QString api = QStringLiteral("api"), app = QStringLiteral("app");
        history.record(reading(1000, {{QStringLiteral("gone"), app, 777, 7 << 20}, {api, app, 1, 1 << 20}}));
        for (int i = 2; i <= 4; ++i)
            history.record(reading(1000 * i, {{api, app, i, 1 << 20}}));
        QVERIFY(history.containers(QStringLiteral("shop"), QStringLiteral("gone")).isEmpty());
        const qint64 before = history.bytesHeld();
        history.record(reading(5000, {{api, app, 5, 1 << 20}, {QStringLiteral("fresh"), app, 3, 2 << 20}}));
        const auto fresh = history.pod(QStringLiteral("shop"), QStringLiteral("fresh"));
        QCOMPARE(fresh.size(), 3);
        QVERIFY(!fresh[0].present);
        QVERIFY(!fresh[1].present);
        QVERIFY(fresh[2].present);
        QCOMPARE(fresh[2].cpuMillis, qint64(3));
        QCOMPARE(fresh[2].memoryBytes, qint64(2 << 20));
        QCOMPARE(history.pod(QStringLiteral("shop"), api).last().cpuMillis, qint64(5));
        // Its number was reused: the frames did not grow.
        QVERIFY2(history.bytesHeld() <= before + 200, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(history.bytesHeld())));
    }

    void anHourOfTenThousandPodsStaysSmall()
    {
        Models::UsageHistory history(240); // an hour at 15 s
        QList<std::tuple<QString, QString, qint64, qint64>> containers;
        for (int i = 0; i < 10000; ++i) {
            containers.append({QStringLiteral("pod-%1").arg(i), QStringLiteral("app"), i % 500, qint64(i) << 16});
            if (i % 2 == 0)
                containers.append({QStringLiteral("pod-%1").arg(i), QStringLiteral("sidecar"), 1, 1 << 20});
        }
        const Kube::MetricsSample sample = reading(1000, containers);
        for (int r = 0; r < 240; ++r)
            history.record(sample);
        const qint64 held = history.bytesHeld();
        qInfo("15,000 container series x 240 readings: %.1f MB", double(held) / 1e6);
        // Four bytes per value: 14.4 MB of readings, the rest is the index.
        QVERIFY2(held <= 20'000'000, qPrintable(QString::number(held)));
        QCOMPARE(history.window(), 240); // within the budget: the whole hour
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("pod-4")).last().cpuMillis, qint64(5));
    }

    // Below 2,048 a figure is kept as it is; above, within 1/4,096 of it,
    // never as "no sample", and a larger figure never reads smaller.
    void figuresKeepTwelveSignificantBits()
    {
        using namespace Models::CompactFigure;
        for (qint64 v = 0; v < 2048; ++v)
            QCOMPARE(decode(encode(v)), quint64(v));
        QCOMPARE(encode(-5), quint16(0));
        quint16 previous = 0;
        for (qint64 v = 2048; v < (qint64(1) << 41); v += 1 + v / 997) {
            const quint16 code = encode(v);
            QVERIFY2(code != Missing, qPrintable(QString::number(v)));
            QVERIFY2(code >= previous, qPrintable(QString::number(v)));
            previous = code;
            const qint64 error = qAbs(qint64(decode(code)) - v);
            QVERIFY2(error * 4096 <= v, qPrintable(QStringLiteral("%1 read back as %2").arg(v).arg(decode(code))));
        }
        // Past the range: the largest figure, still not "no sample".
        QCOMPARE(encode(std::numeric_limits<qint64>::max()), quint16(Missing - 1));
        QVERIFY(decode(Missing - 1) > quint64(4e12));
    }

    // When the readings of every series would pass the budget, the window
    // shortens to what it holds (never below what the rules read); the
    // readings let go are not shown as gaps.
    void manySeriesShortenTheWindowToTheBudget()
    {
        const qint64 budget = 40'000; // 100 series: 400 bytes a reading, 100 readings
        Models::UsageHistory history(240, budget);
        const auto pods = [](int count, int millis) {
            QList<std::tuple<QString, QString, qint64, qint64>> containers;
            for (int i = 0; i < count; ++i)
                containers.append({QStringLiteral("pod-%1").arg(i), QStringLiteral("app"), millis, 1 << 20});
            return containers;
        };
        for (int r = 0; r < 150; ++r)
            history.record(reading(1000 * (r + 1), pods(10, r)));
        QCOMPARE(history.window(), 150); // 10 series: the budget holds the whole capacity
        history.record(reading(151'000, pods(100, 150)));
        QCOMPARE(history.window(), 100);
        const auto points = history.pod(QStringLiteral("shop"), QStringLiteral("pod-3"));
        QCOMPARE(points.size(), 100);
        QCOMPARE(points.first().timeMs, qint64(52'000));
        QVERIFY(std::all_of(points.cbegin(), points.cend(), [](const auto &p) { return p.present; }));
        QCOMPARE(points.last().cpuMillis, qint64(150));
        // A new series is read from its first reading, in the same window.
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("pod-50")).size(), 100);
        // 1,000 series would allow 10 readings: the window stops at the rules' 60.
        history.record(reading(152'000, pods(1000, 151)));
        QCOMPARE(history.window(), Models::UsageHistory::FloorReadings);
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("pod-3")).first().timeMs, qint64(93'000));
        // Recording on keeps it there, holding what the floor asks and no more.
        for (int r = 0; r < 30; ++r)
            history.record(reading(153'000 + 1000 * r, pods(1000, r)));
        QCOMPARE(history.window(), Models::UsageHistory::FloorReadings);
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("pod-3")).size(),
                 qsizetype(Models::UsageHistory::FloorReadings));
    }
};

QTEST_GUILESS_MAIN(TestUsageHistory)
#include "tst_usagehistory.moc"
