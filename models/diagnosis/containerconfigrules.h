#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// CreateContainerConfigError: which ConfigMap or Secret, which key, and
// whether the whole object or only the key is missing (checked against the
// snapshot, not only the kubelet's message); runAsNonRoot conflicts.
class ContainerConfigRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ContainerConfigRules)
public:
    static bool check(RuleContext &context, const Json &pod, const ContainerView &container);
};

} // namespace Kaji::Models
