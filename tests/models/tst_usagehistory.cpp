// The usage history: readings in a bounded ring, gaps kept as gaps (never a
// 0), pods summed from their containers, deleted objects forgotten once
// they left the window, and the memory an hour of 10,000 pods costs.

#include "metrics/usagehistory.h"

#include <QTest>

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
        for (int r = 0; r < 3; ++r)
            history.record(sample);
        // The ring is allocated whole: three readings cost what 240 do.
        const qint64 held = history.bytesHeld();
        qInfo("15,000 container series x 240 readings: %.1f MB", double(held) / 1e6);
        QVERIFY2(held <= 50'000'000, qPrintable(QString::number(held)));
        QCOMPARE(history.pod(QStringLiteral("shop"), QStringLiteral("pod-4")).last().cpuMillis, qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestUsageHistory)
#include "tst_usagehistory.moc"
