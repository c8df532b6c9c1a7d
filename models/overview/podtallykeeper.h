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

    // A large list is tallied on the model's worker.
    PreparedRows<Kube::PodRecord>::Summarize summarizer() const override
    {
        return [](const QList<Shared> &records) { return std::any(tallyPods(records)); };
    }
    void recordsReset(const QList<Shared> &records, const std::any &summary) override
    {
        const auto *tallied = std::any_cast<PodTally>(&summary);
        m_tally = tallied ? *tallied : tallyPods(records);
    }
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
