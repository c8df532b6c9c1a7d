#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Walks one pod: its phase (evicted, failed), scheduling, then each init
// and app container through the container rule families, first match wins
// so one broken container yields one finding.
class PodRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::PodRules)
public:
    static void check(RuleContext &context, const Json &pod);
    // check() in two steps: the pod's state, which returns whether its
    // containers were walked, and then (only if they were) their usage
    // against limits. The incremental diagnosis reuses the first step's
    // findings while the pod is unchanged; usage changes with every reading.
    static bool checkState(RuleContext &context, const Json &pod);
    static void checkUsage(RuleContext &context, const Json &pod);

private:
    static bool checkPhase(RuleContext &context, const Json &pod);
};

} // namespace Kaji::Models
