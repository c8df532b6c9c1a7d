#pragma once

#include "clustercounts.h"
#include "keyedtablemodel.h"

// GUI thread, with the model it observes.
namespace Kaji::Models {

// The Pods table's tally kept current from its changes: a changed pod is
// counted out and in again, so the Overview reads its figures without a
// pass over every row (50 ms of the GUI thread at 60,000 pods, for each
// count while pods kept changing).
class PodTallyKeeper : public RecordObserver<Kube::PodRecord> {
public:
    const PodTally &tally() const { return m_tally; }

    void recordsReset(const QList<Kube::SharedRecord<Kube::PodRecord>> &records) override { m_tally = tallyPods(records); }
    void recordReplaced(const Kube::PodRecord *before, const Kube::PodRecord *after) override
    {
        if (before)
            tallyPod(m_tally, *before, -1);
        if (after)
            tallyPod(m_tally, *after, 1);
    }

private:
    PodTally m_tally;
};

} // namespace Kaji::Models
