// What the loader drops before an object joins a snapshot (unreadfields.h):
// no rule reads a dropped field (checked in the rules' sources), findings
// are the same with and without the fields over every recorded snapshot,
// and what a rule does read of a projected volume stays.

#include "diagnosis/diagnosisengine.h"
#include "diagnosis/findingjson.h"
#include "diagnosis/unreadfields.h"
#include "diagnosisfixture.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Kaji::Models;

namespace {

QString dataDir()
{
    return QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis");
}

std::string described(const Findings &findings)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Finding &f : findings)
        list.push_back(findingToJson(f));
    return list.dump(1);
}

// The object as it freezes: without what dropUnreadFields marks dropped.
nlohmann::json trimmed(ClusterSnapshot::Kind kind, const nlohmann::json &object)
{
    JsonScratch document;
    document.assign(object);
    dropUnreadFields(kind, document);
    return document.toJson();
}

nlohmann::json withoutUnreadFields(nlohmann::json document)
{
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        const char *name = ClusterSnapshot::resourceName(ClusterSnapshot::Kind(k));
        if (!document.contains(name) || !document[name].is_array())
            continue;
        for (nlohmann::json &item : document[name])
            item = trimmed(ClusterSnapshot::Kind(k), item);
    }
    return document;
}

// Field names anywhere in an object's structure; the keys of label,
// annotation and selector maps are data, not fields.
void collectFieldNames(const nlohmann::json &value, QSet<QString> &names)
{
    if (value.is_array()) {
        for (const nlohmann::json &item : value)
            collectFieldNames(item, names);
        return;
    }
    if (!value.is_object())
        return;
    for (auto it = value.begin(); it != value.end(); ++it) {
        names.insert(QString::fromStdString(it.key()));
        if (it.key() != "labels" && it.key() != "annotations" && it.key() != "nodeSelector")
            collectFieldNames(*it, names);
    }
}

} // namespace

class TestUnreadFields : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noRuleReadsADroppedField()
    {
        // Rules read fields by their names as string literals
        // (jsonChild(spec, "volumes")): a rule that starts reading a dropped
        // field would silently see it missing.
        const QDir dir(QStringLiteral(KAJI_SOURCE_DIR "/models/diagnosis"));
        const QStringList sources = dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        QVERIFY(sources.size() > 20);
        for (const QString &file : sources) {
            if (file.startsWith(QLatin1String("unreadfields.")))
                continue;
            QFile source(dir.filePath(file));
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QByteArray text = source.readAll();
            for (const char *name : unreadFieldNames())
                QVERIFY2(!text.contains('"' + QByteArray(name) + '"'),
                         qPrintable(QStringLiteral("%1 reads \"%2\", which the loader drops").arg(file, QLatin1String(name))));
        }
    }

    void findingsAreTheSame_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("scenario") << dataDir() + QStringLiteral("/scenario.json");
        const QDir dir(dataDir() + QStringLiteral("/cases"));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void findingsAreTheSame()
    {
        QFETCH(QString, path);
        const KajiTest::DiagnosisFixture fixture = KajiTest::loadDiagnosisFixture(path);
        const std::string full = described(DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now));
        const ClusterSnapshot projected = ClusterSnapshot::fromJson(withoutUnreadFields(fixture.document));
        const std::string kept = described(DiagnosisEngine::diagnose(projected, fixture.logReader(), fixture.now));
        QCOMPARE(kept, full);
    }

    // The recorded scenario's pods are as the API served them: every field
    // named is gone from them, and they shrink.
    void dropsTheNamedFields()
    {
        const KajiTest::DiagnosisFixture fixture = KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json"));
        const nlohmann::json &pods = fixture.document.at("pods");
        QVERIFY(pods.size() >= 10);
        QSet<QString> before;
        collectFieldNames(pods, before);
        QVERIFY(before.contains(QStringLiteral("podIP")));
        QVERIFY(before.contains(QStringLiteral("serviceAccountToken")));
        const nlohmann::json projected = withoutUnreadFields(fixture.document).at("pods");
        QSet<QString> after;
        collectFieldNames(projected, after);
        for (const char *name : unreadFieldNames())
            QVERIFY2(!after.contains(QLatin1String(name)), name);
        QVERIFY(after.contains(QStringLiteral("containerStatuses")));
        QVERIFY(after.contains(QStringLiteral("ownerReferences")));
        QVERIFY2(projected.dump().size() * 10 < pods.dump().size() * 8,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(pods.dump().size()).arg(projected.dump().size())));
    }

    void keepsTheConfigMapsAndSecretsOfAProjectedVolume()
    {
        const nlohmann::json pod = trimmed(ClusterSnapshot::Pods, nlohmann::json::parse(R"({
            "metadata": {"name": "p", "namespace": "ns", "generateName": "p-",
                         "annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{}", "team": "a"}},
            "spec": {"volumes": [{"name": "v", "projected": {"defaultMode": 420, "sources": [
                {"serviceAccountToken": {"path": "token"}},
                {"configMap": {"name": "kube-root-ca.crt"}},
                {"downwardAPI": {"items": []}},
                {"secret": {"name": "tls"}}]}}]}})"));
        const nlohmann::json expected = nlohmann::json::parse(R"({
            "metadata": {"name": "p", "namespace": "ns", "annotations": {"team": "a"}},
            "spec": {"volumes": [{"name": "v", "projected": {"sources": [
                {"configMap": {"name": "kube-root-ca.crt"}}, {"secret": {"name": "tls"}}]}}]}})");
        QCOMPARE(QString::fromStdString(pod.dump()), QString::fromStdString(expected.dump()));
    }

    // Other kinds keep their spec and status: only pods are pruned deeply.
    void otherKindsLoseOnlyTheirManagedFields()
    {
        nlohmann::json deployment = trimmed(ClusterSnapshot::Deployments, nlohmann::json::parse(R"({
            "metadata": {"name": "d", "managedFields": [{"manager": "kubectl"}]},
            "spec": {"template": {"spec": {"dnsPolicy": "ClusterFirst"}}},
            "status": {"podIP": "x"}})"));
        QVERIFY(!deployment["metadata"].contains("managedFields"));
        QCOMPARE(deployment["spec"]["template"]["spec"]["dnsPolicy"].get<std::string>(), "ClusterFirst");
        QCOMPARE(deployment["status"]["podIP"].get<std::string>(), "x");
    }

    void leavesMalformedObjectsAlone()
    {
        for (const char *text : {R"(null)", R"([1,2])", R"({"metadata": 3, "spec": [], "status": "x"})",
                                 R"({"spec": {"containers": 5, "volumes": [1, {"projected": 2}, {"projected": {"sources": 7}}]}})",
                                 R"({"status": {"containerStatuses": [3, {"state": "x", "lastState": {"terminated": 3}}]}})"}) {
            const nlohmann::json before = nlohmann::json::parse(text);
            const nlohmann::json value = trimmed(ClusterSnapshot::Pods, before);
            QCOMPARE(QString::fromStdString(value.dump()), QString::fromStdString(before.dump()));
        }
    }
};

QTEST_GUILESS_MAIN(TestUnreadFields)
#include "tst_unreadfields.moc"
