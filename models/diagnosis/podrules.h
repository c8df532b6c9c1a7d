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
    static void check(RuleContext &context, const nlohmann::json &pod);

private:
    static bool checkPhase(RuleContext &context, const nlohmann::json &pod);
};

} // namespace Kaji::Models
