#include "syntheticpods.h"

namespace {

using nlohmann::json;

json container(const std::string &name, int index)
{
    json env = json::array();
    for (int i = 0; i < 8; ++i)
        env.push_back({{"name", "SETTING_" + std::to_string(i)}, {"value", "value-" + std::to_string(index + i)}});
    env.push_back({{"name", "DB_PASSWORD"},
                   {"valueFrom", {{"secretKeyRef", {{"name", "db-credentials"}, {"key", "password"}}}}}});
    const json probe = {{"httpGet", {{"path", "/healthz"}, {"port", 8080}, {"scheme", "HTTP"}}},
                        {"initialDelaySeconds", 5}, {"periodSeconds", 10}, {"timeoutSeconds", 1},
                        {"successThreshold", 1}, {"failureThreshold", 3}};
    return {{"name", name},
            {"image", "registry.example.com/team/" + name + ":1." + std::to_string(index % 40)},
            {"imagePullPolicy", "IfNotPresent"},
            {"ports", {{{"name", "http"}, {"containerPort", 8080}, {"protocol", "TCP"}}}},
            {"env", env},
            {"resources", {{"requests", {{"cpu", "100m"}, {"memory", "128Mi"}}}, {"limits", {{"memory", "256Mi"}}}}},
            {"volumeMounts", {{{"name", "config"}, {"mountPath", "/etc/app"}, {"readOnly", true}},
                              {{"name", "kube-api-access-x7k2p"}, {"mountPath", "/var/run/secrets/kubernetes.io/serviceaccount"},
                               {"readOnly", true}}}},
            {"livenessProbe", probe},
            {"readinessProbe", probe},
            {"terminationMessagePath", "/dev/termination-log"},
            {"terminationMessagePolicy", "File"}};
}

json containerStatus(const std::string &name, int index)
{
    const bool crashing = index % 50 == 0;
    json status = {{"name", name}, {"image", "registry.example.com/team/" + name + ":1." + std::to_string(index % 40)},
                   {"imageID", "registry.example.com/team/" + name + "@sha256:0f3c9a7e5b1d2c4f6a8b0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4"},
                   {"containerID", "containerd://3b1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1" + std::to_string(index)},
                   {"ready", !crashing}, {"started", !crashing}, {"restartCount", crashing ? 12 : 0}};
    if (crashing) {
        status["state"] = {{"waiting", {{"reason", "CrashLoopBackOff"}, {"message", "back-off 5m0s restarting failed container"}}}};
        status["lastState"] = {{"terminated", {{"exitCode", 1}, {"reason", "Error"}, {"startedAt", "2026-11-26T09:58:00Z"},
                                               {"finishedAt", "2026-11-26T09:58:03Z"}}}};
    } else {
        status["state"] = {{"running", {{"startedAt", "2026-11-26T08:00:00Z"}}}};
        status["lastState"] = json::object();
    }
    return status;
}

} // namespace

