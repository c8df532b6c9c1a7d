// SnapshotTable changed in place (put, remove) answers every lookup as a
// table built from the same objects does: by name, by controller, by
// namespace; objects that come and go with the documents their keys were
// made from are found all the same. And FrozenStore says what changed since
// a table was last given its objects.

#include "diagnosis/frozenstore.h"
#include "diagnosis/snapshottable.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace Kaji::Models;
using Type = Kaji::Kube::WatchEvent::Type;

namespace {

nlohmann::json pod(const std::string &ns, const std::string &name, const std::string &owner, int version)
{
    nlohmann::json meta = {{"namespace", ns}, {"name", name}, {"resourceVersion", std::to_string(version)}};
    if (!owner.empty())
        meta["ownerReferences"] = nlohmann::json::array({{{"kind", "ReplicaSet"}, {"name", owner}, {"controller", true}}});
    return {{"metadata", meta}, {"status", {{"phase", "Running"}}}};
}

std::string nameOf(const Json &item)
{
    return jsonStdString(jsonChild(item, "metadata"), "name");
}

std::string versionOf(const Json &item)
{
    return jsonStdString(jsonChild(item, "metadata"), "resourceVersion");
}

// "name@version" of the objects at `indexes`, in the order given.
std::vector<std::string> described(const SnapshotTable &table, const QList<int> &indexes)
{
    std::vector<std::string> out;
    for (int i : indexes)
        out.push_back(nameOf(table.items()[size_t(i)]) + '@' + versionOf(table.items()[size_t(i)]));
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end());
    return names;
}

SnapshotTextKey nameKey(const std::string &ns, const std::string &name)
{
    return {{}, ns, name};
}

} // namespace

class TestSnapshotTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lookupsFindWhatTheObjectsSay()
    {
        SnapshotTable table(SnapshotTable::Indexes::Pods,
                            {FrozenJson::freeze(pod("shop", "web-b", "web", 1)), FrozenJson::freeze(pod("shop", "web-a", "web", 2)),
                             FrozenJson::freeze(pod("batch", "job-x", "", 3))});
        QCOMPARE(table.indexOf(nameKey("shop", "web-a")), 1);
        QCOMPARE(table.indexOf(nameKey("batch", "web-a")), -1);
        // Several objects come sorted by name, whatever order they arrived in.
        QCOMPARE(described(table, table.ownedBy({"ReplicaSet", "shop", "web"})),
                 (std::vector<std::string>{"web-a@2", "web-b@1"}));
        QCOMPARE(sorted(described(table, table.inNamespace("shop"))), (std::vector<std::string>{"web-a@2", "web-b@1"}));
        QVERIFY(table.ownedBy({"ReplicaSet", "batch", "web"}).isEmpty());
    }

    // A rule that read a whole kind is judged by its table's revision: it
    // must move with every change and with nothing else, and two tables
    // never share one.
    void revisionMovesWithEachChange()
    {
        SnapshotTable table(SnapshotTable::Indexes::Pods, {FrozenJson::freeze(pod("shop", "web-a", "web", 1))});
        const SnapshotTable same(SnapshotTable::Indexes::Pods, {FrozenJson::freeze(pod("shop", "web-a", "web", 1))});
        QVERIFY(table.revision() != same.revision());
        std::set<quint64> seen{table.revision(), same.revision()};

        quint64 before = table.revision();
        QVERIFY(!table.remove("shop", "absent"));
        QVERIFY(table.indexOf(nameKey("shop", "web-a")) == 0 && !table.withLabel("shop", "app", "web").size());
        QCOMPARE(table.revision(), before); // lookups and misses change nothing

        const auto changed = [&](const char *what) {
            QVERIFY2(seen.insert(table.revision()).second, what);
        };
        table.put(FrozenJson::freeze(pod("shop", "web-a", "web", 2))); // in place, same controller
        changed("a pod's new version");
        table.put(FrozenJson::freeze(pod("shop", "web-a", "other", 3))); // another controller
        changed("a pod's new controller");
        table.put(FrozenJson::freeze(pod("shop", "web-b", "web", 4)));
        changed("a pod added");
        QVERIFY(table.remove("shop", "web-a"));
        changed("a pod removed");
    }

    // The keys of a posting list view the text of the object that made it:
    // once that object is replaced and removed, the list still answers.
    void keysOutliveTheObjectsThatMadeThem()
    {
        SnapshotTable table(SnapshotTable::Indexes::Pods, {FrozenJson::freeze(pod("shop", "web-a", "web", 1))});
        table.put(FrozenJson::freeze(pod("shop", "web-b", "web", 2)));
        table.put(FrozenJson::freeze(pod("shop", "web-a", "api", 3))); // another controller now
        QVERIFY(table.remove("shop", "web-a"));
        QVERIFY(!table.remove("shop", "web-a"));
        QCOMPARE(described(table, table.ownedBy({"ReplicaSet", "shop", "web"})), (std::vector<std::string>{"web-b@2"}));
        QVERIFY(table.ownedBy({"ReplicaSet", "shop", "api"}).isEmpty());
        QCOMPARE(described(table, table.inNamespace("shop")), (std::vector<std::string>{"web-b@2"}));
        QCOMPARE(table.items().size(), size_t(1));
    }

    // Thousands of random changes, then every lookup compared with a table
    // built from what is held at the end.
    void changedInPlaceAnswersAsBuilt()
    {
        QRandomGenerator random(21);
        std::map<std::pair<std::string, std::string>, nlohmann::json> held;
        const auto randomPod = [&](int version) {
            const std::string ns = "ns" + std::to_string(random.bounded(3));
            const std::string name = "pod-" + std::to_string(random.bounded(400));
            const int owner = random.bounded(6);
            return pod(ns, name, owner == 0 ? std::string() : "rs" + std::to_string(owner), version);
        };
        std::vector<FrozenJson> first;
        for (int i = 0; i < 300; ++i) {
            nlohmann::json p = randomPod(i);
            held[{p["metadata"]["namespace"], p["metadata"]["name"]}] = p;
        }
        for (const auto &[key, p] : held)
            first.push_back(FrozenJson::freeze(p));
        SnapshotTable changed(SnapshotTable::Indexes::Pods, std::move(first));
        for (int version = 1000; version < 5000; ++version) {
            nlohmann::json p = randomPod(version);
            const std::pair<std::string, std::string> key{p["metadata"]["namespace"], p["metadata"]["name"]};
            if (random.bounded(3) == 0) {
                QCOMPARE(changed.remove(key.first, key.second), held.erase(key) == 1);
            } else {
                held[key] = p;
                changed.put(FrozenJson::freeze(p));
            }
        }
        std::vector<FrozenJson> all;
        for (const auto &[key, p] : held)
            all.push_back(FrozenJson::freeze(p));
        const SnapshotTable built(SnapshotTable::Indexes::Pods, std::move(all));

        QCOMPARE(changed.items().size(), built.items().size());
        for (const auto &[key, p] : held) {
            const int i = changed.indexOf(nameKey(key.first, key.second));
            QVERIFY(i >= 0);
            QCOMPARE(versionOf(changed.items()[size_t(i)]), versionOf(built.items()[size_t(built.indexOf(nameKey(key.first, key.second)))]));
        }
        for (int n = 0; n < 3; ++n) {
            const std::string ns = "ns" + std::to_string(n);
            QCOMPARE(sorted(described(changed, changed.inNamespace(ns))), sorted(described(built, built.inNamespace(ns))));
            for (int owner = 1; owner < 6; ++owner) {
                const std::string rs = "rs" + std::to_string(owner);
                QCOMPARE(described(changed, changed.ownedBy({"ReplicaSet", ns, rs})),
                         described(built, built.ownedBy({"ReplicaSet", ns, rs})));
            }
        }
    }

    // The requests summed by node, asked for first and then kept through
    // thousands of random changes (in place, with a new controller, removed,
    // the last object moved into a removed one's place): each node's sums
    // are what the pods held at the end ask for, added up here by hand.
    void requestsByNodeFollowEveryChange()
    {
        QRandomGenerator random(42);
        struct Asked {
            std::string node;
            bool counted;
            qint64 cpuMillis, memoryBytes;
        };
        std::map<std::pair<std::string, std::string>, std::pair<nlohmann::json, Asked>> held;
        const char *cpuTexts[] = {"100m", "250m", "1", ""};
        const qint64 cpuValues[] = {100, 250, 1000, 0};
        const char *memoryTexts[] = {"64Mi", "1Gi", ""};
        const qint64 memoryValues[] = {64LL << 20, 1LL << 30, 0};
        const auto randomPod = [&](int version) {
            const std::string name = "pod-" + std::to_string(random.bounded(300));
            const int owner = random.bounded(3);
            nlohmann::json p = pod("ns", name, owner == 0 ? std::string() : "rs" + std::to_string(owner), version);
            const int node = random.bounded(5); // 4: not bound yet
            const char *phases[] = {"Running", "Pending", "Succeeded", "Failed"};
            const std::string phase = phases[random.bounded(4)];
            p["status"]["phase"] = phase;
            Asked asked{node == 4 ? std::string() : "node-" + std::to_string(node), false, 0, 0};
            nlohmann::json containers = nlohmann::json::array();
            for (int c = 0, n = 1 + random.bounded(2); c < n; ++c) {
                const int cpu = random.bounded(4), memory = random.bounded(3);
                nlohmann::json requests = nlohmann::json::object();
                if (*cpuTexts[cpu])
                    requests["cpu"] = cpuTexts[cpu];
                if (*memoryTexts[memory])
                    requests["memory"] = memoryTexts[memory];
                containers.push_back({{"name", "c" + std::to_string(c)}, {"resources", {{"requests", requests}}}});
                asked.cpuMillis += cpuValues[cpu];
                asked.memoryBytes += memoryValues[memory];
            }
            p["spec"] = {{"containers", containers}};
            if (random.bounded(4) == 0) { // an init container asking for more than the rest
                p["spec"]["initContainers"] = nlohmann::json::array({{{"name", "init"}, {"resources", {{"requests", {{"memory", "2Gi"}}}}}}});
                asked.memoryBytes = 2LL << 30;
            }
            if (!asked.node.empty())
                p["spec"]["nodeName"] = asked.node;
            asked.counted = !asked.node.empty() && phase != "Succeeded" && phase != "Failed";
            return std::pair(p, asked);
        };
        for (int i = 0; i < 200; ++i) {
            auto made = randomPod(i);
            held[{"ns", made.first["metadata"]["name"]}] = made;
        }
        std::vector<FrozenJson> first;
        for (const auto &[key, made] : held)
            first.push_back(FrozenJson::freeze(made.first));
        SnapshotTable changed(SnapshotTable::Indexes::Pods, std::move(first));
        QVERIFY(changed.requestedByNode().on("node-0").cpuMillis > 0); // summed now, kept from here on
        for (int version = 1000; version < 4000; ++version) {
            auto made = randomPod(version);
            const std::pair<std::string, std::string> key{"ns", made.first["metadata"]["name"]};
            if (random.bounded(3) == 0) {
                QCOMPARE(changed.remove(key.first, key.second), held.erase(key) == 1);
            } else {
                held[key] = made;
                changed.put(FrozenJson::freeze(made.first));
            }
        }
        std::map<std::string, ResourceRequests> expected;
        for (const auto &[key, made] : held) {
            if (made.second.counted) {
                expected[made.second.node].cpuMillis += made.second.cpuMillis;
                expected[made.second.node].memoryBytes += made.second.memoryBytes;
            }
        }
        QCOMPARE(expected.size(), size_t(4));
        std::vector<FrozenJson> all;
        for (const auto &[key, made] : held)
            all.push_back(FrozenJson::freeze(made.first));
        const SnapshotTable built(SnapshotTable::Indexes::Pods, std::move(all));
        for (const std::string node : {"node-0", "node-1", "node-2", "node-3", "node-9"}) {
            const ResourceRequests want = expected.count(node) ? expected[node] : ResourceRequests();
            QCOMPARE(changed.requestedByNode().on(node).cpuMillis, want.cpuMillis);
            QCOMPARE(changed.requestedByNode().on(node).memoryBytes, want.memoryBytes);
            QCOMPARE(built.requestedByNode().on(node).cpuMillis, want.cpuMillis);
            QCOMPARE(built.requestedByNode().on(node).memoryBytes, want.memoryBytes);
        }
    }

    // Pods by label, indexed when first asked and changed in place in
    // between: each answer is what a scan of the pods held then says (an
    // index kept past a change would answer from pods gone or moved).
    void labelsFoundAsScanned()
    {
        QRandomGenerator random(7);
        std::map<std::pair<std::string, std::string>, nlohmann::json> held;
        const auto randomPod = [&](int version) {
            nlohmann::json p = pod("ns" + std::to_string(random.bounded(2)), "pod-" + std::to_string(random.bounded(120)),
                                   {}, version);
            nlohmann::json labels = nlohmann::json::object();
            if (random.bounded(5) != 0)
                labels["app"] = "a" + std::to_string(random.bounded(3));
            if (random.bounded(2) == 0)
                labels["tier"] = "t" + std::to_string(random.bounded(2));
            if (random.bounded(9) == 0)
                labels["count"] = 3; // not a string: no label value
            p["metadata"]["labels"] = labels;
            return p;
        };
        SnapshotTable table(SnapshotTable::Indexes::Pods, {});
        const auto scanned = [&](const std::string &ns, const std::string &key, const std::string &value) {
            std::vector<std::string> out;
            for (const auto &[name, p] : held) {
                const nlohmann::json &labels = p["metadata"]["labels"];
                if (name.first == ns && labels.contains(key) && labels[key] == value)
                    out.push_back(name.second + '@' + p["metadata"]["resourceVersion"].get<std::string>());
            }
            return sorted(out);
        };
        for (int version = 0; version < 3000; ++version) {
            nlohmann::json p = randomPod(version);
            const std::pair<std::string, std::string> key{p["metadata"]["namespace"], p["metadata"]["name"]};
            if (random.bounded(4) == 0) {
                QCOMPARE(table.remove(key.first, key.second), held.erase(key) == 1);
            } else {
                held[key] = p;
                table.put(FrozenJson::freeze(p));
            }
            if (version % 7 != 0)
                continue;
            for (const char *ns : {"ns0", "ns1"}) {
                for (const auto &[label, value] : {std::pair{"app", "a1"}, {"tier", "t0"}, {"count", "3"}}) {
                    QCOMPARE(sorted(described(table, table.withLabel(ns, label, value))), scanned(ns, label, value));
                }
            }
        }
    }

    // Events about an object stay oldest first (then by name) as they
    // come, change and go.
    void eventsChangedInPlaceKeepTheirOrder()
    {
        QRandomGenerator random(19);
        std::map<std::string, nlohmann::json> held;
        const auto randomEvent = [&] {
            const std::string name = "event-" + std::to_string(random.bounded(200));
            const std::string time = "2026-12-06T10:" + std::to_string(10 + random.bounded(5)) + ":00Z";
            return nlohmann::json{{"metadata", {{"namespace", "shop"}, {"name", name}}},
                                  {"involvedObject", {{"kind", "Pod"}, {"namespace", "shop"}, {"name", "web-" + std::to_string(random.bounded(4))}}},
                                  {"lastTimestamp", time}};
        };
        SnapshotTable changed(SnapshotTable::Indexes::Events, {});
        for (int i = 0; i < 3000; ++i) {
            const nlohmann::json event = randomEvent();
            const std::string name = event["metadata"]["name"];
            if (random.bounded(4) == 0) {
                QCOMPARE(changed.remove("shop", name), held.erase(name) == 1);
            } else {
                held[name] = event;
                changed.put(FrozenJson::freeze(event));
            }
        }
        std::vector<FrozenJson> all;
        for (const auto &[name, event] : held)
            all.push_back(FrozenJson::freeze(event));
        const SnapshotTable built(SnapshotTable::Indexes::Events, std::move(all));
        const auto timesAndNames = [](const SnapshotTable &table, const QList<int> &indexes) {
            std::vector<std::string> out;
            for (int i : indexes)
                out.push_back(jsonStdString(table.items()[size_t(i)], "lastTimestamp") + ' ' + nameOf(table.items()[size_t(i)]));
            return out;
        };
        for (int pod = 0; pod < 4; ++pod) {
            const std::string podName = "web-" + std::to_string(pod);
            const std::vector<std::string> expected = timesAndNames(built, built.eventsAbout({"Pod", "shop", podName}));
            QVERIFY(!expected.empty());
            QVERIFY(std::is_sorted(expected.begin(), expected.end()));
            QCOMPARE(timesAndNames(changed, changed.eventsAbout({"Pod", "shop", podName})), expected);
        }
    }

    void storeSaysWhatChanged()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        store.beginList();
        std::vector<nlohmann::json> items;
        for (int i = 0; i < 100; ++i)
            items.push_back(pod("shop", "p" + std::to_string(i), "", i));
        store.listPage(QByteArray::fromStdString(nlohmann::json{{"items", items}}.dump()));
        store.endList();
        const quint64 listed = store.generation();
        QVERIFY(store.takeChanges().whole); // everything is new after a list
        QVERIFY(!store.takeChanges().whole);

        store.apply(Type::Modified, pod("shop", "p1", "", 200).dump());
        store.apply(Type::Deleted, pod("shop", "p2", "", 201).dump());
        store.apply(Type::Deleted, pod("shop", "nothing", "", 202).dump()); // not held: named all the same
        QVERIFY(store.generation() > listed);
        FrozenStore::Changes changes = store.takeChanges();
        QVERIFY(!changes.whole);
        QCOMPARE(changes.keys, (std::vector<std::string>{"shop/p1", "shop/p2", "shop/nothing"}));
        QVERIFY(store.find("shop/p1") && !store.find("shop/p2"));

        // More changes than are worth following one by one: the table is built anew.
        for (int i = 0; i < 65; ++i)
            store.apply(Type::Modified, pod("shop", "p3", "", 300 + i).dump());
        QVERIFY(store.takeChanges().whole);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotTable)
#include "tst_snapshottable.moc"
