// The incremental diagnosis (PodFindingsCache): a run that reuses earlier
// pods' findings must say exactly what a full run says, over every recorded
// snapshot and after every kind of change (an object gone or back, a pod
// broken or mended, logs gone, time passing), and it must not re-read a pod
// none of whose inputs changed.

#include "diagnosis/diagnosisengine.h"
#include "diagnosis/findingjson.h"
#include "diagnosis/podfindingscache.h"
#include "diagnosisfixture.h"

#include <QDir>
#include <QTest>

using namespace Kaji::Models;
using Kaji::Models::ClusterSnapshot;

namespace {

QString dataDir()
{
    return QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis");
}

// Recorded objects as the API serves them: hand-made cases have no uid or
// resourceVersion, without which nothing would be reused.
void giveVersions(nlohmann::json &document)
{
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        nlohmann::json *list = document.contains(ClusterSnapshot::resourceName(ClusterSnapshot::Kind(k)))
            ? &document[ClusterSnapshot::resourceName(ClusterSnapshot::Kind(k))]
            : nullptr;
        if (!list || !list->is_array())
            continue;
        for (nlohmann::json &item : *list) {
            nlohmann::json &meta = item["metadata"];
            if (!meta.contains("uid"))
                meta["uid"] = std::to_string(k) + '/' + meta.value("namespace", "") + '/' + meta.value("name", "");
            if (!meta.contains("resourceVersion"))
                meta["resourceVersion"] = std::to_string(std::hash<std::string>()(item.dump()));
        }
    }
}

// A new resourceVersion, as the API gives an object on every write.
void bump(nlohmann::json &object)
{
    static int next = 1;
    object["metadata"]["resourceVersion"] = "changed-" + std::to_string(next++);
}

std::string described(const Findings &findings)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Finding &f : findings)
        list.push_back(findingToJson(f));
    return list.dump(1);
}

struct Runs {
    KajiTest::DiagnosisFixture fixture;
    PodFindingsCache cache;

    nlohmann::json lastDocument;
    ClusterSnapshot lastSnapshot;

    // The cached run and a full one over `document` at `now` must agree.
    // The same document is the same snapshot again, as the mirror keeps the
    // tables of what did not change: a rule that read a whole kind is judged
    // by its table's revision.
    bool agree(const nlohmann::json &document, qint64 now, const char *what)
    {
        if (document != lastDocument) {
            lastSnapshot = ClusterSnapshot::fromJson(document);
            lastDocument = document;
        }
        const ClusterSnapshot &snapshot = lastSnapshot;
        const std::string full = described(DiagnosisEngine::diagnose(snapshot, fixture.logReader(), now));
        const std::string cached = described(DiagnosisEngine::diagnose(snapshot, fixture.logReader(), now, {}, &cache));
        if (full == cached)
            return true;
        qWarning("%s: the incremental run differs.\nfull: %s\nincremental: %s", what, full.c_str(), cached.c_str());
        return false;
    }
};

const nlohmann::json *podNamed(const nlohmann::json &document, const std::string &name)
{
    for (const nlohmann::json &pod : document.at("pods")) {
        if (pod.at("metadata").at("name") == name)
            return &pod;
    }
    return nullptr;
}

} // namespace

class TestIncrementalDiagnosis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesFullRun_data();
    void matchesFullRun();
    void changedPodAloneIsReread();
    void podsAreToldApartByUidAndVersion_data();
    void podsAreToldApartByUidAndVersion();
    void eventAboutPodIsAnInput();
    void configMapsNamedAreReadForChangedPodsOnly();
};

