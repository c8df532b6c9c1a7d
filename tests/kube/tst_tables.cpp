// Discovery and server-printed tables against the real local cluster: the
// kinds the server serves (a CRD appearing while we watch), table rows equal
// to what kubectl prints, live updates, and the restricted user's forbidden
// lists reported as forbidden or narrowed to their namespace.

#include "clusterfixture.h"
#include "discovery.h"
#include "tablewatch.h"

#include <QScopeGuard>

using namespace Kaji::Kube;

namespace {

const char *const CrdManifest = R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.tables.kaji.test
spec:
  group: tables.kaji.test
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wdg]}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {size: {type: integer}}}
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
)";

// `kubectl get KIND -A --no-headers` as rows of whitespace-separated cells.
QMap<QString, QStringList> kubectlRows(const QString &kind)
{
    QMap<QString, QStringList> rows;
    const QByteArray out = KajiTest::kubectl({QStringLiteral("get"), kind, QStringLiteral("-A"), QStringLiteral("--no-headers")});
    for (const QByteArray &line : out.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
        if (cells.size() >= 2)
            rows.insert(cells[0] + u'/' + cells[1], cells.mid(1));
    }
    return rows;
}

ApiResource findResource(Discovery &discovery, const QString &name)
{
    const auto found = discovery.find(name);
    if (!found)
        qFatal("discovery does not know %s", qPrintable(name));
    return *found;
}

} // namespace

class TestTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void cleanupTestCase()
    {
        if (!KajiTest::clusterKubeconfig().isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("crd"), QStringLiteral("widgets.tables.kaji.test"),
                               QStringLiteral("--ignore-not-found")});
    }

    void discoveryFindsBuiltInKindsAndNewCrds()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        Discovery discovery(&client);
        discovery.start();
        QVERIFY(KajiTest::waitUntil([&] { return !discovery.resources().isEmpty(); }));
        const ApiResource deployments = findResource(discovery, QStringLiteral("deploy"));
        QCOMPARE(deployments.id(), QStringLiteral("deployments.apps"));
        QCOMPARE(deployments.version, QStringLiteral("v1"));
        QVERIFY(deployments.namespaced);
        QCOMPARE(deployments.collectionPath(QStringLiteral("shop")), QByteArray("/apis/apps/v1/namespaces/shop/deployments"));
        QCOMPARE(findResource(discovery, QStringLiteral("nodes")).namespaced, false);
        QCOMPARE(findResource(discovery, QStringLiteral("pod")).collectionPath(), QByteArray("/api/v1/pods"));
        QVERIFY(!discovery.find(QStringLiteral("widgets")));

        // A CRD installed while we watch shows up without a restart.
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, CrdManifest);
        QVERIFY(KajiTest::waitUntil([&] { return discovery.find(QStringLiteral("wdg")).has_value(); }, 30000));
        const ApiResource widgets = *discovery.find(QStringLiteral("wdg"));
        QCOMPARE(widgets.id(), QStringLiteral("widgets.tables.kaji.test"));
        QVERIFY(!widgets.isBuiltIn());
        QVERIFY(deployments.isBuiltIn());

        // Its table carries the CRD's printer columns.
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          "apiVersion: tables.kaji.test/v1\nkind: Widget\nmetadata: {name: w1, namespace: default}\nspec: {size: 7}\n");
        TableWatch watch(&client, widgets, QStringLiteral("default"));
        watch.start();
        QVERIFY(KajiTest::waitUntil([&] { return watch.store()->rows().contains(QStringLiteral("default/w1")); }));
        const QList<TableColumn> &columns = watch.store()->columns();
        const auto size = std::find_if(columns.cbegin(), columns.cend(), [](const TableColumn &c) { return c.name == QLatin1String("Size"); });
        QVERIFY(size != columns.cend());
        QCOMPARE(watch.store()->rows().value(QStringLiteral("default/w1"), TableRow())->cells.at(size - columns.cbegin()), QStringLiteral("7"));
    }

    void deploymentRowsEqualKubectlAndFollowChanges()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        Discovery discovery(&client);
        discovery.start();
        QVERIFY(KajiTest::waitUntil([&] { return !discovery.resources().isEmpty(); }));
        TableWatch watch(&client, findResource(discovery, QStringLiteral("deployments")), {});
        QList<TableChangeBatchPtr> batches;
        connect(&watch, &TableWatch::changed, this, [&](const TableChangeBatchPtr &b) { batches.append(b); });
        watch.start();
        QVERIFY(KajiTest::waitUntil([&] { return !batches.isEmpty(); }));
        QVERIFY(batches.first()->reset);
        QCOMPARE(batches.first()->columns.first().name, QStringLiteral("Name"));

        // Same objects and the same READY / UP-TO-DATE / AVAILABLE cells.
        const QMap<QString, QStringList> expected = kubectlRows(QStringLiteral("deployments"));
        const auto &rows = watch.store()->rows();
        QCOMPARE(rows.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(rows.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(rows.value(it.key(), TableRow())->cells.mid(0, 4), it.value().mid(0, 4));
        }
        const TableRow storefront = rows.value(QStringLiteral("shop/storefront"));
        QVERIFY(!storefront.uid.isEmpty());
        QVERIFY(storefront.createdEpochSecs > 0);

        // A new deployment appears, then its replica count changes.
        const QString name = QStringLiteral("tables-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("create"), QStringLiteral("deployment"),
                           name, QStringLiteral("--image=registry.example/app:1"), QStringLiteral("--replicas=1")});
        const QString key = QStringLiteral("batch/") + name;
        QVERIFY(KajiTest::waitUntil([&] { return rows.contains(key); }));
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("scale"),
                           QStringLiteral("deployment/") + name, QStringLiteral("--replicas=0")});
        QVERIFY(KajiTest::waitUntil([&] { return rows.value(key, TableRow())->cells.value(1) == QLatin1String("0/0"); }));
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("delete"),
                           QStringLiteral("deployment/") + name, QStringLiteral("--wait=false")});
        QVERIFY(KajiTest::waitUntil([&] { return !rows.contains(key); }));
        // Only the first batch was a reset.
        QVERIFY(std::none_of(batches.cbegin() + 1, batches.cend(), [](const TableChangeBatchPtr &b) { return b->reset; }));
    }

    void restrictedUserIsNarrowedOrForbidden()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        Discovery discovery(&client);
        discovery.start();
        QVERIFY(KajiTest::waitUntil([&] { return !discovery.resources().isEmpty(); }));

        // Secrets: forbidden across namespaces, allowed in shop.
        TableWatch secrets(&client, findResource(discovery, QStringLiteral("secrets")), QStringLiteral("shop"));
        QString scope;
        connect(&secrets, &TableWatch::scopeChanged, this, [&](const QStringList &ns) { scope = ns.join(u','); });
        secrets.start();
        QVERIFY(KajiTest::waitUntil([&] { return secrets.store()->rows().contains(QStringLiteral("shop/orders-db")); }));
        QCOMPARE(scope, QStringLiteral("shop"));

        // Nodes are cluster-wide: nothing to narrow to, so it says forbidden.
        TableWatch nodes(&client, findResource(discovery, QStringLiteral("nodes")), QStringLiteral("shop"));
        Reflector::State state = Reflector::State::Connecting;
        QString message;
        connect(&nodes, &TableWatch::stateChanged, this, [&](Reflector::State s, const QString &m) {
            state = s;
            message = m;
        });
        nodes.start();
        QVERIFY(KajiTest::waitUntil([&] { return state != Reflector::State::Connecting; }));
        QCOMPARE(state, Reflector::State::Forbidden);
        QVERIFY2(message.contains(QLatin1String("forbidden")), qPrintable(message));
        QVERIFY(nodes.store()->rows().isEmpty());
    }

    // The restricted user picks namespaces by hand: each is watched on its
    // own; a forbidden one is said, naming it, while the others keep
    // coming; dropping one takes its rows away (scoped batches, no resets
    // of the others).
    void restrictedUserWatchesSeveralNamespaces()
    {
        const QString granted = QStringLiteral("tables-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), granted});
        const auto cleanup = qScopeGuard([&] {
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), granted, QStringLiteral("--wait=false")});
        });
        KajiTest::kubectl({QStringLiteral("-n"), granted, QStringLiteral("create"), QStringLiteral("rolebinding"),
                           QStringLiteral("view"), QStringLiteral("--clusterrole=view"), QStringLiteral("--group=shop-developers")});
        KajiTest::kubectl({QStringLiteral("-n"), granted, QStringLiteral("create"), QStringLiteral("configmap"),
                           QStringLiteral("granted-config")});

        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        Discovery discovery(&client);
        discovery.start();
        QVERIFY(KajiTest::waitUntil([&] { return !discovery.resources().isEmpty(); }));
        TableWatch configMaps(&client, findResource(discovery, QStringLiteral("configmaps")), QStringLiteral("shop"));
        // What a model keyed by namespace/name ends up holding.
        QHash<QString, TableRow> rows;
        int unscopedResets = 0;
        connect(&configMaps, &TableWatch::changed, this, [&](const TableChangeBatchPtr &b) {
            if (b->reset && b->scope.isEmpty()) {
                ++unscopedResets;
                rows.clear();
            } else if (b->reset) {
                rows.removeIf([&](const auto &it) { return it.key().startsWith(b->scope + u'/'); });
            }
            for (const TableRow &r : b->upserted)
                rows.insert(r.key(), r);
            for (const QString &key : b->removed)
                rows.remove(key);
        });
        Reflector::State state = Reflector::State::Connecting;
        QString message;
        connect(&configMaps, &TableWatch::stateChanged, this, [&](Reflector::State s, const QString &m) {
            state = s;
            message = m;
        });
        QStringList scope;
        connect(&configMaps, &TableWatch::scopeChanged, this, [&](const QStringList &ns) { scope = ns; });
        configMaps.start();
        QVERIFY(KajiTest::waitUntil([&] { return scope == QStringList{QStringLiteral("shop")} && state == Reflector::State::Synced; }));

        configMaps.setFallback({QStringLiteral("shop"), granted, QStringLiteral("kube-system")});
        QVERIFY(KajiTest::waitUntil([&] { return rows.contains(granted + QStringLiteral("/granted-config")); }));
        QVERIFY(KajiTest::waitUntil([&] { return state == Reflector::State::Forbidden; }));
        QVERIFY2(message.contains(QLatin1String("namespace kube-system")), qPrintable(message));
        QVERIFY(std::any_of(rows.keyBegin(), rows.keyEnd(), [](const QString &k) { return k.startsWith(QLatin1String("shop/")); }));
        QVERIFY(std::none_of(rows.keyBegin(), rows.keyEnd(), [](const QString &k) { return k.startsWith(QLatin1String("kube-system/")); }));

        // Changes in a picked namespace arrive live.
        KajiTest::kubectl({QStringLiteral("-n"), granted, QStringLiteral("create"), QStringLiteral("configmap"),
                           QStringLiteral("later-config")});
        QVERIFY(KajiTest::waitUntil([&] { return rows.contains(granted + QStringLiteral("/later-config")); }));

        configMaps.setFallback({QStringLiteral("shop")});
        QVERIFY(KajiTest::waitUntil([&] { return state == Reflector::State::Synced; }));
        QVERIFY(std::none_of(rows.keyBegin(), rows.keyEnd(), [&](const QString &k) { return k.startsWith(granted + u'/'); }));
        QVERIFY(std::any_of(rows.keyBegin(), rows.keyEnd(), [](const QString &k) { return k.startsWith(QLatin1String("shop/")); }));
        QCOMPARE(unscopedResets, 0);
    }
};

QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
