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
    QString provider; // "EKS", "GKE", "AKS"; also a hint when not managed
    QString evidence; // why Kaji thinks so, for the user

    // The version string is decisive (-eks-, -gke.); the nodes' providerID
    // (aws://, gce://, azure://) only hints, as a self-run cluster on cloud
    // machines has one too: it counts when no control-plane component of the
    // cluster's own is visible (`controlPlaneSeen`: mirror pods, leader
    // Leases, nodes with the control-plane role).
    static ManagedControlPlane detect(const DiagramInput &input, bool controlPlaneSeen);
};

} // namespace Kaji::Models