void TestIncrementalDiagnosis::matchesFullRun_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("scenario") << dataDir() + QStringLiteral("/scenario.json");
    const QDir dir(dataDir() + QStringLiteral("/cases"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestIncrementalDiagnosis::matchesFullRun()
{
    QFETCH(QString, path);
    Runs runs{KajiTest::loadDiagnosisFixture(path), {}, {}, {}};
    nlohmann::json document = runs.fixture.document;
    giveVersions(document);
    const qint64 now = runs.fixture.now;

    QVERIFY(runs.agree(document, now, "first run"));
    QVERIFY(runs.agree(document, now, "nothing changed"));
    QVERIFY2(runs.cache.checkedLastRun().isEmpty(),
             qPrintable(QStringLiteral("re-read without a change: ") + runs.cache.checkedLastRun().join(u", ")));
    QCOMPARE(runs.cache.reusedLastRun(), int(document.at("pods").size()));

    // Time passing: "recent" turns into "long ago".
    for (const qint64 later : {30, 3601, 2 * 86400})
        QVERIFY(runs.agree(document, now + later, "later"));

    // Every object of every other kind gone, then back.
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        const char *kind = ClusterSnapshot::resourceName(ClusterSnapshot::Kind(k));
        if (k == ClusterSnapshot::Pods || !document.contains(kind) || !document[kind].is_array())
            continue;
        for (size_t i = 0; i < document[kind].size(); ++i) {
            nlohmann::json without = document;
            without[kind].erase(without[kind].begin() + std::ptrdiff_t(i));
            const std::string what = std::string(kind) + " #" + std::to_string(i) + " gone";
            QVERIFY(runs.agree(without, now, what.c_str()));
            QVERIFY(runs.agree(document, now, "back"));
        }
        nlohmann::json unreadable = document;
        unreadable.erase(kind); // the loader could not read the kind
        QVERIFY(runs.agree(unreadable, now, kind));
        QVERIFY(runs.agree(document, now, "readable again"));
    }

    // Each pod broken (its first container crash-looping), then mended.
    for (size_t i = 0; i < document.at("pods").size(); ++i) {
        nlohmann::json broken = document;
        nlohmann::json &pod = broken["pods"][i];
        nlohmann::json &statuses = pod["status"]["containerStatuses"];
        if (!statuses.is_array() || statuses.empty())
            continue;
        statuses[0]["ready"] = false;
        statuses[0]["restartCount"] = 7;
        statuses[0]["state"] = {{"waiting", {{"reason", "CrashLoopBackOff"}, {"message", "back-off 5m0s"}}}};
        bump(pod);
        QVERIFY(runs.agree(broken, now, "pod broken"));
        bump(document["pods"][i]);
        QVERIFY(runs.agree(document, now, "pod mended"));
    }

    // The logs the rules quote are inputs too.
    runs.fixture.logs->clear();
    QVERIFY(runs.agree(document, now, "logs gone"));
}

// The scenario's healthy, running pods are not read again when another pod
// changes; the changed pod is, and so are the pending ones (whether they fit
// on a node depends on every pod's requests).
void TestIncrementalDiagnosis::changedPodAloneIsReread()
{
    Runs runs{KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json")), {}, {}, {}};
    nlohmann::json document = runs.fixture.document;
    QVERIFY(runs.agree(document, runs.fixture.now, "first run"));
    QStringList pending;
    for (const nlohmann::json &pod : document.at("pods")) {
        if (pod.at("status").value("phase", "") == "Pending")
            pending.append(QStringLiteral("shop/") + QString::fromStdString(pod.at("metadata").at("name")));
    }
    QVERIFY(!pending.isEmpty());

    const std::string changed = "storefront-9cbff74f4-8ljg8";
    nlohmann::json &pod = const_cast<nlohmann::json &>(*podNamed(document, changed));
    pod["status"]["containerStatuses"][0]["ready"] = false;
    pod["status"]["containerStatuses"][0]["state"] = {{"waiting", {{"reason", "CrashLoopBackOff"}}}};
    bump(pod);
    QVERIFY(runs.agree(document, runs.fixture.now, "one pod changed"));
    QStringList checked = runs.cache.checkedLastRun();
    QVERIFY2(checked.removeAll(QStringLiteral("shop/") + QString::fromStdString(changed)) == 1,
             qPrintable(checked.join(u", ")));
    for (const QString &other : std::as_const(checked))
        QVERIFY2(pending.contains(other), qPrintable(QStringLiteral("re-read although unchanged: ") + other));
    QCOMPARE(runs.cache.reusedLastRun(), int(document.at("pods").size()) - 1 - int(checked.size()));

    const ClusterSnapshot snapshot = ClusterSnapshot::fromJson(document);
    bool found = false;
    for (const Finding &f : DiagnosisEngine::diagnose(snapshot, runs.fixture.logReader(), runs.fixture.now, {}, &runs.cache))
        found = found || (f.object.name == QString::fromStdString(changed) && f.ruleId.startsWith(u"pod.crashloop"));
    QVERIFY(found);
}

void TestIncrementalDiagnosis::podsAreToldApartByUidAndVersion_data()
{
    QTest::addColumn<int>("uidDigit"); // which character of the uid changes, -1: none
    QTest::addColumn<QString>("versionBefore");
    QTest::addColumn<QString>("versionAfter");
    QTest::newRow("replaced, last digit of the uid") << 35 << "5" << "5";
    QTest::newRow("replaced, first digit of the uid") << 0 << "5" << "5";
    QTest::newRow("replaced, a digit of the first half") << 15 << "5" << "5";
    QTest::newRow("changed, numeric versions") << -1 << "9" << "10";
    QTest::newRow("changed, versions as text") << -1 << "v-1" << "v-2";
}

// The cache keeps a pod's uid as 16 bytes and its resourceVersion as a
// number: a pod replaced under the same name (another uid) or changed
// (another version) must be read again however little the text differs.
void TestIncrementalDiagnosis::podsAreToldApartByUidAndVersion()
{
    QFETCH(int, uidDigit);
    QFETCH(QString, versionBefore);
    QFETCH(QString, versionAfter);
    Runs runs{KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json")), {}, {}, {}};
    nlohmann::json document = runs.fixture.document;
    const std::string changed = "storefront-9cbff74f4-8ljg8";
    nlohmann::json &pod = const_cast<nlohmann::json &>(*podNamed(document, changed));
    pod["metadata"]["resourceVersion"] = versionBefore.toStdString();
    QVERIFY(runs.agree(document, runs.fixture.now, "first run"));
    QVERIFY(runs.agree(document, runs.fixture.now, "again"));
    QVERIFY(!runs.cache.checkedLastRun().contains(QStringLiteral("shop/") + QString::fromStdString(changed)));

    pod["status"]["containerStatuses"][0]["ready"] = false;
    pod["status"]["containerStatuses"][0]["state"] = {{"waiting", {{"reason", "CrashLoopBackOff"}}}};
    pod["metadata"]["resourceVersion"] = versionAfter.toStdString();
    if (uidDigit >= 0) {
        std::string uid = pod["metadata"]["uid"];
        QCOMPARE(uid.size(), size_t(36));
        uid[size_t(uidDigit)] = uid[size_t(uidDigit)] == 'f' ? 'e' : 'f';
        pod["metadata"]["uid"] = uid;
    }
    QVERIFY(runs.agree(document, runs.fixture.now, "after the change"));
    QVERIFY(runs.cache.checkedLastRun().contains(QStringLiteral("shop/") + QString::fromStdString(changed)));
}

// A pod whose findings quote its events is read again when a new one comes.
void TestIncrementalDiagnosis::eventAboutPodIsAnInput()
{
    Runs runs{KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/cases/liveness-failing.json")), {}, {}, {}};
    nlohmann::json document = runs.fixture.document;
    giveVersions(document);
    QVERIFY(runs.agree(document, runs.fixture.now, "first run"));
    QVERIFY(runs.agree(document, runs.fixture.now, "again"));
    QVERIFY(runs.cache.checkedLastRun().isEmpty());
    QVERIFY(!document.at("events").empty());
    nlohmann::json event = document.at("events").back();
    event["metadata"]["name"] = "another-event";
    event["message"] = "Liveness probe failed: HTTP probe failed with statuscode: 503";
    bump(event);
    document["events"].push_back(event);
    QVERIFY(runs.agree(document, runs.fixture.now, "new event"));
    QCOMPARE(runs.cache.checkedLastRun().size(), 1);
}

QTEST_GUILESS_MAIN(TestIncrementalDiagnosis)
#include "tst_incrementaldiagnosis.moc"

namespace {

nlohmann::json configMapPod(const std::string &name, const std::string &configMap)
{
    nlohmann::json container = {{"name", "app"}, {"image", "shop/app:1"}};
    if (!configMap.empty()) {
        const nlohmann::json keyRef = {{"name", configMap}, {"key", "mode"}};
        container["env"] = nlohmann::json::array({{{"name", "MODE"}, {"valueFrom", {{"configMapKeyRef", keyRef}}}}});
    }
    return {{"metadata", {{"namespace", "shop"}, {"name", name}, {"uid", "uid-" + name}, {"resourceVersion", "1"}}},
            {"spec", {{"containers", {container}}}},
            {"status", {{"phase", "Running"}}}};
}

QStringList unusedConfigMaps(const Findings &findings)
{
    QStringList names;
    for (const Finding &f : findings) {
        if (f.ruleId == QLatin1String("configmap.unused"))
            names.append(f.object.name);
    }
    names.sort();
    return names;
}

} // namespace

// Whether a ConfigMap is used is read from the pods' specs, kept between
// runs by document: a run walks the specs of the pods that changed only,
// and says what a full run says about every ConfigMap.
void TestIncrementalDiagnosis::configMapsNamedAreReadForChangedPodsOnly()
{
    nlohmann::json configMaps = nlohmann::json::array();
    for (const char *name : {"app-config", "spare-config"})
        configMaps.push_back({{"metadata", {{"namespace", "shop"}, {"name", name}, {"uid", name}}}, {"data", {{"mode", nullptr}}}});
    ClusterSnapshot snapshot;
    snapshot.setItems(ClusterSnapshot::ConfigMaps, std::vector<nlohmann::json>(configMaps.begin(), configMaps.end()));
    std::vector<FrozenJson> pods = {FrozenJson::freeze(configMapPod("web-1", "app-config")),
                                    FrozenJson::freeze(configMapPod("web-2", ""))};
    snapshot.setItems(ClusterSnapshot::Pods, pods);
    PodFindingsCache cache;
    const auto run = [&](const QStringList &unused, qsizetype walked, const char *what) {
        const QStringList full = unusedConfigMaps(DiagnosisEngine::diagnose(snapshot, {}, 1'000'000));
        const QStringList cached = unusedConfigMaps(DiagnosisEngine::diagnose(snapshot, {}, 1'000'000, {}, &cache));
        if (full != unused || cached != unused || cache.configMapNames().walkedLastRun() != walked) {
            qWarning("%s: unused %s (full run %s), %lld pods walked, %lld expected", what,
                     qPrintable(cached.join(u',')), qPrintable(full.join(u',')),
                     static_cast<long long>(cache.configMapNames().walkedLastRun()), static_cast<long long>(walked));
            return false;
        }
        return true;
    };
    QVERIFY(run({QStringLiteral("spare-config")}, 2, "first run"));
    QVERIFY(run({QStringLiteral("spare-config")}, 0, "nothing changed"));
    pods[1] = FrozenJson::freeze(configMapPod("web-2", "spare-config")); // the table's update: a new document
    snapshot.setItems(ClusterSnapshot::Pods, pods);
    QVERIFY(run({}, 1, "a pod now names it"));
    pods.erase(pods.begin());
    snapshot.setItems(ClusterSnapshot::Pods, pods);
    QVERIFY(run({QStringLiteral("app-config")}, 0, "the pod naming it gone"));
    QCOMPARE(cache.configMapNames().size(), 1);
}
