// What a pod record says about claims and ports: claim names from
// persistentVolumeClaim volumes and generic ephemeral volumes (<pod>-<volume>),
// and the ports a named targetPort resolves against (containers first, then
// restartable init containers; plain init containers serve nothing). The
// fixture was read back from a v1.36.3 kube-apiserver (the local cluster).

#include "podrecord.h"
#include "podstore.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Kaji::Kube;
using Json = nlohmann::json;

namespace {

Json fixture(const QString &name)
{
    QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/pods/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(name));
    return Json::parse(file.readAll().toStdString());
}

PodPort port(const char *container, const char *name, int number, const char *protocol)
{
    return {QString::fromLatin1(container), QString::fromLatin1(name), number, QString::fromLatin1(protocol)};
}

QString describe(const QList<PodPort> &ports)
{
    QStringList out;
    for (const PodPort &p : ports)
        out.append(QStringLiteral("%1/%2/%3/%4").arg(p.container, p.name).arg(p.port).arg(p.protocol));
    return out.join(u' ');
}

// A pod as the stores receive it: in a list page.
QList<PodRecord> throughList(const Json &items)
{
    PodStore store;
    store.beginList();
    store.listPage(QByteArray::fromStdString(Json{{"kind", "PodList"}, {"items", items}}.dump()));
    store.endList();
    QList<PodRecord> out;
    for (const Json &item : items)
        out.append(store.pods().value(QString::fromStdString(item["metadata"]["namespace"].get<std::string>() + "/"
                                                             + item["metadata"]["name"].get<std::string>())));
    return out;
}

} // namespace

