#include "overview/capacitytotals.h"
#include "overview/clustercounts.h"
#include "overview/podtallykeeper.h"

#include "podtablemodel.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Kaji;
using json = nlohmann::json;

namespace {

Kube::ObjectFacts facts(const QString &ns, const QString &name, json fields)
{
    Kube::ObjectFacts object;
    object.namespaceName = ns;
    object.name = name;
    object.fields = std::move(fields);
    return object;
}

void add(QHash<QString, Kube::ObjectFacts> &hash, Kube::ObjectFacts object)
{
    hash.insert(object.key(), std::move(object));
}

json condition(const char *type, const char *status, const char *reason = "")
{
    return {{"type", type}, {"status", status}, {"reason", reason}};
}

// A pod scheduled on `node`, holding `share` there.
Kube::PodRecord scheduled(const QString &name, const QString &phase, const QString &node, Kube::NodeShare share)
{
    Kube::PodRecord record;
    record.namespaceName = QStringLiteral("shop");
    record.name = name;
    record.phase = phase;
    record.nodeName = node;
    record.nodeShare = share;
    return record;
}

Kube::PodRecord pod(const QString &name, const QString &phase, const QString &status = {}, int restarts = 0)
{
    Kube::PodRecord record;
    record.namespaceName = QStringLiteral("shop");
    record.name = name;
    record.phase = phase;
    record.status.status = status.isEmpty() ? phase : status;
    record.status.restarts = restarts;
    return record;
}

} // namespace

class TestOverviewCounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodesByReadyCordonAndPressure()
    {
        QHash<QString, Kube::ObjectFacts> nodes;
        add(nodes, facts({}, QStringLiteral("a"), {{"status", {{"conditions", {condition("Ready", "True")}}}}}));
        add(nodes, facts({}, QStringLiteral("b"),
                         {{"spec", {{"unschedulable", true}}},
                          {"status", {{"conditions", {condition("Ready", "False"), condition("MemoryPressure", "True"),
                                                      condition("DiskPressure", "False")}}}}}));
        add(nodes, facts({}, QStringLiteral("c"), {{"status", {{"conditions", {condition("Ready", "Unknown")}}}}}));
        add(nodes, facts({}, QStringLiteral("d"), json::object())); // never reported
        const Models::NodeCounts counts = Models::countNodes(nodes);
        QCOMPARE(counts.total, 4);
        QCOMPARE(counts.ready, 1);
        QCOMPARE(counts.notReady, 1);
        QCOMPARE(counts.unknown, 2);
        QCOMPARE(counts.cordoned, 1);
        QCOMPARE(counts.notReadyNames, QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(counts.pressure, QStringList{QStringLiteral("b: MemoryPressure")});
    }

    void deploymentsReadyProgressingFailing()
    {
        using Kind = Models::WorkloadCounts::Kind;
        QHash<QString, Kube::ObjectFacts> deployments;
        add(deployments, facts(QStringLiteral("shop"), QStringLiteral("ok"),
                               {{"spec", {{"replicas", 2}}}, {"status", {{"readyReplicas", 2}}}}));
        add(deployments, facts(QStringLiteral("shop"), QStringLiteral("rolling"),
                               {{"spec", {{"replicas", 3}}},
                                {"status", {{"readyReplicas", 1}, {"conditions", {condition("Progressing", "True", "ReplicaSetUpdated")}}}}}));
        add(deployments, facts(QStringLiteral("shop"), QStringLiteral("stuck"),
                               {{"spec", {{"replicas", 2}}},
                                {"status", {{"conditions", {condition("Progressing", "False", "ProgressDeadlineExceeded"),
                                                            condition("Available", "False")}}}}}));
        // spec.replicas unset means one.
        add(deployments, facts(QStringLiteral("a"), QStringLiteral("default-one"),
                               {{"status", {{"readyReplicas", 1}}}}));
        const Models::WorkloadCounts counts = Models::countWorkloads(Kind::Deployment, deployments);
        QCOMPARE(counts.total, 4);
        QCOMPARE(counts.ready, 2);
        QCOMPARE(counts.progressing, 1);
        QCOMPARE(counts.failing, 1);
        QCOMPARE(counts.readyReplicas, 4);
        QCOMPARE(counts.desiredReplicas, 8);
        QCOMPARE(counts.failingObjects.size(), 1);
        QCOMPARE(counts.failingObjects.first().object.name, QStringLiteral("stuck"));
        QCOMPARE(counts.failingObjects.first().object.kind, QStringLiteral("Deployment"));
        QCOMPARE(counts.failingObjects.first().desired, 2);
    }

    void daemonSetsStatefulSetsAndJobs()
    {
        using Kind = Models::WorkloadCounts::Kind;
        QHash<QString, Kube::ObjectFacts> daemons;
        add(daemons, facts(QStringLiteral("kube-system"), QStringLiteral("proxy"),
                           {{"status", {{"desiredNumberScheduled", 3}, {"numberReady", 3}, {"updatedNumberScheduled", 3}}}}));
        add(daemons, facts(QStringLiteral("kube-system"), QStringLiteral("cni"),
                           {{"status", {{"desiredNumberScheduled", 3}, {"numberReady", 2}, {"updatedNumberScheduled", 3}}}}));
        Models::WorkloadCounts counts = Models::countWorkloads(Kind::DaemonSet, daemons);
        QCOMPARE(counts.ready, 1);
        QCOMPARE(counts.failing, 1);
        QCOMPARE(counts.failingObjects.first().object.name, QStringLiteral("cni"));

        QHash<QString, Kube::ObjectFacts> sets;
        add(sets, facts(QStringLiteral("db"), QStringLiteral("pg"),
                        {{"spec", {{"replicas", 3}}}, {"status", {{"readyReplicas", 1}, {"updatedReplicas", 1}}}}));
        counts = Models::countWorkloads(Kind::StatefulSet, sets);
        QCOMPARE(counts.progressing, 1); // still rolling its pods
        QCOMPARE(counts.failing, 0);

        QHash<QString, Kube::ObjectFacts> jobs;
        add(jobs, facts(QStringLiteral("b"), QStringLiteral("done"),
                        {{"status", {{"succeeded", 1}, {"conditions", {condition("Complete", "True")}}}}}));
        add(jobs, facts(QStringLiteral("b"), QStringLiteral("broken"),
                        {{"spec", {{"completions", 2}}}, {"status", {{"failed", 4}, {"conditions", {condition("Failed", "True")}}}}}));
        add(jobs, facts(QStringLiteral("b"), QStringLiteral("running"), {{"status", {{"active", 1}}}}));
        counts = Models::countWorkloads(Kind::Job, jobs);
        QCOMPARE(counts.ready, 1);
        QCOMPARE(counts.progressing, 1);
        QCOMPARE(counts.failing, 1);
        QCOMPARE(counts.failingObjects.first().object.name, QStringLiteral("broken"));
        QCOMPARE(counts.desiredReplicas, 4);
    }

    void podsByPhaseAndWaitingReason()
    {
        const QList<Kube::PodRecord> pods = {
            pod(QStringLiteral("a"), QStringLiteral("Running"), {}, 2),
            pod(QStringLiteral("b"), QStringLiteral("Running"), QStringLiteral("CrashLoopBackOff"), 7),
            pod(QStringLiteral("c"), QStringLiteral("Pending"), QStringLiteral("ImagePullBackOff")),
            pod(QStringLiteral("d"), QStringLiteral("Pending"), QStringLiteral("Init:ErrImagePull")),
            pod(QStringLiteral("e"), QStringLiteral("Succeeded"), QStringLiteral("Completed")),
            pod(QStringLiteral("f"), QStringLiteral("Failed"), QStringLiteral("Error")),
            pod(QStringLiteral("g"), QString(), QStringLiteral("Unknown")),
            pod(QStringLiteral("h"), QStringLiteral("Running"), QStringLiteral("Init:CrashLoopBackOff"), 1),
        };
        const Models::PodCounts counts = Models::tallyPods(Kube::sharedRecords(pods)).counts;
        // The Pods table's tally, kept as its rows come, counts the same.
        Models::PodTableModel table;
        Models::PodTallyKeeper keeper;
        table.setRecordObserver(&keeper);
        auto batch = QSharedPointer<Kube::PodChangeBatch>::create();
        batch->reset = true;
        batch->upserted = Kube::sharedRecords(pods);
        table.applyBatch(batch);
        QCOMPARE(table.rowCount(), 8);
        QVERIFY(keeper.tally().counts == counts);
        table.setRecordObserver(nullptr);
        QCOMPARE(counts.total, 8);
        QCOMPARE(counts.running, 3);
        QCOMPARE(counts.pending, 2);
        QCOMPARE(counts.succeeded, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.unknown, 1);
        QCOMPARE(counts.crashLoop, 2);
        QCOMPARE(counts.imagePull, 2);
        QCOMPARE(counts.restarts, 10);
    }

    void warningsNewestFirst()
    {
        QHash<QString, Kube::ObjectFacts> events;
        add(events, facts(QStringLiteral("shop"), QStringLiteral("old"),
                          {{"involvedObject", {{"kind", "Pod"}, {"namespace", "shop"}, {"name", "api-1"}}},
                           {"reason", "BackOff"}, {"message", "Back-off  restarting"}, {"count", 5},
                           {"lastTimestamp", "2026-01-01T10:00:00Z"}}));
        add(events, facts(QStringLiteral("shop"), QStringLiteral("new"),
                          {{"involvedObject", {{"kind", "Pod"}, {"namespace", "shop"}, {"name", "api-2"}}},
                           {"reason", "Failed"}, {"eventTime", "2026-01-01T10:05:00.123456Z"}}));
        add(events, facts(QStringLiteral("shop"), QStringLiteral("mid"),
                          {{"involvedObject", {{"kind", "Node"}, {"name", "n1"}}}, {"reason", "Rebooted"},
                           {"lastTimestamp", nullptr}, {"firstTimestamp", "2026-01-01T10:02:00Z"}}));
        const QList<Models::WarningEvent> all = Models::recentWarnings(events, -1);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("new"));
        QCOMPARE(all.at(1).involved.kind, QStringLiteral("Node"));
        QCOMPARE(all.at(2).count, 5);
        QCOMPARE(all.at(2).message, QStringLiteral("Back-off restarting"));
        const qint64 at = QDateTime::fromString(QStringLiteral("2026-01-01T10:02:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(Models::warningsSince(events, at), 2);
        // A limit keeps the newest, each read in full; equal times go by name.
        add(events, facts(QStringLiteral("shop"), QStringLiteral("also-mid"),
                          {{"involvedObject", {{"kind", "Pod"}, {"namespace", "shop"}, {"name", "api-3"}}},
                           {"reason", "Unhealthy"}, {"message", "probe  failed"}, {"count", 2},
                           {"lastTimestamp", "2026-01-01T10:02:00Z"}}));
        const QList<Models::WarningEvent> newest = Models::recentWarnings(events, 3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.at(0).name, QStringLiteral("new"));
        QCOMPARE(newest.at(1).name, QStringLiteral("also-mid"));
        QCOMPARE(newest.at(1).lastSeenMs, at);
        QCOMPARE(newest.at(1).message, QStringLiteral("probe failed"));
        QCOMPARE(newest.at(1).count, 2);
        QCOMPARE(newest.at(1).involved.name, QStringLiteral("api-3"));
        QCOMPARE(newest.at(2).name, QStringLiteral("mid"));
        QCOMPARE(Models::recentWarnings(events, 1).size(), 1);
        QCOMPARE(Models::recentWarnings(events, 1).at(0).name, QStringLiteral("new"));
        QCOMPARE(Models::recentWarnings(events, 0).size(), 0);
        QCOMPARE(Models::recentWarnings(events, 9).size(), 4);
    }

    void capacityAgainstAllocatable()
    {
        QHash<QString, Kube::ObjectFacts> nodes;
        add(nodes, facts({}, QStringLiteral("n1"), {{"status", {{"allocatable", {{"cpu", "4"}, {"memory", "8Gi"}}}}}}));
        add(nodes, facts({}, QStringLiteral("n2"), {{"status", {{"allocatable", {{"cpu", "3500m"}, {"memory", "4Gi"}}}}}}));
        const Kube::NodeShare share = {250, 1000, 64LL << 20, 128LL << 20};
        const Kube::NodeShare small = {500, 500, 1LL << 20, 0};
        const QString n1 = QStringLiteral("n1"), n2 = QStringLiteral("n2");
        // A finished pod holds nothing, an unscheduled one nothing yet, and
        // a pod on a node not (or no longer) listed is left out.
        const QList<Kube::PodRecord> pods = {
            scheduled(QStringLiteral("p1"), QStringLiteral("Running"), n1, share),
            scheduled(QStringLiteral("p2"), QStringLiteral("Running"), n1, small),
            scheduled(QStringLiteral("done"), QStringLiteral("Succeeded"), n2, share),
            scheduled(QStringLiteral("failed"), QStringLiteral("Failed"), n2, share),
            scheduled(QStringLiteral("pending"), QStringLiteral("Pending"), {}, share),
            scheduled(QStringLiteral("gone"), QStringLiteral("Running"), QStringLiteral("n9"), share),
        };
        const Models::NodeLoads loads = Models::tallyPods(Kube::sharedRecords(pods)).loads;

        Models::CapacityTotals totals = Models::capacityTotals(nodes, loads, nullptr);
        QCOMPARE(totals.nodes.size(), 2);
        const Models::CapacityRow &first = totals.nodes.at(0);
        QCOMPARE(first.node, n1);
        QCOMPARE(first.pods, 2);
        QCOMPARE(first.cpuRequestMillis, 750);
        QCOMPARE(first.cpuLimitMillis, 1500);
        QCOMPARE(first.memoryRequestBytes, 65 * 1024 * 1024);
        QCOMPARE(first.memoryLimitBytes, 128 * 1024 * 1024);
        QCOMPARE(totals.nodes.at(1).pods, 0);
        QCOMPARE(totals.total.pods, 2);
        QCOMPARE(totals.total.cpuAllocatableMillis, 7500);
        QCOMPARE(totals.total.memoryAllocatableBytes, 12LL * 1024 * 1024 * 1024);
        QVERIFY(!totals.total.cpuUsageMillis); // no reading: no figure, not a 0

        Kube::MetricsSample sample;
        sample.nodes = Kube::NodeUsageList{};
        sample.nodes->items.append({n1, 0, 0, {1'200'000'000, 3LL << 30}});
        totals = Models::capacityTotals(nodes, loads, &sample);
        QCOMPARE(totals.nodes.at(0).cpuUsageMillis.value_or(-1), 1200);
        QVERIFY(!totals.nodes.at(1).cpuUsageMillis); // n2 not measured
        QVERIFY(!totals.total.cpuUsageMillis); // so no total either
        sample.nodes->items.append({n2, 0, 0, {300'000'000, 1LL << 30}});
        totals = Models::capacityTotals(nodes, loads, &sample);
        QCOMPARE(totals.total.cpuUsageMillis.value_or(-1), 1500);
        QCOMPARE(totals.total.memoryUsageBytes.value_or(-1), 4LL << 30);
    }

    // The tally kept from the table's changes equals a count of its rows
    // after every kind of change: a list, pods added, changed (phase, node,
    // share), removed one by one and many at once, a namespace listed again.
    void keptTallyFollowsEveryChange()
    {
        Models::PodTableModel table;
        Models::PodTallyKeeper keeper;
        table.setRecordObserver(&keeper);
        const QStringList phases = {QStringLiteral("Running"), QStringLiteral("Pending"), QStringLiteral("Succeeded"),
                                    QStringLiteral("Failed")};
        const auto record = [&](int i, int version) {
            Kube::PodRecord pod = scheduled(QStringLiteral("p%1").arg(i), phases.at((i + version) % 4),
                                            QStringLiteral("n%1").arg((i + version) % 3), {100 + version, 0, 1 << 20, 2 << 20});
            pod.namespaceName = QStringLiteral("ns%1").arg(i % 2);
            pod.status.status = (i + version) % 5 == 0 ? QStringLiteral("CrashLoopBackOff") : pod.phase;
            pod.status.restarts = version;
            return pod;
        };
        const auto apply = [&](bool reset, const QList<Kube::PodRecord> &upserted, const QStringList &removed = {},
                               const QString &scope = {}) {
            auto batch = QSharedPointer<Kube::PodChangeBatch>::create();
            batch->reset = reset;
            batch->scope = scope;
            batch->upserted = Kube::sharedRecords(upserted);
            batch->removed = removed;
            table.applyBatch(batch);
        };
        const auto agrees = [&] {
            QList<Kube::PodRecord> rows;
            for (int row = 0; row < table.rowCount(); ++row)
                rows.append(table.recordAt(row));
            const Models::PodTally counted = Models::tallyPods(Kube::sharedRecords(rows));
            const Models::PodTally &kept = keeper.tally();
            if (!(kept.counts == counted.counts) || kept.loads.keys().size() != counted.loads.size())
                return false;
            for (auto it = counted.loads.cbegin(); it != counted.loads.cend(); ++it) {
                const Models::CapacityRow load = kept.loads.value(it.key());
                if (load.pods != it->pods || load.cpuRequestMillis != it->cpuRequestMillis
                    || load.memoryLimitBytes != it->memoryLimitBytes)
                    return false;
            }
            return true;
        };
        QList<Kube::PodRecord> listed;
        for (int i = 0; i < 40; ++i)
            listed.append(record(i, 0));
        apply(true, listed);
        QVERIFY(agrees());
        QCOMPARE(keeper.tally().counts.total, 40);
        apply(false, {record(3, 1), record(7, 2), record(40, 0), record(41, 3)}); // two changed, two new
        QVERIFY(agrees());
        apply(false, {}, {QStringLiteral("ns1/p3"), QStringLiteral("ns0/p40")});
        QVERIFY(agrees());
        QStringList many; // scattered: removed as one layout change
        for (int i = 0; i < 40; i += 3)
            many.append(QStringLiteral("ns%1/p%2").arg(i % 2).arg(i));
        apply(false, {}, many);
        QVERIFY(agrees());
        apply(true, {record(1, 5), record(5, 5)}, {}, QStringLiteral("ns1")); // ns1 listed again: two pods left there
        QVERIFY(agrees());
        QCOMPARE(keeper.tally().counts.total, table.rowCount());
        table.clear();
        QVERIFY(agrees());
        QCOMPARE(keeper.tally().counts.total, 0);
        QVERIFY(keeper.tally().loads.isEmpty());
        // Set on a table that has rows, it counts them at once.
        apply(true, listed);
        Models::PodTallyKeeper late;
        table.setRecordObserver(&late);
        QCOMPARE(late.tally().counts.total, 40);
        table.setRecordObserver(nullptr);
    }

    // The overview counts pods once per coalesced tick, on the GUI thread
    // where the table holds them: it must stay cheap.
    void countingTenThousandPods()
    {
        QList<Kube::PodRecord> pods;
        QStringList nodes;
        for (int n = 0; n < 100; ++n)
            nodes.append(QStringLiteral("node-%1").arg(n));
        const QStringList phases = {QStringLiteral("Running"), QStringLiteral("Pending"), QStringLiteral("Succeeded")};
        for (int i = 0; i < 10000; ++i) {
            pods.append(pod(QStringLiteral("p%1").arg(i), phases.at(i % 3), i % 50 == 0 ? QStringLiteral("CrashLoopBackOff") : QString(), i % 7));
            pods.last().nodeName = nodes.at(i % 100);
            pods.last().nodeShare = {100, 0, 128LL << 20, 256LL << 20};
        }
        const QList<Kube::SharedRecord<Kube::PodRecord>> shared = Kube::sharedRecords(pods);
        QList<qint64> times;
        Models::PodTally tally;
        for (int run = 0; run < 9; ++run) {
            QElapsedTimer timer;
            timer.start();
            tally = Models::tallyPods(shared);
            times.append(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        qInfo("tallyPods, 10,000 pods on 100 nodes: median %.3f ms", double(times.at(times.size() / 2)) / 1e6);
        const Models::PodCounts &counts = tally.counts;
        QCOMPARE(tally.loads.size(), 100);
        qint64 requested = 0;
        for (const Models::CapacityRow &load : std::as_const(tally.loads))
            requested += load.cpuRequestMillis;
        QCOMPARE(requested, 100 * (10000 - 3333)); // the Succeeded third holds nothing
        QCOMPARE(counts.total, 10000);
        QCOMPARE(counts.crashLoop, 200);
        QCOMPARE(counts.running + counts.pending + counts.succeeded, 10000);
        QVERIFY(times.first() < 50'000'000); // far under the 500 ms tick even on a loaded machine
    }
};

QTEST_GUILESS_MAIN(TestOverviewCounts)
#include "tst_overviewcounts.moc"
