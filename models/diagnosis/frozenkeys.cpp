#include "frozenkeys.h"

#include <unordered_map>

namespace Kaji::Models::FrozenKeys {
namespace {

using namespace std::string_view_literals;

// Names of the fields the snapshot's kinds share (object metadata, pod spec
// and status, events, workloads, Services and their slices, nodes). Order
// does not matter; a name missing here is simply kept in the document.
constexpr std::string_view kKeys[] = {
    // metadata
    "metadata"sv, "name"sv, "namespace"sv, "uid"sv, "resourceVersion"sv, "creationTimestamp"sv,
    "deletionTimestamp"sv, "generation"sv, "labels"sv, "annotations"sv, "ownerReferences"sv, "apiVersion"sv,
    "kind"sv, "controller"sv, "blockOwnerDeletion"sv, "finalizers"sv,
    // spec and status, common
    "spec"sv, "status"sv, "conditions"sv, "type"sv, "reason"sv, "message"sv, "lastTransitionTime"sv,
    "lastUpdateTime"sv, "observedGeneration"sv, "selector"sv, "matchLabels"sv, "matchExpressions"sv, "key"sv,
    "operator"sv, "values"sv, "value"sv, "template"sv, "replicas"sv, "readyReplicas"sv, "availableReplicas"sv,
    "updatedReplicas"sv, "currentReplicas"sv, "unavailableReplicas"sv,
    // pod spec
    "containers"sv, "initContainers"sv, "ephemeralContainers"sv, "nodeName"sv, "nodeSelector"sv,
    "restartPolicy"sv, "securityContext"sv, "serviceAccountName"sv, "tolerations"sv, "volumes"sv, "projected"sv,
    "sources"sv, "configMap"sv, "secret"sv, "secretName"sv, "items"sv, "path"sv, "effect"sv,
    "tolerationSeconds"sv, "affinity"sv, "hostname"sv, "subdomain"sv, "priorityClassName"sv,
    "imagePullSecrets"sv, "emptyDir"sv, "persistentVolumeClaim"sv, "claimName"sv, "hostPath"sv,
    "readinessGates"sv, "runtimeClassName"sv, "nominatedNodeName"sv, "optional"sv,
    // containers
    "image"sv, "args"sv, "command"sv, "env"sv, "envFrom"sv, "valueFrom"sv, "configMapKeyRef"sv,
    "secretKeyRef"sv, "configMapRef"sv, "secretRef"sv, "fieldRef"sv, "fieldPath"sv, "ports"sv,
    "containerPort"sv, "protocol"sv, "resources"sv, "limits"sv, "requests"sv, "cpu"sv, "memory"sv,
    "livenessProbe"sv, "readinessProbe"sv, "startupProbe"sv, "httpGet"sv, "tcpSocket"sv, "exec"sv, "port"sv,
    "workingDir"sv,
    // pod status
    "phase"sv, "startTime"sv, "containerStatuses"sv, "initContainerStatuses"sv, "ephemeralContainerStatuses"sv,
    "ready"sv, "restartCount"sv, "state"sv, "lastState"sv, "running"sv, "waiting"sv, "terminated"sv,
    "startedAt"sv, "finishedAt"sv, "exitCode"sv, "signal"sv,
    // events
    "involvedObject"sv, "count"sv, "firstTimestamp"sv, "lastTimestamp"sv, "eventTime"sv, "source"sv,
    "component"sv, "host"sv, "reportingComponent"sv, "reportingInstance"sv, "series"sv, "action"sv,
    // Services, slices, nodes
    "clusterIP"sv, "clusterIPs"sv, "targetPort"sv, "sessionAffinity"sv, "ipFamilies"sv, "ipFamilyPolicy"sv,
    "internalTrafficPolicy"sv, "endpoints"sv, "addresses"sv, "addressType"sv, "targetRef"sv, "serving"sv,
    "terminating"sv, "zone"sv, "capacity"sv, "allocatable"sv, "taints"sv, "unschedulable"sv, "nodeInfo"sv,
    // what the snapshot adds (Secret and ConfigMap sizes)
    "kaji"sv, "dataBytes"sv, "registries"sv, "data"sv, "binaryData"sv};

const std::unordered_map<std::string_view, int> &positions()
{
    static const std::unordered_map<std::string_view, int> byKey = [] {
        std::unordered_map<std::string_view, int> map;
        for (int i = 0; i < int(std::size(kKeys)); ++i)
            map.emplace(kKeys[i], i);
        return map;
    }();
    return byKey;
}

} // namespace

std::span<const std::string_view> table()
{
    return kKeys;
}

int indexOf(std::string_view key)
{
    const auto &byKey = positions();
    const auto it = byKey.find(key);
    return it == byKey.end() ? -1 : it->second;
}

} // namespace Kaji::Models::FrozenKeys
