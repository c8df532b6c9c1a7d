#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Pods the scheduler cannot place: the reasons of the FailedScheduling
// event, with the numbers behind "Insufficient cpu/memory" (the pod's
// requests against each node's allocatable minus what is already requested
// there), untolerated taints, a nodeSelector or affinity no node satisfies,
// and unbound PersistentVolumeClaims.
class SchedulingRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::SchedulingRules)
public:
    static bool check(RuleContext &context, const Json &pod);

private:
    static QString resourceShortfall(RuleContext &context, const Json &pod, bool cpu,
                                     QList<Evidence> &evidence);
};

} // namespace Kaji::Models