json syntheticPod(int index)
{
    const std::string ns = "team-" + std::to_string(index % 200);
    const std::string app = "service-" + std::to_string(index % 997);
    const std::string name = app + "-7d9f8c6b5-" + std::to_string(100000 + index);
    const std::string names[] = {"app", "sidecar-proxy", "log-shipper"};
    json containers = json::array(), statuses = json::array();
    for (int c = 0; c < 3; ++c) {
        containers.push_back(container(names[c], index));
        statuses.push_back(containerStatus(names[c], index + c));
    }
    const json conditions = json::array({
        {{"type", "PodReadyToStartContainers"}, {"status", "True"}, {"lastTransitionTime", "2026-11-26T08:00:00Z"}},
        {{"type", "Initialized"}, {"status", "True"}, {"lastTransitionTime", "2026-11-26T08:00:00Z"}},
        {{"type", "Ready"}, {"status", "True"}, {"lastTransitionTime", "2026-11-26T08:00:05Z"}},
        {{"type", "ContainersReady"}, {"status", "True"}, {"lastTransitionTime", "2026-11-26T08:00:05Z"}},
        {{"type", "PodScheduled"}, {"status", "True"}, {"lastTransitionTime", "2026-11-26T07:59:58Z"}}});
    const json managed = json::array(
        {{{"manager", "kube-controller-manager"}, {"operation", "Update"}, {"apiVersion", "v1"},
          {"time", "2026-11-26T07:59:58Z"}, {"fieldsType", "FieldsV1"},
          {"fieldsV1", {{"f:metadata", {{"f:generateName", json::object()}, {"f:labels", {{".", json::object()}, {"f:app", json::object()}}},
                                        {"f:ownerReferences", json::object()}}},
                        {"f:spec", {{"f:containers", json::object()}, {"f:dnsPolicy", json::object()}}}}}},
         {{"manager", "kubelet"}, {"operation", "Update"}, {"apiVersion", "v1"}, {"time", "2026-11-26T08:00:05Z"},
          {"fieldsType", "FieldsV1"}, {"subresource", "status"},
          {"fieldsV1", {{"f:status", {{"f:conditions", json::object()}, {"f:containerStatuses", json::object()},
                                      {"f:hostIP", json::object()}, {"f:phase", json::object()}, {"f:podIP", json::object()}}}}}}});
    return {{"kind", "Pod"},
            {"apiVersion", "v1"},
            {"metadata", {{"name", name}, {"generateName", app + "-7d9f8c6b5-"}, {"namespace", ns},
                          {"uid", "6f1e2d3c-4b5a-4968-8776-" + std::to_string(100000000000LL + index)},
                          {"resourceVersion", std::to_string(1000 + index)},
                          {"creationTimestamp", "2026-11-26T07:59:58Z"},
                          {"labels", {{"app", app}, {"pod-template-hash", "7d9f8c6b5"}, {"team", ns}, {"tier", "backend"}}},
                          {"annotations", {{"kubectl.kubernetes.io/restartedAt", "2026-11-20T10:00:00Z"},
                                           {"prometheus.io/scrape", "true"}}},
                          {"ownerReferences", {{{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"}, {"name", app + "-7d9f8c6b5"},
                                                {"uid", "0a1b2c3d-4e5f-4a6b-8c7d-" + std::to_string(200000000000LL + index % 997)},
                                                {"controller", true}, {"blockOwnerDeletion", true}}}},
                          {"managedFields", managed}}},
            {"spec", {{"volumes", {{{"name", "config"}, {"configMap", {{"name", app + "-config"}, {"defaultMode", 420}}}},
                                   {{"name", "kube-api-access-x7k2p"}, {"projected", {{"defaultMode", 420}}}}}},
                      {"containers", containers},
                      {"restartPolicy", "Always"},
                      {"terminationGracePeriodSeconds", 30},
                      {"dnsPolicy", "ClusterFirst"},
                      {"serviceAccountName", "default"},
                      {"nodeName", "node-" + std::to_string(index % 500)},
                      {"securityContext", json::object()},
                      {"schedulerName", "default-scheduler"},
                      {"tolerations", {{{"key", "node.kubernetes.io/not-ready"}, {"operator", "Exists"}, {"effect", "NoExecute"},
                                        {"tolerationSeconds", 300}}}},
                      {"priority", 0},
                      {"enableServiceLinks", true},
                      {"preemptionPolicy", "PreemptLowerPriority"}}},
            {"status", {{"phase", "Running"},
                        {"conditions", conditions},
                        {"hostIP", "10.0." + std::to_string(index % 500 / 250) + "." + std::to_string(index % 250)},
                        {"podIP", "10.244." + std::to_string(index % 250) + "." + std::to_string(index % 200)},
                        {"podIPs", {{{"ip", "10.244." + std::to_string(index % 250) + "." + std::to_string(index % 200)}}}},
                        {"startTime", "2026-11-26T07:59:58Z"},
                        {"containerStatuses", statuses},
                        {"qosClass", "Burstable"}}}};
}

std::string syntheticPodList(int count)
{
    json items = json::array();
    for (int i = 0; i < count; ++i)
        items.push_back(syntheticPod(i));
    const json list = {{"kind", "PodList"}, {"apiVersion", "v1"},
                       {"metadata", {{"resourceVersion", std::to_string(1000 + count)}}}, {"items", std::move(items)}};
    return list.dump();
}

std::string syntheticWatchLine(int index, int resourceVersion, const char *type)
{
    json pod = syntheticPod(index);
    pod["metadata"]["resourceVersion"] = std::to_string(resourceVersion);
    return json{{"type", type}, {"object", std::move(pod)}}.dump() + "\n";
}

QByteArray asReceivedBody(const std::string &text)
{
    QByteArray body;
    body.reserve(qsizetype(text.size()) + 64);
    body.append(text.data(), qsizetype(text.size()));
    return body;
}
