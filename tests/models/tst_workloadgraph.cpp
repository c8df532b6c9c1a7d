// The workloads diagram over the recorded scenario of the local cluster and
// small hand-made cases: owners joined to pods by uid, rollouts, states and
// their reasons, aggregation of large pod fans, permissions, determinism.

#include "diagram/diagramexport.h"
#include "diagram/diagramids.h"
#include "diagram/podfan.h"
#include "diagram/workloadgraph.h"
#include "diagramfixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <limits>

using namespace Kaji::Models;
using namespace KajiTest;
namespace Kube = Kaji::Kube;

namespace {

json deploymentJson(const QString &ns, const QString &name, int replicas, const json &status, int revision = 1)
{
    json meta = objectMeta(ns, name, QStringLiteral("uid-deploy-") + name);
    meta["annotations"] = {{"deployment.kubernetes.io/revision", std::to_string(revision)}};
    return {{"metadata", meta}, {"spec", {{"replicas", replicas}}}, {"status", status}};
}

json replicaSetJson(const QString &ns, const QString &deployment, const QString &hash, int replicas, int revision)
{
    const QString name = deployment + u'-' + hash;
    json meta = objectMeta(ns, name, QStringLiteral("uid-rs-") + name,
        controllerRef(QStringLiteral("Deployment"), deployment, QStringLiteral("uid-deploy-") + deployment));
    meta["annotations"] = {{"deployment.kubernetes.io/revision", std::to_string(revision)}};
    return {{"metadata", meta}, {"spec", {{"replicas", replicas}}}, {"status", {{"replicas", replicas}}}};
}

json rsRef(const QString &rsName)
{
    return controllerRef(QStringLiteral("ReplicaSet"), rsName, QStringLiteral("uid-rs-") + rsName);
}

// One Deployment with one ReplicaSet and `pods` pods in the given shapes.
DiagramInput deploymentWithPods(const QList<PodShape> &shapes, const json &status)
{
    DiagramInput input;
    addObject(input, DiagramKind::Deployments,
        deploymentJson(QStringLiteral("web"), QStringLiteral("shop"), int(shapes.size()), status));
    addObject(input, DiagramKind::ReplicaSets,
        replicaSetJson(QStringLiteral("web"), QStringLiteral("shop"), QStringLiteral("abc"), int(shapes.size()), 1));
    for (int i = 0; i < shapes.size(); ++i)
        addPod(input,
            podJson(QStringLiteral("web"), QStringLiteral("shop-abc-%1").arg(i, 2, 10, QLatin1Char('0')),
                rsRef(QStringLiteral("shop-abc")), shapes.at(i)));
    return input;
}

QString jsonBytes(const DiagramGraph &graph)
{
    return QString::fromStdString(diagramToJson(graph).dump());
}

} // namespace

class TestWorkloadGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storefrontDeploymentReplicaSetPods()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        QCOMPARE(graph.view, DiagramView::Workloads);
        const DiagramNode *deployment = graph.node(QStringLiteral("Deployment/shop/storefront"));
        QVERIFY(deployment);
        QCOMPARE(deployment->state, DiagramState::Ok);
        QCOMPARE(deployment->details, QStringList({QStringLiteral("3/3 ready"), QStringLiteral("rev 1")}));
        QCOMPARE(deployment->column, 1);
        QCOMPARE(deployment->resourceId, QStringLiteral("deployments.apps"));
        QCOMPARE(
            edgesFrom(graph, deployment->id), QStringList {QStringLiteral("ReplicaSet/shop/storefront-9cbff74f4")});
        const QStringList pods = edgesFrom(graph, QStringLiteral("ReplicaSet/shop/storefront-9cbff74f4"));
        QCOMPARE(pods,
            QStringList({QStringLiteral("Pod/shop/storefront-9cbff74f4-8ljg8"),
                QStringLiteral("Pod/shop/storefront-9cbff74f4-ddslp"),
                QStringLiteral("Pod/shop/storefront-9cbff74f4-kv7pl")}));
        for (const QString &id : pods) {
            QCOMPARE(graph.node(id)->state, DiagramState::Ok);
            QCOMPARE(graph.node(id)->column, 3);
        }
        QCOMPARE(graph.node(QStringLiteral("ReplicaSet/shop/storefront-9cbff74f4"))->column, 2);
        QVERIFY(graph.notes.isEmpty());
    }

    void scenarioFailingDeploymentsSayWhy()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        for (const char *name : {"checkout", "inventory", "orders-api", "payments", "recommender"}) {
            const DiagramNode *node = graph.node(QStringLiteral("Deployment/shop/") + QLatin1String(name));
            QVERIFY2(node, name);
            QCOMPARE(node->state, DiagramState::Failed);
            QCOMPARE(node->reasons, QStringList {QStringLiteral("0 of 1 available")});
        }
        const DiagramNode *crashing = graph.node(QStringLiteral("Pod/shop/orders-api-5b77987f4d-sfhd4"));
        QCOMPARE(crashing->state, DiagramState::Failed);
        QCOMPARE(crashing->reasons, QStringList {QStringLiteral("Crash-looping")});
        QCOMPARE(graph.node(QStringLiteral("Pod/shop/recommender-7795bd7b47-rfq76"))->reasons,
            QStringList {QStringLiteral("Not scheduled yet")});
        QCOMPARE(graph.node(QStringLiteral("Pod/shop/inventory-66fc7d7d5d-n72n7"))->state, DiagramState::Warning);
    }

    void daemonSetOnePodPerNode()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        const QString ds = QStringLiteral("DaemonSet/infra/fluent-bit");
        QCOMPARE(graph.node(ds)->details, QStringList({QStringLiteral("4/4 ready"), QStringLiteral("on 4 nodes")}));
        const QStringList pods = edgesFrom(graph, ds);
        QCOMPARE(pods.size(), 4);
        QStringList nodes;
        for (const QString &id : pods)
            nodes.append(graph.node(id)->details.last());
        nodes.sort();
        QCOMPARE(nodes,
            QStringList({QStringLiteral("on kaji-gpu-1"), QStringLiteral("on kaji-worker-1"),
                QStringLiteral("on kaji-worker-2"), QStringLiteral("on kaji-worker-3")}));
    }

    void statefulSetPodsAndClaims()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        const QString sts = QStringLiteral("StatefulSet/infra/postgres");
        QCOMPARE(graph.node(sts)->state, DiagramState::Ok);
        QCOMPARE(edgesFrom(graph, sts),
            QStringList({QStringLiteral("Pod/infra/postgres-0"), QStringLiteral("Pod/infra/postgres-1")}));
        for (int i = 0; i < 2; ++i) {
            const QString claim = QStringLiteral("PersistentVolumeClaim/infra/data-postgres-%1").arg(i);
            const DiagramEdge *edge = findEdge(graph, QStringLiteral("Pod/infra/postgres-%1").arg(i), claim);
            QVERIFY(edge);
            QCOMPARE(edge->kind, DiagramEdgeKind::Claims);
            QCOMPARE(graph.node(claim)->column, 4);
            QCOMPARE(graph.node(claim)->state, DiagramState::Ok);
        }
    }

    void jobsFailedAndComplete()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        const DiagramNode *failed = graph.node(QStringLiteral("Job/batch/db-backup"));
        QCOMPARE(failed->state, DiagramState::Failed);
        QCOMPARE(failed->reasons, QStringList {QStringLiteral("Gave up after 2 failed attempts")});
        QCOMPARE(failed->details, QStringList({QStringLiteral("0/1 succeeded"), QStringLiteral("2 failed")}));
        QCOMPARE(edgesFrom(graph, failed->id).size(), 2);
        const DiagramNode *done = graph.node(QStringLiteral("Job/batch/nightly-export"));
        QCOMPARE(done->state, DiagramState::Finished);
        QCOMPARE(graph.node(QStringLiteral("Pod/batch/nightly-export-n459h"))->state, DiagramState::Finished);
    }

    // The recording has no run of session-cleanup yet: two Jobs it started,
    // as the CronJob controller names and owns them.
    void cronJobOwnsJobsOwnPods()
    {
        const json document = scenarioDocument();
        DiagramInput input = inputFromDocument(document);
        json cronJob = scenarioObject(document, "cronjobs", QStringLiteral("batch"), QStringLiteral("session-cleanup"));
        const QString cronUid = QString::fromStdString(cronJob["metadata"]["uid"].get<std::string>());
        cronJob["status"] = {{"lastScheduleTime", "2026-11-26T22:40:00Z"},
            {"active", json::array({{{"name", "session-cleanup-29400030"}}})}};
        addObject(input, DiagramKind::CronJobs, cronJob);
        for (const auto &[name, running] :
            {std::pair {"session-cleanup-29400020", false}, std::pair {"session-cleanup-29400030", true}}) {
            const QString jobName = QLatin1String(name);
            json job = {{"metadata",
                            objectMeta(QStringLiteral("batch"), jobName, QStringLiteral("uid-") + jobName,
                                controllerRef(QStringLiteral("CronJob"), QStringLiteral("session-cleanup"), cronUid))},
                {"spec", {{"completions", 1}}},
                {"status",
                    running ? json {{"active", 1}}
                            : json {{"succeeded", 1},
                                {"conditions", json::array({{{"type", "Complete"}, {"status", "True"}}})}}}};
            addObject(input, DiagramKind::Jobs, job);
            addPod(input,
                podJson(QStringLiteral("batch"), jobName + QStringLiteral("-x1"),
                    controllerRef(QStringLiteral("Job"), jobName, QStringLiteral("uid-") + jobName),
                    running ? PodShape::Ready : PodShape::Completed));
        }
        const DiagramGraph graph = buildWorkloadGraph(input, {});
        const QString cron = QStringLiteral("CronJob/batch/session-cleanup");
        QCOMPARE(graph.node(cron)->details,
            QStringList(
                {QStringLiteral("*/10 * * * *"), QStringLiteral("last run 7m38s ago"), QStringLiteral("1 active")}));
        QCOMPARE(graph.node(cron)->state, DiagramState::Ok);
        QCOMPARE(edgesFrom(graph, cron),
            QStringList({QStringLiteral("Job/batch/session-cleanup-29400020"),
                QStringLiteral("Job/batch/session-cleanup-29400030")}));
        QCOMPARE(graph.node(QStringLiteral("Job/batch/session-cleanup-29400020"))->state, DiagramState::Finished);
        QCOMPARE(graph.node(QStringLiteral("Job/batch/session-cleanup-29400030"))->state, DiagramState::Progressing);
        QCOMPARE(edgesFrom(graph, QStringLiteral("Job/batch/session-cleanup-29400030")),
            QStringList {QStringLiteral("Pod/batch/session-cleanup-29400030-x1")});

        cronJob["spec"]["suspend"] = true;
        addObject(input, DiagramKind::CronJobs, cronJob);
        // The graph outlives the pointer into it.
        const DiagramGraph built = buildWorkloadGraph(input, {});
        const DiagramNode *suspended = built.node(cron);
        QCOMPARE(suspended->state, DiagramState::Warning);
        QCOMPARE(suspended->reasons, QStringList {QStringLiteral("Suspended: starts no Jobs")});
    }

    // During a rollout the old ReplicaSet that still runs pods stays in the
    // picture; old empty ones are counted, not drawn.
    void rolloutKeepsReplicaSetsThatStillHavePods()
    {
        DiagramInput input;
        const QString ns = QStringLiteral("web");
        addObject(input, DiagramKind::Deployments,
            deploymentJson(ns, QStringLiteral("shop"), 3,
                {{"replicas", 4}, {"updatedReplicas", 2}, {"availableReplicas", 3}, {"readyReplicas", 3}}, 4));
        addObject(
            input, DiagramKind::ReplicaSets, replicaSetJson(ns, QStringLiteral("shop"), QStringLiteral("new"), 2, 4));
        addObject(
            input, DiagramKind::ReplicaSets, replicaSetJson(ns, QStringLiteral("shop"), QStringLiteral("old"), 2, 3));
        addObject(
            input, DiagramKind::ReplicaSets, replicaSetJson(ns, QStringLiteral("shop"), QStringLiteral("older"), 0, 2));
        addObject(input, DiagramKind::ReplicaSets,
            replicaSetJson(ns, QStringLiteral("shop"), QStringLiteral("oldest"), 0, 1));
        addPod(input, podJson(ns, QStringLiteral("shop-new-1"), rsRef(QStringLiteral("shop-new"))));
        addPod(input, podJson(ns, QStringLiteral("shop-new-2"), rsRef(QStringLiteral("shop-new")), PodShape::Creating));
        addPod(input, podJson(ns, QStringLiteral("shop-old-1"), rsRef(QStringLiteral("shop-old"))));
        addPod(input, podJson(ns, QStringLiteral("shop-old-2"), rsRef(QStringLiteral("shop-old"))));
        const DiagramGraph graph = buildWorkloadGraph(input, {});
        const QString deployment = QStringLiteral("Deployment/web/shop");
        QCOMPARE(edgesFrom(graph, deployment),
            QStringList({QStringLiteral("ReplicaSet/web/shop-new"), QStringLiteral("ReplicaSet/web/shop-old")}));
        QVERIFY(!graph.node(QStringLiteral("ReplicaSet/web/shop-older")));
        QCOMPARE(graph.node(deployment)->state, DiagramState::Progressing);
        QCOMPARE(graph.node(deployment)->reasons, QStringList {QStringLiteral("Rolling out: 2 of 3 updated")});
        QCOMPARE(graph.node(deployment)->details,
            QStringList({QStringLiteral("3/3 ready"), QStringLiteral("rev 4"), QStringLiteral("2 old ReplicaSets")}));
        QCOMPARE(graph.node(QStringLiteral("ReplicaSet/web/shop-new"))->details.last(), QStringLiteral("rev 4"));
    }

    void deploymentStates_data()
    {
        QTest::addColumn<QList<PodShape>>("pods");
        QTest::addColumn<QString>("status");
        QTest::addColumn<DiagramState>("state");
        QTest::addColumn<QString>("reason");
        const QString allUp
            = QStringLiteral(R"({"replicas":2,"updatedReplicas":2,"availableReplicas":2,"readyReplicas":2})");
        const QString noneUp = QStringLiteral(R"({"replicas":2,"updatedReplicas":2})");
        const QString oneUp
            = QStringLiteral(R"({"replicas":2,"updatedReplicas":2,"availableReplicas":1,"readyReplicas":1})");
        QTest::newRow("all available") << QList<PodShape> {PodShape::Ready, PodShape::Ready} << allUp
                                       << DiagramState::Ok << QString();
        QTest::newRow("none, crashing") << QList<PodShape> {PodShape::CrashLooping, PodShape::Creating} << noneUp
                                        << DiagramState::Failed << QStringLiteral("0 of 2 available");
        QTest::newRow("none, all starting") << QList<PodShape> {PodShape::Creating, PodShape::Creating} << noneUp
                                            << DiagramState::Progressing << QStringLiteral("0 of 2 available");
        QTest::newRow("partly, one not ready") << QList<PodShape> {PodShape::Ready, PodShape::NotReady} << oneUp
                                               << DiagramState::Warning << QStringLiteral("1 of 2 available");
        QTest::newRow("partly, one starting") << QList<PodShape> {PodShape::Ready, PodShape::Creating} << oneUp
                                              << DiagramState::Progressing << QStringLiteral("1 of 2 available");
        QTest::newRow("deadline exceeded")
            << QList<PodShape> {PodShape::Ready, PodShape::Creating}
            << QStringLiteral(
                   R"({"replicas":3,"updatedReplicas":1,"availableReplicas":2,"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]})")
            << DiagramState::Failed << QStringLiteral("Rollout stuck: progress deadline exceeded");
    }

    void deploymentStates()
    {
        QFETCH(QList<PodShape>, pods);
        QFETCH(QString, status);
        QFETCH(DiagramState, state);
        QFETCH(QString, reason);
        const DiagramInput input = deploymentWithPods(pods, json::parse(status.toStdString()));
        // The graph outlives the pointer into it.
        const DiagramGraph built = buildWorkloadGraph(input, {});
        const DiagramNode *node = built.node(QStringLiteral("Deployment/web/shop"));
        QVERIFY(node);
        QCOMPARE(node->state, state);
        QCOMPARE(node->reasons, reason.isEmpty() ? QStringList() : QStringList {reason});
    }

    // A ReplicaSet recreated under the same name is another object: the pod
    // that points at the old uid hangs from a missing owner, not the new one.
    void podsJoinOwnersByUidNotName()
    {
        DiagramInput input = deploymentWithPods({PodShape::Ready}, json::object());
        addPod(input,
            podJson(QStringLiteral("web"), QStringLiteral("shop-abc-zz"),
                controllerRef(QStringLiteral("ReplicaSet"), QStringLiteral("shop-abc"), QStringLiteral("uid-gone"))));
        const DiagramGraph graph = buildWorkloadGraph(input, {});
        QCOMPARE(edgesFrom(graph, QStringLiteral("ReplicaSet/web/shop-abc")),
            QStringList {QStringLiteral("Pod/web/shop-abc-00")});
        const QString missing
            = missingNodeId(QStringLiteral("ReplicaSet"), QStringLiteral("web"), QStringLiteral("shop-abc"));
        QCOMPARE(graph.node(missing)->state, DiagramState::Missing);
        const DiagramEdge *edge = findEdge(graph, missing, QStringLiteral("Pod/web/shop-abc-zz"));
        QVERIFY(edge);
        QCOMPARE(edge->state, DiagramEdgeState::Broken);
    }

    void autoscalerTargets()
    {
        DiagramInput input = deploymentWithPods({PodShape::Ready}, json::object());
        const auto hpa = [](const QString &name, const QString &kind, const QString &target) {
            return json {{"metadata", objectMeta(QStringLiteral("web"), name, QStringLiteral("uid-hpa-") + name)},
                {"spec",
                    {{"scaleTargetRef", {{"kind", kind.toStdString()}, {"name", target.toStdString()}}},
                        {"maxReplicas", 3}}},
                {"status", {{"currentReplicas", 1}}}};
        };
        addObject(input, DiagramKind::HorizontalPodAutoscalers,
            hpa(QStringLiteral("shop"), QStringLiteral("Deployment"), QStringLiteral("shop")));
        addObject(input, DiagramKind::HorizontalPodAutoscalers,
            hpa(QStringLiteral("gone"), QStringLiteral("Deployment"), QStringLiteral("api")));
        addObject(input, DiagramKind::HorizontalPodAutoscalers,
            hpa(QStringLiteral("argo"), QStringLiteral("Rollout"), QStringLiteral("canary")));
        const DiagramGraph graph = buildWorkloadGraph(input, {});

        const DiagramNode *working = graph.node(QStringLiteral("HorizontalPodAutoscaler/web/shop"));
        QCOMPARE(working->details, QStringList {QStringLiteral("min 1 · max 3 · now 1")});
        QCOMPARE(working->column, 0);
        QCOMPARE(working->state, DiagramState::Ok);
        QCOMPARE(findEdge(graph, working->id, QStringLiteral("Deployment/web/shop"))->kind, DiagramEdgeKind::Scales);

        const QString missing
            = missingNodeId(QStringLiteral("Deployment"), QStringLiteral("web"), QStringLiteral("api"));
        QCOMPARE(graph.node(missing)->state, DiagramState::Missing);
        QCOMPARE(findEdge(graph, QStringLiteral("HorizontalPodAutoscaler/web/gone"), missing)->state,
            DiagramEdgeState::Broken);
        QCOMPARE(graph.node(QStringLiteral("HorizontalPodAutoscaler/web/gone"))->state, DiagramState::Failed);

        // Kaji reads no Rollouts: it cannot say the target is missing.
        const DiagramNode *unread = graph.node(QStringLiteral("Rollout/web/canary"));
        QVERIFY(unread);
        QCOMPARE(unread->state, DiagramState::Unknown);
        QCOMPARE(graph.node(QStringLiteral("HorizontalPodAutoscaler/web/argo"))->state, DiagramState::Ok);
    }

    void aggregatesAboveFanLimit()
    {
        QList<PodShape> shapes(5, PodShape::Ready);
        shapes << PodShape::Unschedulable << PodShape::CrashLooping;
        const DiagramInput input = deploymentWithPods(shapes, json::object());
        const QString rs = QStringLiteral("ReplicaSet/web/shop-abc");
        const QString group = podGroupId(rs);
        DiagramOptions options;
        options.fanLimit = 7;
        QCOMPARE(edgesFrom(buildWorkloadGraph(input, options), rs).size(), 7);

        options.fanLimit = 6;
        const DiagramGraph graph = buildWorkloadGraph(input, options);
        QCOMPARE(edgesFrom(graph, rs), QStringList {group});
        const DiagramNode *aggregate = graph.node(group);
        QVERIFY(aggregate);
        QVERIFY(aggregate->aggregate);
        QCOMPARE(aggregate->kind, QStringLiteral("Pod"));
        QCOMPARE(aggregate->name, QStringLiteral("shop-abc"));
        QCOMPARE(aggregate->state, DiagramState::Failed);
        QCOMPARE(aggregate->details, QStringList {QStringLiteral("7 pods: 5 ready, 1 pending, 1 crash-looping")});
        QCOMPARE(aggregate->members.size(), 7);
        QCOMPARE(aggregate->members.first(), QStringLiteral("shop-abc-00"));
        QCOMPARE(aggregate->counts,
            (QList<std::pair<DiagramState, int>> {{DiagramState::Ok, 5}, {DiagramState::Failed, 2}}));
        QCOMPARE(aggregate->reasons,
            QStringList(
                {QStringLiteral("shop-abc-05: Not scheduled yet"), QStringLiteral("shop-abc-06: Crash-looping")}));
        QCOMPARE(
            aggregate->labels, (QList<std::pair<QString, QString>> {{QStringLiteral("app"), QStringLiteral("demo")}}));
        int pods = 0;
        for (const DiagramNode &node : graph.nodes)
            pods += node.kind == QLatin1String("Pod") && !node.aggregate;
        QCOMPARE(pods, 0);

        options.expanded.insert(group);
        const DiagramGraph expanded = buildWorkloadGraph(input, options);
        QCOMPARE(edgesFrom(expanded, rs).size(), 7);
        QVERIFY(!expanded.node(group));
    }

    // Claims of aggregated pods hang from the aggregate: nothing dropped.
    void aggregateKeepsClaims()
    {
        DiagramInput input;
        const json sts = {
            {"metadata", objectMeta(QStringLiteral("db"), QStringLiteral("pg"), QStringLiteral("uid-sts"))},
            {"spec", {{"replicas", 3}}}, {"status", {{"replicas", 3}, {"readyReplicas", 3}, {"updatedReplicas", 3}}}};
        addObject(input, DiagramKind::StatefulSets, sts);
        input.kinds[DiagramKind::PersistentVolumeClaims].access = KindAccess::Readable;
        for (int i = 0; i < 3; ++i) {
            const QString claim = QStringLiteral("data-pg-%1").arg(i);
            addObject(input, DiagramKind::PersistentVolumeClaims,
                {{"metadata", objectMeta(QStringLiteral("db"), claim, QStringLiteral("uid-") + claim)},
                    {"status", {{"phase", "Bound"}}}});
            addPod(input,
                podJson(QStringLiteral("db"), QStringLiteral("pg-%1").arg(i),
                    controllerRef(QStringLiteral("StatefulSet"), QStringLiteral("pg"), QStringLiteral("uid-sts")),
                    PodShape::Ready, {claim}));
        }
        DiagramOptions options;
        options.fanLimit = 2;
        const DiagramGraph graph = buildWorkloadGraph(input, options);
        const QString group = podGroupId(QStringLiteral("StatefulSet/db/pg"));
        QCOMPARE(edgesFrom(graph, group),
            QStringList({QStringLiteral("PersistentVolumeClaim/db/data-pg-0"),
                QStringLiteral("PersistentVolumeClaim/db/data-pg-1"),
                QStringLiteral("PersistentVolumeClaim/db/data-pg-2")}));
    }

    // A user who may list pods but not ReplicaSets or claims sees them as
    // hidden, never as missing, and a note says which kinds are hidden.
    void forbiddenKindsAreHiddenNotMissing()
    {
        DiagramInput input = scenarioInput();
        for (DiagramKind kind :
            {DiagramKind::ReplicaSets, DiagramKind::PersistentVolumeClaims, DiagramKind::Deployments}) {
            input.kinds[kind].access = KindAccess::Forbidden;
            input.kinds[kind].objects.clear();
        }
        const DiagramGraph graph = buildWorkloadGraph(input, {});
        const DiagramNode *rs = graph.node(QStringLiteral("ReplicaSet/shop/storefront-9cbff74f4"));
        QVERIFY(rs);
        QCOMPARE(rs->state, DiagramState::Hidden);
        QCOMPARE(findEdge(graph, rs->id, QStringLiteral("Pod/shop/storefront-9cbff74f4-8ljg8"))->state,
            DiagramEdgeState::Normal);
        const DiagramNode *claim = graph.node(QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0"));
        QVERIFY(claim);
        QCOMPARE(claim->state, DiagramState::Hidden);
        for (const DiagramNode &node : graph.nodes)
            QVERIFY2(node.state != DiagramState::Missing, qPrintable(node.id));
        QCOMPARE(graph.notes.first(),
            QStringLiteral("Hidden by permissions: deployments, replicasets, persistentvolumeclaims"));

        // Narrowed to one namespace: absent elsewhere means unknown, not missing.
        input.kinds[DiagramKind::PersistentVolumeClaims]
            = KindFacts {KindAccess::Readable, {}, {QStringLiteral("shop")}, {}};
        const DiagramGraph narrowed = buildWorkloadGraph(input, {});
        QCOMPARE(
            narrowed.node(QStringLiteral("PersistentVolumeClaim/infra/data-postgres-0"))->state, DiagramState::Hidden);
        QVERIFY(narrowed.notes.contains(
            QStringLiteral("persistentvolumeclaims read only in namespaces shop (permissions)")));
    }

    void bareAndStaticPods()
    {
        DiagramInput input;
        addPod(input, podJson(QStringLiteral("tools"), QStringLiteral("debug"), nullptr));
        addPod(input,
            podJson(QStringLiteral("kube-system"), QStringLiteral("etcd-node-1"),
                controllerRef(QStringLiteral("Node"), QStringLiteral("node-1"), QStringLiteral("uid-node"))));
        const DiagramGraph graph = buildWorkloadGraph(input, {});
        QCOMPARE(graph.nodes.size(), 2);
        QVERIFY(graph.edges.isEmpty());
        QCOMPARE(graph.node(QStringLiteral("Pod/tools/debug"))->column, 3);
        // Every kind the view reads but the input never listed is still loading.
        QVERIFY(graph.notes.first().startsWith(QLatin1String("Still loading: deployments")));
    }

    void namespacesOption()
    {
        DiagramOptions options;
        options.namespaces = {QStringLiteral("infra")};
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), options);
        QVERIFY(!graph.nodes.isEmpty());
        for (const DiagramNode &node : graph.nodes)
            QCOMPARE(node.namespaceName, QStringLiteral("infra"));
    }

    void nodesSortedByNamespaceColumnName()
    {
        const DiagramGraph graph = buildWorkloadGraph(scenarioInput(), {});
        for (int i = 1; i < graph.nodes.size(); ++i) {
            const DiagramNode &a = graph.nodes.at(i - 1);
            const DiagramNode &b = graph.nodes.at(i);
            QVERIFY2(std::tie(a.namespaceName, a.column, a.name) <= std::tie(b.namespaceName, b.column, b.name),
                qPrintable(b.id));
        }
    }

    // Same input, same bytes: built twice, and from hashes filled in another order.
    void deterministic()
    {
        DiagramInput input = scenarioInput();
        // Pods no workload owns are found by scanning the pods, in hash order.
        for (int i = 0; i < 40; ++i)
            addPod(input,
                podJson(QStringLiteral("tools"), QStringLiteral("debug-%1").arg(i),
                    i % 2 ? json(nullptr)
                          : controllerRef(QStringLiteral("Job"), QStringLiteral("gone-%1").arg(i % 5),
                              QStringLiteral("uid-gone"))));
        DiagramOptions options;
        options.fanLimit = 2;
        const QString first = jsonBytes(buildWorkloadGraph(input, options));
        QCOMPARE(jsonBytes(buildWorkloadGraph(input, options)), first);

        DiagramInput shuffled;
        shuffled.nowEpochSecs = input.nowEpochSecs;
        shuffled.podAccess = input.podAccess;
        QList<Kube::PodRecord> pods = input.pods.values();
        std::shuffle(pods.begin(), pods.end(), *QRandomGenerator::global());
        // More buckets: the hash iterates in another order, not only inserts in one.
        shuffled.pods.reserve(pods.size() * 16);
        for (const Kube::PodRecord &pod : std::as_const(pods))
            shuffled.pods.insert(pod.key(), pod);
        QList<DiagramKind> kinds = input.kinds.keys();
        std::shuffle(kinds.begin(), kinds.end(), *QRandomGenerator::global());
        for (DiagramKind kind : std::as_const(kinds)) {
            KindFacts facts = input.kinds.value(kind);
            QList<Kube::ObjectFacts> objects = facts.objects.values();
            std::shuffle(objects.begin(), objects.end(), *QRandomGenerator::global());
            facts.objects.clear();
            facts.objects.reserve(objects.size() * 16);
            for (const Kube::ObjectFacts &object : std::as_const(objects))
                facts.objects.insert(object.key(), object);
            shuffled.kinds.insert(kind, facts);
        }
        QCOMPARE(jsonBytes(buildWorkloadGraph(shuffled, options)), first);
    }

    // Bad input never crashes: fields of the wrong type read as zero values.
    void malformedFieldsDoNotCrash()
    {
        DiagramInput input;
        addObject(input, DiagramKind::Deployments,
            {{"metadata", objectMeta(QStringLiteral("x"), QStringLiteral("d"), QStringLiteral("u1"))},
                {"spec", {{"replicas", "three"}}},
                {"status", {{"conditions", "none"}, {"availableReplicas", nullptr}}}});
        addObject(input, DiagramKind::HorizontalPodAutoscalers,
            {{"metadata", objectMeta(QStringLiteral("x"), QStringLiteral("h"), QStringLiteral("u2"))}, {"spec", 5}});
        addObject(input, DiagramKind::CronJobs,
            {{"metadata", objectMeta(QStringLiteral("x"), QStringLiteral("c"), QStringLiteral("u3"))},
                {"status", {{"lastScheduleTime", 12}, {"active", "many"}}}});
        const DiagramGraph graph = buildWorkloadGraph(input, {});
        QCOMPARE(graph.node(QStringLiteral("Deployment/x/d"))->details.first(), QStringLiteral("0/1 ready"));
        QVERIFY(graph.node(QStringLiteral("HorizontalPodAutoscaler/x/h")));
    }

    // 10,000 pods in 200 namespaces, 50 in each: 8 Deployments of 5 pods, a
    // StatefulSet of 5 pods with claims, a DaemonSet of 5. Timed, not asserted.
    void benchmarkTenThousandPods()
    {
        DiagramInput input;
        input.podAccess = KindAccess::Readable;
        for (DiagramKind kind : kindsFor(DiagramView::Workloads))
            input.kinds[kind].access = KindAccess::Readable;
        const json podTemplate = podJson(QStringLiteral("t"), QStringLiteral("t"), nullptr);
        const Kube::PodRecord ready = podOf(podTemplate);
        int podCount = 0;
        for (int n = 0; n < 200; ++n) {
            const QString ns = QStringLiteral("ns-%1").arg(n, 3, 10, QLatin1Char('0'));
            const auto addPods = [&](const QString &prefix, const QString &kind, const QString &owner, int count) {
                for (int p = 0; p < count; ++p) {
                    Kube::PodRecord pod = ready;
                    pod.namespaceName = ns;
                    pod.name = prefix + u'-' + QString::number(p);
                    pod.uid = ns + pod.name;
                    pod.controllerKind = kind;
                    pod.controllerName = owner;
                    pod.ownerUids = {ns + owner};
                    if (kind == QLatin1String("StatefulSet"))
                        pod.claimNames = {QStringLiteral("data-") + pod.name};
                    input.pods.insert(pod.key(), pod);
                    ++podCount;
                }
            };
            for (int d = 0; d < 8; ++d) {
                const QString name = QStringLiteral("app-%1").arg(d);
                json deployment
                    = deploymentJson(ns, name, 5, {{"replicas", 5}, {"updatedReplicas", 5}, {"availableReplicas", 5}});
                deployment["metadata"]["uid"] = (ns + name).toStdString();
                addObject(input, DiagramKind::Deployments, deployment);
                json rs = replicaSetJson(ns, name, QStringLiteral("h"), 5, 1);
                rs["metadata"]["uid"] = (ns + name + QStringLiteral("-h")).toStdString();
                rs["metadata"]["ownerReferences"][0]["uid"] = (ns + name).toStdString();
                addObject(input, DiagramKind::ReplicaSets, rs);
                addPods(name + QStringLiteral("-h"), QStringLiteral("ReplicaSet"), name + QStringLiteral("-h"), 5);
            }
            addObject(input, DiagramKind::StatefulSets,
                {{"metadata", objectMeta(ns, QStringLiteral("db"), ns + QStringLiteral("db"))},
                    {"spec", {{"replicas", 5}}}});
            addPods(QStringLiteral("db"), QStringLiteral("StatefulSet"), QStringLiteral("db"), 5);
            addObject(input, DiagramKind::DaemonSets,
                {{"metadata", objectMeta(ns, QStringLiteral("agent"), ns + QStringLiteral("agent"))},
                    {"status", json::object()}});
            addPods(QStringLiteral("agent"), QStringLiteral("DaemonSet"), QStringLiteral("agent"), 5);
        }
        QCOMPARE(podCount, 10000);
        // The machine is shared: the fastest of a few runs, wall and CPU time.
        const auto timeBuild = [&input](const DiagramOptions &options, const char *what) {
            qint64 bestWall = std::numeric_limits<qint64>::max();
            qint64 bestCpu = bestWall;
            DiagramGraph graph;
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer timer;
                timer.start();
                const std::clock_t cpu = std::clock();
                graph = buildWorkloadGraph(input, options);
                bestCpu = std::min<qint64>(bestCpu, (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
                bestWall = std::min(bestWall, timer.elapsed());
            }
            qInfo("%s: %lld ms (CPU %lld ms), %d nodes, %d edges", what, bestWall, bestCpu, int(graph.nodes.size()),
                int(graph.edges.size()));
        };
        DiagramOptions options;
        options.fanLimit = 6;
        timeBuild(options, "10,000 pods, 200 namespaces, fans of 5 drawn");
        options.fanLimit = 4;
        timeBuild(options, "10,000 pods, 200 namespaces, every fan aggregated");
        QBENCHMARK
        {
            const DiagramGraph graph = buildWorkloadGraph(input, options);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkloadGraph)
#include "tst_workloadgraph.moc"
