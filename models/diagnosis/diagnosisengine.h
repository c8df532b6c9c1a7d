#pragma once

#include "clustersnapshot.h"
#include "containerusage.h"
#include "finding.h"
#include "podfindingscache.h"

// Pure logic; run it on a worker thread (QThreadPool) for large snapshots.
namespace Kaji::Models {

// Explains what is failing in a snapshot, with evidence, without an LLM:
// pods first (one finding per broken container), then the objects whose
// trouble is usually explained by their pods (workloads, Services), then
// jobs, storage, nodes and policies. Healthy objects yield nothing.
class DiagnosisEngine {
public:
    // `logs` may be empty; `nowEpochSecs` decides what is recent. `usage`
    // (may be null): recent container usage, for the rules on limits.
    // `podCache` (may be null): the pods' findings of earlier runs, reused
    // for the pods whose inputs did not change (a run over a cluster where
    // few pods changed then costs work for those few), and kept for the next.
    static Findings diagnose(const ClusterSnapshot &snapshot, const LogReader &logs, qint64 nowEpochSecs,
                             const ContainerUsagePtr &usage = {}, PodFindingsCache *podCache = nullptr);
};

} // namespace Kaji::Models
