#include "syntheticcluster.h"

#include "podrecord.h"

using nlohmann::json;
using namespace Kaji;

namespace {

json meta(const std::string &ns, const std::string &name, const std::string &uid, const json &labels = json::object())
{
    json m = {{"name", name}, {"uid", uid}, {"resourceVersion", "1"}, {"creationTimestamp", "2026-11-30T08:00:00Z"},
              {"labels", labels}};
    if (!ns.empty())
        m["namespace"] = ns;
    return m;
}

json owner(const char *kind, const std::string &name, const std::string &uid)
{
    return json::array({{{"apiVersion", "apps/v1"}, {"kind", kind}, {"name", name}, {"uid", uid}, {"controller", true}}});
}

json pod(const std::string &ns, const std::string &name, const std::string &uid, const json &labels, const json &owners,
         bool crashing, const std::string &claim = {})
{
    json p = {{"metadata", meta(ns, name, uid, labels)},
              {"spec", {{"nodeName", "node-" + std::to_string(std::hash<std::string>{}(name) % 50)},
                        {"containers", {{{"name", "app"}, {"ports", {{{"name", "http"}, {"containerPort", 8080}}}}}}}}},
              {"status", {{"phase", "Running"}, {"podIP", "10.1.2.3"},
                          {"conditions", {{{"type", "Ready"}, {"status", crashing ? "False" : "True"}}}},
                          {"containerStatuses", {{{"name", "app"}, {"ready", !crashing}, {"restartCount", crashing ? 7 : 0},
                                                  {"state", crashing ? json{{"waiting", {{"reason", "CrashLoopBackOff"}}}}
                                                                     : json{{"running", json::object()}}}}}}}}};
    p["metadata"]["ownerReferences"] = owners;
    if (!claim.empty())
        p["spec"]["volumes"] = {{{"name", "data"}, {"persistentVolumeClaim", {{"claimName", claim}}}}};
    return p;
}

void add(Models::DiagramInput &input, Models::DiagramKind kind, const json &object)
{
    Kube::ObjectFacts facts = Kube::objectFactsFromJson(object, Models::diagramKindInfo(kind).shape);
    Models::KindFacts &k = input.kinds[kind];
    k.access = Models::KindAccess::Readable;
    k.objects.insert(facts.key(), std::move(facts));
}

} // namespace

