#pragma once

#include "diagramgraph.h"
#include "objectfacts.h"

#include <QList>
#include <QString>

// Plain constants; any thread.
namespace Kaji::Models {

// The kinds the diagrams read besides pods (which come from the pod store).
enum class DiagramKind {
    Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs, CronJobs, HorizontalPodAutoscalers,
    Services, EndpointSlices, Ingresses, IngressClasses,
    PersistentVolumeClaims, PersistentVolumes, StorageClasses,
    Nodes, Leases,
    // Secrets as metadata only (PartialObjectMetadata: the server never
    // sends their data): an Ingress's TLS Secret exists or it does not.
    Secrets,
    // Events about claims only (fieldSelector involvedObject.kind=PersistentVolumeClaim):
    // why a claim is pending.
    ClaimEvents,
    // Read by the overview, not by a diagram: Warning events of every
    // object. (What pods request and may use, for the usage against
    // allocatable, the overview reads from the Pods table's records.)
    WarningEvents,
};

struct DiagramKindInfo {
    DiagramKind kind;
    QString group; // "" for core
    QString version;
    QString resource; // plural
    QString apiKind; // "Deployment"
    bool namespaced = true;
    QByteArray fieldSelector; // empty: none
    Kube::FactShape shape; // what of each object the builders read
    bool metadataOnly = false; // list and watch as PartialObjectMetadata
    // "deployments.apps": the resource id the rest of Kaji (tables, details) uses.
    QString resourceId() const { return group.isEmpty() ? resource : resource + u'.' + group; }
};

const QList<DiagramKindInfo> &diagramKinds();
const DiagramKindInfo &diagramKindInfo(DiagramKind kind);
// Which kinds a view reads (the architecture view needs nodes and leases, ...).
QList<DiagramKind> kindsFor(DiagramView view);

} // namespace Kaji::Models

inline size_t qHash(Kaji::Models::DiagramKind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}
