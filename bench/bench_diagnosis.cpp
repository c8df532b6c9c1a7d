// Benchmark for the diagnosis engine (not a test; the figures go into notes):
// diagnose a snapshot of N realistic pods (bench/syntheticpods.h) in which
// about one in ten fails (crash loops read through a 200-line previous log,
// image pulls, unschedulable, OOM kills, missing config), with their events,
// 500 nodes and a Deployment and Service for every fifth pod. Target for
// 10,000 pods: at most 1 s. Run pinned to one core:
// `taskset -c 0 kaji_bench_diagnosis [--pods N] [--runs R] [--changed C]`.
// Prints the median.
//
// Then the incremental diagnosis, as the app runs it (PodFindingsCache kept
// between runs, the snapshot's tables kept and the pods' changed in place,
// as DiagnosisMirror does): a run with nothing changed, and runs in which C pods
// changed (a new resourceVersion and restart count each). It exits 1 when a
// run reads more pods than changed plus the pending ones (whose fit on a
// node depends on every pod): the guard that a changed pod costs work in
// proportion to the change, not to the cluster.
//
// Last, the bytes a pod costs in the app's mirror of the cluster, laid out
// and with repeated containers held once (frozensubtrees.h); it exits 1
// when holding them once costs more. These pods are a hard case for it:
// each carries its own env values, so their containers do not repeat;
// `--mirror-pods FILE` measures the pods of a list saved from a cluster
// (`kubectl get pods -A -o json`) instead. With the same pods, the CPU a
// pod costs the mirror when its text arrives: parsed into a nlohmann tree
// and frozen, as the mirror did before, and parsed straight
// into the frozen document.

#include "benchstats.h"
#include "diagnosis/diagnosisengine.h"
#include "diagnosis/frozensubtrees.h"
#include "diagnosis/podfindingscache.h"
#include "diagnosis/snapshotitem.h"
#include "syntheticpods.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <ctime>

using nlohmann::json;
using Kaji::Models::ClusterSnapshot;

