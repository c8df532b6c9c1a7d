// The details view's data: YAML written from API objects (read back by a
// YAML parser it gives the same document), managedFields hidden, Secret
// values masked until revealed, and the summary of a pod and a workload.

#include "objectsummary.h"
#include "yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Kaji::Models;
using nlohmann::json;

namespace {

json readFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return json::parse(file.readAll().toStdString());
}

// Back to JSON as a YAML 1.2 reader sees it: quoted scalars are strings,
// plain ones are resolved to null, booleans and numbers.
json fromYaml(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        json out = json::object();
        for (const auto &entry : node)
            out[entry.first.as<std::string>()] = fromYaml(entry.second);
        return out;
    }
    case YAML::NodeType::Sequence: {
        json out = json::array();
        for (const auto &item : node)
            out.push_back(fromYaml(item));
        return out;
    }
    case YAML::NodeType::Scalar: {
        const std::string text = node.Scalar();
        if (node.Tag() == "!")
            return text;
        if (text == "null")
            return nullptr;
        if (text == "true" || text == "false")
            return text == "true";
        json number = json::parse(text, nullptr, false);
        if (!number.is_discarded() && number.is_number())
            return number;
        return text;
    }
    default: return nullptr;
    }
}

} // namespace

class TestObjectViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void yamlReadsBackAsTheSameDocument_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KAJI_TEST_DATA_DIR "/pods"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void yamlReadsBackAsTheSameDocument()
    {
        QFETCH(QString, path);
        const json pod = readFixture(path);
        const QString yaml = toYaml(pod);
        QVERIFY2(fromYaml(YAML::Load(yaml.toStdString())) == pod, qPrintable(yaml));
    }

    void awkwardScalars()
    {
        const json doc = {{"version", "1.10"}, {"enabled", "true"}, {"empty", ""}, {"port", 8080}, {"colon", "a: b"},
                          {"script", "#!/bin/sh\necho hi\n"}, {"list", json::array({"-x", "*", json::object()})},
                          {"nested", json::array({json::array({1, 2})})}, {"none", nullptr}, {"yes", "yes"},
                          {"octal", "0755"}, {"stamp", "2026-11-26T10:00:00Z"}};
        const QString yaml = toYaml(doc);
        QVERIFY2(fromYaml(YAML::Load(yaml.toStdString())) == doc, qPrintable(yaml));
        QVERIFY2(yaml.contains(QStringLiteral("script: |\n  #!/bin/sh\n  echo hi\n")), qPrintable(yaml));
        QVERIFY(yaml.contains(QStringLiteral("version: \"1.10\"")));
        QVERIFY(yaml.contains(QStringLiteral("port: 8080")));
    }

    void secretsMaskedAndManagedFieldsHidden()
    {
        const json secret = {{"apiVersion", "v1"}, {"kind", "Secret"}, {"type", "Opaque"},
                             {"metadata", {{"name", "orders-db"}, {"managedFields", json::array({{{"manager", "kubectl"}}})},
                                           {"annotations", {{"kubectl.kubernetes.io/last-applied-configuration", "{\"data\":{\"password\":\"aHVudGVyMg==\"}}"}}}}},
                             {"data", {{"password", "aHVudGVyMg=="}, {"user", "b3JkZXJz"}}}};
        const QString masked = toYaml(objectForDisplay(secret, {}));
        QVERIFY(!masked.contains(QLatin1String("aHVudGVyMg")));
        QVERIFY(!masked.contains(QLatin1String("b3JkZXJz")));
        QVERIFY(masked.contains(QStringLiteral("password: ••••••••")));
        QVERIFY(!masked.contains(QLatin1String("managedFields")));
        const QString revealed = toYaml(objectForDisplay(secret, {true, true}));
        QVERIFY(revealed.contains(QLatin1String("password: aHVudGVyMg==")));
        QVERIFY(!revealed.contains(QLatin1String("managedFields")));
        // Other kinds are left alone.
        const json configMap = {{"kind", "ConfigMap"}, {"metadata", {{"name", "c"}}}, {"data", {{"k", "v"}}}};
        QVERIFY(objectForDisplay(configMap, {}) == configMap);
    }

    void podSummaryLinksWhatItUses()
    {
        json pod = readFixture(QStringLiteral(KAJI_TEST_DATA_DIR "/pods/oom-killed.json"));
        pod["metadata"]["ownerReferences"] = json::array({{{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"}, {"name", "resizer-7d9"}, {"controller", true}}});
        pod["spec"]["volumes"] = json::array({{{"name", "cache"}, {"persistentVolumeClaim", {{"claimName", "resizer-cache"}}}}});
        pod["spec"]["imagePullSecrets"] = json::array({{{"name", "registry"}}});
        const ObjectSummary s = summarizeObject(pod);
        QCOMPARE(s.kind, QStringLiteral("Pod"));
        QVERIFY(!s.containers.isEmpty());
        // This fixture's container is terminated now, not restarted yet.
        QCOMPARE(s.containers.first().state, QStringLiteral("Terminated: OOMKilled (exit 137)"));
        QVERIFY(s.containers.first().lastTermination.isEmpty());
        const auto has = [&](const QString &kind, const QString &name, const QString &role) {
            return std::any_of(s.links.cbegin(), s.links.cend(), [&](const ObjectLink &l) {
                return l.kind == kind && l.name == name && l.role == role;
            });
        };
        QVERIFY(has(QStringLiteral("ReplicaSet"), QStringLiteral("resizer-7d9"), QStringLiteral("owner")));
        QVERIFY(has(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("resizer-cache"), QStringLiteral("volume")));
        QVERIFY(has(QStringLiteral("Secret"), QStringLiteral("registry"), QStringLiteral("image pull secret")));
        QVERIFY(std::any_of(s.links.cbegin(), s.links.cend(), [](const ObjectLink &l) { return l.kind == QLatin1String("Node"); }));
    }

    void workloadSummaryNamesItsChildren()
    {
        const json deployment = {
            {"apiVersion", "apps/v1"}, {"kind", "Deployment"}, {"metadata", {{"name", "web"}, {"namespace", "shop"}}},
            {"spec", {{"selector", {{"matchLabels", {{"app", "web"}}}, {"matchExpressions", json::array({{{"key", "tier"}, {"operator", "In"}, {"values", {"a", "b"}}}})}}},
                      {"template", {{"spec", {{"containers", json::array({{{"name", "web"}, {"image", "nginx:1"}, {"resources", {{"limits", {{"memory", "512Mi"}}}}}}})}}}}}}}};
        const ObjectSummary s = summarizeObject(deployment);
        QCOMPARE(s.childKind, QStringLiteral("ReplicaSet"));
        QCOMPARE(s.childGroup, QStringLiteral("apps"));
        QCOMPARE(s.childSelector, QStringLiteral("app=web,tier in (a,b)"));
        QCOMPARE(s.containers.size(), 1);
        QCOMPARE(s.containers.first().limits, QStringLiteral("memory 512Mi"));
    }
};

QTEST_GUILESS_MAIN(TestObjectViews)
#include "tst_objectviews.moc"
