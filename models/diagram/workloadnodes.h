#pragma once

#include "diagramgraph.h"
#include "diagramkinds.h"
#include "objectfacts.h"

// Pure functions; any thread (the worker that builds a graph).
namespace Kaji::Models {

// Columns of the workloads view, left to right.
namespace WorkloadColumn {
constexpr int Autoscaler = 0;
constexpr int Controller = 1; // Deployment, StatefulSet, DaemonSet, CronJob
constexpr int ReplicaSet = 2; // and Job
constexpr int Pod = 3;
constexpr int Claim = 4;
} // namespace WorkloadColumn

// What the pods under a workload are doing: a controller whose pods are all
// still starting is progressing, not failed, while none is available yet.
struct PodSummary {
    int count = 0;
    DiagramState worst = DiagramState::Finished;
    void add(DiagramState state);
};

// Each sets state, reasons and detail lines from the object's status.
// `oldReplicaSets`: old empty ReplicaSets not drawn, counted in a detail.
DiagramNode deploymentNode(const Kube::ObjectFacts &deployment, int oldReplicaSets, const PodSummary &pods);
DiagramNode replicaSetNode(const Kube::ObjectFacts &replicaSet, const PodSummary &pods);
DiagramNode statefulSetNode(const Kube::ObjectFacts &statefulSet, const PodSummary &pods, int column);
DiagramNode daemonSetNode(const Kube::ObjectFacts &daemonSet, const PodSummary &pods);
DiagramNode jobNode(const Kube::ObjectFacts &job);
DiagramNode cronJobNode(const Kube::ObjectFacts &cronJob, qint64 nowEpochSecs);
DiagramNode autoscalerNode(const Kube::ObjectFacts &autoscaler);

} // namespace Kaji::Models