namespace {

// CPU time of this thread: on a shared machine the wall clock also counts
// the time other processes held the core.
double threadCpuSecs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

json event(const json &pod, const char *reason, const std::string &message)
{
    const json &meta = pod["metadata"];
    return {{"metadata", {{"name", meta["name"].get<std::string>() + "." + reason}, {"namespace", meta["namespace"]},
                          {"resourceVersion", "7" + meta["resourceVersion"].get<std::string>()}}},
            {"involvedObject", {{"kind", "Pod"}, {"namespace", meta["namespace"]}, {"name", meta["name"]}}},
            {"reason", reason}, {"message", message}, {"type", "Warning"}, {"count", 5},
            {"lastTimestamp", "2026-11-26T09:59:00Z"}};
}

// A Spring Boot start that dies in a Flyway migration, 200 lines like a tail.
QStringList crashLog()
{
    QStringList lines;
    for (int i = 0; i < 180; ++i)
        lines << QStringLiteral("2026-11-26T09:58:0%1Z  INFO 1 --- [main] o.s.b.StartupInfoLogger : step %2 of the start")
                     .arg(i % 10)
                     .arg(i);
    lines << QStringLiteral("2026-11-26T09:58:03Z ERROR 1 --- [main] o.f.core.internal.command.DbMigrate : Migration of schema \"public\" to version \"7 - add index\" failed!")
          << QStringLiteral("Migration V7__add_index.sql failed")
          << QStringLiteral("Message    : ERROR: column \"tenant_id\" does not exist");
    while (lines.size() < 200)
        lines << QStringLiteral("\tat org.flywaydb.core.internal.command.DbMigrate.doMigrateGroup(DbMigrate.java:381)");
    return lines;
}

ClusterSnapshot buildSnapshot(int pods)
{
    const double heapBefore = BenchStats::heapInUseMiB();
    std::vector<json> podItems, events, deployments, replicaSets, services, nodes;
    podItems.reserve(size_t(pods));
    for (int i = 0; i < pods; ++i) {
        json pod = syntheticPod(i);
        pod["metadata"].erase("managedFields"); // as the loader stores them
        json &status = pod["status"]["containerStatuses"][0];
        switch (i % 50) {
        case 0: // syntheticPod's own crash loop
            events.push_back(event(pod, "BackOff", "Back-off restarting failed container app"));
            break;
        case 10:
            status["state"] = {{"waiting", {{"reason", "ImagePullBackOff"}, {"message", "Back-off pulling image"}}}};
            status["ready"] = false;
            events.push_back(event(pod, "Failed", "Failed to pull image \"x\": not found"));
            break;
        case 20:
            pod["spec"].erase("nodeName");
            pod["status"] = {{"phase", "Pending"},
                             {"conditions", {{{"type", "PodScheduled"}, {"status", "False"}, {"reason", "Unschedulable"},
                                              {"message", "0/500 nodes are available: 500 Insufficient cpu."}}}}};
            pod["spec"]["containers"][0]["resources"]["requests"]["cpu"] = "64";
            events.push_back(event(pod, "FailedScheduling", "0/500 nodes are available: 500 Insufficient cpu. preemption: 0/500 nodes are available: 500 No preemption victims found for incoming pod."));
            break;
        case 30:
            status["restartCount"] = 1;
            status["lastState"] = {{"terminated", {{"reason", "OOMKilled"}, {"exitCode", 137}, {"finishedAt", "2026-11-26T09:50:00Z"}}}};
            break;
        case 40:
            status["state"] = {{"waiting", {{"reason", "CreateContainerConfigError"}, {"message", "configmap \"app-config\" not found"}}}};
            status["ready"] = false;
            break;
        default: break;
        }
        if (i % 5 == 0) {
            const std::string ns = pod["metadata"]["namespace"];
            const std::string app = pod["metadata"]["labels"]["app"];
            const std::string rs = pod["metadata"]["ownerReferences"][0]["name"];
            deployments.push_back({{"metadata", {{"name", app}, {"namespace", ns}}}, {"spec", {{"replicas", 1}}},
                                   {"status", {{"availableReplicas", i % 10 == 0 ? 0 : 1}, {"unavailableReplicas", i % 10 == 0 ? 1 : 0}}}});
            replicaSets.push_back({{"metadata", {{"name", rs}, {"namespace", ns},
                                                 {"ownerReferences", {{{"kind", "Deployment"}, {"name", app}, {"controller", true}}}}}}});
            services.push_back({{"metadata", {{"name", app}, {"namespace", ns}}}, {"spec", {{"selector", {{"app", app}}}}}});
        }
        podItems.push_back(std::move(pod));
    }
    for (int n = 0; n < 500; ++n)
        nodes.push_back({{"metadata", {{"name", "node-" + std::to_string(n)}}},
                         {"status", {{"allocatable", {{"cpu", "16"}, {"memory", "64Gi"}}},
                                     {"conditions", {{{"type", "Ready"}, {"status", "True"}}}}}}});
    const double heapWithTrees = BenchStats::heapInUseMiB();
    ClusterSnapshot snapshot;
    snapshot.setItems(ClusterSnapshot::Pods, std::move(podItems));
    snapshot.setItems(ClusterSnapshot::Events, std::move(events));
    snapshot.setItems(ClusterSnapshot::Deployments, std::move(deployments));
    snapshot.setItems(ClusterSnapshot::ReplicaSets, std::move(replicaSets));
    snapshot.setItems(ClusterSnapshot::Services, std::move(services));
    snapshot.setItems(ClusterSnapshot::Nodes, std::move(nodes));
    for (auto kind : {ClusterSnapshot::EndpointSlices, ClusterSnapshot::Secrets, ClusterSnapshot::ConfigMaps})
        snapshot.setItems(kind, std::vector<Kaji::Models::FrozenJson>());
    // The trees are still alive here: the snapshot's share is what came after them.
    const double trees = heapWithTrees - heapBefore, frozen = BenchStats::heapInUseMiB() - heapWithTrees;
    std::printf("snapshot of %d pods with their events, workloads and nodes: %.1f MiB as nlohmann::json trees, "
                "%.1f MiB frozen (%.2f KiB per pod)\n",
                pods, trees, frozen, frozen * 1024 / pods);
    return snapshot;
}

// A frozen value as a tree again, to change it.
json thawed(const Kaji::Models::Json &value)
{
    using Type = Kaji::Models::Json::Type;
    switch (value.type()) {
    case Type::Boolean: return value.get<bool>();
    case Type::Integer: return value.get<qint64>();
    case Type::Unsigned: return value.get<quint64>();
    case Type::Float: return value.get<double>();
    case Type::String: return value.get<std::string>();
    case Type::Array: {
        json array = json::array();
        for (const Kaji::Models::Json &element : value)
            array.push_back(thawed(element));
        return array;
    }
    case Type::Object: {
        json object = json::object();
        for (const Kaji::Models::Json &member : value)
            object[std::string(member.key())] = thawed(member);
        return object;
    }
    default: return nullptr;
    }
}

// A pod written once more, as a kubelet's status update writes it: a new
// resourceVersion and one more restart.
Kaji::Models::FrozenJson changedPod(const Kaji::Models::FrozenJson &before, int round)
{
    json pod = thawed(before);
    pod["metadata"]["resourceVersion"] = pod["metadata"]["resourceVersion"].get<std::string>() + "." + std::to_string(round);
    json &statuses = pod["status"]["containerStatuses"];
    if (statuses.is_array() && !statuses.empty())
        statuses[0]["restartCount"] = statuses[0].value("restartCount", 0) + 1;
    return Kaji::Models::FrozenJson::freeze(pod);
}

// Which `changed` pods of `count`, spread over them, change in `round`.
std::vector<size_t> podsChangedIn(size_t count, int changed, int round)
{
    const size_t step = std::max<size_t>(1, count / size_t(std::max(1, changed)));
    std::vector<size_t> out;
    for (size_t i = size_t(round) % step; i < count; i += step)
        out.push_back(i);
    return out;
}

// The same cluster with `changed` pods written once more, in new tables.
ClusterSnapshot withChangedPods(const ClusterSnapshot &snapshot, int changed, int round)
{
    ClusterSnapshot next;
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        const auto kind = ClusterSnapshot::Kind(k);
        if (snapshot.isAvailable(kind))
            next.setItems(kind, snapshot.items(kind));
    }
    std::vector<Kaji::Models::FrozenJson> pods = snapshot.items(ClusterSnapshot::Pods); // shared, not copied
    for (const size_t i : podsChangedIn(pods.size(), changed, round))
        pods[i] = changedPod(pods[i], round);
    next.setItems(ClusterSnapshot::Pods, std::move(pods));
    return next;
}

