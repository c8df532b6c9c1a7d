#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"

// Pure function; any thread (runs on a worker: thousands of pods).
namespace Kaji::Models {

// The workloads view: HPA → its target; Deployment → ReplicaSets (the
// current one and every one that still has pods or replicas; old empty ones
// are counted in the Deployment's details) → Pods; StatefulSet → Pods;
// DaemonSet → one pod per node (the node in the pod's detail); CronJob →
// Jobs → Pods; pods → their claims (PersistentVolumeClaims); bare pods.
// Pods are joined to owners by ownerReferences uid, never by name; an owner
// that cannot be found is drawn as a reference node (missing, hidden or
// unknown), so no pod is left out. Large pod fans become aggregates (podfan.h).
// Kinds form columns (WorkloadColumn). Deterministic: the same input gives
// the same graph, whatever order its hashes hold.
DiagramGraph buildWorkloadGraph(const DiagramInput &input, const DiagramOptions &options);

} // namespace Kaji::Models
