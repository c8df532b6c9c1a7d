// Fact watches through a ClusterConnection against the real local cluster,
// with the shapes the diagrams declare: Deployments pruned and followed
// live, EndpointSlices, claim Events through a field selector, Secrets as
// metadata only (their data never arrives), the restricted user forbidden
// or narrowed, replays, and no batch after unwatchFacts.

#include "clusterconnection.h"
#include "clusterfixture.h"
#include "diagram/diagramkinds.h"

#include <QSet>

#include <algorithm>

using namespace Kaji::Kube;
using Kaji::Models::DiagramKind;
using Kaji::Models::diagramKindInfo;

namespace {

const QString TestNamespace = QStringLiteral("kube-facts-test");

ApiResource resourceOf(DiagramKind kind)
{
    const auto &info = diagramKindInfo(kind);
    ApiResource resource;
    resource.group = info.group;
    resource.version = info.version;
    resource.resource = info.resource;
    resource.kind = info.apiKind;
    resource.namespaced = info.namespaced;
    return resource;
}

// Watches `kind` as the diagrams do, under its resource id.
void watchKind(ClusterConnection &connection, DiagramKind kind)
{
    const auto &info = diagramKindInfo(kind);
    connection.watchFacts(info.resourceId(), resourceOf(kind), info.fieldSelector, info.shape, info.metadataOnly);
}

// What a reader on the GUI thread ends up holding, per watch id.
struct FactsSeen {
    QHash<QString, QHash<QString, ObjectFacts>> facts;
    QHash<QString, QList<FactChangeBatchPtr>> batches;
    QHash<QString, Reflector::State> states;
    QHash<QString, QString> messages;
    QHash<QString, QStringList> scopes;

    void follow(ClusterConnection &connection)
    {
        QObject::connect(&connection, &ClusterConnection::factsChanged, &connection,
                         [this](const QString &id, const FactChangeBatchPtr &batch) {
                             batches[id].append(batch);
                             QHash<QString, ObjectFacts> &held = facts[id];
                             if (batch->reset && batch->scope.isEmpty())
                                 held.clear();
                             else if (batch->reset)
                                 held.removeIf([&](const auto &it) { return it.value().namespaceName == batch->scope; });
                             for (const ObjectFacts &f : batch->upserted)
                                 held.insert(f.key(), f);
                             for (const QString &key : batch->removed)
                                 held.remove(key);
                         });
        QObject::connect(&connection, &ClusterConnection::factsStateChanged, &connection,
                         [this](const QString &id, Reflector::State state, const QString &message) {
                             states[id] = state;
                             messages[id] = message;
                         });
        QObject::connect(&connection, &ClusterConnection::factsScopeChanged, &connection,
                         [this](const QString &id, const QStringList &namespaces) { scopes[id] = namespaces; });
    }

    bool synced(const QString &id) const { return states.value(id, Reflector::State::Connecting) == Reflector::State::Synced; }
    ObjectFacts get(const QString &id, const QString &key) const { return facts.value(id).value(key); }
};

QStringList kubectlNames(const QStringList &arguments)
{
    const QByteArray out = KajiTest::kubectl(arguments + QStringList{QStringLiteral("-o"), QStringLiteral("name")});
    QStringList names = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    names.sort();
    return names;
}

} // namespace

class TestFactStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), TestNamespace, QStringLiteral("--ignore-not-found"),
                           QStringLiteral("--wait=true")});
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), TestNamespace});
    }

    void cleanupTestCase()
    {
        if (!KajiTest::clusterKubeconfig().isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), TestNamespace,
                               QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=false")});
    }

    void deploymentsArePrunedAndFollowed()
    {
        ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        FactsSeen seen;
        seen.follow(connection);
        const auto &info = diagramKindInfo(DiagramKind::Deployments);
        const QString id = QStringLiteral("deployments");
        connection.watchFacts(id, resourceOf(DiagramKind::Deployments), info.fieldSelector, info.shape, info.metadataOnly);
        QVERIFY(KajiTest::waitUntil([&] { return seen.synced(id) && seen.facts.value(id).contains(QStringLiteral("shop/storefront")); }));
        QVERIFY(seen.batches[id].first()->reset);

        // Every Deployment of the scenario's shop that kubectl lists, and no more.
        QStringList keys;
        for (const ObjectFacts &f : seen.facts.value(id)) {
            if (f.namespaceName == QLatin1String("shop"))
                keys.append(QStringLiteral("deployment.apps/") + f.name);
        }
        keys.sort();
        QCOMPARE(keys, kubectlNames({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("get"), QStringLiteral("deployments")}));

        const ObjectFacts storefront = seen.get(id, QStringLiteral("shop/storefront"));
        QVERIFY(!storefront.uid.isEmpty());
        QVERIFY(storefront.createdEpochSecs > 0);
        QVERIFY(storefront.fields["spec"]["replicas"].is_number_integer());
        QVERIFY(storefront.fields["spec"].contains("selector"));
        QVERIFY(!storefront.fields["spec"].contains("template"));
        QVERIFY(!storefront.fields["spec"].contains("strategy"));
        QVERIFY(storefront.fields.contains("status"));
        QVERIFY(storefront.fields["metadata"]["annotations"].contains("deployment.kubernetes.io/revision"));
        QVERIFY(!storefront.fields["metadata"]["annotations"].contains("kubectl.kubernetes.io/last-applied-configuration"));

        // Created, scaled, deleted in our own namespace: each arrives live.
        const QString key = TestNamespace + QStringLiteral("/web");
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("create"), QStringLiteral("deployment"),
                           QStringLiteral("web"), QStringLiteral("--image=registry.example/web:1"), QStringLiteral("--replicas=1")});
        QVERIFY(KajiTest::waitUntil([&] { return seen.facts.value(id).contains(key); }));
        QCOMPARE(seen.get(id, key).fields["spec"]["replicas"].get<int>(), 1);
        QCOMPARE(seen.get(id, key).fields["spec"]["selector"]["matchLabels"]["app"].get<std::string>(), std::string("web"));
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                           QStringLiteral("--replicas=3")});
        QVERIFY(KajiTest::waitUntil([&] { return seen.get(id, key).fields["spec"]["replicas"] == 3; }));
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("delete"), QStringLiteral("deployment/web"),
                           QStringLiteral("--wait=false")});
        QVERIFY(KajiTest::waitUntil([&] { return !seen.facts.value(id).contains(key); }));
        const QList<FactChangeBatchPtr> &batches = seen.batches[id];
        QVERIFY(std::none_of(batches.cbegin() + 1, batches.cend(), [](const FactChangeBatchPtr &b) { return b->reset; }));

        // A second reader of the same id gets everything again, as a reset.
        const qsizetype before = batches.size();
        connection.watchFacts(id, resourceOf(DiagramKind::Deployments), info.fieldSelector, info.shape, info.metadataOnly);
        QVERIFY(KajiTest::waitUntil([&] { return seen.batches[id].size() > before; }));
        QVERIFY(seen.batches[id].at(before)->reset);
        QCOMPARE(seen.batches[id].at(before)->upserted.size(), seen.facts.value(id).size());

        // Unwatched: no batch arrives for it, however the kind changes.
        connection.unwatchFacts(id);
        const qsizetype after = seen.batches[id].size();
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("create"), QStringLiteral("deployment"),
                           QStringLiteral("late"), QStringLiteral("--image=registry.example/web:1")});
        QVERIFY(!KajiTest::waitUntil([&] { return seen.batches[id].size() > after; }, 2000));
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("delete"), QStringLiteral("deployment/late"),
                           QStringLiteral("--wait=false")});
    }

    // An update that changes only what the shape leaves out (an annotation
    // of a Service, a node's heartbeat times) is not handed on: readers
    // would count and draw the same again. A kept change is.
    void changesTheShapeLeavesOutAreNotHandedOn()
    {
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("create"), QStringLiteral("service"),
                           QStringLiteral("clusterip"), QStringLiteral("quiet"), QStringLiteral("--tcp=80:8080")});
        ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        FactsSeen seen;
        seen.follow(connection);
        watchKind(connection, DiagramKind::Services);
        watchKind(connection, DiagramKind::Nodes);
        const QString services = diagramKindInfo(DiagramKind::Services).resourceId();
        const QString nodes = diagramKindInfo(DiagramKind::Nodes).resourceId();
        const QString key = TestNamespace + QStringLiteral("/quiet");
        QVERIFY(KajiTest::waitUntil([&] { return seen.synced(services) && seen.synced(nodes) && seen.facts.value(services).contains(key); }));
        const QString listedVersion = seen.get(services, key).resourceVersion;
        // Batches of other tests' Services may come; none may carry this one.
        const auto batchesWithQuiet = [&] {
            const QList<FactChangeBatchPtr> &all = seen.batches.value(services);
            return std::count_if(all.cbegin(), all.cend(), [&](const FactChangeBatchPtr &batch) {
                return std::any_of(batch->upserted.cbegin(), batch->upserted.cend(),
                                   [&](const ObjectFacts &f) { return f.key() == key; });
            });
        };
        const qsizetype before = batchesWithQuiet();

        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("annotate"), QStringLiteral("service/quiet"),
                           QStringLiteral("kaji.dev/note=nothing drawn")});
        QVERIFY(!KajiTest::waitUntil([&] { return batchesWithQuiet() > before; }, 2000));
        QCOMPARE(seen.get(services, key).resourceVersion, listedVersion);
        // The store holds the new version all the same: a new reader gets it.
        FactsSeen late;
        late.follow(connection);
        watchKind(connection, DiagramKind::Services);
        QVERIFY(KajiTest::waitUntil([&] { return late.facts.value(services).contains(key); }));
        const QString annotatedVersion = late.get(services, key).resourceVersion;
        QVERIFY(annotatedVersion != listedVersion);
        QCOMPARE(annotatedVersion,
                 QString::fromUtf8(KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("get"),
                                                      QStringLiteral("service/quiet"), QStringLiteral("-o"),
                                                      QStringLiteral("jsonpath={.metadata.resourceVersion}")})));

        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("label"), QStringLiteral("service/quiet"),
                           QStringLiteral("tier=front")});
        QVERIFY(KajiTest::waitUntil([&] {
            return seen.get(services, key).labels.contains({QStringLiteral("tier"), QStringLiteral("front")});
        }));

        // Nodes keep their conditions' state and words, not the heartbeat
        // times every status report renews.
        QVERIFY(!seen.facts.value(nodes).isEmpty());
        for (const ObjectFacts &node : seen.facts.value(nodes)) {
            const nlohmann::json conditions =
                node.fields.value("status", nlohmann::json::object()).value("conditions", nlohmann::json());
            QVERIFY2(conditions.is_array() && !conditions.empty(), qPrintable(node.name));
            for (const nlohmann::json &condition : conditions) {
                QVERIFY(condition.contains("type") && condition.contains("status"));
                QVERIFY2(!condition.contains("lastHeartbeatTime"), qPrintable(node.name));
            }
        }
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("delete"), QStringLiteral("service/quiet"),
                           QStringLiteral("--wait=false")});
    }

    void endpointSlicesAndClaimEvents()
    {
        // A claim whose class does not exist: its controller says so in an Event.
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: orphan}\n"
                          "spec: {storageClassName: no-such-class, accessModes: [ReadWriteOnce], "
                          "resources: {requests: {storage: 1Gi}}}\n");
        ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        FactsSeen seen;
        seen.follow(connection);
        watchKind(connection, DiagramKind::EndpointSlices);
        watchKind(connection, DiagramKind::ClaimEvents);
        const QString slices = diagramKindInfo(DiagramKind::EndpointSlices).resourceId();
        const QString events = diagramKindInfo(DiagramKind::ClaimEvents).resourceId();
        QVERIFY(KajiTest::waitUntil([&] { return seen.synced(slices) && seen.synced(events); }));

        const auto &held = seen.facts.value(slices);
        const auto kubernetes = std::find_if(held.cbegin(), held.cend(), [](const ObjectFacts &f) {
            return f.namespaceName == QLatin1String("default")
                && f.labels.contains({QStringLiteral("kubernetes.io/service-name"), QStringLiteral("kubernetes")});
        });
        QVERIFY(kubernetes != held.cend());
        QCOMPARE(kubernetes->fields["addressType"].get<std::string>(), std::string("IPv4"));
        QVERIFY(!kubernetes->fields["endpoints"].empty());
        QVERIFY(kubernetes->fields["ports"][0].contains("port"));

        // Claims' events only, though the cluster holds events about much else.
        QVERIFY(!KajiTest::kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A"),
                                    QStringLiteral("--field-selector=involvedObject.kind!=PersistentVolumeClaim"),
                                    QStringLiteral("-o"), QStringLiteral("name")})
                     .isEmpty());
        QVERIFY(KajiTest::waitUntil([&] {
            const auto &all = seen.facts.value(events);
            return std::any_of(all.cbegin(), all.cend(), [](const ObjectFacts &f) {
                return f.namespaceName == TestNamespace && f.fields["involvedObject"]["name"] == "orphan";
            });
        }, 30000));
        for (const ObjectFacts &event : seen.facts.value(events)) {
            QCOMPARE(event.fields["involvedObject"]["kind"].get<std::string>(), std::string("PersistentVolumeClaim"));
            QVERIFY(event.fields.contains("reason"));
            QVERIFY(!event.fields.contains("source"));
        }
        // Every claim event kubectl finds is held (more may have come since).
        const QStringList expected = kubectlNames({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A"),
                                                   QStringLiteral("--field-selector=involvedObject.kind=PersistentVolumeClaim")});
        QVERIFY(!expected.isEmpty());
        QVERIFY(KajiTest::waitUntil([&] {
            QSet<QString> names;
            for (const ObjectFacts &event : seen.facts.value(events))
                names.insert(QStringLiteral("event/") + event.name);
            return std::all_of(expected.cbegin(), expected.cend(), [&](const QString &name) { return names.contains(name); });
        }));
    }

    void secretsArriveAsMetadataOnly()
    {
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("create"), QStringLiteral("secret"),
                           QStringLiteral("generic"), QStringLiteral("token"), QStringLiteral("--from-literal=password=hunter2")});
        ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        FactsSeen seen;
        seen.follow(connection);
        // A shape that would keep the data if the server sent it.
        const FactShape greedy = {QStringLiteral("data"), QStringLiteral("stringData"), QStringLiteral("type"),
                                  QStringLiteral("metadata")};
        const ApiResource secrets = resourceOf(DiagramKind::Secrets);
        QVERIFY(diagramKindInfo(DiagramKind::Secrets).metadataOnly);
        connection.watchFacts(QStringLiteral("metadata"), secrets, {}, greedy, true);
        connection.watchFacts(QStringLiteral("full"), secrets, {}, greedy, false);
        const QString key = TestNamespace + QStringLiteral("/token");
        QVERIFY(KajiTest::waitUntil([&] {
            return seen.facts.value(QStringLiteral("metadata")).contains(key) && seen.facts.value(QStringLiteral("full")).contains(key);
        }));
        // The same secret in full: the shape would keep its data.
        QVERIFY(seen.get(QStringLiteral("full"), key).fields.contains("data"));
        for (const ObjectFacts &secret : seen.facts.value(QStringLiteral("metadata"))) {
            QVERIFY2(!secret.fields.contains("data") && !secret.fields.contains("type"), qPrintable(secret.key()));
            QVERIFY2(secret.fields.dump().find("hunter2") == std::string::npos, qPrintable(secret.key()));
            QVERIFY(!secret.uid.isEmpty());
        }
        QVERIFY(seen.facts.value(QStringLiteral("metadata")).contains(QStringLiteral("shop/storefront-tls")));

        // One created while watched comes as metadata too (a watch event).
        KajiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("create"), QStringLiteral("secret"),
                           QStringLiteral("generic"), QStringLiteral("later"), QStringLiteral("--from-literal=key=hunter2")});
        const QString later = TestNamespace + QStringLiteral("/later");
        QVERIFY(KajiTest::waitUntil([&] {
            return seen.facts.value(QStringLiteral("metadata")).contains(later) && seen.facts.value(QStringLiteral("full")).contains(later);
        }));
        QVERIFY(!seen.get(QStringLiteral("metadata"), later).fields.contains("data"));
        QVERIFY(seen.get(QStringLiteral("full"), later).fields.contains("data"));
    }

    void restrictedUserIsForbiddenOrNarrowed()
    {
        ClusterConnection connection(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        FactsSeen seen;
        seen.follow(connection);
        const QString nodes = QStringLiteral("nodes");
        const QString secrets = QStringLiteral("secrets");
        const auto &nodeInfo = diagramKindInfo(DiagramKind::Nodes);
        const auto &secretInfo = diagramKindInfo(DiagramKind::Secrets);
        connection.watchFacts(nodes, resourceOf(DiagramKind::Nodes), {}, nodeInfo.shape, false);
        connection.watchFacts(secrets, resourceOf(DiagramKind::Secrets), {}, secretInfo.shape, true);

        // Nodes are cluster-wide: nothing to narrow to.
        QVERIFY(KajiTest::waitUntil([&] { return seen.states.contains(nodes) && seen.states[nodes] != Reflector::State::Connecting; }));
        QCOMPARE(seen.states[nodes], Reflector::State::Forbidden);
        QVERIFY2(seen.messages[nodes].contains(QLatin1String("forbidden")), qPrintable(seen.messages[nodes]));
        QVERIFY(seen.facts.value(nodes).isEmpty());

        // Secrets: refused across namespaces, so the context's namespace.
        QVERIFY(KajiTest::waitUntil([&] { return seen.synced(secrets) && seen.facts.value(secrets).contains(QStringLiteral("shop/orders-db")); }));
        QCOMPARE(seen.scopes.value(secrets), QStringList{QStringLiteral("shop")});
        for (const ObjectFacts &secret : seen.facts.value(secrets))
            QCOMPARE(secret.namespaceName, QStringLiteral("shop"));

        // Fallback namespaces apply to fact watches as to tables.
        connection.setFallbackNamespaces({QStringLiteral("shop"), QStringLiteral("kube-system")});
        QVERIFY(KajiTest::waitUntil([&] { return seen.scopes.value(secrets).contains(QStringLiteral("kube-system")); }));
        QVERIFY(KajiTest::waitUntil([&] { return seen.states.value(secrets) == Reflector::State::Forbidden; }));
        QVERIFY2(seen.messages[secrets].contains(QLatin1String("kube-system")), qPrintable(seen.messages[secrets]));
        QVERIFY(seen.facts.value(secrets).contains(QStringLiteral("shop/orders-db")));
    }
};

QTEST_GUILESS_MAIN(TestFactStore)
#include "tst_factstore.moc"
