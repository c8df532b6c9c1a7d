#pragma once

#include <QCoreApplication>
#include <QString>

// Pure functions; any thread.
namespace Kaji::Models {

// What each part of a cluster does and what breaks when it fails, in a few
// sentences for the architecture view's cards (DiagramNode::explanation).
class ComponentExplanations {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ComponentExplanations)
public:
    // `componentKind` as the architecture graph names it: "APIServer", "Etcd",
    // "Scheduler", "ControllerManager", "Kubelet", "ContainerRuntime",
    // "KubeProxy", "ClusterDNS", "Node", "ManagedControlPlane",
    // "ControlPlanePod". Empty for anything else.
    static QString explain(const QString &componentKind);
};

} // namespace Kaji::Models