// Snapshots as the app's mirror makes them (DiagnosisMirror): every kind's
// table kept from run to run, the pods' changed in place between runs.
class KeptTables {
public:
    explicit KeptTables(const ClusterSnapshot &snapshot)
    {
        for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
            const auto kind = ClusterSnapshot::Kind(k);
            if (!snapshot.isAvailable(kind) || kind == ClusterSnapshot::Pods)
                continue;
            m_tables[k] = std::make_shared<const Kaji::Models::SnapshotTable>(ClusterSnapshot::indexesOf(kind), snapshot.items(kind));
        }
        m_pods = std::make_shared<Kaji::Models::SnapshotTable>(ClusterSnapshot::indexesOf(ClusterSnapshot::Pods),
                                                                snapshot.items(ClusterSnapshot::Pods));
    }
    // Only while no snapshot() of an earlier run is held.
    void changePods(int changed, int round)
    {
        for (const size_t i : podsChangedIn(m_pods->items().size(), changed, round))
            m_pods->put(changedPod(m_pods->items()[i], round));
    }
    ClusterSnapshot snapshot() const
    {
        ClusterSnapshot out;
        for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
            if (m_tables[k])
                out.setTable(ClusterSnapshot::Kind(k), m_tables[k]);
        }
        out.setTable(ClusterSnapshot::Pods, m_pods);
        return out;
    }

private:
    std::shared_ptr<const Kaji::Models::SnapshotTable> m_tables[ClusterSnapshot::KindCount];
    std::shared_ptr<Kaji::Models::SnapshotTable> m_pods;
};

// Bytes per pod of the mirror's documents: laid out, and linked (the held
// copies counted).
std::pair<double, double> mirrorBytesPerPod(const std::vector<json> &items)
{
    Kaji::Models::FrozenSubtrees shared;
    std::vector<Kaji::Models::FrozenJson> laidOut, linked;
    size_t laidOutBytes = 0, linkedBytes = 0;
    for (const json &item : items) {
        laidOut.push_back(Kaji::Models::freezeSnapshotItem(ClusterSnapshot::Pods, item));
        linked.push_back(Kaji::Models::freezeSnapshotItem(ClusterSnapshot::Pods, item, &shared));
        laidOutBytes += laidOut.back().bytes();
        linkedBytes += linked.back().bytes();
    }
    linkedBytes += shared.bytes();
    const double pods = double(std::max<size_t>(1, items.size()));
    return {double(laidOutBytes) / pods, double(linkedBytes) / pods};
}

