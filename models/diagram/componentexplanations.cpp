#include "componentexplanations.h"

namespace Kaji::Models {

QString ComponentExplanations::explain(const QString &componentKind)
{
    if (componentKind == QLatin1String("APIServer"))
        return tr("The one entrance to the cluster. kubectl, Kaji, every controller and every kubelet read and "
                  "change the cluster only through it, and it alone talks to etcd. When it is down, nothing can be "
                  "created, changed or watched: pods that run keep running, but nothing is scheduled, scaled or "
                  "repaired until it returns.");
    if (componentKind == QLatin1String("Etcd"))
        return tr("The cluster's memory: a replicated key-value store that holds every object. The API server keeps "
                  "all state in it. When etcd loses its quorum, the API server can neither read nor write, so the "
                  "cluster stays frozen as it was; data lost without a backup stays lost.");
    if (componentKind == QLatin1String("Scheduler"))
        return tr("Picks a node for every new pod, weighing its requests, affinities, taints and spreading rules. "
                  "Only one instance decides at a time; the leader Lease names it. When it stops, new pods stay "
                  "Pending without a node, while pods already placed go on running.");
    if (componentKind == QLatin1String("ControllerManager"))
        return tr("Runs the control loops that make the cluster match what was asked: Deployments become ReplicaSets "
                  "and pods, Jobs become pods, Service selectors become EndpointSlices, lost nodes lead to "
                  "evictions. One instance leads, named by its Lease. When it stops, the cluster stops reacting: no "
                  "rollouts, no replacement for lost pods, endpoints that no longer follow the pods.");
    if (componentKind == QLatin1String("Kubelet"))
        return tr("The agent on every node. It takes the pods assigned to its node, has the container runtime "
                  "start them, runs their probes, reports node and pod status to the API server and renews the "
                  "node's Lease as a heartbeat. When it stops, the node turns NotReady after about 40 seconds, its "
                  "pods are no longer looked after, and later they are evicted.");
    if (componentKind == QLatin1String("ContainerRuntime"))
        return tr("Pulls images and runs a pod's containers for the kubelet, which talks to it through the "
                  "Container Runtime Interface (CRI); containerd and CRI-O are the usual ones. When it fails, new "
                  "pods on this node hang in ContainerCreating or image pull errors, and the kubelet reports the "
                  "node not ready.");
    if (componentKind == QLatin1String("KubeProxy"))
        return tr("Runs on every node and writes the node's packet rules (iptables, IPVS or nftables) so that a "
                  "Service's virtual IP leads to one of its ready pods. When it breaks, connections to Service IPs "
                  "from that node fail or reach pods that are gone, while traffic straight to pod IPs still works. "
                  "Some network plugins, Cilium for one, do this work themselves; then there is no kube-proxy.");
    if (componentKind == QLatin1String("ClusterDNS"))
        return tr("Answers name lookups inside the cluster, turning names such as orders.shop.svc into Service "
                  "IPs. When it fails, pods can no longer find each other, or hosts outside, by name: most "
                  "applications fail although the network itself still works.");
    if (componentKind == QLatin1String("Node"))
        return tr("A machine, virtual or physical, that runs pods. Its kubelet and container runtime do the work; "
                  "the control plane decides what runs here. When a node fails, its pods are lost and their "
                  "controllers create them again on other nodes, if there is room.");
    if (componentKind == QLatin1String("ManagedControlPlane"))
        return tr("The cloud provider runs the API server, etcd, the scheduler and the controller manager on "
                  "machines of its own, outside the cluster. A client sees the API server's answers and little "
                  "else, so most of the control plane cannot be observed from here, which is not a fault. When it "
                  "fails, the provider's status page and support are the way forward.");
    if (componentKind == QLatin1String("ControlPlanePod"))
        return tr("A control-plane component run by the kubelet of a control-plane node from a manifest file (a "
                  "static pod); the API server shows it as a mirror pod. Deleting the mirror pod does not stop the "
                  "component: only changing the file on that node does.");
    return {};
}

} // namespace Kaji::Models
