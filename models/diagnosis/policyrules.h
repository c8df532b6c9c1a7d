#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// HorizontalPodAutoscalers whose scale target is missing or that cannot
// compute a scale (no metrics), and PodDisruptionBudgets that allow no
// disruption (node drains block) or select no pod.
class PolicyRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::PolicyRules)
public:
    static void check(RuleContext &context);

private:
    static void checkAutoscaler(RuleContext &context, const Json &hpa);
    static void checkBudget(RuleContext &context, const Json &pdb);
};

} // namespace Kaji::Models
