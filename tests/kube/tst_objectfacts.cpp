// Objects reduced to their facts: the metadata every kind shares, and the
// fields a shape keeps (paths through lists, escaped dots, absent paths).
// Real objects come from the recorded scenario (read back from a v1.36
// kube-apiserver) with the shapes the diagrams declare; small inline objects
// pin down each pruning rule.

#include "diagram/diagramkinds.h"
#include "objectfacts.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTest>

#include <limits>
#include <map>

using namespace Kaji::Kube;
using Kaji::Models::DiagramKind;
using Json = nlohmann::json;

namespace {

const Json &scenario()
{
    static const Json recorded = [] {
        QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no scenario.json");
        return Json::parse(file.readAll().toStdString());
    }();
    return recorded;
}

Json recorded(const char *collection, const std::string &namespaceName, const std::string &name)
{
    for (const Json &object : scenario().at(collection)) {
        if (object["metadata"].value("namespace", "") == namespaceName && object["metadata"]["name"] == name)
            return object;
    }
    qFatal("%s %s/%s is not in the scenario", collection, namespaceName.c_str(), name.c_str());
}

QString dumped(const Json &json)
{
    return QString::fromStdString(json.dump());
}

ObjectFacts factsOf(const char *text, const FactShape &shape)
{
    return objectFactsFromJson(Json::parse(text), shape);
}

} // namespace

class TestObjectFacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void metadataIsRead()
    {
        const ObjectFacts facts = factsOf(R"({
            "kind": "ReplicaSet",
            "metadata": {"name": "web-6f4f", "namespace": "shop", "uid": "u-1", "resourceVersion": "42",
                         "creationTimestamp": "2026-11-26T22:40:32Z", "deletionTimestamp": "2026-11-26T22:41:00Z",
                         "generation": 3,
                         "labels": {"app": "web", "pod-template-hash": "6f4f"},
                         "ownerReferences": [
                             {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "d-1", "controller": true},
                             {"apiVersion": "v1", "kind": "ConfigMap", "name": "cm", "uid": "c-1"}]},
            "spec": {"replicas": 2}})",
                                          {});
        QCOMPARE(facts.name, QStringLiteral("web-6f4f"));
        QCOMPARE(facts.namespaceName, QStringLiteral("shop"));
        QCOMPARE(facts.key(), QStringLiteral("shop/web-6f4f"));
        QCOMPARE(facts.uid, QStringLiteral("u-1"));
        QCOMPARE(facts.resourceVersion, QStringLiteral("42"));
        QCOMPARE(facts.createdEpochSecs, QDateTime::fromString(QStringLiteral("2026-11-26T22:40:32Z"), Qt::ISODate).toSecsSinceEpoch());
        QVERIFY(facts.deleting);
        QCOMPARE(facts.labels, (QList<std::pair<QString, QString>>{{QStringLiteral("app"), QStringLiteral("web")},
                                                                   {QStringLiteral("pod-template-hash"), QStringLiteral("6f4f")}}));
        QCOMPARE(facts.owners.size(), 2);
        QCOMPARE(facts.owners[0].kind, QStringLiteral("Deployment"));
        QCOMPARE(facts.owners[0].name, QStringLiteral("web"));
        QCOMPARE(facts.owners[0].uid, QStringLiteral("d-1"));
        QVERIFY(facts.owners[0].controller);
        QCOMPARE(facts.owners[1].kind, QStringLiteral("ConfigMap"));
        QVERIFY(!facts.owners[1].controller);
        // An empty shape keeps nothing besides the metadata members.
        QCOMPARE(dumped(facts.fields), QStringLiteral("{}"));

        const ObjectFacts node = factsOf(R"({"metadata": {"name": "node-1", "deletionTimestamp": null}})", {});
        QCOMPARE(node.key(), QStringLiteral("node-1"));
        QVERIFY(!node.deleting);
    }

    void deploymentKeepsWhatItsShapeNames()
    {
        const Json object = recorded("deployments", "shop", "storefront");
        const ObjectFacts facts = objectFactsFromJson(object, diagramKindInfo(DiagramKind::Deployments).shape);
        QCOMPARE(facts.key(), QStringLiteral("shop/storefront"));
        QCOMPARE(facts.uid, QString::fromStdString(object["metadata"]["uid"]));
        QVERIFY(facts.labels.contains({QStringLiteral("app.kubernetes.io/name"), QStringLiteral("storefront")}));

        Json expected;
        expected["spec"]["replicas"] = object["spec"]["replicas"];
        expected["spec"]["selector"] = object["spec"]["selector"];
        expected["status"] = object["status"];
        expected["metadata"]["annotations"]["deployment.kubernetes.io/revision"] =
            object["metadata"]["annotations"]["deployment.kubernetes.io/revision"];
        QCOMPARE(dumped(facts.fields), dumped(expected));
        QVERIFY(!facts.fields["spec"].contains("template"));
        QVERIFY(!facts.fields["spec"].contains("paused")); // absent in the object: absent here
        // The last-applied annotation (a copy of the whole manifest) is gone.
        QCOMPARE(facts.fields["metadata"]["annotations"].size(), 1u);
    }

    void statefulSetKeepsPathsThroughItsClaimTemplates()
    {
        const Json object = recorded("statefulsets", "infra", "postgres");
        const ObjectFacts facts = objectFactsFromJson(object, diagramKindInfo(DiagramKind::StatefulSets).shape);
        const Json &templates = facts.fields["spec"]["volumeClaimTemplates"];
        QCOMPARE(templates.size(), object["spec"]["volumeClaimTemplates"].size());
        const Json &source = object["spec"]["volumeClaimTemplates"][0];
        Json expected;
        expected["metadata"]["name"] = source["metadata"]["name"];
        expected["spec"]["storageClassName"] = source["spec"]["storageClassName"];
        expected["spec"]["accessModes"] = source["spec"]["accessModes"];
        expected["spec"]["resources"] = source["spec"]["resources"];
        QCOMPARE(dumped(templates[0]), dumped(expected));
        QCOMPARE(dumped(facts.fields["spec"]["serviceName"]), dumped(object["spec"]["serviceName"]));
        QVERIFY(!facts.fields["spec"].contains("template"));
    }

    void escapedDotsNameOneKey()
    {
        const ObjectFacts facts = factsOf(R"({"metadata": {"name": "x", "annotations": {
                "storageclass.kubernetes.io/is-default-class": "true", "other": "no"}},
            "x": {"a.b": 1, "a": {"b": 2, "c": 3}}})",
                                          {QStringLiteral("metadata.annotations.storageclass\\.kubernetes\\.io/is-default-class"),
                                           QStringLiteral("x.a\\.b")});
        QCOMPARE(dumped(facts.fields),
                 QStringLiteral(R"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},"x":{"a.b":1}})"));
        const ObjectFacts nested = factsOf(R"({"metadata": {"name": "x"}, "x": {"a.b": 1, "a": {"b": 2, "c": 3}}})",
                                           {QStringLiteral("x.a.b")});
        QCOMPARE(dumped(nested.fields), QStringLiteral(R"({"x":{"a":{"b":2}}})"));
    }

    void listsKeepTheirPositions()
    {
        const char *object = R"({"metadata": {"name": "x"}, "spec": {"items": [
            {"metadata": {"name": "a"}, "spec": {"storageClassName": "fast", "other": 1}},
            {"spec": {"other": 2}},
            "a scalar",
            [{"metadata": {"name": "inner"}, "drop": true}],
            {"metadata": {"name": "c", "labels": {"l": "v"}}}]}})";
        const ObjectFacts facts = factsOf(object, {QStringLiteral("spec.items.metadata.name"),
                                                   QStringLiteral("spec.items.spec.storageClassName")});
        QCOMPARE(dumped(facts.fields),
                 QStringLiteral(R"({"spec":{"items":[{"metadata":{"name":"a"},"spec":{"storageClassName":"fast"}},{},null,)"
                 R"([{"metadata":{"name":"inner"}}],{"metadata":{"name":"c"}}]}})"));
        // No element has the path: the list is absent, as the path is.
        const ObjectFacts none = factsOf(object, {QStringLiteral("spec.items.missing")});
        QCOMPARE(dumped(none.fields), QStringLiteral("{}"));
        const ObjectFacts empty = factsOf(R"({"metadata": {"name": "x"}, "spec": {"items": []}})",
                                          {QStringLiteral("spec.items.metadata.name")});
        QCOMPARE(dumped(empty.fields), QStringLiteral("{}"));
    }

    void keptSubtreesAreExact()
    {
        // Built in code: moc misreads a raw string holding \".
        const Json source = {{"a", 1}, {"b", -7}, {"c", std::numeric_limits<uint64_t>::max()}, {"d", 2.5},
                             {"e", true}, {"f", nullptr}, {"g", "t\"ext\u00e9\n"}, {"h", Json::array()},
                             {"i", Json::object()}, {"j", Json::array({1, Json::array({2, {{"k", "l"}}})})}};
        Json object = {{"metadata", {{"name", "x"}}}, {"status", source}, {"spec", {{"keep", source}, {"drop", 1}}}};
        const ObjectFacts facts = objectFactsFromJson(object, {QStringLiteral("status"), QStringLiteral("spec.keep")});
        QCOMPARE(dumped(facts.fields["status"]), dumped(source));
        QCOMPARE(dumped(facts.fields["spec"]), dumped(Json{{"keep", source}}));
        QVERIFY(facts.fields["status"]["c"].is_number_unsigned());
        QVERIFY(facts.fields["status"]["b"].is_number_integer());
    }

    void overlappingAndInvalidPaths()
    {
        const char *object = R"({"metadata": {"name": "x", "uid": "u", "annotations": {"a": "1"}},
            "spec": {"replicas": 2, "paused": false}})";
        // A shorter path keeps everything under it, in either order.
        QCOMPARE(dumped(factsOf(object, {QStringLiteral("spec.replicas"), QStringLiteral("spec")}).fields),
                 QStringLiteral(R"({"spec":{"paused":false,"replicas":2}})"));
        QCOMPARE(dumped(factsOf(object, {QStringLiteral("spec"), QStringLiteral("spec.replicas")}).fields),
                 QStringLiteral(R"({"spec":{"paused":false,"replicas":2}})"));
        // Paths that name nothing keep nothing and break nothing.
        QCOMPARE(dumped(factsOf(object, {QString(), QStringLiteral("."), QStringLiteral("spec..replicas"),
                                         QStringLiteral("spec."), QStringLiteral("spec.replicas.deeper"),
                                         QStringLiteral("nothing.here")})
                            .fields),
                 QStringLiteral("{}"));
        // The metadata members are not repeated in the fields.
        QCOMPARE(dumped(factsOf(object, {QStringLiteral("metadata")}).fields), QStringLiteral(R"({"metadata":{"annotations":{"a":"1"}}})"));
        // kubectl's copy of the manifest goes unless named.
        const char *applied = R"({"metadata": {"name": "s", "annotations": {"a": "1",
            "kubectl.kubernetes.io/last-applied-configuration": "{\"stringData\": {\"password\": \"hunter2\"}}"}}})";
        for (const char *path : {"metadata", "metadata.annotations"})
            QCOMPARE(dumped(factsOf(applied, {QString::fromLatin1(path)}).fields),
                     QStringLiteral(R"({"metadata":{"annotations":{"a":"1"}}})"));
        QVERIFY(factsOf(applied, {QStringLiteral("metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration")})
                    .fields.dump()
                    .find("hunter2")
            != std::string::npos);
        QCOMPARE(dumped(factsOf(object, {QStringLiteral("metadata.uid")}).fields), QStringLiteral("{}"));
    }

    void badInputNeverBreaks()
    {
        for (const Json &value : {Json(nullptr), Json(3), Json("text"), Json::array({1, 2}), Json::object()}) {
            const ObjectFacts facts = objectFactsFromJson(value, {QStringLiteral("spec")});
            QVERIFY(facts.name.isEmpty());
            QCOMPARE(dumped(facts.fields), QStringLiteral("{}"));
        }
        // Wrongly typed metadata reads as absent.
        const ObjectFacts odd = factsOf(R"({"metadata": {"name": 7, "labels": "x", "ownerReferences": {"a": 1},
            "creationTimestamp": "yesterday"}, "spec": 5})",
                                        {QStringLiteral("spec.replicas")});
        QVERIFY(odd.name.isEmpty());
        QVERIFY(odd.labels.isEmpty());
        QVERIFY(odd.owners.isEmpty());
        QCOMPARE(odd.createdEpochSecs, 0);
        QCOMPARE(dumped(odd.fields), QStringLiteral("{}"));
        // Invalid UTF-8 in a tree is replaced, not thrown over.
        Json broken = {{"metadata", {{"name", "x"}}}, {"spec", {{"v", std::string("\xff\xfe")}}}};
        QCOMPARE(objectFactsFromJson(broken, {QStringLiteral("spec")}).name, QStringLiteral("x"));
    }

    void everyDiagramShapeReadsTheScenario()
    {
        // Each kind's recorded objects read with its shape: names kept, and
        // nothing kept that the shape does not name at its top level.
        const std::map<DiagramKind, const char *> collections = {
            {DiagramKind::Deployments, "deployments"}, {DiagramKind::ReplicaSets, "replicasets"},
            {DiagramKind::StatefulSets, "statefulsets"}, {DiagramKind::DaemonSets, "daemonsets"},
            {DiagramKind::Jobs, "jobs"}, {DiagramKind::CronJobs, "cronjobs"}, {DiagramKind::Services, "services"},
            {DiagramKind::EndpointSlices, "endpointslices"}, {DiagramKind::PersistentVolumeClaims, "persistentvolumeclaims"},
            {DiagramKind::PersistentVolumes, "persistentvolumes"}, {DiagramKind::StorageClasses, "storageclasses"},
            {DiagramKind::Nodes, "nodes"}, {DiagramKind::Secrets, "secrets"}, {DiagramKind::ClaimEvents, "events"}};
        for (const auto &[kind, collection] : collections) {
            const FactShape &shape = diagramKindInfo(kind).shape;
            QSet<QString> tops;
            for (const QString &path : shape)
                tops.insert(path.section(u'.', 0, 0));
            QVERIFY(!scenario().at(collection).empty());
            for (const Json &object : scenario().at(collection)) {
                const ObjectFacts facts = objectFactsFromJson(object, shape);
                QCOMPARE(facts.name, QString::fromStdString(object["metadata"]["name"]));
                for (const auto &[key, value] : facts.fields.items())
                    QVERIFY2(tops.contains(QString::fromStdString(key)), collection);
            }
        }
        const ObjectFacts secret = objectFactsFromJson(recorded("secrets", "shop", "storefront-tls"),
                                                       diagramKindInfo(DiagramKind::Secrets).shape);
        QCOMPARE(dumped(secret.fields), QStringLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestObjectFacts)
#include "tst_objectfacts.moc"
