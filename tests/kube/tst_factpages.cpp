// The fact store fed as a Reflector feeds it: list pages read in place (the
// recorded scenario's Deployments), a re-list reconciled into upserts and
// removals, watch events coalesced, scopes, replays and drops; bad pages and
// events are passed over.

#include "diagram/diagramkinds.h"
#include "factstore.h"

#include <QFile>
#include <QTest>

using namespace Kaji::Kube;
using Json = nlohmann::json;

namespace {

Json scenarioDeployments()
{
    QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no scenario.json");
    return Json::parse(file.readAll().toStdString()).at("deployments");
}

// A list page as the server sends it: metadata first, then the items.
QByteArray listPage(const Json &items)
{
    const Json list = {{"kind", "DeploymentList"}, {"apiVersion", "apps/v1"},
                       {"metadata", {{"resourceVersion", "900"}}}, {"items", items}};
    return QByteArray::fromStdString(list.dump());
}

std::string text(const Json &object)
{
    return object.dump();
}

QStringList keys(const QList<SharedRecord<ObjectFacts>> &facts)
{
    QStringList out;
    for (const ObjectFacts &f : facts)
        out.append(f.key());
    out.sort();
    return out;
}

const FactShape &deploymentShape()
{
    return Kaji::Models::diagramKindInfo(Kaji::Models::DiagramKind::Deployments).shape;
}

} // namespace

class TestFactPages : public QObject {
    Q_OBJECT

private:
    QList<FactChangeBatchPtr> m_batches;

    void collect(FactStore &store)
    {
        connect(&store, &FactStore::changed, this, [this](const FactChangeBatchPtr &b) { m_batches.append(b); });
    }

private Q_SLOTS:
    void init() { m_batches.clear(); }

    void firstListIsOneResetThenRelistReconciles()
    {
        const Json items = scenarioDeployments();
        FactStore store(deploymentShape());
        collect(store);
        store.beginList();
        store.listPage(listPage(items));
        store.endList();
        QCOMPARE(m_batches.size(), 1);
        QVERIFY(m_batches[0]->reset);
        QCOMPARE(m_batches[0]->upserted.size(), qsizetype(items.size()));
        const ObjectFacts storefront = store.facts().value(QStringLiteral("shop/storefront"));
        QCOMPARE(storefront.fields["spec"]["replicas"].get<int>(), 3);
        QVERIFY(!storefront.fields["spec"].contains("template"));
        // Queries by label go through the index.
        const auto selector = *LabelSelector::parse(QStringLiteral("app.kubernetes.io/name=storefront"));
        QCOMPARE(store.records().keysMatching(selector), QSet<QString>{QStringLiteral("shop/storefront")});

        // A re-list: one scaled, one gone, the rest unchanged.
        Json relisted = Json::array();
        for (Json item : items) {
            if (item["metadata"]["name"] == "checkout")
                continue;
            if (item["metadata"]["name"] == "storefront") {
                item["spec"]["replicas"] = 5;
                item["metadata"]["resourceVersion"] = "901";
            }
            relisted.push_back(item);
        }
        store.beginList();
        store.listPage(listPage(relisted));
        store.endList();
        store.flush();
        QCOMPARE(m_batches.size(), 2);
        QVERIFY(!m_batches[1]->reset);
        QCOMPARE(keys(m_batches[1]->upserted), QStringList{QStringLiteral("shop/storefront")});
        QCOMPARE(m_batches[1]->upserted[0]->fields["spec"]["replicas"].get<int>(), 5);
        QCOMPARE(m_batches[1]->removed, QStringList{QStringLiteral("shop/checkout")});
    }

    void watchEventsAreCoalesced()
    {
        const Json items = scenarioDeployments();
        FactStore store(deploymentShape());
        store.setScope(QStringLiteral("shop"));
        collect(store);
        store.beginList();
        store.listPage(listPage(Json::array()));
        store.endList();
        QCOMPARE(m_batches.size(), 1);
        QVERIFY(m_batches[0]->reset);
        QVERIFY(m_batches[0]->upserted.isEmpty());

        Json first = items[1];
        Json second = items[2];
        store.apply(WatchEvent::Type::Added, text(first));
        store.apply(WatchEvent::Type::Added, text(second));
        first["spec"]["replicas"] = 7;
        first["metadata"]["resourceVersion"] = "2000";
        store.apply(WatchEvent::Type::Modified, text(first));
        store.apply(WatchEvent::Type::Deleted, text(second));
        // Not objects, or objects without a name: nothing to key them by.
        store.apply(WatchEvent::Type::Added, "[1, 2]");
        store.apply(WatchEvent::Type::Added, "{\"metadata\": {\"namespace\": \"shop\"}}");
        store.apply(WatchEvent::Type::Added, "{\"metadata\": ");
        QCOMPARE(m_batches.size(), 1); // waiting for the flush timer
        QVERIFY(QTest::qWaitFor([&] { return m_batches.size() == 2; }, 2000));
        const FactChangeBatchPtr batch = m_batches[1];
        QVERIFY(!batch->reset);
        QCOMPARE(batch->scope, QStringLiteral("shop"));
        QCOMPARE(batch->upserted.size(), 1);
        QCOMPARE(batch->upserted[0]->fields["spec"]["replicas"].get<int>(), 7);
        QCOMPARE(batch->removed, QStringList{QString::fromStdString(second["metadata"]["namespace"].get<std::string>() + "/"
                                                                     + second["metadata"]["name"].get<std::string>())});
        QCOMPARE(store.facts().size(), 1);
    }

    void replayAndDrop()
    {
        FactStore store({QStringLiteral("status")});
        store.setScope(QStringLiteral("shop"));
        collect(store);
        // A part refused before it listed drops without a batch.
        store.drop();
        QVERIFY(m_batches.isEmpty());

        store.beginList();
        store.listPage(listPage(scenarioDeployments()));
        store.endList();
        store.replay();
        QCOMPARE(m_batches.size(), 2);
        QVERIFY(m_batches[1]->reset);
        QCOMPARE(m_batches[1]->scope, QStringLiteral("shop"));
        QCOMPARE(keys(m_batches[1]->upserted), keys(m_batches[0]->upserted));
        QVERIFY(m_batches[1]->upserted[0]->fields.contains("status"));
        QVERIFY(!m_batches[1]->upserted[0]->fields.contains("spec"));

        store.drop();
        QCOMPARE(m_batches.size(), 3);
        QVERIFY(m_batches[2]->reset);
        QVERIFY(m_batches[2]->upserted.isEmpty());
        QCOMPARE(m_batches[2]->scope, QStringLiteral("shop"));
    }

    void badPagesArePassedOver()
    {
        FactStore store({QStringLiteral("spec")});
        collect(store);
        store.beginList();
        store.listPage("not json at all");
        store.listPage("{\"items\": 5}");
        store.listPage("{\"items\": [7, null, {\"metadata\": {\"name\": \"ok\"}, \"spec\": {\"a\": 1}}, {\"metadata\": 3}]}");
        store.listPage(QByteArray());
        store.endList();
        QCOMPARE(m_batches.size(), 1);
        QCOMPARE(keys(m_batches[0]->upserted), QStringList{QStringLiteral("ok")});
        QCOMPARE(store.facts().value(QStringLiteral("ok"), ObjectFacts())->fields["spec"]["a"].get<int>(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFactPages)
#include "tst_factpages.moc"