// The pods whose mirror documents are measured: synthetic, or a saved list's.
std::vector<json> mirrorPods(const QStringList &args, int pods)
{
    std::vector<json> items;
    const qsizetype at = args.indexOf(QStringLiteral("--mirror-pods"));
    if (at >= 0 && at + 1 < args.size()) {
        QFile file(args[at + 1]);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(args[at + 1]));
        const QByteArray text = file.readAll();
        json list = json::parse(text.begin(), text.end(), nullptr, false);
        if (list.is_object() && list["items"].is_array())
            items = list["items"].get<std::vector<json>>();
        return items;
    }
    for (int i = 0; i < pods; ++i)
        items.push_back(syntheticPod(i));
    return items;
}

// CPU seconds per pod to make the mirror's documents from the pods' text
// (what a list page or a watch event brings): through a nlohmann::json tree,
// as the mirror did, and straight from the text. Each way has its own
// FrozenSubtrees, as a store has.
std::pair<double, double> freezeSecsPerPod(const std::vector<json> &items, int runs)
{
    std::vector<std::string> texts;
    texts.reserve(items.size());
    for (const json &item : items)
        texts.push_back(item.dump());
    std::vector<double> viaTree, fromText;
    for (int run = 0; run < runs; ++run) {
        Kaji::Models::FrozenSubtrees treeShared, textShared;
        std::vector<Kaji::Models::FrozenJson> kept(texts.size());
        double cpuStart = threadCpuSecs();
        for (size_t i = 0; i < texts.size(); ++i) {
            const json tree = json::parse(texts[i]);
            kept[i] = Kaji::Models::freezeSnapshotItem(ClusterSnapshot::Pods, tree, &treeShared);
        }
        viaTree.push_back(threadCpuSecs() - cpuStart);
        cpuStart = threadCpuSecs();
        for (size_t i = 0; i < texts.size(); ++i)
            kept[i] = Kaji::Models::freezeSnapshotText(ClusterSnapshot::Pods, texts[i], &textShared).document;
        fromText.push_back(threadCpuSecs() - cpuStart);
    }
    const double pods = double(std::max<size_t>(1, texts.size()));
    return {median(viaTree) / pods, median(fromText) / pods};
}