class TestPodRecord : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claimsAndPortsOfARecordedPod()
    {
        const Json pod = fixture(QStringLiteral("claims-and-ports"));
        for (const PodRecord &record : {podRecordFromJson(pod), throughList(Json::array({pod})).value(0)}) {
            QCOMPARE(record.name, QStringLiteral("claims-and-ports"));
            // In volume order; the ephemeral volume "scratch" is claimed as <pod>-<volume>.
            QCOMPARE(record.claimNames, (QList<QString>{QStringLiteral("data-claim"), QStringLiteral("claims-and-ports-scratch"),
                                                        QStringLiteral("shared-claim")}));
            const QList<PodPort> expected = {
                port("app", "http", 8080, "TCP"),    port("app", "metrics", 9090, "TCP"),
                port("dns", "dns", 53, "UDP"),       port("dns", "dns-tcp", 53, "TCP"),
                port("proxy", "proxy", 15001, "TCP"), port("proxy", "", 15090, "UDP"),
            };
            QCOMPARE(describe(record.ports), describe(expected));
            QCOMPARE(record.ports, expected);
        }
    }

    void unsetProtocolAndFieldOrder()
    {
        // Written by hand: no protocol (the API's default is TCP), the name
        // after the ports, a sidecar's policy after its ports, and volumes
        // that claim nothing.
        const Json pod = Json::parse(R"({"metadata": {"name": "p", "namespace": "ns"}, "spec": {
            "containers": [{"ports": [{"containerPort": 80, "name": "web"}, {"containerPort": 81}], "name": "main"}],
            "initContainers": [
                {"ports": [{"containerPort": 9000, "name": "side"}], "restartPolicy": "Always", "name": "side"},
                {"ports": [{"containerPort": 9001, "name": "once"}], "restartPolicy": "Never", "name": "once"}],
            "volumes": [
                {"name": "a", "ephemeral": null},
                {"name": "b", "persistentVolumeClaim": {"readOnly": true}},
                {"persistentVolumeClaim": {"claimName": "c-claim"}, "name": "c"},
                {"ephemeral": {"volumeClaimTemplate": {}}, "name": "d"},
                {"ephemeral": {}}]}})");
        for (const PodRecord &record : {podRecordFromJson(pod), throughList(Json::array({pod})).value(0)}) {
            QCOMPARE(describe(record.ports), QStringLiteral("main/web/80/TCP main//81/TCP side/side/9000/TCP"));
            QCOMPARE(record.claimNames, (QList<QString>{QStringLiteral("c-claim"), QStringLiteral("p-d")}));
        }
    }

    void podsOfOneTemplateShareTheirPorts()
    {
        Json first = fixture(QStringLiteral("claims-and-ports"));
        Json second = first;
        second["metadata"]["name"] = "claims-and-ports-2";
        Json other = first;
        other["metadata"]["name"] = "claims-and-ports-3";
        other["spec"]["containers"][0]["ports"][0]["containerPort"] = 8081;
        const QList<PodRecord> records = throughList(Json::array({first, second, other}));
        QCOMPARE(records[0].ports, records[1].ports);
        QCOMPARE(records[0].ports.constData(), records[1].ports.constData()); // one copy
        QCOMPARE(records[2].ports.value(0).port, 8081);
        QVERIFY(records[0].ports.constData() != records[2].ports.constData());
        QCOMPARE(records[1].claimNames.value(1), QStringLiteral("claims-and-ports-2-scratch"));
    }

    void oddShapesReadAsAbsent()
    {
        for (const char *text : {R"({"metadata": {"name": "p"}, "spec": {"containers": 5, "volumes": {"a": 1}}})",
                                 R"({"metadata": {"name": "p"}, "spec": {"containers": [7, {"ports": "x"}, {"ports": [null, 3]}],
                                     "volumes": [null, {"persistentVolumeClaim": 4}, {"ephemeral": 1}]}})"}) {
            const PodRecord record = podRecordFromText(text);
            QCOMPARE(record.name, QStringLiteral("p"));
            QVERIFY(record.claimNames.isEmpty());
            QVERIFY(record.ports.isEmpty()); // no entry names a port number
            QCOMPARE(record.cpuRequestMillis, -1);
            QCOMPARE(record.memoryLimitBytes, -1);
        }
    }

    // Requests and limits summed over the app containers, as kubectl top's
    // percentages read them; init containers do not count, and one
    // container without a limit leaves the pod without one.
    void requestsAndLimitsSummed()
    {
        const Json containers = Json::array(
            {{{"name", "app"},
              {"env", {{{"name", "A"}, {"value", "1"}}}},
              {"resources", {{"requests", {{"cpu", "250m"}, {"memory", "256Mi"}}}, {"limits", {{"cpu", "1"}, {"memory", "512Mi"}}}}},
              {"volumeMounts", Json::array()}},
             {{"name", "sidecar"},
              {"resources", {{"requests", {{"cpu", "0.1"}, {"memory", "64Mi"}}}, {"limits", {{"memory", "128Mi"}}}}}}});
        const Json pod = {{"metadata", {{"namespace", "shop"}, {"name", "p"}}},
                          {"spec",
                           {{"initContainers", {{{"name", "init"}, {"resources", {{"requests", {{"cpu", "4"}}}}}}}},
                            {"containers", containers}}}};
        for (const PodRecord &record : {podRecordFromJson(pod), throughList(Json::array({pod})).first()}) {
            QCOMPARE(record.cpuRequestMillis, 350);
            QCOMPARE(record.memoryRequestBytes, 320LL * 1024 * 1024);
            QCOMPARE(record.cpuLimitMillis, -1); // the sidecar has no CPU limit
            QCOMPARE(record.memoryLimitBytes, 640LL * 1024 * 1024);
        }
        Json noResources = pod;
        noResources["spec"]["containers"] = Json::array({{{"name", "app"}}});
        const PodRecord bare = podRecordFromJson(noResources);
        QCOMPARE(bare.cpuRequestMillis, -1);
        QCOMPARE(bare.cpuLimitMillis, -1);
    }

    // What the overview's capacity sums per node, as `kubectl describe node`
    // does: a limit alone is the request too, an unset value adds nothing,
    // sidecars run with the app, and a plain init container counts when it
    // (with the sidecars started before it) needs more than they do.
    void nodeShareAsDescribeNodeSumsIt()
    {
        const auto resources = [](const char *cpu, const char *memory, const char *cpuLimit = nullptr) {
            Json r = {{"requests", Json::object()}};
            if (cpu)
                r["requests"]["cpu"] = cpu;
            if (memory)
                r["requests"]["memory"] = memory;
            if (cpuLimit)
                r["limits"]["cpu"] = cpuLimit;
            return r;
        };
        Json pod = {
            {"metadata", {{"namespace", "shop"}, {"name", "p"}}},
            {"spec",
             {{"initContainers",
               {{{"name", "proxy"}, {"restartPolicy", "Always"}, {"resources", resources(nullptr, "1Mi")}},
                {{"name", "migrate"}, {"resources", resources("200m", "8Mi")}}}},
              {"containers",
               {{{"name", "app"}, {"resources", {{"limits", {{"cpu", "500m"}}}}}},
                {{"name", "web"}, {"resources", {{"requests", {{"cpu", "250m"}, {"memory", "64Mi"}}}, {"limits", {{"memory", "128Mi"}}}}}},
                {{"name", "bare"}}}}}}};
        for (const PodRecord &record : {podRecordFromJson(pod), throughList(Json::array({pod})).first()}) {
            QCOMPARE(record.nodeShare.cpuRequestMillis, 750);
            QCOMPARE(record.nodeShare.cpuLimitMillis, 500);
            QCOMPARE(record.nodeShare.memoryRequestBytes, 65LL * 1024 * 1024);
            QCOMPARE(record.nodeShare.memoryLimitBytes, 128LL * 1024 * 1024);
        }
        // A migration needing more than the app: it sets the pod's share,
        // with the sidecar started before it (1Mi) but not the one after.
        pod["spec"]["initContainers"][1]["resources"] = resources("2", "512Mi", "3");
        pod["spec"]["initContainers"].push_back({{"name", "late"}, {"restartPolicy", "Always"}, {"resources", resources(nullptr, "1Gi")}});
        pod["spec"]["overhead"] = {{"cpu", "10m"}, {"memory", "1Mi"}};
        const NodeShare share = podRecordFromJson(pod).nodeShare;
        QCOMPARE(share.cpuRequestMillis, 2000 + 10);
        QCOMPARE(share.cpuLimitMillis, 3000 + 10);
        QCOMPARE(share.memoryRequestBytes, (1024LL + 65) * 1024 * 1024 + 1024 * 1024); // the app with both sidecars is larger
        QCOMPARE(share.memoryLimitBytes, 128LL * 1024 * 1024 + 1024 * 1024);
        QCOMPARE(podRecordFromText(R"({"metadata": {"name": "p"}})").nodeShare, NodeShare());
    }
};

QTEST_GUILESS_MAIN(TestPodRecord)
#include "tst_podrecord.moc"
