// FrozenStore, fed as a Reflector feeds it: lists replace what it holds (and
// only once whole), watch events add, change and remove one object, items
// come in the API's order, trimmed and with Secret values dropped as the
// listed read drops them; text that is not JSON changes nothing.

#include "diagnosis/frozenstore.h"

#include <QTest>

#include <map>

using namespace Kaji::Models;
using Type = Kaji::Kube::WatchEvent::Type;

namespace {

nlohmann::json pod(const std::string &ns, const std::string &name, const std::string &version)
{
    return {{"kind", "Pod"},
            {"metadata",
             {{"namespace", ns}, {"name", name}, {"resourceVersion", version}, {"managedFields", nlohmann::json::array({{{"manager", "kubectl"}}})}}},
            {"spec", {{"containers", nlohmann::json::array({{{"name", "app"}, {"image", "app:1"}}})}}},
            {"status", {{"phase", "Running"}, {"podIP", "10.0.0.1"}}}};
}

QByteArray page(const std::vector<nlohmann::json> &items)
{
    return QByteArray::fromStdString(nlohmann::json{{"kind", "PodList"}, {"items", items}}.dump());
}

std::string text(const nlohmann::json &object)
{
    return object.dump();
}

// "namespace/name@resourceVersion" of each item, space-separated.
QString names(const FrozenStore &store)
{
    QStringList out;
    for (const Json &item : store.items())
        out.append(jsonText(item["metadata"], "namespace") + u'/' + jsonText(item["metadata"], "name") + u'@'
                   + jsonText(item["metadata"], "resourceVersion"));
    return out.join(u' ');
}

} // namespace

class TestFrozenStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsInTheApiOrder()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        QVERIFY(!store.hasListed());
        store.beginList();
        store.listPage(page({pod("shop", "b", "2"), pod("batch", "z", "3")}));
        store.listPage(page({pod("shop", "a", "4")}));
        store.endList();
        QVERIFY(store.hasListed());
        QCOMPARE(names(store), QStringLiteral("batch/z@3 shop/a@4 shop/b@2"));
        QCOMPARE(store.parsed(), 3u);
        QVERIFY(store.bytes() > 0);
    }

    // Objects are filed by views of their own documents: one replaced by a
    // watch event is filed again under its new document, one deleted goes,
    // and whatever the order of arrival they are read in the API's order.
    void manyChangesKeepTheApiOrder()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        store.beginList();
        store.endList();
        std::map<std::string, std::string> expected; // "namespace/name" -> version
        // "web-b" sorts before "web" as "web-b/…" does before "web/…".
        const std::string namespaces[] = {"shop", "web-b", "web"};
        for (int i = 199; i >= 0; --i) {
            const std::string ns = namespaces[(i * 7) % 3];
            const std::string name = "pod-" + std::to_string((i * 37) % 200);
            store.apply(Type::Added, text(pod(ns, name, "1")));
            expected[ns + '/' + name] = "1";
        }
        int step = 0;
        for (auto it = expected.begin(); it != expected.end(); ++step) {
            const size_t slash = it->first.find('/');
            const std::string ns = it->first.substr(0, slash), name = it->first.substr(slash + 1);
            if (step % 9 == 0) {
                store.apply(Type::Deleted, text(pod(ns, name, it->second)));
                it = expected.erase(it);
                continue;
            }
            if (step % 4 == 0) {
                it->second = std::to_string(step + 2);
                store.apply(Type::Modified, text(pod(ns, name, it->second)));
            }
            ++it;
        }
        QStringList want;
        for (const auto &[key, version] : expected)
            want.append(QString::fromStdString(key + '@' + version));
        QCOMPARE(names(store), want.join(u' '));
        QCOMPARE(store.size(), expected.size());
        for (const auto &[key, version] : expected) {
            const FrozenJson *held = store.find(key);
            QVERIFY2(held, key.c_str());
            QCOMPARE(jsonStdString(held->root()["metadata"], "resourceVersion"), version);
        }
        QVERIFY(!store.find("shop/missing"));
    }

    void eventsChangeOneObject()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        store.beginList();
        store.listPage(page({pod("shop", "a", "1"), pod("shop", "b", "2")}));
        store.endList();
        store.apply(Type::Added, text(pod("shop", "c", "3")));
        store.apply(Type::Modified, text(pod("shop", "a", "4")));
        store.apply(Type::Deleted, text(pod("shop", "b", "5")));
        QCOMPARE(names(store), QStringLiteral("shop/a@4 shop/c@3"));
        // Deleting what is not held changes nothing.
        store.apply(Type::Deleted, text(pod("shop", "x", "6")));
        QCOMPARE(store.size(), size_t(2));
    }

    // A re-list replaces what is held only when it is whole: a snapshot taken
    // half-way reads the last complete state, and what the new list lacks is
    // gone after it.
    void relistReplacesWhenWhole()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        store.beginList();
        store.listPage(page({pod("shop", "a", "1"), pod("shop", "b", "2")}));
        store.endList();
        const std::vector<FrozenJson> before = store.items();
        store.beginList();
        store.listPage(page({pod("shop", "b", "7")}));
        QCOMPARE(names(store), QStringLiteral("shop/a@1 shop/b@2"));
        store.endList();
        QCOMPARE(names(store), QStringLiteral("shop/b@7"));
        // Documents taken before stay whole and readable.
        QCOMPARE(before.size(), size_t(2));
        QCOMPARE(jsonText(before[0].root()["metadata"], "name"), QStringLiteral("a"));
    }

    void trimsAsTheListedReadDoes()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        store.beginList();
        store.listPage(page({pod("shop", "a", "1")}));
        store.endList();
        const Json &held = store.items().front();
        QVERIFY(!held["metadata"].contains("managedFields"));
        QVERIFY(!held["status"].contains("podIP"));
        QCOMPARE(jsonText(held["status"], "phase"), QStringLiteral("Running"));
    }

    void secretsKeepKeysNotValues()
    {
        FrozenStore store(ClusterSnapshot::Secrets);
        const nlohmann::json secret = {{"kind", "Secret"},
                                       {"metadata", {{"namespace", "shop"}, {"name", "db"}}},
                                       {"type", "Opaque"},
                                       {"data", {{"password", "c2VjcmV0"}}}};
        store.apply(Type::Added, text(secret));
        const std::vector<FrozenJson> items = store.items();
        QCOMPARE(items.size(), size_t(1));
        const Json &data = items.front().root()["data"];
        QVERIFY(data.contains("password"));
        QVERIFY(data["password"].is_null());
        QVERIFY(jsonInt(items.front().root()["kaji"], "dataBytes") > 0);
    }

    void ignoresWhatIsNotJson()
    {
        FrozenStore store(ClusterSnapshot::Pods);
        store.beginList();
        store.listPage(page({pod("shop", "a", "1")}));
        store.listPage(QByteArrayLiteral("{\"items\": [ {\"metadata\": "));
        store.listPage(QByteArrayLiteral("[1, 2]"));
        // Items that are not objects are passed over, the objects beside them read.
        store.listPage(page({5, pod("shop", "b", "2"), "x", nullptr}));
        store.endList();
        store.apply(Type::Modified, "not json");
        store.apply(Type::Added, "[]");
        store.apply(Type::Added, R"({"metadata": {}})"); // no name: no key
        QCOMPARE(names(store), QStringLiteral("shop/a@1 shop/b@2"));
    }
};

QTEST_GUILESS_MAIN(TestFrozenStore)
#include "tst_frozenstore.moc"