int pendingPods(const ClusterSnapshot &snapshot)
{
    int pending = 0;
    for (const Kaji::Models::Json &pod : snapshot.items(ClusterSnapshot::Pods))
        pending += pod["status"]["phase"].text() == "Pending" ? 1 : 0;
    return pending;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int pods = argument(args, QStringLiteral("--pods"), 10000);
    const int runs = argument(args, QStringLiteral("--runs"), 7);

    const ClusterSnapshot snapshot = buildSnapshot(pods);
    const QStringList log = crashLog();
    const Kaji::Models::LogReader logs = [&log](const QString &, const QString &, const QString &,
                                                bool previous) -> std::optional<QStringList> {
        if (!previous)
            return std::nullopt;
        return log;
    };
    const qint64 now = QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

    std::vector<double> secs, cpuSecs;
    qsizetype count = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSecs();
        timer.start();
        const Kaji::Models::Findings findings = Kaji::Models::DiagnosisEngine::diagnose(snapshot, logs, now);
        secs.push_back(double(timer.nsecsElapsed()) / 1e9);
        cpuSecs.push_back(threadCpuSecs() - cpuStart);
        count = findings.size();
    }
    std::printf("diagnose %d pods (%lld findings) over %d runs: wall median %.3f s (min %.3f, max %.3f), "
                "CPU median %.3f s\n",
                pods, static_cast<long long>(count), runs, median(secs), *std::min_element(secs.begin(), secs.end()),
                *std::max_element(secs.begin(), secs.end()), median(cpuSecs));

    const int changed = argument(args, QStringLiteral("--changed"), 100);
    const int pending = pendingPods(snapshot);
    Kaji::Models::PodFindingsCache cache;
    const auto cachedRun = [&](const ClusterSnapshot &over) {
        const double cpuStart = threadCpuSecs();
        Kaji::Models::DiagnosisEngine::diagnose(over, logs, now, {}, &cache);
        return threadCpuSecs() - cpuStart;
    };
    KeptTables kept(snapshot);
    const double first = cachedRun(kept.snapshot());
    const qsizetype firstRead = cache.checkedLastRun().size();
    std::vector<double> unchangedCpu;
    qsizetype unchangedRead = 0;
    for (int run = 0; run < runs; ++run) {
        unchangedCpu.push_back(cachedRun(kept.snapshot()));
        unchangedRead = std::max(unchangedRead, cache.checkedLastRun().size());
    }
    const double unchanged = median(unchangedCpu);
    std::vector<double> changedCpu;
    qsizetype mostRead = 0;
    for (int run = 0; run < runs; ++run) {
        kept.changePods(changed, run + 1); // each run, other pods change
        changedCpu.push_back(cachedRun(kept.snapshot()));
        mostRead = std::max(mostRead, cache.checkedLastRun().size());
    }
    std::printf("incremental (CPU): first run %.3f s (%lld pods read); nothing changed: median %.3f s (at most %lld read); "
                "%d pods changed: median %.3f s, at most %lld pods read (%d of them pending)\n",
                first, static_cast<long long>(firstRead), unchanged, static_cast<long long>(unchangedRead), changed,
                median(changedCpu), static_cast<long long>(mostRead), pending);
    if (unchangedRead > pending || mostRead > changed + pending) {
        std::printf("FAIL: a run read pods that did not change\n");
        return 1;
    }
    // What a run from the mirror costs before any rule: the snapshot's
    // lookups built over every object again.
    std::vector<double> indexCpu;
    for (int run = 0; run < runs; ++run) {
        ClusterSnapshot indexed;
        std::vector<Kaji::Models::FrozenJson> items = snapshot.items(ClusterSnapshot::Pods); // shared, not copied
        const double cpuStart = threadCpuSecs();
        indexed.setItems(ClusterSnapshot::Pods, std::move(items));
        indexCpu.push_back(threadCpuSecs() - cpuStart);
    }
    std::printf("index %d pods for a run (CPU): median %.3f s\n", pods, median(indexCpu));
    // What the mirror does instead: it keeps the pods' table and changes it
    // in place, so a run's index costs the pods that changed.
    std::vector<double> updateCpu;
    Kaji::Models::SnapshotTable table(ClusterSnapshot::indexesOf(ClusterSnapshot::Pods), snapshot.items(ClusterSnapshot::Pods));
    ClusterSnapshot before = snapshot;
    for (int run = 0; run < runs; ++run) {
        const ClusterSnapshot after = withChangedPods(before, changed, run + 1);
        const std::vector<Kaji::Models::FrozenJson> &was = before.items(ClusterSnapshot::Pods);
        const std::vector<Kaji::Models::FrozenJson> &later = after.items(ClusterSnapshot::Pods);
        std::vector<Kaji::Models::FrozenJson> changedPods;
        for (size_t i = 0; i < later.size(); ++i) {
            if (&later[i].root() != &was[i].root())
                changedPods.push_back(later[i]);
        }
        const double cpuStart = threadCpuSecs();
        for (const Kaji::Models::FrozenJson &pod : changedPods)
            table.put(pod);
        updateCpu.push_back(threadCpuSecs() - cpuStart);
        before = after;
    }
    std::printf("change %d of them in the kept index (CPU): median %.6f s (%.1fx less)\n", changed, median(updateCpu),
                median(indexCpu) / std::max(median(updateCpu), 1e-9));
    const std::vector<json> measured = mirrorPods(args, pods);
    const auto [laidOut, linked] = mirrorBytesPerPod(measured);
    std::printf("mirror, %zu pods: %.0f bytes a pod laid out, %.0f with repeated containers held once (%.2fx)\n", measured.size(), laidOut, linked,
                linked / laidOut);
    if (linked > laidOut) {
        std::printf("FAIL: holding repeated containers once cost more than laying them out\n");
        return 1;
    }
    const auto [viaTree, fromText] = freezeSecsPerPod(measured, runs);
    std::printf("mirror, %zu pods from their text (CPU, median of %d): %.1f us a pod through a nlohmann tree, %.1f us parsed "
                "straight (%.2fx)\n",
                measured.size(), runs, viaTree * 1e6, fromText * 1e6, viaTree / std::max(fromText, 1e-12));
    return 0;
}
