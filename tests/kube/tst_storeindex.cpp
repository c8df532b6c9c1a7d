// The store's indexes on the real cluster: pods created with labels, owners
// and nodes, relabelled, re-owned, scheduled by the real scheduler, deleted
// directly and by garbage collection. After each change, once the store has
// caught up, every index answer (node, owner, label selector, namespace) of
// the PodStore and of a TableStore over the same pods must equal a scan of
// what kubectl returns for the namespace.

#include "clusterfixture.h"
#include "podstore.h"
#include "reflector.h"
#include "tablestore.h"

#include <QElapsedTimer>

#include <nlohmann/json.hpp>

using namespace Kaji::Kube;

namespace {

struct TruthPod {
    QString key;
    QString resourceVersion;
    QString nodeName;
    QList<QString> ownerUids;
    LabelSelector::Labels labels;
};

QList<TruthPod> truth(const QString &ns)
{
    const auto list = nlohmann::json::parse(KajiTest::kubectl(
        {QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-o"), QStringLiteral("json")}).toStdString());
    QList<TruthPod> out;
    for (const auto &pod : list["items"]) {
        const auto &meta = pod["metadata"];
        TruthPod t;
        t.key = ns + u'/' + QString::fromStdString(meta["name"].get<std::string>());
        t.resourceVersion = QString::fromStdString(meta["resourceVersion"].get<std::string>());
        t.nodeName = QString::fromStdString(pod["spec"].value("nodeName", std::string()));
        if (meta.contains("ownerReferences")) {
            for (const auto &owner : meta["ownerReferences"])
                t.ownerUids.append(QString::fromStdString(owner["uid"].get<std::string>()));
        }
        if (meta.contains("labels")) {
            for (const auto &[k, v] : meta["labels"].items())
                t.labels.append({QString::fromStdString(k), QString::fromStdString(v.get<std::string>())});
        }
        out.append(t);
    }
    return out;
}

template<typename Keep>
QSet<QString> scan(const QList<TruthPod> &pods, Keep keep)
{
    QSet<QString> out;
    for (const TruthPod &pod : pods) {
        if (keep(pod))
            out.insert(pod.key);
    }
    return out;
}

QString createOwner(const QString &ns, const QString &name)
{
    KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("create"), QStringLiteral("configmap"), name});
    return QString::fromUtf8(KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("configmap"), name,
                                                QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.uid}")}));
}

QByteArray podManifest(const QString &ns, const QString &name, const QString &labels, const QString &node,
                       const QString &ownerName, const QString &ownerUid)
{
    QString yaml = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\n  namespace: %2\n  labels: {%3}\n").arg(name, ns, labels);
    if (!ownerUid.isEmpty())
        yaml += QStringLiteral("  ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: %1, uid: %2}]\n").arg(ownerName, ownerUid);
    yaml += QStringLiteral("spec:\n");
    if (!node.isEmpty())
        yaml += QStringLiteral("  nodeName: %1\n").arg(node);
    yaml += QStringLiteral("  containers:\n  - name: app\n    image: registry.example/app:1\n");
    return yaml.toUtf8();
}

const QStringList kSelectors = {QStringLiteral("app=web"),        QStringLiteral("app in (web,db)"), QStringLiteral("tier"),
                                QStringLiteral("!tier"),          QStringLiteral("app!=web"),
                                QStringLiteral("app=web,tier notin (front)"), QStringLiteral("tier=back,app"),
                                QStringLiteral("")};
const QStringList kNodes = {QStringLiteral("kaji-worker-1"), QStringLiteral("kaji-worker-2"), QStringLiteral("kaji-worker-3"),
                            QStringLiteral("kaji-gpu-1")};

} // namespace

// A failed check inside the helper ends only the helper: end the test too.
#define COMPARE_WHEN_CAUGHT_UP(pods, table)                                                                           \
    do {                                                                                                               \
        compareWhenCaughtUp(pods, table);                                                                              \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestStoreIndex : public QObject {
    Q_OBJECT
    QString m_ns;
    QString m_ownerA;
    QString m_ownerB;

    // Waits until both stores hold exactly what the API holds (the same
    // pods at the same object resourceVersions), then compares every index
    // answer with a scan of the API's truth.
    void compareWhenCaughtUp(const PodStore &pods, const TableStore &table)
    {
        QList<TruthPod> api;
        QString lag; // what differed the last time we asked
        QElapsedTimer sinceAsked;
        const auto caughtUp = [&] {
            // kubectl blocks this thread, and with it the stores' watches:
            // ask the API twice a second, not at every poll.
            if (sinceAsked.isValid() && sinceAsked.elapsed() < 500)
                return false;
            sinceAsked.start();
            api = truth(m_ns);
            if (api.size() != pods.pods().size() || api.size() != table.rows().size()) {
                lag = QStringLiteral("%1 pods in the API, %2 in the pod store, %3 in the table store")
                          .arg(api.size())
                          .arg(pods.pods().size())
                          .arg(table.rows().size());
                return false;
            }
            for (const TruthPod &t : api) {
                const auto pod = pods.pods().constFind(t.key);
                const auto row = table.rows().constFind(t.key);
                if (pod == pods.pods().cend() || row == table.rows().cend() || (*pod)->resourceVersion != t.resourceVersion
                    || (*row)->resourceVersion != t.resourceVersion) {
                    lag = QStringLiteral("%1: API %2, pod store %3, table store %4")
                              .arg(t.key, t.resourceVersion,
                                   pod == pods.pods().cend() ? QStringLiteral("-") : (*pod)->resourceVersion,
                                   row == table.rows().cend() ? QStringLiteral("-") : (*row)->resourceVersion);
                    return false;
                }
            }
            return true;
        };
        QVERIFY2(KajiTest::waitUntil(caughtUp, 30000),
                 qPrintable(QStringLiteral("the stores did not catch up with the API within 30 s: %1").arg(lag)));
        QCOMPARE(pods.records().keysInNamespace(m_ns), scan(api, [](const TruthPod &) { return true; }));
        for (const QString &node : kNodes)
            QCOMPARE(pods.records().keysOnNode(node), scan(api, [&](const TruthPod &p) { return p.nodeName == node; }));
        for (const QString &uid : {m_ownerA, m_ownerB}) {
            const QSet<QString> owned = scan(api, [&](const TruthPod &p) { return p.ownerUids.contains(uid); });
            QCOMPARE(pods.records().keysOwnedBy(uid), owned);
            QCOMPARE(table.records().keysOwnedBy(uid), owned);
        }
        for (const QString &text : kSelectors) {
            const auto selector = LabelSelector::parse(text);
            QVERIFY(selector);
            const QSet<QString> matching = scan(api, [&](const TruthPod &p) { return selector->matches(p.labels); });
            QCOMPARE(pods.records().keysMatching(*selector), matching);
            QCOMPARE(pods.records().keysMatching(*selector, m_ns), matching);
            QCOMPARE(table.records().keysMatching(*selector), matching);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("index-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        m_ownerA = createOwner(m_ns, QStringLiteral("owner-a"));
        m_ownerB = createOwner(m_ns, QStringLiteral("owner-b"));
        QVERIFY(!m_ownerA.isEmpty() && !m_ownerB.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void indexesFollowTheApi()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore pods;
        TableStore table;
        const QByteArray path = "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods";
        Reflector podReflector(&client, path, &pods);
        Reflector tableReflector(&client, path, &table, nullptr, Reflector::Format::Table);
        podReflector.start();
        tableReflector.start();
        const auto apply = [&](const QString &name, const QString &labels, const QString &node, const QString &owner,
                               const QString &uid) {
            KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                              podManifest(m_ns, name, labels, node, owner, uid));
        };
        apply(QStringLiteral("web-1"), QStringLiteral("app: web, tier: front"), kNodes[0], QStringLiteral("owner-a"), m_ownerA);
        apply(QStringLiteral("web-2"), QStringLiteral("app: web, tier: back"), kNodes[1], QStringLiteral("owner-a"), m_ownerA);
        apply(QStringLiteral("db-1"), QStringLiteral("app: db, tier: back"), kNodes[1], QStringLiteral("owner-b"), m_ownerB);
        apply(QStringLiteral("cache-1"), QStringLiteral("app: cache"), kNodes[2], QStringLiteral("owner-b"), m_ownerB);
        apply(QStringLiteral("lonely"), QStringLiteral("misc: x"), {}, {}, {}); // the scheduler gives it a node
        QVERIFY(KajiTest::waitUntil([&] { return podReflector.state() == Reflector::State::Synced; }));
        QVERIFY(KajiTest::waitUntil([&] { return tableReflector.state() == Reflector::State::Synced; }));
        COMPARE_WHEN_CAUGHT_UP(pods, table);
        QVERIFY2(KajiTest::waitUntil([&] {
                     const PodRecord lonely = pods.pods().value(m_ns + QStringLiteral("/lonely"), PodRecord());
                     return !lonely.nodeName.isEmpty() && pods.records().keysOnNode(lonely.nodeName).contains(lonely.key());
                 }, 30000),
                 "the scheduled pod is not indexed under its node");
        COMPARE_WHEN_CAUGHT_UP(pods, table);

        // Relabel: tier removed from one, app changed on another, a label added.
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("label"), QStringLiteral("pod"), QStringLiteral("web-1"),
                           QStringLiteral("tier-")});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("label"), QStringLiteral("pod"), QStringLiteral("db-1"),
                           QStringLiteral("app=web"), QStringLiteral("--overwrite")});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("label"), QStringLiteral("pod"), QStringLiteral("cache-1"),
                           QStringLiteral("tier=back")});
        COMPARE_WHEN_CAUGHT_UP(pods, table);

        // Re-own: web-2 moves from owner-a to owner-b.
        const QString patch = QStringLiteral(R"({"metadata":{"ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"owner-b","uid":"%1"}]}})")
                                  .arg(m_ownerB);
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("pod"), QStringLiteral("web-2"),
                           QStringLiteral("--type=merge"), QStringLiteral("-p"), patch});
        COMPARE_WHEN_CAUGHT_UP(pods, table);
        QCOMPARE(pods.records().keysOwnedBy(m_ownerA), QSet<QString>{m_ns + QStringLiteral("/web-1")});

        // Deleted directly, then by garbage collection of owner-b's dependents.
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("web-1"),
                           QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("owner-b")});
        QVERIFY2(KajiTest::waitUntil([&] { return pods.records().keysOwnedBy(m_ownerB).isEmpty(); }, 60000),
                 "owner-b's dependents were not collected");
        COMPARE_WHEN_CAUGHT_UP(pods, table);
        QCOMPARE(pods.pods().keys(), QList<QString>{m_ns + QStringLiteral("/lonely")});
    }
};

QTEST_GUILESS_MAIN(TestStoreIndex)
#include "tst_storeindex.moc"
