#pragma once

#include "diagraminput.h"

#include <QCoreApplication>

// Plain value; any thread.
namespace Kaji::Models {

// Whether a cloud provider runs the control plane (EKS, GKE, AKS): then its
// etcd, scheduler and controller manager are out of a client's sight, and
// their absence from the picture is no fault.
class ManagedControlPlane {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ManagedControlPlane)
public:
    bool managed = false;
    QString provider; // "EKS", "GKE", "AKS" when managed
    QString evidence; // why Kaji thinks so, for the user

    // EKS and GKE mark the API server's version (-eks-, -gke.), so aws://
    // or gce:// nodes without that mark belong to a cluster run by its owner
    // (kops, kubeadm, the local test cluster). AKS marks nothing: there the
    // nodes' providerID azure:// counts when no control-plane component of
    // the cluster's own is visible (`controlPlaneSeen`: mirror pods, leader
    // Leases, nodes with the control-plane role), as self-run clusters on
    // Azure machines have that providerID too.
    static ManagedControlPlane detect(const DiagramInput &input, bool controlPlaneSeen);
};

} // namespace Kaji::Models
