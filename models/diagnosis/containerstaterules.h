#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// A container's own state, outside image pulls, config and crash loops:
// OOM kills (with the limit), failing readiness/liveness/startup probes,
// CreateContainerError/RunContainerError, failed init containers, and
// containers stuck creating because a volume does not mount or the sandbox
// cannot be made.
class ContainerStateRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ContainerStateRules)
public:
    // How long after an OOM kill or a restart it is still worth a finding.
    static constexpr qint64 RecentSecs = 3600;

    static bool check(RuleContext &context, const Json &pod, const ContainerView &container);

private:
    static bool checkOom(RuleContext &context, const ContainerView &container);
    static bool checkProbes(RuleContext &context, const ContainerView &container);
    static bool checkCreating(RuleContext &context, const Json &pod, const ContainerView &container);
    static bool checkInitFailed(RuleContext &context, const Json &pod, const ContainerView &container);
};

} // namespace Kaji::Models
