#pragma once

#include "capacitytotals.h"
#include "clustercounts.h"
#include "diagram/diagraminput.h"

#include <optional>

// Plain values and a pure function; built on a pool thread, read on the GUI thread.
namespace Kaji::Models {

// Every figure of the overview at one moment, with whether each could be read.
struct OverviewFigures {
    SourceState nodeState;
    NodeCounts nodes;
    QList<std::pair<SourceState, WorkloadCounts>> workloads; // Deployments, StatefulSets, DaemonSets, Jobs
    SourceState podState;
    PodCounts pods;
    SourceState eventState;
    QList<WarningEvent> warnings; // the most recent
    int warningTotal = 0;
    std::optional<int> warningsInPeriod; // last seen since the period began; absent unless events are read
    CapacityTotals capacity; // of the pods counted above: podState is its state too
};

// Counts what `input` holds; the pods are counted where they are held
// (tallyPods) and handed in. `sample` (may be null) gives the nodes' usage;
// `periodStartMs` starts the history's current period.
OverviewFigures overviewFigures(const DiagramInput &input, const PodTally &pods, const Kube::MetricsSample *sample,
                                qint64 periodStartMs, int warningLimit);

// The kinds the overview watches while it is shown.
QList<DiagramKind> overviewKinds();

} // namespace Kaji::Models
