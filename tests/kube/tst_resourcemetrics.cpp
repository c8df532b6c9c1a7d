// metrics.k8s.io bodies read into compact samples: quantities exact and
// rounded up as Kubernetes' Quantity does, durations as Go writes them, odd
// items kept and counted rather than stopping the list.

#include "resourcemetrics.h"
#include "usagequantity.h"

#include <QTest>

using namespace Kaji;

class TestResourceMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nanocores");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("nanocores") << "329087452n" << qint64(329087452) << qint64(1); // 0.33 bytes rounds up
        QTest::newRow("zero") << "0" << qint64(0) << qint64(0);
        QTest::newRow("millicores") << "250m" << qint64(250'000'000) << qint64(1);
        QTest::newRow("cores") << "2" << qint64(2'000'000'000) << qint64(2);
        QTest::newRow("fraction") << "1.5" << qint64(1'500'000'000) << qint64(2);
        QTest::newRow("kibibytes") << "2748180Ki" << qint64(2748180LL * 1024 * 1'000'000'000) << qint64(2748180LL * 1024);
        QTest::newRow("mebibytes") << "512Mi" << qint64(536870912LL * 1'000'000'000) << qint64(512LL * 1024 * 1024);
        QTest::newRow("gigabytes") << "1G" << qint64(1'000'000'000LL * 1'000'000'000) << qint64(1'000'000'000);
        QTest::newRow("exponent") << "2e3" << qint64(2000LL * 1'000'000'000) << qint64(2000);
        QTest::newRow("micro") << "1500u" << qint64(1'500'000) << qint64(1);
        QTest::newRow("not a quantity") << "lots" << qint64(-1) << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1) << qint64(-1);
        QTest::newRow("bad suffix") << "5Xi" << qint64(-1) << qint64(-1);
        QTest::newRow("too large") << "9999999999999999999999" << qint64(-1) << qint64(-1);
    }

    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(qint64, nanocores);
        QFETCH(qint64, bytes);
        const std::string s = text.toStdString();
        QCOMPARE(Kube::cpuNanocores(s).value_or(-1), nanocores);
        QCOMPARE(Kube::memoryBytes(s).value_or(-1), bytes);
    }

    void millisRoundUpAsKubectlPrints()
    {
        QCOMPARE(Kube::nanocoresToMillis(0), qint64(0));
        QCOMPARE(Kube::nanocoresToMillis(1), qint64(1));
        QCOMPARE(Kube::nanocoresToMillis(329087452), qint64(330));
        QCOMPARE(Kube::nanocoresToMillis(5'000'000), qint64(5));
    }

    void durations()
    {
        QCOMPARE(Kube::durationMs("20.064s"), qint64(20064));
        QCOMPARE(Kube::durationMs("15s"), qint64(15000));
        QCOMPARE(Kube::durationMs("1m0.5s"), qint64(60500));
        QCOMPARE(Kube::durationMs("250ms"), qint64(250));
        QCOMPARE(Kube::durationMs("soon"), qint64(0));
    }

    void nodeList()
    {
        const QByteArray json = R"({"kind":"NodeMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},"items":[
            {"metadata":{"name":"worker-1","creationTimestamp":"2026-12-03T04:38:08Z","labels":{"a":"b"}},
             "timestamp":"2026-12-03T04:37:54Z","window":"20.064s","usage":{"cpu":"329087452n","memory":"2748180Ki"}},
            {"metadata":{"name":"worker-2"},"timestamp":"2026-12-03T04:37:50Z","window":"15s","usage":{"cpu":"odd","memory":"1Mi"}}]})";
        const auto list = Kube::decodeNodeMetrics(json);
        QVERIFY(list);
        QCOMPARE(list->items.size(), 2);
        QCOMPARE(list->items[0].name, QStringLiteral("worker-1"));
        QCOMPARE(list->items[0].usage.cpuNanocores, qint64(329087452));
        QCOMPARE(list->items[0].usage.memoryBytes, qint64(2748180LL * 1024));
        QCOMPARE(list->items[0].windowMs, qint64(20064));
        QCOMPARE(list->items[0].timestampSecs, QDateTime::fromString(QStringLiteral("2026-12-03T04:37:54Z"), Qt::ISODate).toSecsSinceEpoch());
        // The unreadable CPU reads 0 and is counted; the memory stays.
        QCOMPARE(list->unreadable, 1);
        QCOMPARE(list->items[1].usage.cpuNanocores, qint64(0));
        QCOMPARE(list->items[1].usage.memoryBytes, qint64(1024 * 1024));
        QVERIFY(!Kube::decodeNodeMetrics("not json"));
    }

    void podList()
    {
        const QByteArray json = R"({"kind":"PodMetricsList","items":[
            {"metadata":{"name":"orders-api-1","namespace":"shop"},"timestamp":"2026-12-03T04:37:54Z","window":"15s",
             "containers":[{"name":"api","usage":{"cpu":"100m","memory":"64Mi"}},
                           {"name":"sidecar","usage":{"cpu":"1500000n","memory":"3Mi"}}]},
            {"metadata":{"name":"idle","namespace":"batch"},"containers":[]}]})";
        const auto list = Kube::decodePodMetrics(json);
        QVERIFY(list);
        QCOMPARE(list->items.size(), 2);
        const Kube::PodUsage &pod = list->items[0];
        QCOMPARE(pod.namespaceName, QStringLiteral("shop"));
        QCOMPARE(pod.containers.size(), 2);
        QCOMPARE(pod.containers[1].name, QStringLiteral("sidecar"));
        QCOMPARE(pod.total().cpuNanocores, qint64(101'500'000));
        QCOMPARE(pod.total().memoryBytes, qint64(67LL * 1024 * 1024));
        QCOMPARE(list->items[1].total().cpuNanocores, qint64(0));
        QCOMPARE(list->unreadable, 0);
    }
};

QTEST_GUILESS_MAIN(TestResourceMetrics)
#include "tst_resourcemetrics.moc"
