// The table below is C string literals from end to end; under
// QT_NO_CAST_FROM_ASCII each would need wrapping. Must precede every include.
#undef QT_NO_CAST_FROM_ASCII

#include "diagramkinds.h"

namespace Kaji::Models {

const QList<DiagramKindInfo> &diagramKinds()
{
    using K = DiagramKind;
    // Shapes keep what the builders read and nothing else: a pod template,
    // a ConfigMap's data or a Node's images would cost memory per object for
    // nothing drawn.
    static const QList<DiagramKindInfo> kinds = {
        {K::Deployments, "apps", "v1", "deployments", "Deployment", true, {},
         {"spec.replicas", "spec.selector", "spec.paused", "status", "metadata.annotations.deployment\\.kubernetes\\.io/revision"}},
        {K::ReplicaSets, "apps", "v1", "replicasets", "ReplicaSet", true, {},
         {"spec.replicas", "spec.selector", "status", "metadata.annotations.deployment\\.kubernetes\\.io/revision"}},
        {K::StatefulSets, "apps", "v1", "statefulsets", "StatefulSet", true, {},
         {"spec.replicas", "spec.selector", "spec.serviceName", "spec.volumeClaimTemplates.metadata.name",
          "spec.volumeClaimTemplates.spec.storageClassName", "spec.volumeClaimTemplates.spec.accessModes",
          "spec.volumeClaimTemplates.spec.resources", "status"}},
        {K::DaemonSets, "apps", "v1", "daemonsets", "DaemonSet", true, {}, {"spec.selector", "status"}},
        {K::Jobs, "batch", "v1", "jobs", "Job", true, {},
         {"spec.completions", "spec.parallelism", "spec.backoffLimit", "spec.suspend", "status"}},
        {K::CronJobs, "batch", "v1", "cronjobs", "CronJob", true, {},
         {"spec.schedule", "spec.suspend", "status"}},
        {K::HorizontalPodAutoscalers, "autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true,
         {}, {"spec.scaleTargetRef", "spec.minReplicas", "spec.maxReplicas", "status"}},
        {K::Services, "", "v1", "services", "Service", true, {}, {"spec", "status"}},
        {K::EndpointSlices, "discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true, {},
         {"addressType", "endpoints", "ports"}},
        {K::Ingresses, "networking.k8s.io", "v1", "ingresses", "Ingress", true, {}, {"spec", "status"}},
        {K::IngressClasses, "networking.k8s.io", "v1", "ingressclasses", "IngressClass", false, {},
         {"spec.controller", "metadata.annotations.ingressclass\\.kubernetes\\.io/is-default-class"}},
        {K::PersistentVolumeClaims, "", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, {},
         {"spec", "status", "metadata.annotations"}},
        {K::PersistentVolumes, "", "v1", "persistentvolumes", "PersistentVolume", false, {},
         {"spec.storageClassName", "spec.claimRef", "spec.capacity", "spec.accessModes",
          "spec.persistentVolumeReclaimPolicy", "spec.volumeMode", "spec.csi.driver", "spec.local.path",
          "spec.hostPath.path", "spec.nfs", "status"}},
        {K::StorageClasses, "storage.k8s.io", "v1", "storageclasses", "StorageClass", false, {},
         {"provisioner", "reclaimPolicy", "volumeBindingMode", "allowVolumeExpansion",
          "metadata.annotations.storageclass\\.kubernetes\\.io/is-default-class"}},
        // Not the conditions' heartbeat times: they change with every status
        // report of every node and nothing draws them, so a report that
        // changes nothing else leaves the facts as they were (FactStore).
        {K::Nodes, "", "v1", "nodes", "Node", false, {},
         {"spec.providerID", "spec.taints", "spec.unschedulable", "status.nodeInfo", "status.conditions.type",
          "status.conditions.status", "status.conditions.reason", "status.conditions.message",
          "status.capacity", "status.allocatable", "status.addresses"}},
        {K::Leases, "coordination.k8s.io", "v1", "leases", "Lease", true, {}, {"spec"}},
        {K::Secrets, "", "v1", "secrets", "Secret", true, {}, {}, true},
        {K::ClaimEvents, "", "v1", "events", "Event", true, "involvedObject.kind=PersistentVolumeClaim",
         {"involvedObject", "reason", "message", "type", "count", "lastTimestamp", "eventTime", "firstTimestamp"}},
        {K::WarningEvents, "", "v1", "events", "Event", true, "type=Warning",
         {"involvedObject", "reason", "message", "count", "lastTimestamp", "eventTime", "firstTimestamp",
          "series.lastObservedTime"}},
    };
    return kinds;
}

const DiagramKindInfo &diagramKindInfo(DiagramKind kind)
{
    return diagramKinds().at(int(kind));
}

QList<DiagramKind> kindsFor(DiagramView view)
{
    using K = DiagramKind;
    switch (view) {
    case DiagramView::Architecture:
        return {K::Nodes, K::Leases, K::EndpointSlices, K::DaemonSets, K::Deployments, K::Services};
    case DiagramView::Workloads:
        return {K::Deployments, K::ReplicaSets, K::StatefulSets, K::DaemonSets, K::Jobs, K::CronJobs,
                K::HorizontalPodAutoscalers, K::PersistentVolumeClaims};
    case DiagramView::Storage:
        return {K::StorageClasses, K::PersistentVolumes, K::PersistentVolumeClaims, K::StatefulSets, K::ClaimEvents};
    case DiagramView::Network:
        return {K::Ingresses, K::IngressClasses, K::Services, K::EndpointSlices, K::Secrets};
    }
    return {};
}

} // namespace Kaji::Models