Models::DiagramInput syntheticCluster(int namespaces, int podsPerNamespace, qint64 nowEpochSecs)
{
    using K = Models::DiagramKind;
    Models::DiagramInput input;
    input.nowEpochSecs = nowEpochSecs;
    input.podAccess = Models::KindAccess::Readable;
    for (K kind : {K::Deployments, K::ReplicaSets, K::StatefulSets, K::DaemonSets, K::Jobs, K::CronJobs,
                   K::HorizontalPodAutoscalers, K::Services, K::EndpointSlices, K::Ingresses, K::IngressClasses,
                   K::PersistentVolumeClaims, K::PersistentVolumes, K::StorageClasses, K::Secrets, K::ClaimEvents})
        input.kinds[kind].access = Models::KindAccess::Readable;
    add(input, K::StorageClasses, {{"metadata", meta("", "fast", "sc-fast")}, {"provisioner", "ebs.csi.aws.com"},
                                   {"volumeBindingMode", "WaitForFirstConsumer"}});
    const int statefulPods = 2;
    const int perDeployment = 12;
    const int deployments = std::max(1, (podsPerNamespace - statefulPods) / perDeployment);
    int serial = 0;
    for (int n = 0; n < namespaces; ++n) {
        const std::string ns = "team-" + std::to_string(n);
        for (int d = 0; d < deployments; ++d) {
            const std::string app = "svc-" + std::to_string(d);
            const json labels = {{"app", app}};
            const std::string dep = ns + "-" + app, rs = dep + "-rs";
            add(input, K::Deployments,
                {{"metadata", meta(ns, app, dep, labels)},
                 {"spec", {{"replicas", perDeployment}, {"selector", {{"matchLabels", labels}}}}},
                 {"status", {{"replicas", perDeployment}, {"readyReplicas", perDeployment}, {"availableReplicas", perDeployment},
                             {"updatedReplicas", perDeployment}}}});
            json rsObject = {{"metadata", meta(ns, app + "-6d5f7", rs, labels)},
                             {"spec", {{"replicas", perDeployment}, {"selector", {{"matchLabels", labels}}}}},
                             {"status", {{"replicas", perDeployment}, {"readyReplicas", perDeployment}}}};
            rsObject["metadata"]["ownerReferences"] = owner("Deployment", app, dep);
            add(input, K::ReplicaSets, rsObject);
            json endpoints = json::array();
            for (int p = 0; p < perDeployment; ++p, ++serial) {
                const std::string name = app + "-6d5f7-" + std::to_string(p), uid = "pod-" + std::to_string(serial);
                input.podList.append(Kube::podRecordFromJson(
                    pod(ns, name, uid, labels, owner("ReplicaSet", app + "-6d5f7", rs), serial % 50 == 0)));
                endpoints.push_back({{"addresses", {"10.1.2.3"}},
                                     {"conditions", {{"ready", serial % 50 != 0}, {"serving", serial % 50 != 0}}},
                                     {"targetRef", {{"kind", "Pod"}, {"name", name}, {"namespace", ns}, {"uid", uid}}}});
            }
            json service = {{"metadata", meta(ns, app, dep + "-svc")}};
            service["spec"] = {{"selector", labels}};
            service["spec"]["ports"] = json::array({{{"port", 80}, {"targetPort", "http"}}});
            add(input, K::Services, service);
            add(input, K::EndpointSlices,
                {{"metadata", meta(ns, app + "-x1", dep + "-eps", {{"kubernetes.io/service-name", app}})},
                 {"endpoints", endpoints},
                 {"ports", {{{"port", 8080}, {"name", ""}}}}});
        }
        const std::string sts = ns + "-db";
        add(input, K::StatefulSets,
            {{"metadata", meta(ns, "db", sts, {{"app", "db"}})},
             {"spec", {{"replicas", statefulPods}, {"selector", {{"matchLabels", {{"app", "db"}}}}},
                       {"volumeClaimTemplates", {{{"metadata", {{"name", "data"}}},
                                                  {"spec", {{"storageClassName", "fast"}}}}}}}},
             {"status", {{"replicas", statefulPods}, {"readyReplicas", statefulPods}}}});
        for (int p = 0; p < statefulPods; ++p, ++serial) {
            const std::string claim = "data-db-" + std::to_string(p), pv = "pv-" + ns + "-" + std::to_string(p);
            const std::string claimUid = "pvc-" + ns + std::to_string(p);
            add(input, K::PersistentVolumeClaims,
                {{"metadata", meta(ns, claim, claimUid)},
                 {"spec", {{"storageClassName", "fast"}, {"volumeName", pv}, {"accessModes", {"ReadWriteOnce"}}}},
                 {"status", {{"phase", "Bound"}, {"capacity", {{"storage", "10Gi"}}}}}});
            add(input, K::PersistentVolumes,
                {{"metadata", meta("", pv, "uid-" + pv)},
                 {"spec", {{"storageClassName", "fast"},
                           {"claimRef", {{"namespace", ns}, {"name", claim}, {"uid", claimUid}}},
                           {"capacity", {{"storage", "10Gi"}}}}},
                 {"status", {{"phase", "Bound"}}}});
            input.podList.append(Kube::podRecordFromJson(pod(ns, "db-" + std::to_string(p), "pod-" + std::to_string(serial),
                                                             {{"app", "db"}}, owner("StatefulSet", "db", sts), false, claim)));
        }
    }
    return input;
}

void churnPods(Models::DiagramInput &input, int start, int count)
{
    const qsizetype size = input.podList.size();
    for (int i = 0; i < count && size > 0; ++i) {
        Kube::SharedRecord<Kube::PodRecord> &shared = input.podList[(start + i) % size];
        Kube::PodRecord pod = *shared;
        const bool running = pod.status.status == QLatin1String("Running");
        pod.status.status = running ? QStringLiteral("CrashLoopBackOff") : QStringLiteral("Running");
        pod.status.readyContainers = running ? 0 : pod.status.totalContainers;
        pod.status.restarts += running ? 1 : 0;
        pod.resourceVersion = QString::number(pod.resourceVersion.toLongLong() + 1);
        shared = std::move(pod);
    }
}
